// Shared by the browser tests: one browser API over three engines, so that each test is written once.
//
//   OTBASY_ENGINE=chromium  Debian's Chromium, headless, through playwright-core        (engines/chromium.mjs)
//   OTBASY_ENGINE=firefox   Firefox ESR with a window on Xvfb, puppeteer-core over BiDi  (engines/firefox.mjs)
//   OTBASY_ENGINE=webkit    WebKitGTK's MiniBrowser on Xvfb, selenium-webdriver          (engines/webkit.mjs)
//
// `tests/e2e/run.mjs <engine>` starts the X server Firefox and WebKit need and runs every *.test.mjs; ctest runs it
// once per engine (e2e.chromium, e2e.firefox, e2e.webkit).
//
// openApp() opens the app in a fresh session (its own storage) and returns { page, context, problems }:
//   page      the same calls on every engine, named as in playwright: evaluate(fn, arg), waitForFunction(fn, arg,
//             {timeout}), waitForTimeout(ms), goto/reload/goBack/url/title, mouse.click(x, y), mouse.move,
//             keyboard.press(key)/type(text) (real key events), touchscreen.tap (caps.touch), focus(selector),
//             screenshot({path}) (returns the PNG), setViewportSize({width, height}), close(). On Chromium every other playwright
//             Page call still works (locator, getByRole, waitForURL...); on the others it throws, naming the engine.
//   context   close(), newPage() (another tab sharing the session's storage); on Chromium also playwright's own.
//   problems  console errors, uncaught errors, failed requests and HTTP errors, as they happen.
// Every test fails on any problem left in `problems` when it ends (a hook below checks every session the test
// opened), in every engine. A test that expects one passes `allow: [/pattern/]` to openApp.
//
// What an engine cannot do is in `caps`; a test that needs it says so with t.skip(reason) — see unsupported().
import { afterEach, after, beforeEach } from "node:test";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { serve } from "../../tools/serve.mjs";

export const ENGINES = ["chromium", "firefox", "webkit"];
export const ENGINE = process.env.OTBASY_ENGINE || "chromium";
if (!ENGINES.includes(ENGINE)) throw new Error(`OTBASY_ENGINE=${ENGINE}: expected one of ${ENGINES.join(", ")}`);
const adapter = await import(`./engines/${ENGINE}.mjs`);
export const caps = Object.freeze({ engine: ENGINE, ...adapter.caps });

