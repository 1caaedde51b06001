/* Pishkhan Portal: the date fields (WEB-INF/tags/date.xhtml). In a file, no inline script: the pages run under a CSP.
   Persian pages: the bundled Jalali calendar (@majidh1/jalalidatepicker, resources/jalalidatepicker) opens from the
   calendar button beside a field, or with ArrowDown in it; the field stays a text field (a date typed in Persian or
   Latin digits is read by the server's converter as before), and the calendar never covers the form unasked. The
   library draws its days as plain elements for the mouse: this file makes the calendar usable from the keyboard
   and names its parts for screen readers.
     In the field or on its button:  ArrowDown, or Enter on the button → into the calendar (the chosen day, else today)
     In the calendar:  arrows → a day (right to left), PageUp/PageDown → a month, Enter or Space → choose,
                       Escape → back to the field.
   English pages use the browser's own (Gregorian) date field: nothing to do here. */
(function () {
    'use strict';

    if (document.documentElement.lang !== 'fa') {
        return;
    }
    var DIGITS = '۰۱۲۳۴۵۶۷۸۹';
    var MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
    var field = null;       // the date field the calendar serves
    var pending = null;     // where the focus goes once the calendar is drawn again: 'first', 'last', 'chosen'

    function persian(text) {
        return String(text).replace(/[0-9]/g, function (d) { return DIGITS[d]; });
    }

    function pad(n) {
        return n < 10 ? '0' + n : String(n);
    }

    function container() {
        return document.querySelector('jdp-container');
    }

    function texts(input) {
        // "calendar|previous year|next year|previous month|next month|year|month", from the bundles (the tag's data-jdp-texts)
        var t = (input && input.getAttribute('data-jdp-texts') || '||||||').split('|');
        return {calendar: t[0], previousYear: t[1], nextYear: t[2], previousMonth: t[3], nextMonth: t[4], year: t[5], month: t[6]};
    }

    function days() {
        var c = container();
        return c ? Array.prototype.slice.call(c.querySelectorAll('div.jdp-day:not(.disabled-day)')) : [];
    }

    /** Roles, names and focus stops on what the library has just drawn; then the focus where it was going. */
    function decorate() {
        var c = container();
        if (!c) {
            return;
        }
        var t = texts(field);
        c.setAttribute('role', 'dialog');
        c.setAttribute('aria-label', t.calendar);
        var icons = [['.jdp-years .jdp-icon-minus', t.previousYear], ['.jdp-years .jdp-icon-plus', t.nextYear],
                     ['.jdp-months .jdp-icon-minus', t.previousMonth], ['.jdp-months .jdp-icon-plus', t.nextMonth]];
        icons.forEach(function (icon) {
            var e = c.querySelector(icon[0]);
            if (e) {
                e.setAttribute('role', 'button');
                e.setAttribute('tabindex', '0');
                e.setAttribute('aria-label', icon[1]);
            }
        });
        c.querySelectorAll('select').forEach(function (s) {
            s.removeAttribute('tabindex');
            s.setAttribute('aria-label', s.closest('.jdp-years') ? t.year : t.month);
        });
        c.querySelectorAll('.jdp-btn-today, .jdp-btn-empty, .jdp-btn-close').forEach(function (b) {
            b.setAttribute('role', 'button');
            b.setAttribute('tabindex', '0');
        });
        days().forEach(function (d) {
            d.setAttribute('role', 'button');
            d.setAttribute('tabindex', '-1');
            if (d.year) {
                d.setAttribute('aria-label', persian(d.day) + ' ' + MONTHS[d.month - 1] + ' ' + persian(d.year));
                d.setAttribute('data-date', persian(d.year + '/' + pad(d.month) + '/' + pad(d.day)));
            }
        });
        if (pending) {
            var target = pending;
            pending = null;
            focusDay(target);
        }
    }

    function focusDay(which) {
        var all = days();
        var inMonth = all.filter(function (d) { return !d.classList.contains('not-in-month'); });
        var day = null;
        if (which === 'first') {
            day = inMonth[0];
        } else if (which === 'last') {
            day = inMonth[inMonth.length - 1];
        } else {
            day = container().querySelector('div.jdp-day.selected') || container().querySelector('div.jdp-day.today') || inMonth[0];
        }
        if (day) {
            all.forEach(function (d) { d.setAttribute('tabindex', '-1'); });
            day.setAttribute('tabindex', '0');
            day.focus();
        }
    }

    function press(selector, then) {
        var e = container().querySelector(selector);
        if (e && !e.classList.contains('not-in-range')) {
            pending = then;
            e.click();
        }
    }

    function onCalendarKey(event) {
        var c = container();
        if (!c || !c.contains(event.target)) {
            return;
        }
        var rtl = window.getComputedStyle(c.querySelector('.jdp-days') || c).direction === 'rtl';
        var all = days();
        var i = all.indexOf(event.target);
        var step = {ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1, ArrowUp: -7, ArrowDown: 7}[event.key];
        if (step !== undefined && i >= 0) {
            event.preventDefault();
            var j = i + step;
            if (j < 0) {
                press('.jdp-months .jdp-icon-minus', 'last');
            } else if (j >= all.length) {
                press('.jdp-months .jdp-icon-plus', 'first');
            } else {
                all[i].setAttribute('tabindex', '-1');
                all[j].setAttribute('tabindex', '0');
                all[j].focus();
            }
        } else if (event.key === 'PageUp' || event.key === 'PageDown') {
            event.preventDefault();
            press(event.key === 'PageUp' ? '.jdp-months .jdp-icon-minus' : '.jdp-months .jdp-icon-plus', 'first');
        } else if ((event.key === 'Enter' || event.key === ' ') && event.target.getAttribute('role') === 'button') {
            event.preventDefault();
            var isIcon = event.target.className.indexOf('jdp-icon') >= 0;
            if (isIcon) {
                pending = 'chosen';
            }
            event.target.click();
            if (!isIcon && field) {
                field.focus();
            }
        } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            window.jalaliDatepicker.hide();
            if (field) {
                field.focus();
            }
        }
    }

    function init() {
        if (!window.jalaliDatepicker) {
            return;
        }
        window.jalaliDatepicker.startWatch({
            selector: 'input.jalali-date', persianDigits: true, autoReadOnlyInput: false, autoShow: false,
            showTodayBtn: true, showEmptyBtn: true, showCloseBtn: true, zIndex: 3000
        });
        var open = function (input) {
            field = input;
            window.jalaliDatepicker.show(input);
            focusDay('chosen');
        };
        var shown = function () {
            var c = container();
            return c && c.style.display !== 'none' && c.style.visibility !== 'hidden';
        };
        document.addEventListener('click', function (event) {
            var button = event.target.closest && event.target.closest('button.date-open');
            if (button) {
                // not to the body, where the library hides a calendar clicked outside of
                event.stopPropagation();
                open(button.parentNode.querySelector('input.jalali-date'));
            }
        }, true);
        // the focus elsewhere (Tab past the calendar, another field): the calendar closes
        document.addEventListener('focusin', function (event) {
            var c = container();
            if (shown() && !(c && c.contains(event.target)) && event.target !== field) {
                window.jalaliDatepicker.hide();
            }
        });
        // the library writes the chosen day in Latin digits: a Persian page shows Persian digits
        document.addEventListener('change', function (event) {
            if (event.target.matches && event.target.matches('input.jalali-date')) {
                var shown = persian(event.target.value);
                if (shown !== event.target.value) {
                    event.target.value = shown;
                }
            }
        }, true);
        document.addEventListener('keydown', function (event) {
            if (event.target.matches && event.target.matches('input.jalali-date') && event.key === 'ArrowDown') {
                event.preventDefault();
                open(event.target);
                return;
            }
            onCalendarKey(event);
        }, true);
        var watch = function () {
            var c = container();
            if (c && !c.__pkObserved) {
                c.__pkObserved = true;
                new MutationObserver(decorate).observe(c, {childList: true});
                decorate();
            }
        };
        new MutationObserver(watch).observe(document.body, {childList: true});
        watch();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
