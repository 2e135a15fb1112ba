// Service worker: the app and its text version work offline after the first visit, and a new version never mixes
// with an old one.
//
// - One cache per build ("otbasy-<build>"). FILES (written by tools/make_dist.py) names every file of this build
//   with its SHA-256: nothing is kept unless its bytes are exactly this build's, so a browser or proxy cache that
//   still holds an old index.html cannot slip it into the new version's copy.
// - Nothing is downloaded twice. A file is taken, in this order, from this cache, from an older build's cache (the
//   same content-hashed name means the same bytes, so a new version downloads only what changed), from the browser's
//   HTTP cache without touching the network (what the page itself just downloaded), and only then from the network.
// - Install keeps the shell (page, loader, app, fonts, styles) and whatever language and text guide the previous
//   version had kept. The page asks for the rest once the app is usable ("keep"): its language first, which makes
//   the app ready offline, then, unless the browser asks to save data, the other languages and the text guide. It
//   reports the bytes fetched for each part.
// - A new version waits until the person accepts it ("skip-waiting", sent by the page) or every tab is closed.
// Only this site's own files are cached; nothing is sent anywhere.
"use strict";
const BUILD = "__OTBASY_BUILD__";
const CACHE = "otbasy-" + BUILD;
const FILES = __OTBASY_FILES__;
const SCOPE = new URL(self.registration.scope);
const TRIES = 3;
let forgotten = false;  // the person asked to forget this device: keep nothing more

// [SECTION] Keeping a file: checked against this build's SHA-256 before it goes into the cache.

function relative(url) {
  const u = new URL(url, SCOPE);
  if (u.origin !== SCOPE.origin || !u.pathname.startsWith(SCOPE.pathname)) return null;
  return decodeURIComponent(u.pathname.slice(SCOPE.pathname.length));
}

async function sha256(buffer) {
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer)).subarray(0, 16);  // as make_dist.py
  let s = "";
  for (const b of d) s += String.fromCharCode(b);
  return btoa(s);
}

// The response's bytes if they are this build's file `name`, else null.
async function checked(name, response) {
  if (!response || !response.ok) return null;
  const body = await response.arrayBuffer();
  if (body.byteLength !== FILES[name].size || (await sha256(body)) !== FILES[name].sha256) return null;
  return new Response(body, { headers: { "Content-Type": response.headers.get("Content-Type") || "" } });
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// Addresses the page may have fetched the same file at: for index.html, the scope itself and the open pages'
// addresses (?lang=ru…).
async function addresses(name) {
  const own = new URL(name, SCOPE).href;
  if (name !== "index.html") return [own];
  const pages = (await self.clients.matchAll({ type: "window", includeUncontrolled: true }))
    .map((c) => c.url).filter((u) => { const r = relative(u); return r === "" || r === "index.html"; });
  return [...new Set([new URL("./", SCOPE).href, own, ...pages])];
}

// Returns the bytes taken from the network (0 when the file came from a cache).
async function keep(cache, name) {
  const url = new URL(name, SCOPE).href;
  if (await cache.match(url)) return 0;
  for (const old of await caches.keys()) {
    if (!old.startsWith("otbasy-") || old === CACHE) continue;
    const ok = await checked(name, await (await caches.open(old)).match(url));
    if (ok) return cache.put(url, ok).then(() => 0);
  }
  for (const address of await addresses(name)) {
    const ok = await checked(name, await fetch(address, { cache: "only-if-cached", mode: "same-origin" }).catch(() => null));
    if (ok) return cache.put(url, ok).then(() => 0);
  }
  let problem = "";
  for (let attempt = 0; attempt < TRIES; attempt++) {
    if (attempt) await sleep(1000 * 4 ** (attempt - 1));
    const response = await fetch(url, { cache: "reload" }).catch((e) => { problem = String(e); return null; });
    if (response && !response.ok) problem = "HTTP " + response.status;
    const ok = await checked(name, response);
    if (ok && !forgotten) {
      await cache.put(url, ok);
      return transferred(url);
    }
    if (response && response.ok) problem = "its bytes are not this version's";
  }
  throw new Error(name + ": " + problem);
}

// What the network delivered for `url` (compressed), from this worker's resource timing; the size when unknown.
function transferred(url) {
  const entries = self.performance && performance.getEntriesByName ? performance.getEntriesByName(url) : [];
  const last = entries[entries.length - 1];
  return last && last.transferSize ? last.transferSize : FILES[relative(url)].size;
}

// Keeps every file of the groups, four at a time. Returns {bytes, missing}.
async function keepAll(groups, required) {
  const cache = await caches.open(CACHE);
  const names = Object.keys(FILES).filter((n) => groups.includes(FILES[n].group));
  let bytes = 0;
  const missing = [];
  const queue = names.slice();
  async function worker() {
    for (let name = queue.shift(); name !== undefined && !forgotten; name = queue.shift()) {
      try {
        bytes += await keep(cache, name);
      } catch (e) {
        if (required) throw e;
        missing.push(name);
      }
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { bytes, missing };
}

// Groups an older build's cache held (its language bundles, the text guide): the new version keeps them too, so
// that replacing the old copy never loses what worked offline before.
async function groupsKeptBefore() {
  const groups = new Set();
  for (const old of await caches.keys()) {
    if (!old.startsWith("otbasy-") || old === CACHE) continue;
    for (const req of await (await caches.open(old)).keys()) {
      const rel = relative(req.url) || "";
      const lang = /^assets-(\w+)\./.exec(rel);
      if (lang) groups.add("lang-" + lang[1]);
      if (rel.startsWith("guide/")) groups.add("guide");
    }
  }
  return [...groups];
}

// [SECTION] Life cycle

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    try {
      await keepAll(["shell"], true);
      await keepAll(await groupsKeptBefore(), false);
    } catch (e) {
      await caches.delete(CACHE);  // no half copy left behind; the page tries again later
      console.warn("offline copy: " + e.message);
      throw e;
    }
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) =>
    Promise.all(keys.filter((k) => k.startsWith("otbasy-") && k !== CACHE).map((k) => caches.delete(k)))));
});

