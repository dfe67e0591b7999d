/*
 * Ticking countdowns: an element with data-due (epoch milliseconds) shows the time left as
 * h:mm:ss, updated every second; at zero it shows its data-done text. Elements re-rendered by
 * ajax are picked up on the next tick.
 */
(function () {
  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-due]').forEach(function (e) {
      var left = Math.max(0, Math.floor((Number(e.getAttribute('data-due')) - now) / 1000));
      e.textContent = left === 0
        ? (e.getAttribute('data-done') || '0:00:00')
        : Math.floor(left / 3600) + ':' + pad(Math.floor(left / 60) % 60) + ':' + pad(left % 60);
    });
  }
  setInterval(tick, 1000);
  tick();
})();