export const DIST = process.env.OTBASY_DIST || new URL("../../build/web/dist", import.meta.url).pathname;
export const SHOTS = process.env.OTBASY_SHOTS || new URL("../../build/native/screenshots", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const PROBE_PATH = "/__harness/probe.js";
const PROBE = readFileSync(new URL("./engines/probe.js", import.meta.url));

// The app's own server (dist/ on 127.0.0.1), plus what only tests need: the probe script for engines without
// console/network events, and a switch that makes the site unreachable (env.setOffline) while the probe stays.
async function appServer(dist = DIST, serveOptions = {}) {
  const server = await serve(dist, 0, "127.0.0.1", serveOptions);
  const files = server.listeners("request")[0];
  server.removeAllListeners("request");
  const state = { offline: false, dropped: [] };
  server.on("request", (req, res) => {
    const path = new URL(req.url, "http://localhost").pathname;
    if (path === PROBE_PATH) {
      res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store" });
      return res.end(PROBE);
    }
    if (state.offline) {
      state.dropped.push(path);
      return req.socket.destroy();  // as a network that is down: no HTTP answer at all
    }
    // Only a page load gets the probe: the service worker's own fetch of index.html must see this build's exact
    // bytes (it checks each file's SHA-256 before keeping it offline).
    const dest = req.headers["sec-fetch-dest"];
    const forPage = !dest || dest === "document" || dest === "iframe";
    if (!caps.nativeProblems && forPage && (path === "/" || path === "/index.html")) {
      const html = readFileSync(join(dist, "index.html"), "utf8")
        .replace("</head>", `<script src="${PROBE_PATH}"></script>\n</head>`);
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
      return res.end(html);
    }
    return files(req, res);
  });
  return { server, state };
}

// Another origin with a neutral page: where the quick exit is sent in tests (no request leaves the machine).
function neutralServer() {
  const server = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>neutral</title><p>neutral");
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

// options.dist: another dist/ to serve; options.serve: tools/serve.mjs's options (a request log…). With
// OTBASY_BASE_URL set, the app is not served here: the tests run against that server (e.g. nginx configured with
// docs/deploy/nginx.conf, tests/e2e/nginx.mjs).
export async function start(options = {}) {
  const external = process.env.OTBASY_BASE_URL;
  const { server, state } = external ? { server: null, state: { offline: false, dropped: [] } }
                                     : await appServer(options.dist, options.serve);
  const neutral = await neutralServer();
  const browser = await adapter.launch();
  return {
    engine: ENGINE,
    caps,
    version: browser.version,
    server,
    neutralServer: neutral,
    base: external || `http://127.0.0.1:${server.address().port}/`,
    neutral: `http://127.0.0.1:${neutral.address().port}/`,
    browser,
    // The site stops answering (connections are dropped, as when the network is down); the probe still loads.
    setOffline(flag) { state.offline = !!flag; if (flag) server?.closeIdleConnections?.(); },
    droppedRequests: state.dropped,
  };
}

export async function stop(env) {
  if (!env) return;
  for (const s of [...suiteSessions]) await finish(s).catch(() => {});
  await env.browser?.close();
  for (const srv of [env.server, env.neutralServer]) {
    srv?.closeAllConnections?.();
    await new Promise((ok) => (srv ? srv.close(ok) : ok()));
  }
}

// Why this engine cannot open the app with these options, or "" when it can. Tests skip with the reason:
//   const why = unsupported({ viewport: { width: 390, height: 844 }, dpr: 3 }); if (why) return t.skip(why);
export function unsupported({ viewport, dpr = 1, touch = false, serviceWorkers = "block", contextOptions = {} } = {}) {
  if (dpr !== 1 && !caps.dpr) return `${ENGINE} cannot emulate devicePixelRatio ${dpr}`;
  if (Object.keys(contextOptions).length && !caps.contextOptions)
    return `${ENGINE} takes no playwright context options (${Object.keys(contextOptions).join(", ")})`;
  if (viewport && viewport.width < caps.viewport.minWidth)
    return `${ENGINE} cannot make its window ${viewport.width} px wide (at least ${caps.viewport.minWidth})`;
  if (touch && !caps.touch) return `${ENGINE} cannot send touch input here`;
  if (serviceWorkers === "allow" && !caps.serviceWorkers) return `${ENGINE} does not run service workers here`;
  return "";
}

// Sessions opened by the running test (or its subtests) are checked (and closed) when the test ends; sessions
// opened in a before() hook are checked when the file ends. The hooks run around subtests too: depth tells them
// apart.
let depth = 0;
let testSessions = [];
const suiteSessions = new Set();

async function finish(s) {
  suiteSessions.delete(s);
  if (!s.closed) await s.close().catch(() => {});
  return s.problems;
}

beforeEach(() => { if (depth++ === 0) testSessions = []; });
afterEach(async () => {
  if (--depth > 0) return;
  const found = [];
  for (const s of testSessions.splice(0)) found.push(...(await finish(s)));
  if (found.length) throw new Error(`${ENGINE}: problems in the page:\n  ${found.join("\n  ")}`);
});
after(async () => {
  const found = [];
  for (const s of [...suiteSessions]) found.push(...(await finish(s)));
  if (found.length) throw new Error(`${ENGINE}: problems in the page:\n  ${found.join("\n  ")}`);
});

// The harness's object first; on Chromium, anything else is playwright's own (page.locator, context.route...); on
// the other engines such a call throws, naming the engine, instead of doing something else.
function withNative(target, native, what) {
  return new Proxy(target, {
    get(t, prop) {
      if (prop in t) return t[prop];
      if (ENGINE === "chromium") {
        const v = native[prop];
        return typeof v === "function" ? v.bind(native) : v;
      }
      if (typeof prop === "symbol" || prop === "then") return undefined;
      return () => {
        throw new Error(`${what}.${String(prop)}() is playwright's (Chromium only), not the harness's, on ${ENGINE}: ` +
                        "use the harness's calls, or skip with the reason when the engine cannot do it");
      };
    },
  });
}

// The neutral page over an adapter's tab. On Chromium, anything else falls through to playwright's Page.
function wrapPage(tab) {
  const page = {
    engine: ENGINE,
    native: tab.native,
    evaluate: (fn, arg) => tab.evaluate(fn, arg),
    waitForFunction: (fn, arg, { timeout = 30_000 } = {}) => tab.waitForFunction(fn, arg, timeout),
    waitForTimeout: (ms) => new Promise((r) => setTimeout(r, ms)),
    goto: (url) => tab.goto(url),
    reload: () => tab.reload(),
    goBack: () => tab.back(),
    url: ENGINE === "chromium" ? () => tab.native.url() : () => tab.url(),
    title: () => tab.title(),
    mouse: { click: (x, y) => tab.click(x, y), move: (x, y) => tab.move(x, y) },
    touchscreen: { tap: (x, y) => tab.tap(x, y) },
    keyboard: { press: (key) => tab.press(key), type: (text) => tab.type(text) },
    focus: (selector) => tab.focus(selector),
    screenshot: (opts = {}) => {
      if (ENGINE !== "webkit") return tab.native.screenshot(opts);
      if (opts.clip || opts.fullPage) throw new Error("webkit: screenshots are of the whole viewport only");
      return tab.screenshot(opts.path);
    },
    setViewportSize: ({ width, height }) => tab.setViewport(width, height),
    close: () => tab.close(),
  };
  return withNative(page, tab.native, "page");
}

// Opens the app in a fresh session and waits for its first drawn frame. Returns { page, context, problems }.
//   query           "?lang=ru" and the like
//   viewport, dpr   CSS size and devicePixelRatio (see unsupported())
//   serviceWorkers  "block" (default: each session starts clean, as in a first visit) or "allow"
//   touch           taps (page.touchscreen.tap): caps.touch; the page sees a touch screen only where caps.touchDevice
//   contextOptions  more of playwright's context options, as they are: { isMobile, locale, permissions }
//                   (Chromium only)
//   allow           problems this test expects (RegExps); they are kept in problems.allowed
export async function openApp(env, { query = "", viewport = { width: 1280, height: 800 }, dpr = 1,
                                     serviceWorkers = "block", touch = false, contextOptions = {}, allow = [] } = {}) {
  const why = unsupported({ viewport, dpr, touch, serviceWorkers, contextOptions });
  if (why) throw new Error(`${why}: the test should skip with t.skip(unsupported(...))`);
  const problems = [];
  Object.defineProperty(problems, "allowed", { value: [], enumerable: false });  // deepEqual(problems, []) holds
  const report = (p) => (allow.some((re) => re.test(p)) ? problems.allowed : problems).push(p);
  const native = await env.browser.newSession({ viewport, dpr, touch, serviceWorkers: serviceWorkers === "allow",
                                               contextOptions }, report);
  const session = {
    problems,
    closed: false,
    close: async () => { if (!session.closed) { session.closed = true; await native.close(); } },
  };
  if (depth > 0) testSessions.push(session); else suiteSessions.add(session);
  const page = wrapPage(native);
  const context = withNative({
    close: () => session.close(),
    newPage: async () => wrapPage(await native.newTab()),
    native: native.nativeContext,
  }, native.nativeContext, "context");
  let url = env.base + query;
  // Engines without a per-session switch: the loader's own ?sw=0 keeps the service worker from registering.
  if (serviceWorkers === "block" && !caps.blockServiceWorkers) url += (url.includes("?") ? "&" : "?") + "sw=0";
  await page.goto(url);
  await waitReady(page);
  return { page, context, problems };
}

export async function waitReady(page, timeout = 90_000) {
  await page.waitForFunction(() => window.otbasy && window.otbasy.ready === true, null, { timeout });
}

export async function snapshot(page) {
  return page.evaluate(() => window.otbasy.snapshot());
}

// Presses a node by id through window.otbasy.act and waits until the app has drawn the result.
export async function act(page, id, value = "") {
  const before = await page.evaluate(() => window.otbasy.frames);
  const ok = await page.evaluate(([i, v]) => window.otbasy.act(i, v), [id, value]);
  if (!ok) throw new Error(`act(${id}) refused`);
  // Guarded: a predicate that throws inside the page is reported as a page error, e.g. after a quick exit has
  // replaced the app with another page (window.otbasy is gone).
  await page.waitForFunction((n) => !window.otbasy || window.otbasy.frames >= n + 2, before, { timeout: 30_000 });
  await waitIdle(page);
}

// Brings a node into view as Tab would (its accessible mirror element takes focus and the app scrolls to it), then
// gives focus back, so that a click or tap that follows is the pointer's own. Returns the node, where it is now.
export async function scrollIntoView(page, id) {
  await page.evaluate((i) => document.querySelector(`#a11y [data-id="${i}"]`)?.focus(), id);
  await waitIdle(page);
  await page.evaluate(() => document.activeElement?.blur());
  await waitIdle(page);
  return (await snapshot(page)).find((n) => n.id === id);
}

// Waits until no frame has been drawn for a while (the app draws only when something happened).
export async function waitIdle(page, quietMs = 300, timeoutMs = 30_000) {
  const t0 = Date.now();
  const frames = () => page.evaluate(() => (window.otbasy ? window.otbasy.frames : -1));
  let last = await frames();
  for (;;) {
    await page.waitForTimeout(quietMs);
    const now = await frames();
    if (now === last) return now;
    last = now;
    if (Date.now() - t0 > timeoutMs) throw new Error("the app kept drawing frames without input");
  }
}

export function byRoleName(nodes, role, name) {
  return nodes.find((n) => n.role === role && (name instanceof RegExp ? name.test(n.label) : n.label === name));
}

// Where a screenshot goes: the build folder, the engine in the file's name ("firefox-home-kk-1280x800.png").
export function shot(name) {
  return join(SHOTS, `${ENGINE}-${name}`);
}

// Chromium only: collects the console errors, page errors, failed requests and HTTP errors of a playwright page that
// a test opened itself (in a context of env.browser.native), e.g. against another server.
export function watch(page, problems = []) {
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}
