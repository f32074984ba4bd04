// "Embed this list" on list pages (templates/includes/partner_panel.html). Without JavaScript the
// builder is a plain form that reloads the page with the new code; with it, the code, the link and
// the preview follow each choice at once, and a button copies the code.
// The code is the server's own snippet (data-template) with the address and title filled in, so
// both ways give the same text.
(function () {
  "use strict";
  var kept = null; // language, count and style, carried over when the list's filters change
  var previewTimer = null;

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#x27;");
  }

  function builder() {
    return document.getElementById("embed-builder");
  }

  function checkedValue(form, name, fallback) {
    var input = form.querySelector("input[name='" + name + "']:checked");
    return input ? input.value : fallback;
  }

  // The same rule as the embed page for `count`: 1 to the maximum, anything else the default.
  function entryCount(form) {
    var fallback = parseInt(form.dataset.defaultCount, 10);
    var max = parseInt(form.dataset.maxCount, 10);
    var text = form.querySelector("#embed-count").value.trim();
    if (!/^[0-9]+$/.test(text) || parseInt(text, 10) < 1) return fallback;
    return Math.min(parseInt(text, 10), max);
  }

  function field(name, lang) {
    return name + lang.charAt(0).toUpperCase() + lang.slice(1); // data-url-th → dataset.urlTh
  }

  function embedUrl(form) {
    var lang = checkedValue(form, "embed_lang", "th");
    var pairs = Array.prototype.slice
      .call(form.querySelectorAll("[data-pair]"))
      .filter(function (input) {
        return input.type === "hidden" || input.checked;
      })
      .sort(function (a, b) {
        return parseInt(a.dataset.index, 10) - parseInt(b.dataset.index, 10);
      })
      .map(function (input) {
        return input.dataset.pair;
      });
    var count = entryCount(form);
    if (count !== parseInt(form.dataset.defaultCount, 10)) pairs.push("count=" + count);
    var style = checkedValue(form, "embed_style", "full");
    if (style !== "full") pairs.push("style=" + encodeURIComponent(style));
    var base = form.dataset[field("url", lang)];
    return { url: base + (pairs.length ? "?" + pairs.join("&") : ""), title: form.dataset[field("title", lang)] };
  }

  function update(immediate) {
    var form = builder();
    if (!form) return;
    var embed = embedUrl(form);
    var code = form.dataset.template
      .replace("{url}", function () {
        return escapeHtml(embed.url);
      })
      .replace("{title}", function () {
        return escapeHtml(embed.title);
      });
    var textarea = document.getElementById("embed-code");
    if (textarea.value !== code) {
      textarea.value = code;
      document.getElementById("embed-copy-status").textContent = "";
    }
    document.getElementById("embed-open").href = embed.url;
    var preview = document.getElementById("embed-preview");
    clearTimeout(previewTimer);
    previewTimer = setTimeout(
      function () {
        if (preview.getAttribute("src") !== embed.url) preview.setAttribute("src", embed.url);
      },
      immediate ? 0 : 400
    );
  }

  function copy() {
    var textarea = document.getElementById("embed-code");
    var status = document.getElementById("embed-copy-status");
    var form = builder();
    function say(text) {
      status.textContent = "";
      window.setTimeout(function () {
        status.textContent = text;
      }, 50);
    }
    function selectIt() {
      textarea.focus();
      textarea.select();
      var copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (error) {
        copied = false;
      }
      say(copied ? form.dataset.copied : form.dataset.selected);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(textarea.value).then(function () {
        say(form.dataset.copied);
      }, selectIt);
    } else {
      selectIt();
    }
  }

  function setUp() {
    var form = builder();
    if (!form) return;
    if (kept) {
      // The list's filters changed (filters.js): keep the partner's other choices.
      var lang = form.querySelector("input[name='embed_lang'][value='" + kept.lang + "']");
      if (lang) lang.checked = true;
      var style = form.querySelector("input[name='embed_style'][value='" + kept.style + "']");
      if (style) style.checked = true;
      form.querySelector("#embed-count").value = kept.count;
    }
    var submit = form.querySelector(".embed-update");
    if (submit) submit.hidden = true;
    var button = document.getElementById("embed-copy");
    button.hidden = false;
    button.addEventListener("click", copy);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      update(true);
    });
    form.addEventListener("input", function () {
      update(false);
    });
    form.addEventListener("change", function () {
      update(false);
    });
    update(true);
  }

  document.addEventListener("browse:before-update", function () {
    var form = builder();
    if (!form) return;
    kept = {
      lang: checkedValue(form, "embed_lang", "th"),
      style: checkedValue(form, "embed_style", "full"),
      count: form.querySelector("#embed-count").value,
    };
  });
  document.addEventListener("browse:updated", setUp);
  setUp();
})();
