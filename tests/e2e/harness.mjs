// Shared by the browser tests: serve dist/ on 127.0.0.1, launch Debian's Chromium headless with WebGL2 on
// SwiftShader, open the app and fail on any console error, page error, failed or non-2xx request.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../tools/serve.mjs";

export const DIST = process.env.OTBASY_DIST || new URL("../../build/web/dist", import.meta.url).pathname;
export const SHOTS = process.env.OTBASY_SHOTS || new URL("../../build/native/screenshots", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const CHROMIUM_ARGS = [
  "--headless=new", "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

export async function start() {
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  return { server, base, browser };
}

export async function stop(env) {
  await env.browser?.close();
  await new Promise((ok) => env.server?.close(ok));
}

// Opens the app in a fresh context and waits for its first drawn frame. Returns { page, problems }.
// `contextOptions` go to the browser context as they are (e.g. { hasTouch, isMobile, locale }).
export async function openApp(env, { query = "", viewport = { width: 1280, height: 800 }, dpr = 1, contextOptions = {} } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor: dpr, serviceWorkers: "block", ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(env.base + query);
  await page.waitForFunction(() => window.otbasy && window.otbasy.ready === true, null, { timeout: 90_000 });
  return { page, context, problems };
}

export async function snapshot(page) {
  return page.evaluate(() => window.otbasy.snapshot());
}

// Presses a node by id through window.otbasy.act and waits until the app has drawn the result.
export async function act(page, id, value = "") {
  const before = await page.evaluate(() => window.otbasy.frames);
  const ok = await page.evaluate(([i, v]) => window.otbasy.act(i, v), [id, value]);
  if (!ok) throw new Error(`act(${id}) refused`);
  await page.waitForFunction((n) => window.otbasy.frames >= n + 2, before, { timeout: 30_000 });
  await waitIdle(page);
}

// Waits until no frame has been drawn for a while (the app draws only when something happened).
export async function waitIdle(page, quietMs = 300, timeoutMs = 30_000) {
  const t0 = Date.now();
  let last = await page.evaluate(() => window.otbasy.frames);
  for (;;) {
    await page.waitForTimeout(quietMs);
    const now = await page.evaluate(() => window.otbasy.frames);
    if (now === last) return now;
    last = now;
    if (Date.now() - t0 > timeoutMs) throw new Error("the app kept drawing frames without input");
  }
}

export function byRoleName(nodes, role, name) {
  return nodes.find((n) => n.role === role && (name instanceof RegExp ? name.test(n.label) : n.label === name));
}

export function shot(name) {
  return join(SHOTS, name);
}
