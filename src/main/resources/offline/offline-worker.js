// Plenum's offline worker (decision 0022), controlling the meetings' pages (/meetings/) and nothing else.
// Online it stays out of the way: every request goes to the network as if it were not there. When a meeting's page
// (or a page, image, style or script of its offline edition) cannot be fetched, it answers with the copy the logged-in
// member kept: the caches are per member (plenum-offline-<member>), and "plenum-offline-user" names whose copies
// may be shown now. shell's offline.js, on every page, fills and empties them.
const USER_CACHE = 'plenum-offline-user';
const USER_ENTRY = '/meetings/offline-user';
const MEETING_PAGE = /^\/meetings\/([^/]+)\/?$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

async function copyOf(request) {
  const user = await (await caches.open(USER_CACHE)).match(USER_ENTRY);
  if (!user) {
    return undefined;
  }
  const copies = await caches.open('plenum-offline-' + await user.text());
  const url = new URL(request.url);
  const meeting = url.pathname.match(MEETING_PAGE);
  // The live page of a meeting is answered with its offline edition, in the language it was saved in.
  return copies.match(meeting ? '/meetings/' + meeting[1] + '/offline' : url.pathname, { ignoreSearch: true });
}

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  const kept = request.mode === 'navigate' || ['style', 'script', 'image'].includes(request.destination)
      || url.pathname.includes('/offline');
  if (request.method !== 'GET' || url.origin !== self.location.origin || !kept || url.pathname.startsWith('/VAADIN/')) {
    return;
  }
  event.respondWith(fetch(request).catch(async failure => {
    const copy = await copyOf(request);
    if (copy) {
      return copy;
    }
    throw failure;
  }));
});
