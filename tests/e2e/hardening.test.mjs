// The app under the deployment headers of docs/DEPLOY.md (tools/serve.mjs sends them): a strict CSP with Trusted
// Types required and frame-ancestors, with no violation through loading, the offline copy, a language switch, text
// entry and the quick exit; an abort after start shows a message, a reload and the text version; an opaque sandbox
// gets no uncaught SecurityError; the text guide's pages have their icon, styles and referrer policy.
// Chromium only for now: Trusted Types and securitypolicyviolation events as Chromium implements them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ENGINE, act, openApp, snapshot, start, stop, waitIdle, watch } from "./harness.mjs";

const CHROMIUM_ONLY = ENGINE === "chromium" ? false : `${ENGINE}: Trusted Types, securitypolicyviolation and Playwright routing as Chromium has them`;
let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const RECORD_VIOLATIONS = () => {
  window.otbasyViolations = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    window.otbasyViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
};

test("Trusted Types required and the strict CSP as headers: no violation from start to quick exit", { skip: CHROMIUM_ONLY }, async () => {
  const context = await env.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "allow" });
  await context.addInitScript(RECORD_VIOLATIONS);
  await context.route("https://www.google.kz/**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>neutral</title>" }));
  const page = await context.newPage();
  const problems = watch(page);
  const response = await page.goto(env.base);
  const csp = response.headers()["content-security-policy"];
  assert.match(csp, /require-trusted-types-for 'script'/);
  assert.match(csp, /frame-ancestors /);
  assert.equal(response.headers()["cache-control"], "no-cache");
  await page.waitForFunction(() => window.otbasy?.ready === true, null, { timeout: 90_000 });
  await page.waitForFunction(() => window.otbasy.offline.state === "ready", null, { timeout: 90_000 });
  await act(page, "nav.language.1");
  await page.waitForFunction(() => window.otbasy.bundleLang === "ru", null, { timeout: 30_000 });
  await act(page, "home.open_estimator");
  const field = (await snapshot(page)).find((n) => n.id === "estimator.income.0.amount");
  const [x, y, w, h] = field.rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.locator("#otbasy-edit").waitFor({ state: "visible" });
  await page.keyboard.type("250000");
  await page.keyboard.press("Enter");
  await waitIdle(page);
  assert.deepEqual(await page.evaluate(() => window.otbasyViolations), []);
  await page.locator("#canvas").focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForURL("https://www.google.kz/**", { timeout: 15_000 });
  assert.deepEqual(problems.filter((p) => !p.includes("google.kz")), []);
  await context.close();
});

test("an abort after start shows the person a message, a reload and the text version", { skip: CHROMIUM_ONLY }, async () => {
  const expected = /Otbasy Komek stopped|Aborted\(test\)/;
  const { page, context, problems } = await openApp(env, { query: "?lang=ru", allow: [expected] });
  await waitIdle(page);
  await page.evaluate(() => { try { window.abort("test"); } catch (e) { /* the abort throws, as in the app */ } });
  const box = page.locator("#otbasy-stopped");
  await box.waitFor({ state: "visible", timeout: 10_000 });
  assert.equal(await box.getAttribute("role"), "alert");
  assert.equal(await box.locator("a").getAttribute("href"), "guide/ru/index.html");
  assert.equal(await box.locator("button").count(), 1, "a reload button");
  assert.ok(problems.allowed.some((p) => expected.test(p)), "the stop is reported in the console");
  assert.deepEqual(problems, []);
  // The text version it offers is there.
  assert.equal((await fetch(env.base + "guide/ru/index.html")).status, 200);
  await context.close();
});

test("in an opaque sandbox (allow-scripts only) the loader throws nothing uncaught and says offline is unavailable", { skip: CHROMIUM_ONLY }, async () => {
  // With the recommended Cross-Origin-Resource-Policy: same-origin, a frame with an opaque origin cannot even load
  // the loader (the embedding notes ask for allow-same-origin). Without that header the loader runs, cannot fetch
  // (CORS from origin "null": then it shows its fallback) or starts (where the responses pass), and in either case
  // reading navigator.serviceWorker throws a SecurityError there, which must not escape.
  const context = await env.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "allow" });
  const host = env.base + "host-for-sandbox.html";
  await context.route(host, (r) => r.fulfill({ status: 200, contentType: "text/html",
    body: `<!doctype html><iframe sandbox="allow-scripts" src="${env.base}" width="800" height="600"></iframe>` }));
  await context.route((url) => url.href.startsWith(env.base) && url.href !== host, async (r) => {
    const response = await r.fetch();
    const headers = response.headers();
    delete headers["cross-origin-resource-policy"];
    await r.fulfill({ response, headers });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(host);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForFunction(() => !document.getElementById("loader-fallback").hidden ||
    window.otbasy?.offline?.state === "unavailable", null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  assert.deepEqual(errors, [], "no uncaught error (SecurityError) in the sandboxed frame");
  await context.close();
});

test("the text guide's pages: the site icon, styles, a CSP and no referrer", { skip: CHROMIUM_ONLY }, async () => {
  const context = await env.browser.native.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  for (const p of ["guide/index.html", "guide/kk/divorce.html"]) {
    await page.goto(env.base + p);
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    const status = (await fetch(new URL(icon, page.url()))).status;  // from here: the page's CSP allows no fetch
    assert.equal(status, 200, `${p}: its icon ${icon} is there`);
    assert.equal(await page.locator('meta[name="referrer"]').getAttribute("content"), "no-referrer");
    assert.ok(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0)), `${p} is styled`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
