// Runs inside an embedded list (/<lang>/embed/…): tells the partner page how tall the list is,
// so that embed-resize.js on that page can fit the iframe to it. Without it the frame keeps the
// height the partner gave it and scrolls.
(function () {
  "use strict";
  if (window.parent === window || !window.parent.postMessage) return;
  var last = 0;

  function height() {
    var style = window.getComputedStyle(document.body);
    return Math.ceil(
      document.body.scrollHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom)
    );
  }

  function post() {
    var current = height();
    if (current === last) return;
    last = current;
    // Only a number is sent, so any origin may receive it.
    window.parent.postMessage({ type: "sse-directory:embed-height", height: current }, "*");
  }

  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.body);
  post();
})();
