// Live filtering: the form works without JavaScript (it is a plain GET form); with it, results
// update as soon as a filter changes, and the address bar follows so the page can be shared.
(function () {
  "use strict";
  var browse = document.getElementById("browse");
  if (!browse || !window.fetch || !window.history.pushState) return;

  var pending = null;
  var typingTimer = null;

  function formQuery(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "" && !(name === "sort" && value === "relevance")) params.append(name, value);
    });
    return params.toString();
  }

  function load(url, push, focusId) {
    if (pending) pending.abort();
    pending = new AbortController();
    browse.setAttribute("aria-busy", "true");
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
        browse.replaceWith(fresh);
        browse = fresh;
        if (push) window.history.pushState({ live: true }, "", url);
        var status = document.getElementById("live-status");
        var count = document.getElementById("results-heading");
        if (status && count) status.textContent = count.textContent;
        if (focusId) {
          var again = document.getElementById(focusId);
          if (again) {
            again.focus();
            if (again.type === "search") again.setSelectionRange(again.value.length, again.value.length);
          }
        }
        bind();
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        window.location.href = url; // fall back to a normal page load
      });
  }

  function bind() {
    var form = browse.querySelector("form[data-live-filters]");
    if (!form) return;
    form.addEventListener("change", function (event) {
      if (event.target.type === "search") return;
      load(form.action + "?" + formQuery(form), true, event.target.id);
    });
    form.addEventListener("input", function (event) {
      if (event.target.type !== "search") return;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () {
        load(form.action + "?" + formQuery(form), true, event.target.id);
      }, 350);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      load(form.action + "?" + formQuery(form), true, null);
    });
    browse.addEventListener("click", function (event) {
      var link = event.target.closest("a");
      if (!link || link.target || !link.closest(".active-filters, .pagination, .filter-actions, .empty")) return;
      if (link.origin !== window.location.origin || link.pathname !== window.location.pathname) return;
      event.preventDefault();
      load(link.href, true, null);
      var heading = document.getElementById("results-heading");
      if (heading) heading.scrollIntoView({ block: "start" });
    });
  }

  window.addEventListener("popstate", function () {
    load(window.location.href, false, null);
  });
  bind();
})();
