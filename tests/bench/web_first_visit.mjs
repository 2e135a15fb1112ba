// The page benchmark: a first visit of Otbasy Komek against Dear ImGui 1.90.1's own example_glfw_opengl3 demo
// (built from the same sources with the same Emscripten: the `imgui_demo` target), both served by tools/serve.mjs
// (on a thread of its own) and loaded in the same headless Chromium in the same run. Both are sent gzip only, from the zopfli .gz copies that
// make_dist.py and the imgui_demo target write (brotli is not offered to either: the gzip figure is the one compared). It prints, for each page and each profile (plain;
// a mid-range phone proxy: 4× CPU slowdown and Lighthouse's slow-4G network), the median of several loads of:
//   first draw     ms from navigation start to the first WebGL draw call
//   usable         ms until the page answers input: for the demo its first frame (it is interactive from then on);
//                  for the app, until a tap on the home screen's guide tile has drawn the guide's first screen
//   second frame   ms until the second frame is drawn: the first that can show an answer to input given at the
//                  first (the fair mark to hold the app's "usable" against: under SwiftShader the first frame's
//                  shaders compile between the two, for both pages)
//   tapped screen  for the app, ms from the first frame to the guide drawn after the tap
//   rest handed    for the app, ms until the second content bundle is handed to the app (after the first frame)
//   bytes          gzip bytes on the wire before the first draw, and in the whole visit, per file
//   requests       count before the first draw
//   wasm memory    the linear memory's size after load (and, for the app, after walking every topic and an estimate,
//                  then after a search)
//   idle frames    frames drawn in 2 s with no input
// and the ratios app / demo. A separate load with the service worker allowed counts every byte the server sends
// (the page's and the worker's), and names any file sent twice. It prints; it never fails on time (the machine is
// shared and noisy): a load that does not finish within its time (OTBASY_BENCH_WAIT_S, default 120 s per step) is
// reported as such, with the page's console errors, and left out of the medians, and once the whole run has used
// OTBASY_BENCH_BUDGET_S (default 900 s) the loads not yet made are skipped and said so. It fails only on a page
// error in the app.
//
// The demo's own page has inline scripts; tools/serve.mjs sends the app's Content-Security-Policy (no inline
// script) unless told otherwise, and a demo page served with it never starts, so the demo is served with its own.
//
// env: OTBASY_DIST (dist/), OTBASY_DEMO (the demo's folder), OTBASY_BENCH_LOADS (default 3),
//      OTBASY_BENCH_PROFILES ("plain,phone"), OTBASY_BENCH_JSON (a file to write the figures to),
//      OTBASY_BENCH_WAIT_S (120), OTBASY_BENCH_BUDGET_S (900)
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Worker } from "node:worker_threads";

// playwright-core is installed with the browser tests' packages (tests/e2e/package-lock.json).
const { chromium } = createRequire(new URL("../e2e/package.json", import.meta.url))("playwright-core");
const root = new URL("../../", import.meta.url).pathname;
const DIST = process.env.OTBASY_DIST || `${root}build/web/dist`;
const DEMO = process.env.OTBASY_DEMO || `${root}build/web/imgui_demo`;
const LOADS = Number(process.env.OTBASY_BENCH_LOADS || 3);
const PROFILES = (process.env.OTBASY_BENCH_PROFILES || "plain,phone").split(",");
const WAIT = Number(process.env.OTBASY_BENCH_WAIT_S || 120) * 1000;
const BUDGET = Number(process.env.OTBASY_BENCH_BUDGET_S || 900) * 1000;
const started = Date.now();
const overBudget = () => Date.now() - started > BUDGET;

