// For partner sites: include this script next to an embedded SSE Directory list and the iframe
// grows or shrinks to fit the list, with no scroll bar inside it.
//   <script src="https://<directory>/static/js/embed-resize.js" async></script>
// It accepts height messages only from the site that served this script, and only for an iframe
// on this page that the message came from.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL) return;
  var origin = new URL(script.src, window.location.href).origin;

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "sse-directory:embed-height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 100000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + "px";
        return;
      }
    }
  });
})();
