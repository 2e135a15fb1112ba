// The page benchmark: a first visit of Otbasy Komek against Dear ImGui 1.90.1's own example_glfw_opengl3 demo
// (built from the same sources with the same Emscripten: the `imgui_demo` target), both served by tools/serve.mjs
// (gzip) and loaded in the same headless Chromium in the same run. It prints, for each page and each profile (plain;
// a mid-range phone proxy: 4× CPU slowdown and Lighthouse's slow-4G network), the median of several loads of:
//   first draw     ms from navigation start to the first WebGL draw call
//   usable         ms until the page answers input: for the demo its first frame (it is interactive from then on);
//                  for the app, until a tap on the home screen's guide tile has drawn the guide's first screen
//   bytes          gzip bytes on the wire before the first draw, and in the whole visit, per file
//   requests       count before the first draw
//   wasm memory    the linear memory's size after load (and, for the app, after walking every topic and an estimate)
//   idle frames    frames drawn in 2 s with no input
// and the ratios app / demo. A separate load with the service worker allowed counts every byte the server sends
// (the page's and the worker's), and names any file sent twice. It prints; it never fails on time (the machine is
// shared and noisy). It fails only when a page cannot be measured at all.
//
// env: OTBASY_DIST (dist/), OTBASY_DEMO (the demo's folder), OTBASY_BENCH_LOADS (default 3),
//      OTBASY_BENCH_PROFILES ("plain,phone"), OTBASY_BENCH_JSON (a file to write the figures to)
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { serve } from "../../tools/serve.mjs";

// playwright-core is installed with the browser tests' packages (tests/e2e/package-lock.json).
const { chromium } = createRequire(new URL("../e2e/package.json", import.meta.url))("playwright-core");
const root = new URL("../../", import.meta.url).pathname;
const DIST = process.env.OTBASY_DIST || `${root}build/web/dist`;
const DEMO = process.env.OTBASY_DEMO || `${root}build/web/imgui_demo`;
const LOADS = Number(process.env.OTBASY_BENCH_LOADS || 3);
const PROFILES = (process.env.OTBASY_BENCH_PROFILES || "plain,phone").split(",");

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
        if (!b.firstDraw) b.firstDraw = performance.now();
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

// A server that also records what it sent: [{url, bytes, t}] (bytes as sent, i.e. gzip where gzip was used).
async function recordingServer(dir) {
  const server = await serve(dir);
  const log = [];
  server.on("request", (req, res) => {
    let bytes = 0;
    const w = res.write.bind(res), e = res.end.bind(res);
    res.write = (chunk, ...a) => { if (chunk) bytes += chunk.length; return w(chunk, ...a); };
    res.end = (chunk, ...a) => {
      if (chunk && typeof chunk !== "function") bytes += chunk.length;
      log.push({ url: req.url, bytes, status: res.statusCode });
      return e(chunk, ...a);
    };
  });
  return { server, log, base: `http://127.0.0.1:${server.address().port}/` };
}

async function load(browser, site, kind, profile, { serviceWorkers = "block", walk = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const t = THROTTLE[profile];
  if (t) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: t.cpu });
    await cdp.send("Network.emulateNetworkConditions", t.net);
  }
  site.log.length = 0;
  await page.goto(site.base, { waitUntil: "load", timeout: 180_000 });
  await page.waitForFunction(() => window.__bench.firstDraw > 0, null, { timeout: 180_000 });
  if (kind === "app") await page.waitForFunction(() => window.__bench.usable > 0, null, { timeout: 180_000 });
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
    return { firstDraw: b.firstDraw, usable: b.usable || b.firstDraw, files,
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
  if (walk) r.memoryAfterWalk = await walkEverything(page);
  r.errors = errors;
  await context.close();
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
    return window.__bench.memory ? window.__bench.memory.buffer.byteLength : NaN;
  });
}

