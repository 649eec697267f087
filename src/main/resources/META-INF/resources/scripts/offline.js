// Offline copies of meetings for the logged-in member (decision 0022), loaded on every Vaadin page by shell.MainLayout.
// It registers the offline worker (scope /meetings/), tells it whose copies it may show, saves a meeting's offline
// edition with its Bilag into that member's own cache, and on logout deletes every copy on the device.
window.plenumOffline = (() => {
  const USER_CACHE = 'plenum-offline-user';
  const USER_ENTRY = '/meetings/offline-user';
  const COPIES = 'plenum-offline-';
  const supported = 'serviceWorker' in navigator && 'caches' in window;
  if (supported) {
    navigator.serviceWorker.register('/meetings/offline-worker.js', { scope: '/meetings/' });
  }

  async function deleteCopies(keep) {
    for (const name of await caches.keys()) {
      if (name.startsWith(COPIES) && name !== USER_CACHE && name !== keep) {
        await caches.delete(name);
      }
    }
  }

  /**
   * Whose copies the worker may show: the member logged in (a key, not their name), or nobody (null). Another
   * member's copies are deleted, so an account never reads another's, even after a login that ran out.
   */
  async function identify(user) {
    if (!supported) {
      return;
    }
    const users = await caches.open(USER_CACHE);
    if (user) {
      await users.put(USER_ENTRY, new Response(user));
      await deleteCopies(COPIES + user);
    } else {
      await users.delete(USER_ENTRY);
    }
  }

  /**
   * Keeps the meeting's offline edition for the member, in the language given; resolves to the bytes kept. Its pages
   * are fetched anew each time; a Bilag page's image only when the device lacks it (its address names the Bilag's
   * file, so a replaced Bilag's pages have new ones); what the edition no longer lists is dropped, so that the worker,
   * which looks a copy up by its path alone, finds one version of each.
   */
  async function save(meetingId, user, language) {
    if (!supported) {
      return -1;
    }
    await identify(user);
    const listed = await fetch('/meetings/' + meetingId + '/offline/files?lang=' + language, { cache: 'no-store' });
    if (!listed.ok) {
      throw new Error('No offline edition: ' + listed.status);
    }
    const files = await listed.json();
    const copies = await caches.open(COPIES + user);
    const wanted = [];
    for (const file of files) {
      if (!(file.includes('?file=') && await copies.match(file))) {
        wanted.push(new Request(file, { cache: 'no-store' }));
      }
    }
    await copies.addAll(wanted);
    const edition = '/meetings/' + meetingId + '/offline';
    for (const kept of await copies.keys()) {
      const url = new URL(kept.url);
      if (url.pathname.startsWith(edition) && !files.includes(url.pathname + url.search)) {
        await copies.delete(kept);
      }
    }
    let bytes = 0;
    for (const file of files) {
      bytes += (await (await copies.match(file)).blob()).size;
    }
    return bytes;
  }

  const pendingSaves = new Map();

  /**
   * Saves again a minute after the meeting changed, while its page is open: the copy then holds what the member last
   * saw, at the cost of one save a minute however busy the meeting. Resolves as {@link save} does.
   */
  function saveSoon(meetingId, user, language) {
    if (!pendingSaves.has(meetingId)) {
      pendingSaves.set(meetingId, new Promise(resolve => setTimeout(resolve, api.resaveAfterMs))
          .then(() => save(meetingId, user, language))
          .finally(() => pendingSaves.delete(meetingId)));
    }
    return pendingSaves.get(meetingId);
  }

  /** Logging out: no copy of any meeting stays on the device, and the worker shows none. */
  async function forget() {
    if (supported) {
      await identify(null);
      await deleteCopies(null);
      await caches.delete(USER_CACHE);
    }
  }

  // resaveAfterMs: how long saveSoon waits (tests shorten it).
  const api = { identify, save, saveSoon, forget, resaveAfterMs: 60000 };
  return api;
})();
