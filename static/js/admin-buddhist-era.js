// Buddhist Era (พ.ศ.) in the admin's date picker on Thai pages (curation/buddhist_era.py):
// the server shows and reads dates with a BE year; here the calendar's "Today" link and the
// dates it writes use BE too, a typed BE year (from 2400) opens the right month, and the
// calendar's caption names the BE year. It patches Django's core.js and calendar.js once all
// scripts have run (the form's scripts may come in any order), before the calendars are drawn.
document.addEventListener("DOMContentLoaded", function () {
    "use strict";
    if (document.documentElement.lang !== "th" || !Date.prototype.strftime) {
        return;
    }
    const OFFSET = 543;
    const FIRST_BE_YEAR = 2400;

    const strftime = Date.prototype.strftime;
    Date.prototype.strftime = function (format) {
        return strftime.call(this, format.replace(/%Y/g, String(this.getFullYear() + OFFSET)));
    };

    const strptime = String.prototype.strptime;
    String.prototype.strptime = function (format) {
        const ce = this.replace(/\d{4}/g, function (year) {
            const value = parseInt(year, 10);
            return String(value >= FIRST_BE_YEAR ? value - OFFSET : value);
        });
        return strptime.call(ce, format);
    };

    const calendar = window.CalendarNamespace;
    if (calendar) {
        const draw = calendar.draw;
        calendar.draw = function (month, year, divId, callback, selected) {
            draw.call(this, month, year, divId, callback, selected);
            const caption = document.querySelector("#" + divId + " caption");
            if (caption) {
                caption.textContent = calendar.monthsOfYear[month - 1] + " " +
                    (parseInt(year, 10) + OFFSET);
            }
        };
    }
});
