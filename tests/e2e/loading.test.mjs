// Loading in two stages (docs/ARCHITECTURE.md §4): the first frame needs only the language's first bundle; the rest
// of the content follows. Held back here on purpose, it shows that the home screen and the list of topics work
// without it, that a topic chosen meanwhile opens once it arrives, that a screen that needs it says "loading" and
// keeps what is asked of it, and that a second bundle that never comes is said plainly, with no frames drawn in vain.
// Also: a language chosen while its bundles cannot be fetched is said on the screen, and a retry brings it.
// Chromium only for now: Playwright's request routing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ENGINE, snapshot, start, stop, waitIdle, watch } from "./harness.mjs";

const CHROMIUM_ONLY = ENGINE === "chromium" ? false : `${ENGINE}: Playwright's request routing (Chromium only here)`;
let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const has = (nodes, id) => nodes.some((n) => n.id === id);

// Opens the app with the second bundle held until release() (or failing, with fail: true).
async function openHeld({ fail = false } = {}) {
  const context = await env.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route(/assets-kk\.content\.[0-9a-f]+\.json$/, async (route) => {
    if (fail) return route.abort("internetdisconnected");
    await held;
    return route.continue();
  });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(env.base + "?sw=0");
  await page.waitForFunction(() => window.otbasy && window.otbasy.ready === true, null, { timeout: 90_000 });
  return { context, page, problems, release };
}

const actNow = (page, id, value = "") => page.evaluate(([i, v]) => window.otbasy.act(i, v), [id, value]);
const waitFor = (page, id) => page.waitForFunction((i) => window.otbasy.snapshot().some((n) => n.id === i), id,
                                                   { timeout: 30_000 });

test("before the rest of the content: home and topics work; a chosen topic and typed text wait, then arrive", { skip: CHROMIUM_ONLY }, async () => {
  const { context, page, problems, release } = await openHeld();
  assert.equal(await page.evaluate(() => window.otbasy.complete), false);
  assert.ok(has(await snapshot(page), "home.open_guide"));
  await actNow(page, "home.open_guide");
  await waitFor(page, "guide.topic.divorce");
  await actNow(page, "guide.topic.divorce");
  await waitFor(page, "loading.title");
  release();
  await page.waitForFunction(() => window.otbasy.complete === true, null, { timeout: 30_000 });
  await page.waitForFunction(() => window.otbasy.snapshot().some((n) => n.id.startsWith("guide.option.")), null,
                             { timeout: 30_000 });
  await waitIdle(page);
  assert.ok(!has(await snapshot(page), "loading.title"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("an estimate asked for before the content arrives is computed once it has", { skip: CHROMIUM_ONLY }, async () => {
  const { context, page, problems, release } = await openHeld();
  await actNow(page, "home.open_estimator");
  await waitFor(page, "loading.title");
  await actNow(page, "estimator.income.0.amount", "450000");
  await page.waitForTimeout(300);
  release();
  await waitIdle(page);
  const field = (await snapshot(page)).find((n) => n.id === "estimator.income.0.amount");
  assert.equal(field?.value, "450000");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a second bundle that cannot be fetched is said plainly, and the page goes idle", { skip: CHROMIUM_ONLY }, async () => {
  const { context, page, problems } = await openHeld({ fail: true });
  await actNow(page, "home.open_estimator");
  // Three tries, 1 s and 4 s apart.
  await page.waitForFunction(() => window.otbasy.snapshot().some((n) => n.id === "loading.failed"), null,
                             { timeout: 30_000 });
  const frames = await waitIdle(page);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.otbasy.frames), frames);
  // The failed fetches are expected here; nothing else may go wrong.
  assert.deepEqual(problems.filter((p) => !/assets-kk\.content|ERR_INTERNET_DISCONNECTED|content: /.test(p)), []);
  await context.close();
});

test("a language whose texts cannot be downloaded is said on the screen, and a retry brings them", { skip: CHROMIUM_ONLY }, async () => {
  const context = await env.browser.native.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  let offline = true;
  await context.route(/assets-ru(\.content)?\.[0-9a-f]+\.json$/, (route) =>
    offline ? route.abort("internetdisconnected") : route.continue());
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(env.base + "?sw=0&lang=kk");
  await page.waitForFunction(() => window.otbasy && window.otbasy.complete === true, null, { timeout: 90_000 });
  await actNow(page, "home.open_guide");
  await actNow(page, "nav.language.1");  // Русский
  await waitFor(page, "lang.not_loaded");
  await waitIdle(page);
  const said = (await snapshot(page)).find((n) => n.id === "lang.not_loaded");
  const ru = JSON.parse(readFileSync(new URL("../../assets/i18n/ru.json", import.meta.url), "utf8")).strings;
  assert.equal(said.label, ru["lang.not_loaded"], "said in Russian, the language chosen");
  assert.equal(await page.evaluate(() => window.otbasy.bundleLang), "kk", "the screens keep the texts that are here");
  assert.ok(has(await snapshot(page), "guide.topic.divorce"), "and the guide still works");
  // The accessible mirror says it too.
  assert.ok(await page.evaluate(() => !!document.querySelector('#a11y [data-id="lang.not_loaded"]')));
  offline = false;
  await actNow(page, "lang.retry");
  await page.waitForFunction(() => window.otbasy.bundleLang === "ru", null, { timeout: 30_000 });
  await page.waitForFunction(() => !window.otbasy.snapshot().some((n) => n.id === "lang.not_loaded"), null,
                             { timeout: 30_000 });
  await waitIdle(page);
  // The failed fetches are expected here; nothing else may go wrong.
  assert.deepEqual(problems.filter((p) => !/assets-ru|ERR_INTERNET_DISCONNECTED/.test(p)), []);
  await context.close();
});
