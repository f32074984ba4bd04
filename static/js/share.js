// "Copy link" under a profile: copies the page's address instead of following the link.
// Without JavaScript, or without clipboard access, it stays a plain link to the page.
(function () {
  "use strict";
  document.querySelectorAll("a.copy-link").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (!navigator.clipboard || !window.isSecureContext) {
        return;
      }
      event.preventDefault();
      var status = link.closest(".share").querySelector("[data-share-status]");
      navigator.clipboard.writeText(link.href).then(function () {
        if (status) {
          status.textContent = link.dataset.copied;
        }
      }, function () {
        window.location.href = link.href;
      });
    });
  });
})();
