// Live filtering: the form works without JavaScript (it is a plain GET form); with it, results
// update as soon as a filter changes, and the address bar follows so the page can be shared.
// On small screens the filters sit in a closed disclosure above the results
// (templates/includes/filters_drawer.html); its "Show N results" button closes it again.
(function () {
  "use strict";
  var browse = document.getElementById("browse");
  if (!browse || !window.fetch || !window.history.pushState) return;

  var wide = window.matchMedia("(min-width: 56rem)"); // the sidebar layout of site.css
  var pending = null;
  var typingTimer = null;
  var indicator = document.getElementById("loading-indicator");

  function formQuery(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "" && !(name === "sort" && value === "relevance")) params.append(name, value);
    });
    return params.toString();
  }

  function drawer() {
    return document.getElementById("filters-drawer");
  }

  function focusResults() {
    var heading = document.getElementById("results-heading");
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
  }

  function busy(on) {
    if (on) browse.setAttribute("aria-busy", "true");
    else browse.removeAttribute("aria-busy");
    if (indicator) indicator.hidden = !on;
  }

  function announce(text) {
    var status = document.getElementById("live-status");
    if (!status) return;
    // Emptied first, so that the same count twice in a row is still announced.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  // after: "control" (focus back on the control that changed, by id), "results" or null
  function load(url, push, after, focusId) {
    if (pending) pending.abort();
    pending = new AbortController();
    var wasOpen = drawer() && drawer().open;
    busy(true);
    document.dispatchEvent(new CustomEvent("browse:before-update"));
    fetch(url, { headers: { "X-Requested-With": "fetch" }, signal: pending.signal })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("#browse");
        if (!fresh) throw new Error("no results block");
        var freshDrawer = fresh.querySelector("#filters-drawer");
        if (freshDrawer) freshDrawer.open = wide.matches || (wasOpen && after !== "results");
        browse.replaceWith(fresh);
        browse = fresh;
        pending = null;
        busy(false);
        if (push) window.history.pushState({ live: true }, "", url);
        if (browse.dataset.title) document.title = browse.dataset.title;
        var count = document.getElementById("results-heading");
        if (count) announce(count.textContent.trim());
        if (after === "results") {
          focusResults();
        } else if (after === "control" && focusId) {
          var again = document.getElementById(focusId);
          if (again) {
            again.focus();
            if (again.type === "search") again.setSelectionRange(again.value.length, again.value.length);
          }
        }
        bind();
        document.dispatchEvent(new CustomEvent("browse:updated"));
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        window.location.href = url; // fall back to a normal page load
      });
  }

  function bind() {
    var form = browse.querySelector("form[data-live-filters]");
    if (!form) return;
    var show = form.querySelector("button[data-show-label]");
    // The count on the button is live here: every change reloads the block that carries it.
    if (show) show.textContent = show.dataset.showLabel;
    var details = drawer();
    if (details && wide.matches) details.open = true;

    form.addEventListener("change", function (event) {
      if (event.target.type === "search") return;
      load(form.action + "?" + formQuery(form), true, "control", event.target.id);
    });
    form.addEventListener("input", function (event) {
      if (event.target.type !== "search") return;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () {
        load(form.action + "?" + formQuery(form), true, "control", event.target.id);
      }, 350);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(typingTimer);
      var url = form.action + "?" + formQuery(form);
      var current = new URL(window.location.href);
      current.searchParams.delete("page");
      if (new URL(url, window.location.href).search === current.search && !pending) {
        // "Show N results": the list already matches the form.
        if (details && !wide.matches) details.open = false;
        focusResults();
        return;
      }
      load(url, true, "results", null);
    });
    browse.addEventListener("click", function (event) {
      var link = event.target.closest("a");
      if (!link || link.target || !link.closest(".active-filters, .pagination, .filter-actions, .empty")) return;
      if (link.origin !== window.location.origin || link.pathname !== window.location.pathname) return;
      event.preventDefault();
      load(link.href, true, "results", null);
    });
  }

  function onWidthChange() {
    var details = drawer();
    if (details) details.open = wide.matches;
  }
  if (wide.addEventListener) wide.addEventListener("change", onWidthChange);
  else if (wide.addListener) wide.addListener(onWidthChange); // older Safari
  // Escape closes the open drawer on a small screen and returns to its toggle.
  document.addEventListener("keydown", function (event) {
    var details = drawer();
    if (event.key !== "Escape" || wide.matches || !details || !details.open) return;
    if (!details.contains(document.activeElement)) return;
    details.open = false;
    details.querySelector("summary").focus();
  });
  window.addEventListener("popstate", function () {
    load(window.location.href, false, null, null);
  });
  bind();
})();
