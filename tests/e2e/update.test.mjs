// A new version deployed over an old one on a plain static host, python3 -m http.server: it sends Last-Modified and
// no Cache-Control, so the browser's HTTP cache answers on its own heuristics (an index.html 30 days old counts as
// fresh for 3 days) — the host on which an offline copy used to mix an old index.html and loader with a new app.
// Two real builds are made from this build's outputs by tools/make_dist.py, each marked in its index.html, loader,
// app.js and app.wasm (a custom section), and every load records which of the four actually ran. The test proves
// that no load ever mixes versions, online or offline, in an open tab, a reloaded tab and a new tab; that the new
// version downloads only the files that changed; that the person is told "a new version is ready"; and that
// accepting it keeps what they typed and answered. Chromium only for now (service workers in the harness's
// Chromium contexts; Playwright's offline switch).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ENGINE, act, DIST, snapshot, start, stop, waitIdle, watch } from "./harness.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const WEB_BUILD = dirname(DIST);
const CLI = process.env.OTBASY_CLI || join(ROOT, "build/native/otbasy-cli");
const byId = (nodes, id) => nodes.find((n) => n.id === id);

const CHROMIUM_ONLY = ENGINE === "chromium" ? false : `${ENGINE}: service workers, Playwright contexts and init scripts (Chromium only here)`;
let env, work, site, host;

// A custom section named otbasy-test holding `tag`: the module stays valid and the same code runs.
function markWasm(bytes, tag) {
  const name = Buffer.from("otbasy-test"), payload = Buffer.from(tag);
  const body = Buffer.concat([Buffer.from([name.length]), name, payload]);
  return Buffer.concat([bytes, Buffer.from([0, body.length]), body]);
}

function makeVersion(tag) {
  const dir = join(work, tag);
  cpSync(join(ROOT, "web"), join(dir, "web"), { recursive: true });
  const index = join(dir, "web/index.html");
  writeFileSync(index, readFileSync(index, "utf8").replace("<head>", `<head>\n<meta name="otbasy-test" content="${tag}">`));
  appendFileSync(join(dir, "web/loader.js"), `\n(window.otbasyTestRan = window.otbasyTestRan || {}).loader = "${tag}";\n`);
  writeFileSync(join(dir, "app.js"), readFileSync(join(WEB_BUILD, "app.js"), "utf8") +
                `\n;(window.otbasyTestRan = window.otbasyTestRan || {}).app = "${tag}";\n`);
  writeFileSync(join(dir, "app.wasm"), markWasm(readFileSync(join(WEB_BUILD, "app.wasm")), tag));
  const fonts = readdirSync(join(WEB_BUILD, "fonts")).filter((f) => f.endsWith(".ttf")).map((f) => join(WEB_BUILD, "fonts", f));
  execFileSync("/usr/bin/python3", [join(ROOT, "tools/make_dist.py"), "--web", join(dir, "web"), "--assets",
    join(ROOT, "assets"), "--app-js", join(dir, "app.js"), "--out", join(dir, "dist"), "--fonts", ...fonts,
    "--version", "0.1.0", "--cli", CLI, "--no-compress"], { stdio: "inherit" });
  return { dir: join(dir, "dist"), build: JSON.parse(readFileSync(join(dir, "dist/build.json"), "utf8")) };
}

function files(dir, rel = "") {
  return readdirSync(join(dir, rel)).flatMap((f) => statSync(join(dir, rel, f)).isDirectory()
    ? files(dir, join(rel, f)) : [join(rel, f)]);
}

// Copies a version over the site, old files left in place (as `cp -r` or an upload would). Mtimes as a build and an
// mtime-keeping copy leave them: the shell from web/ 30 days old, the build's outputs 10 minutes old.
function deploy(version) {
  const now = Date.now() / 1000;
  for (const rel of files(version.dir)) {
    cpSync(join(version.dir, rel), join(site, rel));
    const shell = /^(index\.html|loader\.|app\.[0-9a-f]+\.css|icon\.|manifest\.)/.test(rel);
    const t = shell ? now - 30 * 86400 : now - 600;
    utimesSync(join(site, rel), t, t);
  }
}