const ARGS = [
  "--headless=new", "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

// Lighthouse's "slow 4G" with DevTools throttling (RTT 150 ms × 3.75, 1.6 Mbit/s × 0.9) and a 4× slower CPU.
const THROTTLE = {
  plain: null,
  phone: { cpu: 4, net: { offline: false, latency: 562.5, downloadThroughput: (1638.4 * 0.9 * 1024) / 8,
                          uploadThroughput: (750 * 0.9 * 1024) / 8 } },
};

// Injected before any page script: times the first WebGL draw, keeps the wasm memory, counts animation frames.
const PROBE = () => {
  const b = (window.__bench = { firstDraw: 0, rafs: 0, memory: null });
  for (const proto of [window.WebGL2RenderingContext?.prototype, window.WebGLRenderingContext?.prototype]) {
    if (!proto) continue;
    for (const name of ["drawElements", "drawArrays"]) {
      const orig = proto[name];
      proto[name] = function (...a) {
        // The second frame is the first that can show an answer to input given at the first (on SwiftShader the
        // first frame's shaders are compiled between the two: tens of ms that no page code can avoid).
        if (!b.firstDraw) { b.firstDraw = performance.now(); b.firstFrame = b.rafs; }
        else if (!b.secondDraw && b.rafs !== b.firstFrame) b.secondDraw = performance.now();
        return orig.apply(this, a);
      };
    }
  }
  const keep = (p) => p.then((r) => {
    const inst = r.instance || r;
    for (const v of Object.values(inst.exports || {})) if (v instanceof WebAssembly.Memory) b.memory = v;
    return r;
  });
  const is = WebAssembly.instantiateStreaming, i = WebAssembly.instantiate;
  if (is) WebAssembly.instantiateStreaming = (...a) => keep(is.apply(WebAssembly, a));
  WebAssembly.instantiate = (...a) => keep(i.apply(WebAssembly, a));
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = (cb) => raf.call(window, (t) => { b.rafs++; cb(t); });
  // The app: as soon as its first frame is on screen, tap the guide tile (a real pointer event on the canvas) and
  // note when the guide's first screen has been drawn.
  document.addEventListener("otbasy:complete", () => { if (!b.complete) b.complete = performance.now(); });
  document.addEventListener("otbasy:ready", () => {
    const o = window.otbasy;
    b.ready = performance.now();
    const tile = o.snapshot().find((n) => n.id === "home.open_guide");
    if (!tile) return;
    const c = document.getElementById("canvas");
    const x = tile.rect ? tile.rect[0] + tile.rect[2] / 2 : 0, y = tile.rect ? tile.rect[1] + tile.rect[3] / 2 : 0;
    const ev = (type) => new MouseEvent(type, { bubbles: true, clientX: x, clientY: y, button: 0, buttons: 1 });
    b.tapAt = performance.now();
    c.dispatchEvent(ev("mousemove"));
    c.dispatchEvent(ev("mousedown"));
    window.dispatchEvent(ev("mouseup"));
    const check = () => {
      if (o.snapshot().some((n) => n.id.startsWith("guide.topic."))) b.usable = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
};

function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// The demo's own page has an inline script, style and event handler: it is served with a policy that allows them
// (ours, which the server sends by default, forbids them; it costs nothing in speed either way).
const DEMO_HEADERS = { "Content-Security-Policy":
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'" };

// A server on its own thread (web_server_worker.mjs) that also records what it sent: [{url, bytes, status}] (bytes as
// sent, i.e. gzip).
async function recordingServer(dir, headers = {}) {
  const worker = new Worker(new URL("./web_server_worker.mjs", import.meta.url), { workerData: { dir, headers } });
  const log = [];
  const port = await new Promise((ok, fail) => {
    worker.on("message", (m) => { if (m.log) log.push(m.log); if (m.port) ok(m.port); });
    worker.on("error", fail);
  });
  return { worker, log, base: `http://127.0.0.1:${port}/` };
}

async function load(browser, site, kind, profile, { serviceWorkers = "block", walk = false, saveData = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers });
  await context.addInitScript(PROBE);
  if (saveData) {  // what a browser set to save data tells the page (Chromium has no switch for it)
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "connection",
      { get: () => ({ saveData: true, effectiveType: "4g", addEventListener() {} }) }));
  }
  const page = await context.newPage();
  const errors = [], consoleErrors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  try {
    return await measure(context, page, site, kind, profile, { serviceWorkers, walk, errors });
  } catch (e) {
    if (e.name !== "TimeoutError") throw e;
    // A slow or stuck load: reported with what the page said, never a failure of the run.
    return { timedOut: e.message.split("\n")[0], consoleErrors, errors, firstDraw: NaN, usable: NaN, files: [],
             before: [], bytesBefore: NaN, memory: NaN, idleFrames: NaN, sent: site.log.map((l) => ({ ...l })) };
  } finally {
    await context.close();
  }
}

async function measure(context, page, site, kind, profile, { serviceWorkers, walk, errors }) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  // A fresh context has an empty cache anyway; with the service worker allowed the HTTP cache stays on, as in a
  // real first visit, so that the worker can take what the page has just downloaded.
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: serviceWorkers !== "allow" });
  const t = THROTTLE[profile];
  if (t) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: t.cpu });
    await cdp.send("Network.emulateNetworkConditions", t.net);
  }
  site.log.length = 0;
  await page.goto(site.base, { waitUntil: "load", timeout: WAIT });
  await page.waitForFunction(() => window.__bench.firstDraw > 0, null, { timeout: WAIT });
  if (kind === "app") await page.waitForFunction(() => window.__bench.usable > 0, null, { timeout: WAIT });
  if (kind === "app" && serviceWorkers === "allow") {  // until the offline copy is complete (or skipped)
    await page.waitForFunction(() => { const o = window.otbasy.offline;
      return o.state === "failed" || o.state === "unavailable" || (o.state === "ready" && o.extra !== "pending"); },
    null, { timeout: WAIT });
  }
  if (t) {  // settle and idle-count without throttling
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }
  await page.waitForTimeout(kind === "app" ? 1500 : 300);
  const r = await page.evaluate(async () => {
    const b = window.__bench;
    const entries = [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")];
    const files = entries.map((e) => ({ name: new URL(e.name).pathname.replace(/^\//, "") || "index.html",
                                        bytes: e.encodedBodySize, end: e.responseEnd }));
    const r0 = b.rafs;
    await new Promise((ok) => setTimeout(ok, 2000));
    return { firstDraw: b.firstDraw, secondDraw: b.secondDraw || NaN, usable: b.usable || b.firstDraw,
             complete: b.complete || NaN, files,
             idleFrames: window.otbasy ? null : b.rafs - r0, memory: b.memory ? b.memory.buffer.byteLength : NaN,
             appFrames: window.otbasy ? window.otbasy.frames : null };
  });
  if (kind === "app") {
    const f0 = r.appFrames;
    await page.waitForTimeout(2000);
    r.idleFrames = (await page.evaluate(() => window.otbasy.frames)) - f0;
  }
  r.before = r.files.filter((f) => f.end <= r.firstDraw);
  r.bytesBefore = r.before.reduce((s, f) => s + f.bytes, 0);
  r.sent = site.log.map((l) => ({ ...l }));
  if (walk) [r.memoryAfterWalk, r.memoryAfterSearch] = await walkEverything(page);
  r.errors = errors;
  return r;
}

// Every topic walked to a result (first option each time), then an estimate: the app's memory after real use.
async function walkEverything(page) {
  return page.evaluate(async () => {
    const o = window.otbasy;
    const settle = () => new Promise((ok) => setTimeout(ok, 60));
    const act = async (id, v = "") => { o.act(id, v); await settle(); await settle(); };
    const snap = () => o.snapshot();
    await act("nav.home");
    await act("home.open_guide");
    const topics = snap().filter((n) => n.id.startsWith("guide.topic.")).map((n) => n.id);
    for (const t of topics) {
      await act("nav.home");
      await act("home.open_guide");
      // The guide opens where the person left it: "all topics" leads to the list.
      if (!snap().some((n) => n.id === t)) await act("guide.topics");
      await act(t);
      for (let i = 0; i < 40; i++) {
        const s = snap();
        if (s.some((n) => n.id === "guide.result.title")) break;
        const opt = s.find((n) => n.role === "button" && n.id.startsWith("guide.option."));
        await act(opt ? opt.id : "guide.continue");
      }
    }
    await act("nav.home");
    await act("home.open_estimator");
    await act("estimator.income.0.amount", "450000");
    await settle();
    const walked = window.__bench.memory ? window.__bench.memory.buffer.byteLength : NaN;
    // And a search (its index is built on the first one).
    await act("nav.home");
    await act("home.search", "алимент не платит");
    await settle();
    return [walked, window.__bench.memory ? window.__bench.memory.buffer.byteLength : NaN];
  });
}

// The heaviest screen: the estimator with gross income, two orders and its whole working, at 1280×800. Frames are
// forced one at a time; the app reports each frame's CPU time (ImGui NewFrame → Render) and the whole callback
// (with the GL submission to SwiftShader, which a real GPU does far faster). Release build, no throttling.
async function heaviestFrame(browser, site) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(site.base);
  try {
    await page.waitForFunction(() => window.otbasy && window.otbasy.ready, null, { timeout: WAIT });
  } catch (e) {
    await context.close();
    if (e.name !== "TimeoutError") throw e;
    return null;
  }
  const r = await page.evaluate(async () => {
    const o = window.otbasy;
    const frame = () => new Promise((ok) => { const n = o.frames; const t = () => (o.frames > n ? ok() : setTimeout(t, 5)); t(); });
    const act = async (id, v = "") => { o.act(id, v); await frame(); await frame(); };
    await act("home.open_estimator");
    await act("estimator.income.0.amount", "600000");
    await act("estimator.income.0.basis.1");
    await act("estimator.order.add");
    await new Promise((ok) => setTimeout(ok, 500));
    const build = [], total = [];
    for (let i = 0; i < 40; i++) {
      Module._otbasy_redraw();
      await frame();
      build.push(o.frameMs.build);
      total.push(o.frameMs.total);
    }
    const nodes = o.snapshot().length;
    return { build, total, nodes };
  });
  await context.close();
  return { build: median(r.build), total: median(r.total), p95: r.build.sort((a, b) => a - b)[Math.floor(r.build.length * 0.95)], nodes: r.nodes };
}

