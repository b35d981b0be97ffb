// Relact's service worker. The build writes VERSION (a hash of every file's contents) and ASSETS
// (every file it produced but the translations) into this file. Everything is cached on install,
// so the app works offline from the first visit; nothing is ever fetched from another origin.
// The version that ran before stays cached until the next update (see "activate").
// Of the translations (/i18n/<tag>.ftl) it keeps only those the phone used: the one the page
// asks it to keep, any fetched through it, and on an update the ones the older version had.
const VERSION = "__VERSION__";
const ASSETS = [
  /*__ASSETS__*/
];
const CACHE = "relact-" + VERSION;

const isTranslation = (path) => /^\/i18n\/[A-Za-z-]+\.ftl$/.test(path);

/** Keeps a translation in this version's cache, fetched fresh (its name carries no hash). */
const keep = (cache, path) => cache.add(new Request(path, { cache: "no-cache" }));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(ASSETS);
      // The languages an older version kept stay offline after the update (a failed one is
      // fetched again the next time it is used online).
      const kept = new Set();
      for (const name of await caches.keys()) {
        if (!name.startsWith("relact-") || name === CACHE) continue;
        for (const request of await (await caches.open(name)).keys()) {
          const path = new URL(request.url).pathname;
          if (isTranslation(path)) kept.add(path);
        }
      }
      await Promise.allSettled([...kept].map((path) => keep(cache, path)));
    })(),
  );
});

// The version that ran before this one is kept until the next update: a window still open on it
// (another tab, or the app left open) may yet ask for one of its split-off wasm files, which this
// version may not have. Each version marks its cache when it activates, so a version that never
// ran (an update replaced by a newer one before the parent's tap, or an install that failed) is
// not the one kept; caches from before the mark keep the newest. Every other version goes.
// (Cache names come back in the order they were made.)
const RAN = "/.relact-ran";
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((k) => k.startsWith("relact-") && k !== CACHE);
      const ran = [];
      for (const k of older) if (await (await caches.open(k)).match(RAN)) ran.push(k);
      const kept = ran.at(-1) ?? older.at(-1);
      await Promise.all(older.filter((k) => k !== kept).map((k) => caches.delete(k)));
      await (await caches.open(CACHE)).put(RAN, new Response(""));
      await self.clients.claim();
    })(),
  );
});

// A new version waits until the parent taps "reload" (the page then sends this message), so an
// update never interrupts a running session.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  // The page's language, fetched before this worker existed (a first visit): keep it.
  const path = event.data?.keep;
  if (typeof path === "string" && isTranslation(path)) {
    event.waitUntil(caches.open(CACHE).then(async (cache) => (await cache.match(path)) || keep(cache, path)));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every route is the same single page; answer it from the cache so it opens offline.
    event.respondWith(caches.match("/index.html", { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  if (isTranslation(url.pathname)) {
    // A language: from this version's cache, else from the network, then kept.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(url.pathname);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) await cache.put(url.pathname, response.clone());
        return response;
      }),
    );
    return;
  }
  // This version's copy, else an older version's (a file a window still on it asks for), else the
  // network. (Once this worker controls a page, the page reads its wasm files from these caches
  // itself, scripts/split.mjs; what it asks for here is what they do not hold.)
  event.respondWith(
    caches
      .match(request, { cacheName: CACHE })
      .then((hit) => hit || caches.match(request))
      .then((hit) => hit || fetch(request)),
  );
});

// A tap on a reminder opens Relact (or brings an open window forward).
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const w of windows) if ("focus" in w) return w.focus();
      return self.clients.openWindow("/");
    }),
  );
});

// "Open with Relact": another app shares a log file sent from another phone (the manifest's
// share_target). The file waits in a cache of its own (not "relact-…", so a new version's
// clean-up leaves it) until /receive takes it; src/browser/inbox.rs uses the same names.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "POST" || url.origin !== self.location.origin || url.pathname !== "/receive")
    return;
  event.respondWith(
    (async () => {
      try {
        const file = (await event.request.formData()).get("file");
        if (file && typeof file !== "string") {
          const inbox = await caches.open("inbox");
          await inbox.put("/receive/file", new Response(file));
        }
      } catch (_e) {
        // Not a form, or no file: the screen says there is nothing to open.
      }
      return Response.redirect("/receive?shared=1", 303);
    })(),
  );
});
