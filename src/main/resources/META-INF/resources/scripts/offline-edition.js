// A member's offline edition of a meeting (decision 0022), shown by the offline worker while the network is gone.
// Back online, it goes to the live page by itself: at the browser's "online", and at a probe every 10 s, for when
// the browser believed itself online all along (a dead Wi-Fi). The probe asks the server, never the worker's copy.
(() => {
  const live = document.getElementById('main').dataset.live;
  let leaving = false;

  async function backOnline() {
    if (leaving) {
      return;
    }
    try {
      const answer = await fetch('/meetings/offline-worker.js', { method: 'HEAD', cache: 'no-store' });
      if (answer.ok) {
        leaving = true;
        location.replace(live);
      }
    } catch (offline) {
      // Still offline: the copy stays.
    }
  }

  window.addEventListener('online', backOnline);
  setInterval(backOnline, 10000);
})();
