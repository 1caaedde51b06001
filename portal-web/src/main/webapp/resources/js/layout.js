/* Pishkhan Portal: the layout's own behaviour, in a file (no inline script: the pages run under a CSP).
   On a phone or a tablet the side menu folds behind the top bar's button: the button says whether it is open
   (aria-expanded) and which element it opens (aria-controls); Escape closes it and gives the button the focus.
   PrimeFaces hides a simple file upload's input from screen readers (aria-hidden) though the keyboard reaches it: a
   keyboard user then stood on a control that said nothing. The input is its label's file field: shown to them.
   On Persian pages the paginators' figures (page links, "1 to 20 of 83", their labels) are written in Persian digits,
   in the text itself, not only drawn so by the font: what is copied and what a screen reader says is Persian too.
   PrimeFaces reads a page link's number from its text (parseInt): a click or Enter gives the link its Latin digits
   back just before PrimeFaces' own handler reads them. */
(function () {
    'use strict';

    function showFileInputs() {
        document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }

    var PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

    function toPersian(text) {
        return text.replace(/[0-9]/g, function (digit) {
            return PERSIAN.charAt(Number(digit));
        });
    }

    function toLatin(text) {
        return text.replace(/[۰-۹]/g, function (digit) {
            return String(PERSIAN.indexOf(digit));
        });
    }

    // while a click or Enter on a page link is being dispatched: its Latin digits stay until PrimeFaces has read them
    var holding = false;

    function persianPaginators() {
        if (holding || document.documentElement.lang !== 'fa') {
            return;
        }
        document.querySelectorAll('.ui-paginator').forEach(function (paginator) {
            var texts = document.createTreeWalker(paginator, NodeFilter.SHOW_TEXT);
            for (var node = texts.nextNode(); node; node = texts.nextNode()) {
                if (/[0-9]/.test(node.nodeValue)) {
                    node.nodeValue = toPersian(node.nodeValue);
                }
            }
            paginator.querySelectorAll('[aria-label]').forEach(function (element) {
                var label = element.getAttribute('aria-label');
                if (/[0-9]/.test(label)) {
                    element.setAttribute('aria-label', toPersian(label));
                }
            });
        });
    }

    function latinForPrimeFaces(event) {
        if (event.type === 'keydown' && event.key !== 'Enter') {
            return;
        }
        var link = event.target instanceof Element ? event.target.closest('.ui-paginator-page') : null;
        if (link) {
            // the observer would write Persian back between this listener and PrimeFaces' own (a microtask
            // checkpoint runs after each listener): it waits for the next task
            holding = true;
            link.textContent = toLatin(link.textContent);
            window.setTimeout(function () {
                holding = false;
                persianPaginators();
            }, 0);
        }
    }

    // PrimeFaces also reads the page links' numbers from their text when it binds them (their aria-label): it is
    // given Latin digits for that, whenever it happens, and Persian ones right after
    var Paginator = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Paginator;
    if (Paginator && document.documentElement.lang === 'fa') {
        var bindPageLinks = Paginator.prototype.bindPageLinkEvents;
        Paginator.prototype.bindPageLinkEvents = function () {
            this.pagesContainer.children('.ui-paginator-page').each(function () {
                this.textContent = toLatin(this.textContent);
            });
            bindPageLinks.apply(this, arguments);
            persianPaginators();
        };
    }

    function init() {
        if (document.documentElement.lang === 'fa') {
            document.addEventListener('click', latinForPrimeFaces, true);
            document.addEventListener('keydown', latinForPrimeFaces, true);
            // after PrimeFaces' widgets have read their links (they run on the same event, registered before)
            window.setTimeout(persianPaginators, 0);
            new MutationObserver(persianPaginators).observe(document.body,
                    {subtree: true, childList: true, characterData: true});
        }
        showFileInputs();
        // PrimeFaces' widgets (and their ajax updates) may set it again after the page has loaded
        new MutationObserver(showFileInputs).observe(document.body,
                {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-hidden']});
        var toggle = document.getElementById('menu-toggle');
        if (!toggle) {
            return;
        }
        var menu = document.getElementById(toggle.getAttribute('aria-controls'));

        function set(open) {
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            menu.classList.toggle('open', open);
        }

        toggle.addEventListener('click', function () {
            set(toggle.getAttribute('aria-expanded') !== 'true');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true'
                    && window.getComputedStyle(toggle).display !== 'none') {
                set(false);
                toggle.focus();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