const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : "–");
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) + "×" : "–");

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
const sites = { demo: await recordingServer(DEMO, DEMO_HEADERS), app: await recordingServer(DIST) };
const figures = { loads: LOADS, profiles: {} };
let failed = false;
try {
  for (const profile of PROFILES) {
    const runs = { demo: [], app: [] };
    for (let i = 0; i < LOADS; i++) {
      for (const kind of ["demo", "app"]) {  // interleaved, so that a noisy moment hits both
        if (overBudget()) { console.log(`${kind} ${profile} load ${i + 1}: skipped (the run's time budget is used)`); continue; }
        const r = await load(browser, sites[kind], kind, profile, { walk: kind === "app" && profile === "plain" && i === 0 });
        if (r.timedOut) {
          console.log(`${kind} ${profile} load ${i + 1} did not finish: ${r.timedOut}` +
                      (r.consoleErrors.length ? `; console: ${r.consoleErrors.slice(0, 5).join(" | ")}` : ""));
        }
        // The demo's own page errors (GLFW asking for permissions it is not given) are its business; ours fail.
        if (r.errors.length) { console.log(`${kind} page errors: ${r.errors.join("; ")}`); failed ||= kind === "app"; }
        runs[kind].push(r);
      }
    }
    const m = {};
    for (const kind of ["demo", "app"]) {
      const rs = runs[kind];
      m[kind] = {
        firstDraw: median(rs.map((r) => r.firstDraw)), usable: median(rs.map((r) => r.usable)),
        tapToScreen: median(rs.map((r) => r.usable - r.firstDraw)), complete: median(rs.map((r) => r.complete)),
        secondDraw: median(rs.map((r) => r.secondDraw)),
        bytesBefore: median(rs.map((r) => r.bytesBefore)), requestsBefore: median(rs.map((r) => r.before.length)),
        bytesTotal: median(rs.map((r) => r.files.reduce((s, f) => s + f.bytes, 0))),
        memory: median(rs.map((r) => r.memory)), idleFrames: median(rs.map((r) => r.idleFrames)),
        memoryAfterWalk: rs.find((r) => r.memoryAfterWalk)?.memoryAfterWalk,
        memoryAfterSearch: rs.find((r) => r.memoryAfterSearch)?.memoryAfterSearch,
        files: rs.find((r) => !r.timedOut)?.files || [],
      };
    }
    figures.profiles[profile] = m;
    const d = m.demo, a = m.app;
    console.log(`\n== ${profile}${THROTTLE[profile] ? " (4× CPU, slow 4G: 562 ms RTT, 1.47 Mbit/s)" : ""}: median of ${LOADS} loads, 1024×768; ` +
                "bytes are gzip (zopfli .gz copies on both sides) ==");
    console.log(`${"".padEnd(34)}${"ImGui demo".padStart(12)}${"Otbasy Komek".padStart(14)}${"ratio".padStart(9)}`);
    const row = (label, dv, av, f, r = true) =>
      console.log(`${label.padEnd(34)}${f(dv).padStart(12)}${f(av).padStart(14)}${(r ? ratio(av, dv) : "").padStart(9)}`);
    row("first draw, ms", d.firstDraw, a.firstDraw, ms);
    row("usable (answers a tap), ms", d.usable, a.usable, ms);
    row("app usable / demo first draw", d.firstDraw, a.usable, ms);
    row("second frame drawn, ms", d.secondDraw, a.secondDraw, ms);
    row("app usable / demo second frame", d.secondDraw, a.usable, ms);
    row("first frame → tapped screen drawn, ms", NaN, a.tapToScreen, ms, false);
    row("rest of the content handed over, ms", NaN, a.complete, (x) => (Number.isFinite(x) ? ms(x) : "–"), false);
    row("bytes before first draw, KiB gz", d.bytesBefore, a.bytesBefore, kb);
    row("requests before first draw", d.requestsBefore, a.requestsBefore, String);
    row("bytes of the page's own loads, KiB", d.bytesTotal, a.bytesTotal, kb);
    row("wasm memory after load, MiB", d.memory / 2 ** 20, a.memory / 2 ** 20, (x) => x.toFixed(1));
    const mib = (x) => (Number.isFinite(x) ? x.toFixed(1) : "–");
    if (a.memoryAfterWalk) row("… after every topic + estimate", NaN, a.memoryAfterWalk / 2 ** 20, mib, false);
    if (a.memoryAfterSearch) row("… and a search", NaN, a.memoryAfterSearch / 2 ** 20, mib, false);
    row("frames drawn in 2 s idle", d.idleFrames, a.idleFrames, String, false);
    for (const kind of ["demo", "app"]) {
      console.log(`  ${kind} files (gzip bytes, ms until received):`);
      for (const f of m[kind].files) console.log(`    ${f.name.padEnd(44)}${String(f.bytes).padStart(9)}${ms(f.end).padStart(8)}`);
    }
  }

  const hf = overBudget() ? null : await heaviestFrame(browser, sites.app);
  figures.heaviest_frame = hf;
  if (!hf) console.log("\nheaviest screen: not measured (the app did not start in time, or the time budget is used)");
  else console.log(`\nheaviest screen (estimator, gross pay, two orders, its working; ${hf.nodes} semantic nodes; 1280×800, ` +
              `Release wasm): app CPU per frame median ${hf.build.toFixed(2)} ms (p95 ${hf.p95.toFixed(2)} ms); ` +
              `whole frame callback with SwiftShader GL ${hf.total.toFixed(2)} ms`);

  // The whole first visit with the service worker allowed, until its offline copy is complete: every byte the
  // server sent, to the page and the worker; what lies beyond the app in the current language (the other languages,
  // the text guide) apart; and the same with the browser asking to save data (then nothing beyond).
  const beyond = /^\/(guide\/|assets-(ru|en)\.)/;
  for (const [kind, saveData] of [["demo", false], ["app", false], ["app", true]]) {
    if (overBudget()) { console.log(`\nwhole first visit of the ${kind}: skipped (the run's time budget is used)`); continue; }
    const r = await load(browser, sites[kind], kind, "plain", { serviceWorkers: "allow", saveData });
    if (r.timedOut) console.log(`\nwhole first visit of the ${kind}${saveData ? " asking to save data" : ""}: did not finish (${r.timedOut})`);
    if (r.errors.length) { console.log(`${kind} page errors: ${r.errors.join("; ")}`); failed ||= kind === "app"; }
    await new Promise((ok) => setTimeout(ok, kind === "demo" ? 3000 : 500));  // late requests, if any
    const sent = sites[kind].log.filter((l) => l.status === 200);
    const count = new Map();
    for (const l of sent) count.set(l.url.split("?")[0], (count.get(l.url.split("?")[0]) || 0) + 1);
    const twice = [...count].filter(([, n]) => n > 1).map(([u, n]) => `${u} ×${n}`);
    const total = sent.reduce((s, l) => s + l.bytes, 0);
    const extra = sent.filter((l) => beyond.test(l.url.split("?")[0]));
    const extraBytes = extra.reduce((s, l) => s + l.bytes, 0);
    figures[`${kind}_whole_visit${saveData ? "_save_data" : ""}`] = { bytes: total, requests: sent.length, twice,
                                                                       beyond: extraBytes, beyondRequests: extra.length };
    console.log(`\nwhole first visit of the ${kind}${saveData ? " asking to save data" : ""}, service worker allowed: ` +
                `${kb(total)} KiB in ${sent.length} responses` +
                (kind === "app" ? ` (the app in kk ${kb(total - extraBytes)} KiB; beyond it, the other languages and ` +
                                  `the text guide: ${kb(extraBytes)} KiB in ${extra.length})` : "") +
                `; sent more than once: ${twice.length ? twice.join(", ") : "none"}`);
    void r;
  }
} finally {
  await browser.close();
  for (const s of Object.values(sites)) await s.worker.terminate();
}
if (process.env.OTBASY_BENCH_JSON) {
  mkdirSync(dirname(process.env.OTBASY_BENCH_JSON), { recursive: true });
  writeFileSync(process.env.OTBASY_BENCH_JSON, JSON.stringify(figures, null, 2));
}
process.exit(failed ? 1 : 0);
