// SPDX-License-Identifier: GPL-3.0-or-later
// Optional: the site works without it. Keeps a form from being sent twice by a double tap.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset.sent) { event.preventDefault(); return; }
  form.dataset.sent = '1';
});
