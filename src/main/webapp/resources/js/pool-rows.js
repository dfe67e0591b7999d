/*
 * The order pool's row menu: one menu for the whole table instead of one per row. A row's Actions
 * button carries the row's order (data-number, data-id, data-version, data-group) and the items it
 * offers (data-actions); the menu shows those items for that row. Links go to the order's pages;
 * clone, hold and release call the page's remote commands with the row's order id.
 */
window.OrderPoolRows = (function () {
  var current = null;

  function menu() {
    return document.getElementById('poolRowMenu');
  }

  function close() {
    var m = menu();
    if (m) {
      m.style.display = 'none';
    }
    if (current) {
      current.setAttribute('aria-expanded', 'false');
    }
    current = null;
  }

  function open(button) {
    if (current === button) {
      close();
      return;
    }
    close();
    var m = menu();
    var offered = (button.getAttribute('data-actions') || '').split(' ');
    var number = encodeURIComponent(button.getAttribute('data-number'));
    m.querySelectorAll('li[data-action]').forEach(function (li) {
      var action = li.getAttribute('data-action');
      li.style.display = offered.indexOf(action) >= 0 ? '' : 'none';
      var link = li.querySelector('a');
      var page = li.getAttribute('data-page');
      if (page) {
        link.href = page + (action === 'payGroup'
          ? encodeURIComponent(button.getAttribute('data-group'))
          : number);
      }
    });
    current = button;
    button.setAttribute('aria-expanded', 'true');
    m.style.display = 'block';
    var r = button.getBoundingClientRect();
    var top = r.bottom + window.scrollY + 2;
    if (r.bottom + m.offsetHeight > window.innerHeight && r.top > m.offsetHeight) {
      top = r.top + window.scrollY - m.offsetHeight - 2;
    }
    m.style.top = top + 'px';
    m.style.left = Math.max(8, r.right + window.scrollX - m.offsetWidth) + 'px';
    var first = m.querySelector('li:not([style*="none"]) a');
    if (first) {
      first.focus();
    }
  }

  /** Runs a remote command for the open row: clone, hold or release. */
  function run(command) {
    if (!current) {
      return false;
    }
    var params = [
      {name: 'id', value: current.getAttribute('data-id')},
      {name: 'version', value: current.getAttribute('data-version')}
    ];
    close();
    window[command](params);
    return false;
  }

  /** Hold asks first, like every change a click could make by mistake. */
  var asked = null;

  function confirmHold() {
    if (!current) {
      return false;
    }
    asked = current;
    close();
    PF('poolRowConfirm').show();
    return false;
  }

  /** The answer to the hold question. */
  function answer(yes) {
    PF('poolRowConfirm').hide();
    if (yes && asked) {
      current = asked;
      run('poolRowHold');
    }
    asked = null;
    return false;
  }

  document.addEventListener('click', function (e) {
    if (current && !e.target.closest('#poolRowMenu') && !e.target.closest('.op-row-menu-button')) {
      close();
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && current) {
      var button = current;
      close();
      button.focus();
    }
  });
  window.addEventListener('resize', close);

  /**
   * Pins the sticky columns (selection, order number, Actions): each starts where the one before
   * it ends, measured, since their widths follow their content.
   */
  function pinColumns() {
    document.querySelectorAll('.op-table tr').forEach(function (tr) {
      var left = 0;
      tr.querySelectorAll('.op-sticky').forEach(function (cell) {
        cell.style.left = left + 'px';
        left += cell.offsetWidth;
      });
    });
  }
  document.addEventListener('DOMContentLoaded', pinColumns);
  window.addEventListener('resize', pinColumns);
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', pinColumns);
  }

  /** Empties the table's search box (Clear resets every filter, the search included). */
  // the search box filters once typing pauses, not on every key: one request instead of one per letter
  var searchTimer = null;

  function search() {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      searchTimer = null;
      PF('poolTable').filter();
    }, 300);
  }

  function clearSearch() {
    clearTimeout(searchTimer);
    searchTimer = null;
    var box = document.getElementById('poolForm:pool:globalFilter');
    if (box) {
      box.value = '';
    }
  }

  return {search: search, clearSearch: clearSearch, open: open, close: close, run: run, confirmHold: confirmHold, answer: answer, pin: pinColumns};
})();
