// The offline copy (web/sw.js) in a real Chromium with service workers allowed, against tools/serve.mjs (the
// headers of docs/DEPLOY.md, precompressed files) with a request log: a first visit downloads no file twice and
// fetches the rest of the offline copy only once the app is usable (and not at all when the browser asks to save
// data); then the app, the other languages, the text guide and its print views work with the server gone; a file
// that fails is retried and Settings/About say whether the app is ready offline; "forget this device" removes the
// service worker and the copy. Prints the bytes of a first visit, with and without the service worker.
// Chromium only for now: service workers in the harness's contexts and Playwright's request routing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENGINE, act, DIST, snapshot, start, stop, waitIdle, watch } from "./harness.mjs";

const BUILD = JSON.parse(readFileSync(join(DIST, "build.json"), "utf8"));
const log = [];
const CHROMIUM_ONLY = ENGINE === "chromium" ? false : `${ENGINE}: service workers with a request log, Playwright contexts and routing (Chromium only here)`;
let env;
before(async () => { env = await start({ serve: { log: (e) => log.push(e) } }); });
after(async () => { await stop(env); });

const byId = (nodes, id) => nodes.find((n) => n.id === id);
const path = (url) => decodeURIComponent(new URL(url, "http://x").pathname);

async function visit({ serviceWorkers = "allow", saveData = false, query = "" } = {}) {
  const context = await env.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers });
  if (saveData) {
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "connection",
      { get: () => ({ saveData: true, effectiveType: "3g", addEventListener() {} }) }));
  }
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(env.base + query);
  await page.waitForFunction(() => window.otbasy && window.otbasy.ready === true, null, { timeout: 90_000 });
  return { context, page, problems };
}
const offlineDone = (page) => page.waitForFunction(() => window.otbasy.offline.state === "ready" &&
  window.otbasy.offline.extra !== "pending", null, { timeout: 90_000 });

function table(title, entries) {
  let total = 0;
  console.log(title);
  for (const e of entries) {
    console.log(`  ${path(e.url).padEnd(50)} ${String(e.bytes).padStart(8)} ${e.encoding || "identity"}`);
    total += e.bytes;
  }
  console.log(`  ${"total".padEnd(50)} ${String(total).padStart(8)} bytes in ${entries.length} requests`);
  return total;
}

test("first visit: no file downloaded twice; the rest of the offline copy only after the app is usable; bytes", { skip: CHROMIUM_ONLY }, async () => {
  log.length = 0;
  const plain = await visit({ serviceWorkers: "block" });
  await plain.page.waitForTimeout(1000);
  const withoutSw = table("First visit without the service worker (kk):", log.filter((e) => e.status === 200));
  assert.deepEqual(plain.problems, []);
  await plain.context.close();

  log.length = 0;
  const { context, page, problems } = await visit();
  await offlineDone(page);
  const offline = await page.evaluate(() => window.otbasy.offline);
  assert.equal(offline.extra, "done");
  assert.deepEqual(offline.missing, []);
  const got = log.filter((e) => e.status === 200);
  const total = table("First visit with the service worker (kk), the whole offline copy included:", got);
  const counts = {};
  for (const e of got) counts[path(e.url)] = (counts[path(e.url)] || 0) + 1;
  const twice = Object.entries(counts).filter(([, n]) => n > 1);
  assert.deepEqual(twice, [], "no file is downloaded twice");
  // Everything beyond the app itself in this language (the worker, the other languages, the text guide) is fetched
  // after the last file the app needed for its first frame.
  const paths = log.map((e) => path(e.url));
  const later = /^\/(guide\/|assets-(ru|en)\.|sw\.js|manifest\.)/;
  const lastOwn = Math.max(...paths.map((p, i) => (later.test(p) ? -1 : i)));
  const firstLater = paths.findIndex((p) => later.test(p));
  assert.ok(firstLater > lastOwn, `the rest waits until the app is usable: ${paths.join(" ")}`);
  const own = got.filter((e) => !/^\/(guide\/|assets-(ru|en)\.)/.test(path(e.url))).reduce((a, e) => a + e.bytes, 0);
  console.log(`bytes: without the service worker ${withoutSw}; with it ${total} (the app in kk ${own}, the rest of the ` +
              `offline copy ${total - own}); the worker counted ${offline.bytes} B for the app in kk and ` +
              `${offline.extraBytes} B for the rest`);
  assert.ok(own <= withoutSw + 8000, "with the service worker the app in kk costs what it costs without (plus sw.js)");
  assert.deepEqual(problems, []);
  await context.close();
});