// Which index.html, loader, app.js and app.wasm this page runs.
async function ran(page) {
  return page.evaluate(() => ({
    index: document.querySelector('meta[name="otbasy-test"]')?.content,
    loader: window.otbasyTestRan?.loader, app: window.otbasyTestRan?.app, wasm: window.otbasyTestRan?.wasm,
    controlled: !!navigator.serviceWorker.controller,
  }));
}

const loads = [];
async function record(label, page, expected) {
  await page.waitForFunction(() => window.otbasy && window.otbasy.ready === true, null, { timeout: 90_000 });
  const r = await ran(page);
  loads.push({ label, ...r });
  const versions = new Set([r.index, r.loader, r.app, r.wasm]);
  assert.equal(versions.size, 1, `${label}: one version throughout, not ${JSON.stringify(r)}`);
  if (expected) assert.equal(r.index, expected, `${label}: runs ${expected}`);
  return r;
}

// Records the module's otbasy-test section whichever way app.js instantiates it.
const RECORD_WASM = () => {
  const ranBox = (window.otbasyTestRan = window.otbasyTestRan || {});
  const note = (result) => {
    const module = result.module || result;
    const s = WebAssembly.Module.customSections(module, "otbasy-test")[0];
    if (s) ranBox.wasm = new TextDecoder().decode(s);
    return result;
  };
  for (const fn of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[fn];
    WebAssembly[fn] = function (...args) { return original.apply(this, args).then(note); };
  }
};

const requests = [];
async function startHost() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  host = spawn("/usr/bin/python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", site],
               { stdio: ["ignore", "ignore", "pipe"] });
  host.stderr.on("data", (d) => {
    for (const m of d.toString().matchAll(/"GET (\S+) HTTP\/[\d.]+" (\d+)/g)) requests.push({ path: m[1], status: +m[2] });
  });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(base + "sw.js"); break; } catch { await new Promise((ok) => setTimeout(ok, 100)); }
  }
  requests.length = 0;
  return base;
}
function stopHost() {
  if (host) { host.kill("SIGTERM"); host = null; }
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), "otbasy-update-"));
  site = join(work, "site");
  env = await start();
});
after(async () => {
  stopHost();
  await stop(env);
  console.log("loads (index / loader / app.js / app.wasm, controlled by the service worker):");
  for (const l of loads) console.log(`  ${l.label.padEnd(58)} ${l.index} / ${l.loader} / ${l.app} / ${l.wasm}  ${l.controlled ? "sw" : "network"}`);
  rmSync(work, { recursive: true, force: true });
});

