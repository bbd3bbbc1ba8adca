/* Article pages: Esc hides the label of the resolved date under the pointer or focus, until the pointer leaves
   or focus moves on (WCAG 1.4.13: content shown on hover or focus can be dismissed). Without the script the label
   still shows and hides with hover and focus. */
(function () {
  'use strict';
  var quiet = null;
  function calm(el) { if (quiet && quiet !== el) quiet.classList.remove('tx-quiet'); quiet = el; if (el) el.classList.add('tx-quiet'); }
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Escape') return;
    var shown = document.querySelector('.tx:hover') || (document.activeElement && document.activeElement.closest && document.activeElement.closest('.tx'));
    if (shown && !shown.classList.contains('tx-quiet')) { calm(shown); ev.preventDefault(); }
  });
  document.addEventListener('pointerover', function (ev) { if (quiet && !quiet.contains(ev.target)) calm(null); });
  document.addEventListener('focusin', function (ev) { if (quiet && quiet !== ev.target) calm(null); });
})();
