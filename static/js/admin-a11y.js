// Accessible names and roles the admin's add-ons leave out (axe, WCAG 2.2 AA), set once the
// widgets have been drawn: select2 autocompletes, the two-list selector's search icon,
// modeltranslation's language switch, tabs and "empty" boxes.
(function () {
    "use strict";
    const translate = window.gettext || function (text) { return text; };

    function labelOf(id) {
        const label = document.querySelector("label[for='" + id + "']");
        if (label && !label.id) {
            label.id = id + "-label";
        }
        return label;
    }

    function fix() {
        // An autocomplete's box is named by the field's label, not only by its current value.
        document.querySelectorAll(".select2-container").forEach(function (container) {
            const select = container.previousElementSibling;
            const label = select && select.id ? labelOf(select.id) : null;
            if (!label) {
                return;
            }
            const parts = "[role=combobox], [role=textbox], input.select2-search__field";
            container.querySelectorAll(parts).forEach(function (part) {
                const own = part.getAttribute("aria-labelledby") || "";
                if (own.indexOf(label.id) === -1) {
                    part.setAttribute("aria-labelledby", (label.id + " " + own).trim());
                }
            });
        });
        // The search icon of a two-list selector carries a label: it is an image.
        document.querySelectorAll(".help-tooltip[aria-label]:not([role])").forEach(function (icon) {
            icon.setAttribute("role", "img");
        });
        // modeltranslation: the switch of every field's language.
        const mainSwitch = document.getElementById("modeltranslation-main-switch");
        if (mainSwitch && !mainSwitch.getAttribute("aria-label")) {
            mainSwitch.setAttribute("aria-label", translate("Language of the fields"));
        }
        // Its tabs: the tab itself is the control, its link only carries the panel's address.
        document.querySelectorAll("li[role=tab] > a[href]").forEach(function (link) {
            link.removeAttribute("href");
        });
        // Its "empty" box beside a translated field: named after the field.
        document.querySelectorAll(".clearable-input input[type=checkbox]").forEach(function (box) {
            const field = box.closest(".form-row, td");
            const label = field ? field.querySelector("label") : null;
            const text = box.nextElementSibling ? box.nextElementSibling.textContent : "";
            if (!box.getAttribute("aria-label")) {
                box.setAttribute("aria-label", ((label ? label.textContent : "") + " " + text).trim());
            }
        });
    }

    window.addEventListener("load", function () {
        fix();
        window.setTimeout(fix, 0);
    });
}());