test("save data: only the app in the current language is kept offline; nothing else is fetched", { skip: CHROMIUM_ONLY }, async () => {
  log.length = 0;
  const { context, page, problems } = await visit({ saveData: true, query: "?lang=ru" });
  await offlineDone(page);
  assert.equal(await page.evaluate(() => window.otbasy.offline.extra), "skipped");
  await page.waitForTimeout(500);
  const extra = log.filter((e) => /^\/(guide\/|assets-(kk|en)\.)/.test(path(e.url)));
  assert.deepEqual(extra.map((e) => e.url), [], `fetched: ${log.map((e) => e.url).join(" ")}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("offline with the server gone: the app in every language, the text guide and its print view", { skip: CHROMIUM_ONLY }, async () => {
  // A server of its own, so that it can be stopped.
  const own = await start();
  const context = await own.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "allow" });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(own.base);
  await page.waitForFunction(() => window.otbasy?.ready === true, null, { timeout: 90_000 });
  await offlineDone(page);
  const closed = new Promise((ok) => own.server.close(ok));
  own.server.closeAllConnections();  // the browser's keep-alive connections too: the server is really gone
  await closed;
  own.server = null;

  await page.reload();
  await page.waitForFunction(() => window.otbasy?.ready === true, null, { timeout: 90_000 });
  await act(page, "nav.language.1");
  await page.waitForFunction(() => window.otbasy.bundleLang === "ru", null, { timeout: 30_000 });
  await act(page, "nav.language.2");
  await page.waitForFunction(() => window.otbasy.bundleLang === "en", null, { timeout: 30_000 });
  await act(page, "home.open_estimator");
  await act(page, "estimator.income.0.amount", "400000");
  assert.ok((await snapshot(page)).some((n) => n.id.startsWith("estimator.table.")), "an estimate offline");

  // The loader's fallback link, the print view and a deep link into the text guide.
  for (const p of ["guide/index.html", "guide/ru/divorce.html", "guide/kk/child_alimony.html#top"]) {
    const g = await context.newPage();
    const gp = watch(g);
    const r = await g.goto(own.base + p);
    assert.equal(r.status(), 200, p);
    assert.ok(await g.locator("h1").count() > 0, `${p} has its heading`);
    assert.ok(await g.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0)), `${p} is styled`);
    assert.deepEqual(gp, []);
    await g.close();
  }
  const deep = await context.newPage();
  await deep.goto(own.base + "index.html?lang=ru");
  await deep.waitForFunction(() => window.otbasy?.ready === true, null, { timeout: 90_000 });
  assert.equal(await deep.evaluate(() => document.documentElement.lang), "ru");
  assert.deepEqual(problems.filter((p) => !/sw\.js|ERR_CONNECTION_REFUSED/.test(p)), []);
  await context.close();
  await stop(own);
});

test("a file that fails is retried; Settings says whether the app is ready offline; forget this device", { skip: CHROMIUM_ONLY }, async () => {
  // A copy of dist/ whose web manifest is missing at first (the page does not need it; the offline copy does).
  const dir = mkdtempSync(join(tmpdir(), "otbasy-offline-"));
  cpSync(DIST, dir, { recursive: true });
  const css = join(dir, BUILD.files["manifest.webmanifest"]);
  renameSync(css, css + ".away");
  for (const ext of [".gz", ".br"]) rmSync(css + ext, { force: true });
  const own = await start({ dist: dir });
  try {
  const context = await own.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "allow" });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(own.base + "?lang=en");
  await page.waitForFunction(() => window.otbasy?.ready === true, null, { timeout: 90_000 });
  // Three tries with pauses before "failed"; on a busy machine that takes a while.
  await page.waitForFunction(() => window.otbasy.offline.state === "failed", null, { timeout: 180_000 });
  await act(page, "nav.settings");
  assert.ok(byId(await snapshot(page), "offline.state.failed"), "Settings says offline set-up failed");

  renameSync(css + ".away", css);  // the file is back: the page tries again by itself
  // The page retries 15 s, 1 min, 2¼ min and 4 min after a failure: depending on how many tries passed while the
  // file was away, the next one may be minutes off.
  await page.waitForFunction(() => window.otbasy.offline.state === "ready", null, { timeout: 330_000 });
  await page.waitForFunction(() => window.otbasy.snapshot().some((n) => n.id === "offline.state.ready"), null,
                             { timeout: 10_000 });
  assert.equal(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("otbasy-")).length), 1,
               "one offline copy, no orphan from the failed attempt");

  await act(page, "offline.forget");
  await page.waitForFunction(() => window.otbasy.offline.state === "forgotten", null, { timeout: 30_000 });
  assert.ok(byId(await snapshot(page), "offline.state.forgotten"));
  // Late news from the removed worker (turning redundant, a last answer) must not change what Settings says: it once
  // switched to "offline set-up failed" some seconds later.
  await page.waitForTimeout(5000);
  await waitIdle(page);
  assert.equal(await page.evaluate(() => window.otbasy.offline.state), "forgotten", "still forgotten a while later");
  assert.ok(byId(await snapshot(page), "offline.state.forgotten"), "Settings still says so");
  const left = await page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(left, { registrations: 0, caches: 0 }, "no service worker and no cache left");
  // The browser may have asked for the missing manifest too.
  assert.deepEqual(problems.filter((p) => !p.includes(BUILD.files["manifest.webmanifest"]) && !p.includes("404")), []);
  await context.close();
  } finally {
    await stop(own);
    rmSync(dir, { recursive: true, force: true });
  }
});