test("a deploy over a running version never mixes versions; the update is offered and keeps the answers; offline too", { skip: CHROMIUM_ONLY }, async () => {
  const v1 = makeVersion("v1"), v2 = makeVersion("v2");
  assert.notEqual(v1.build.build, v2.build.build);
  deploy(v1);
  const base = await startHost();

  const context = await env.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "allow" });
  await context.addInitScript(RECORD_WASM);
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(base);
  await record("first visit", page, "v1");
  await page.waitForFunction(() => window.otbasy.offline.state === "ready" && window.otbasy.offline.extra === "done",
                             null, { timeout: 60_000 });
  await page.reload();
  assert.ok((await record("reload, from the offline copy", page, "v1")).controlled);

  // A browser without the service worker (blocked), on the same host.
  const plain = await env.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  await plain.addInitScript(RECORD_WASM);
  const plainPage = await plain.newPage();
  const problems3 = watch(plainPage);
  await plainPage.goto(base);
  await record("no service worker: first visit", plainPage, "v1");

  // The person is half-way through: an estimate typed, then a guide question answered (the guide stays open).
  await act(page, "home.open_estimator");
  await act(page, "estimator.income.0.amount", "400 000");
  await act(page, "estimator.order.0.children", "2");
  await act(page, "nav.home");
  await act(page, "home.open_guide");
  await act(page, "guide.topic.divorce");
  const option = (await snapshot(page)).find((n) => n.id.startsWith("guide.option."));
  await act(page, option.id);
  const step = (await snapshot(page)).find((n) => n.id.startsWith("guide.node.")).id;

  // v2 is deployed; the open tab looks for it when it comes back to the foreground.
  const before = requests.length;
  deploy(v2);
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await page.waitForFunction(() => window.otbasy.snapshot().some((n) => n.id === "update.notice"), null, { timeout: 60_000 });
  await record("open tab after the deploy (v2 waiting)", page, "v1");
  const fetched = requests.slice(before).filter((r) => r.status === 200).map((r) => r.path);
  const changed = new Set(["/sw.js", "/index.html", ...["loader.js", "app.js", "app.wasm"].map((f) => "/" + v2.build.files[f])]);
  const unchanged = fetched.filter((p) => !changed.has(p));
  console.log(`the update downloaded: ${fetched.join(", ")}`);
  assert.deepEqual(unchanged, [], "the update downloads only the files that changed");

  // A second tab opened now still gets the running version, whole.
  const tab2 = await context.newPage();
  const problems2 = watch(tab2);
  await tab2.goto(base + "?lang=ru");
  await record("second tab while v2 waits", tab2, "v1");

  // The person accepts the update: the page reloads into v2 with everything kept.
  await Promise.all([page.waitForEvent("load", { timeout: 60_000 }),
                     page.evaluate(() => window.otbasy.act("update.apply", ""))]);
  await page.waitForFunction(() => window.otbasyTestRan?.loader === "v2" && window.otbasy?.ready === true, null,
                             { timeout: 60_000 });
  await record("after 'update' in the notice", page, "v2");
  await waitIdle(page);
  let nodes = await snapshot(page);
  assert.equal(nodes.find((n) => n.id.startsWith("guide.node."))?.id, step, "the same guide step, answers kept");
  assert.ok(byId(nodes, "guide.back"), "the earlier answer is there (Back is offered)");
  assert.ok(!byId(nodes, "update.notice"), "no notice in the new version");
  await act(page, "nav.home");
  await act(page, "home.open_estimator");
  nodes = await snapshot(page);
  assert.equal(byId(nodes, "estimator.income.0.amount")?.value, "400 000", "the typed income is kept");
  assert.equal(byId(nodes, "estimator.order.0.children")?.value, "2");
  assert.equal(await page.evaluate(() => window.name), "", "the handover is taken once and cleared");

  // Without the service worker, the HTTP cache may still hold v1's index.html as fresh (30 days old: 3 days of
  // heuristic freshness); whatever it runs, it runs one version whole, online.
  await plainPage.reload();
  await record("no service worker: reload after the deploy", plainPage);
  const fresh = await plain.newPage();
  await fresh.goto(base + "index.html?lang=kk");
  await record("no service worker: another address after the deploy", fresh, "v2");

  // The other tab keeps running v1 whole until it is reloaded; reloaded, it is v2.
  await record("second tab, not reloaded", tab2, "v1");
  await tab2.reload();
  await record("second tab reloaded", tab2, "v2");

  // Offline: the host is gone. Reloads and new tabs are v2, whole.
  await page.waitForFunction(() => window.otbasy.offline.state === "ready" && window.otbasy.offline.extra === "done",
                             null, { timeout: 60_000 });
  stopHost();
  const online = problems.length;
  await page.reload();
  await record("offline reload", page, "v2");
  const tab3 = await context.newPage();
  await tab3.goto(base + "?lang=en");
  await record("offline new tab ?lang=en", tab3, "v2");
  const cache = await tab3.evaluate(async () => {
    const keys = (await caches.keys()).filter((k) => k.startsWith("otbasy-"));
    const c = await caches.open(keys[0]);
    const index = await (await c.match(new URL("index.html", location.href).href)).text();
    return { keys, index: /name="otbasy-test" content="(\w+)"/.exec(index)?.[1], files: (await c.keys()).length };
  });
  assert.deepEqual(cache.keys, ["otbasy-" + v2.build.build], "one offline copy: v2's");
  assert.equal(cache.index, "v2");

  assert.deepEqual(problems3, []);
  await plain.close();
  // Offline, only the browser's own failed look for a new sw.js may show up.
  assert.deepEqual([...problems.slice(0, online), ...problems.slice(online).filter((p) => p.startsWith("page error"))], []);
  assert.deepEqual(problems2, []);
  await context.close();
});
