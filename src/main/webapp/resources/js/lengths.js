/*
 * Text limits without a silent cut: a browser's maxlength drops what is pasted past the limit
 * without a word. Instead, the limit moves to data-max-length, the field is marked and says how
 * many characters are too many while the user types, and the server's validation answers with a
 * field message if the form is sent anyway.
 */
(function () {
  function note(field) {
    var id = field.id + '_lengthNote';
    var n = document.getElementById(id);
    if (!n) {
      n = document.createElement('small');
      n.id = id;
      n.className = 'op-length-note';
      n.setAttribute('aria-live', 'polite');
      field.insertAdjacentElement('afterend', n);
    }
    return n;
  }

  function check(field) {
    var max = parseInt(field.getAttribute('data-max-length'), 10);
    var over = field.value.length - max;
    var n = document.getElementById(field.id + '_lengthNote');
    if (over > 0) {
      field.classList.add('ui-state-error');
      var es = (document.documentElement.lang || 'en').indexOf('es') === 0;
      note(field).textContent = es
          ? (over === 1 ? 'Sobra 1 carácter' : 'Sobran ' + over + ' caracteres') + ' (máximo ' + max + ').'
          : (over === 1 ? '1 character' : over + ' characters') + ' too many (' + max + ' at most).';
    } else if (n) {
      field.classList.remove('ui-state-error');
      n.remove();
    }
  }

  function arm(root) {
    (root || document).querySelectorAll('input[maxlength], textarea[maxlength]').forEach(function (f) {
      var max = f.getAttribute('maxlength');
      if (f.type === 'password' || !f.id || max === null || parseInt(max, 10) < 0) {
        return;
      }
      f.setAttribute('data-max-length', max);
      f.removeAttribute('maxlength');
      check(f);
    });
  }

  document.addEventListener('input', function (e) {
    if (e.target && e.target.hasAttribute && e.target.hasAttribute('data-max-length')) {
      check(e.target);
    }
  });
  document.addEventListener('DOMContentLoaded', function () { arm(document); });
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () { arm(document); });
  }
})();