// Messages from the page: {type: "keep", lang, saveData} with a port for the answers, {type: "skip-waiting"}.
self.addEventListener("message", (event) => {
  const msg = event.data || {};
  if (msg.type === "skip-waiting") {
    self.skipWaiting();
    return;
  }
  if (msg.type === "forget") {
    forgotten = true;
    return;
  }
  if (msg.type !== "keep" || !event.ports[0]) return;
  const port = event.ports[0];
  const saveData = !!msg.saveData || !!(self.navigator.connection && self.navigator.connection.saveData);
  event.waitUntil((async () => {
    try {
      const own = await keepAll(["shell", "lang-" + msg.lang], true);
      port.postMessage({ state: "ready", build: BUILD, lang: msg.lang, bytes: own.bytes });
      if (saveData) {
        port.postMessage({ state: "ready", build: BUILD, lang: msg.lang, bytes: own.bytes, extra: "skipped" });
        return;
      }
      const langs = [...new Set(Object.values(FILES).map((f) => f.group).filter((g) => g.startsWith("lang-")))];
      const rest = await keepAll([...langs, "guide"], false);
      port.postMessage({ state: "ready", build: BUILD, lang: msg.lang, bytes: own.bytes, extra: "done",
                         extraBytes: rest.bytes, missing: rest.missing });
    } catch (e) {
      port.postMessage({ state: "failed", build: BUILD, error: e.message });
    }
  })());
});

// [SECTION] Answering requests: this build's files from its cache; everything else from the network.

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  let name = relative(url);
  if (name === null) return;
  // The page itself, whatever its query (?lang=ru): the query is read by the loader, not by the server.
  if (req.mode === "navigate" && (name === "" || name === "index.html")) name = "index.html";
  else if (url.search || !FILES[name]) {
    // Offline, a text-guide page not kept falls back to the text guide's contents.
    if (req.mode === "navigate" && name.startsWith("guide/")) {
      event.respondWith(fetch(req).catch(() => caches.open(CACHE).then((c) => c.match(new URL("guide/index.html", SCOPE).href))
        .then((hit) => hit || Response.error())));
    }
    return;
  }
  const key = new URL(name, SCOPE).href;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(key);
    if (hit) return hit;
    // Not kept yet: the network, and keep a checked copy of what the page fetched, so it is not fetched again.
    const response = await fetch(name === "index.html" ? key : req);
    if (response.ok) {
      event.waitUntil(checked(name, response.clone()).then((ok) => ok && cache.put(key, ok)).catch(() => {}));
    }
    return response;
  })());
});
