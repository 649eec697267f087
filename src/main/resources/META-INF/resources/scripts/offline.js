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

  /** Keeps the meeting's offline edition for the member, in the language given; resolves to the bytes kept. */
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
    await copies.addAll(files.map(file => new Request(file, { cache: 'no-store' })));
    let bytes = 0;
    for (const file of files) {
      bytes += (await (await copies.match(file)).blob()).size;
    }
    return bytes;
  }

  /** Logging out: no copy of any meeting stays on the device, and the worker shows none. */
  async function forget() {
    if (supported) {
      await identify(null);
      await deleteCopies(null);
      await caches.delete(USER_CACHE);
    }
  }

  return { identify, save, forget };
})();
