// Service worker: the app works offline after the first visit. Each build has its own cache; a new version is
// installed in the background and takes over only when no tab of the old one is open, so an open tab never
// mixes files of two versions. Only this site's own files are cached; nothing is sent anywhere.
"use strict";
const CACHE = "otbasy-__OTBASY_BUILD__";
const FILES = __OTBASY_FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith("otbasy-") && k !== CACHE).map((k) => caches.delete(k)))
    )
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req))
    )
  );
});
