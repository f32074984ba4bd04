// The province maps (templates/includes/map.html) without hover: focusing a province, pointing
// at it or tapping it shows its name and count on top of the map. On a touch screen the first
// tap shows the label and the second opens the province's list; a mouse click opens it at once.
// Without JavaScript, focus and hover show the same label (CSS), and the table lists every count.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function setUp(map) {
    var active = null;
    var tap = null;
    map.classList.add("js-map");

    function hide() {
      map.querySelectorAll(".map-tip").forEach(function (tip) { tip.remove(); });
      if (active) active.classList.remove("is-active");
      active = null;
    }

    function show(link) {
      if (link === active) return;
      hide();
      var tip = document.createElementNS(SVG, "g");
      tip.setAttribute("class", "map-tip");
      tip.setAttribute("aria-hidden", "true");
      var outline = link.querySelector("path").cloneNode(false);
      outline.setAttribute("class", "map-tip-outline");
      tip.appendChild(outline);
      tip.appendChild(link.querySelector(".map-label").cloneNode(true));
      // The link's own coordinate system: the map, or the Bangkok inset inside it.
      link.ownerSVGElement.appendChild(tip);
      link.classList.add("is-active");
      active = link;
    }

    function linkOf(event) {
      return event.target.closest ? event.target.closest("a.map-link") : null;
    }

    map.addEventListener("focusin", function (event) {
      var link = linkOf(event);
      if (link) show(link);
    });
    map.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !map.contains(event.relatedTarget)) hide();
    });
    map.addEventListener("mouseover", function (event) {
      var link = linkOf(event);
      if (link) show(link);
    });
    map.addEventListener("mouseleave", function () {
      if (!map.contains(document.activeElement)) hide();
    });
    map.addEventListener("pointerdown", function (event) {
      var link = linkOf(event);
      tap = link && event.pointerType !== "mouse" ? { link: link, shown: link === active } : null;
    });
    map.addEventListener("click", function (event) {
      var link = linkOf(event);
      if (link && tap && tap.link === link && !tap.shown) {
        event.preventDefault();
        link.focus();
        show(link);
      }
      tap = null;
    });
    map.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hide();
    });
  }

  document.querySelectorAll("[data-map] svg.map-svg").forEach(setUp);
})();
