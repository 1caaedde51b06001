/* Pishkhan Portal: the layout's own behaviour, in a file (no inline script: the pages run under a CSP).
   On a phone or a tablet the side menu folds behind the top bar's button: the button says whether it is open
   (aria-expanded) and which element it opens (aria-controls); Escape closes it and gives the button the focus.
   PrimeFaces hides a simple file upload's input from screen readers (aria-hidden) though the keyboard reaches it: a
   keyboard user then stood on a control that said nothing. The input is its label's file field: shown to them. */
(function () {
    'use strict';

    function showFileInputs() {
        document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }

    function init() {
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
