// Without WebGL2 or without JavaScript the page offers the text version at once, in the person's language, and
// downloads nothing it cannot use. Chromium only: the tests need playwright's own contexts (scripts disabled, an
// init script that refuses WebGL) and a Chromium started with its own flags.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { ENGINE, shot, start, stop } from "./harness.mjs";

const CHROMIUM_ONLY = ENGINE === "chromium" ? "" : `${ENGINE}: needs playwright's Chromium contexts`;

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

function watch(page) {
  const problems = [], requests = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  return { problems, requests };
}

// The text version is offered within 2 s: its link in the person's language is visible, on top (a real click
// reaches it: nothing covers it), and it opens the static guide.
// The problems of the app's page are checked before the link is followed (the static guide is checked elsewhere).
async function expectTextVersion(page, lang, started, problems, name) {
  const link = page.locator(`a[href="guide/${lang}/index.html"]`).first();
  await link.waitFor({ state: "visible", timeout: 5000 });
  // From the start of the navigation, by the page's own clock where scripts run (else the test's clock).
  const elapsed = Math.round(await page.evaluate(() => performance.now()).catch(() => Date.now() - started));
  assert.ok(elapsed <= 2000, `offered after ${elapsed} ms`);
  assert.deepEqual(problems, []);
  await page.screenshot({ path: shot(`${name}-${lang}.png`) });
  await Promise.all([page.waitForURL(`**/guide/${lang}/index.html`), link.click({ timeout: 2000 })]);
  assert.equal(await page.locator("html").getAttribute("lang"), lang);
  return elapsed;
}

for (const lang of ["kk", "ru"]) {
  test(`no WebGL2 (getContext refused), ${lang}: the text version at once, and no wasm, bundle or font download`, async (t) => {
    if (CHROMIUM_ONLY) return t.skip(CHROMIUM_ONLY);
    const context = await env.browser.native.newContext({ serviceWorkers: "block" });
    await context.addInitScript(() => {
      const orig = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return /webgl/i.test(kind) ? null : orig.call(this, kind, ...rest);
      };
    });
    const page = await context.newPage();
    const { problems, requests } = watch(page);
    const t0 = Date.now();
    await page.goto(env.base + `?lang=${lang}`);
    const hidden = await page.evaluate((l) => Array.from(document.querySelectorAll("#loader-nowebgl p"))
      .filter((p) => p.lang !== l).every((p) => p.hidden), lang);
    assert.ok(hidden, "only the person's language is shown");
    const ms = await expectTextVersion(page, lang, t0, problems, "no-webgl");
    console.log(`no WebGL2 (${lang}): text version offered after ${ms} ms`);
    // app.js is a static tag of the page (the browser fetches it while parsing); nothing else the app needs comes.
    assert.ok(!requests.some((p) => /\.wasm$|assets-|fonts\//.test(p)), `nothing the app needs was fetched: ${requests}`);
    await context.close();
  });
}

test("WebGL disabled in Chromium (--disable-webgl --disable-3d-apis): the text version at once", async (t) => {
  if (CHROMIUM_ONLY) return t.skip(CHROMIUM_ONLY);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-webgl", "--disable-3d-apis", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"],
  });
  const context = await browser.newContext({ serviceWorkers: "block", locale: "ru-RU" });
  const page = await context.newPage();
  const { problems } = watch(page);
  const t0 = Date.now();
  await page.goto(env.base + "?lang=ru");
  const ms = await expectTextVersion(page, "ru", t0, problems, "webgl-disabled");
  console.log(`WebGL disabled: text version offered after ${ms} ms`);
  await browser.close();
});

for (const lang of ["kk", "ru"]) {
  test(`JavaScript off, ${lang}: the noscript text is visible, not under the loader, and leads to the text version`, async (t) => {
    if (CHROMIUM_ONLY) return t.skip(CHROMIUM_ONLY);
    const context = await env.browser.native.newContext({ javaScriptEnabled: false, serviceWorkers: "block" });
    const page = await context.newPage();
    const { problems } = watch(page);
    const t0 = Date.now();
    await page.goto(env.base + `?lang=${lang}`);
    assert.ok(!(await page.getByText(lang === "kk" ? "Жүктелуде…" : "Загрузка…").isVisible()), "no endless 'loading'");
    const ms = await expectTextVersion(page, lang, t0, problems, "no-js");
    console.log(`JavaScript off (${lang}): text version offered after ${ms} ms`);
    await context.close();
  });
}