// The heaviest screen: the estimator with gross income, two orders and its whole working, at 1280×800. Frames are
// forced one at a time; the app reports each frame's CPU time (ImGui NewFrame → Render) and the whole callback
// (with the GL submission to SwiftShader, which a real GPU does far faster). Release build, no throttling.
async function heaviestFrame(browser, site) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(site.base);
  await page.waitForFunction(() => window.otbasy && window.otbasy.ready, null, { timeout: 180_000 });
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
const sites = { demo: await recordingServer(DEMO), app: await recordingServer(DIST) };
const figures = { loads: LOADS, profiles: {} };
let failed = false;
try {
  for (const profile of PROFILES) {
    const runs = { demo: [], app: [] };
    for (let i = 0; i < LOADS; i++) {
      for (const kind of ["demo", "app"]) {  // interleaved, so that a noisy moment hits both
        const r = await load(browser, sites[kind], kind, profile, { walk: kind === "app" && profile === "plain" && i === 0 });
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
        bytesBefore: median(rs.map((r) => r.bytesBefore)), requestsBefore: median(rs.map((r) => r.before.length)),
        bytesTotal: median(rs.map((r) => r.files.reduce((s, f) => s + f.bytes, 0))),
        memory: median(rs.map((r) => r.memory)), idleFrames: median(rs.map((r) => r.idleFrames)),
        memoryAfterWalk: rs.find((r) => r.memoryAfterWalk)?.memoryAfterWalk,
        files: rs[0].files,
      };
    }
    figures.profiles[profile] = m;
    const d = m.demo, a = m.app;
    console.log(`\n== ${profile}${THROTTLE[profile] ? " (4× CPU, slow 4G: 562 ms RTT, 1.47 Mbit/s)" : ""}: median of ${LOADS} loads, 1024×768 ==`);
    console.log(`${"".padEnd(34)}${"ImGui demo".padStart(12)}${"Otbasy Komek".padStart(14)}${"ratio".padStart(9)}`);
    const row = (label, dv, av, f, r = true) =>
      console.log(`${label.padEnd(34)}${f(dv).padStart(12)}${f(av).padStart(14)}${(r ? ratio(av, dv) : "").padStart(9)}`);
    row("first draw, ms", d.firstDraw, a.firstDraw, ms);
    row("usable (answers a tap), ms", d.usable, a.usable, ms);
    row("app usable / demo first draw", d.firstDraw, a.usable, ms);
    row("bytes before first draw, KiB gz", d.bytesBefore, a.bytesBefore, kb);
    row("requests before first draw", d.requestsBefore, a.requestsBefore, String);
    row("bytes of the page's own loads, KiB", d.bytesTotal, a.bytesTotal, kb);
    row("wasm memory after load, MiB", d.memory / 2 ** 20, a.memory / 2 ** 20, (x) => x.toFixed(1));
    if (a.memoryAfterWalk) row("… after every topic + estimate", NaN, a.memoryAfterWalk / 2 ** 20, (x) => (Number.isFinite(x) ? x.toFixed(1) : "–"), false);
    row("frames drawn in 2 s idle", d.idleFrames, a.idleFrames, String, false);
    for (const kind of ["demo", "app"]) {
      console.log(`  ${kind} files (gzip bytes, ms until received):`);
      for (const f of m[kind].files) console.log(`    ${f.name.padEnd(44)}${String(f.bytes).padStart(9)}${ms(f.end).padStart(8)}`);
    }
  }

  const hf = await heaviestFrame(browser, sites.app);
  figures.heaviest_frame = hf;
  console.log(`\nheaviest screen (estimator, gross pay, two orders, its working; ${hf.nodes} semantic nodes; 1280×800, ` +
              `Release wasm): app CPU per frame median ${hf.build.toFixed(2)} ms (p95 ${hf.p95.toFixed(2)} ms); ` +
              `whole frame callback with SwiftShader GL ${hf.total.toFixed(2)} ms`);

  // The whole first visit with the service worker allowed: every byte the server sent, to the page and the worker.
  for (const kind of ["demo", "app"]) {
    const r = await load(browser, sites[kind], kind, "plain", { serviceWorkers: "allow" });
    await new Promise((ok) => setTimeout(ok, 3000));  // let a worker finish its precache
    const sent = sites[kind].log.filter((l) => l.status === 200);
    const count = new Map();
    for (const l of sent) count.set(l.url.split("?")[0], (count.get(l.url.split("?")[0]) || 0) + 1);
    const twice = [...count].filter(([, n]) => n > 1).map(([u, n]) => `${u} ×${n}`);
    const total = sent.reduce((s, l) => s + l.bytes, 0);
    figures[`${kind}_whole_visit`] = { bytes: total, requests: sent.length, twice };
    console.log(`\nwhole first visit of the ${kind}, service worker allowed: ${kb(total)} KiB in ${sent.length} responses; ` +
                `sent more than once: ${twice.length ? twice.join(", ") : "none"}`);
    void r;
  }
} finally {
  await browser.close();
  for (const s of Object.values(sites)) await new Promise((ok) => s.server.close(ok));
}
if (process.env.OTBASY_BENCH_JSON) {
  mkdirSync(dirname(process.env.OTBASY_BENCH_JSON), { recursive: true });
  writeFileSync(process.env.OTBASY_BENCH_JSON, JSON.stringify(figures, null, 2));
}
process.exit(failed ? 1 : 0);
