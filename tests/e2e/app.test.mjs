// The app in a real browser (each engine in turn, see harness.mjs): it loads, draws, speaks Kazakh first, switches
// language, draws nothing while idle, answers real mouse clicks and keys, renders sharp at devicePixelRatio 3, and
// the quick exit leaves no trace.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, byRoleName, openApp, shot, snapshot, start, stop, unsupported, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const KAZAKH_LETTERS = ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і"];

test("loads in Kazakh, draws its first frame, no console error or failed request", async () => {
  // No ?lang: Kazakh unless the browser asks for Russian (no engine here does).
  const { page, context, problems } = await openApp(env);
  const nodes = await snapshot(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "kk");
  const title = nodes.find((n) => n.id === "home.title");
  assert.equal(title?.role, "heading");
  assert.equal(title.label, "Отбасы көмек");
  const tagline = nodes.find((n) => n.id === "home.tagline")?.label.toLowerCase() ?? "";
  for (const letter of KAZAKH_LETTERS) assert.ok(tagline.includes(letter), `the Kazakh sentence lacks ${letter}`);
  await page.screenshot({ path: shot("home-kk-1280x800.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("loads in Russian when asked (?lang=ru), no console error or failed request", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await waitIdle(page);
  const nodes = await snapshot(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.ok(nodes.find((n) => n.id === "nav.language.1")?.state.includes("checked"), "РУС is the chosen language");
  assert.equal(nodes.find((n) => n.id === "home.open_guide")?.label, "Правовой справочник");
  await page.screenshot({ path: shot("home-ru-1280x800.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("switching to Russian relabels the screen and the document language", async () => {
  const { page, context, problems } = await openApp(env);
  await act(page, "nav.language.1");
  const nodes = await snapshot(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.ok(byRoleName(nodes, "button", "Быстрый выход"), "the quick exit is labelled in Russian");
  assert.ok(nodes.find((n) => n.id === "nav.language.1")?.state.includes("checked"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("an idle page draws no frames", async () => {
  const { page, context, problems } = await openApp(env);
  await waitIdle(page);
  const a = await page.evaluate(() => window.otbasy.frames);
  await page.waitForTimeout(2000);
  const b = await page.evaluate(() => window.otbasy.frames);
  console.log(`idle frames over 2 s: ${b - a} (${(b - a) / 2} frames/s)`);
  assert.equal(b - a, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a real mouse click on the canvas opens the settings", async () => {
  const { page, context, problems } = await openApp(env);
  await waitIdle(page);
  const tile = (await snapshot(page)).find((n) => n.id === "nav.settings");
  assert.ok(tile, "the settings button is in the top bar");
  const [x, y, w, h] = tile.rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await waitIdle(page);
  const nodes = await snapshot(page);
  assert.ok(nodes.find((n) => n.id === "settings.title"), "the settings screen is shown");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a tap on the canvas opens the guide", async (t) => {
  if (unsupported({ touch: true })) return t.skip(unsupported({ touch: true }));
  const { page, context, problems } = await openApp(env, { touch: true });
  await waitIdle(page);
  const [x, y, w, h] = (await snapshot(page)).find((n) => n.id === "home.open_guide").rect;
  await page.touchscreen.tap(x + w / 2, y + h / 2);
  await waitIdle(page);
  assert.ok((await snapshot(page)).some((n) => n.id === "guide.title"), "the tap pressed the tile");
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a 360×640 phone at devicePixelRatio 3 the canvas has device pixels", async (t) => {
  const phone = { viewport: { width: 360, height: 640 }, dpr: 3 };
  if (unsupported(phone)) return t.skip(unsupported(phone));
  const { page, context, problems } = await openApp(env, phone);
  await waitIdle(page);
  const size = await page.evaluate(() => {
    const c = document.getElementById("canvas");
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.equal(size.w, size.cw * 3);
  assert.equal(size.h, size.ch * 3);
  await page.screenshot({ path: shot("home-kk-360x640-dpr3.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the accessible mirror exposes the canvas to screen readers by role and name, and acts on the app", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await waitIdle(page);
  // The mirror is plain DOM: the role comes from the element (h1, button), the name from its text.
  const find = (tag, name) => page.evaluate(([tg, nm]) =>
    [...document.querySelectorAll(`#a11y ${tg}`)].some((e) => e.textContent.trim() === nm), [tag, name]);
  await page.waitForFunction(() => document.querySelector("#a11y h1")?.textContent === "Отбасы көмек", null);
  // A screen reader activates an element by firing a click on it (the mirror is visually hidden, not clickable by
  // pointer).
  assert.ok(await page.evaluate(() => {
    const b = [...document.querySelectorAll("#a11y button")].find((e) => e.textContent.trim() === "Правовой справочник");
    b?.click();
    return !!b;
  }), "the guide's button is in the mirror");
  await waitIdle(page);
  assert.ok((await snapshot(page)).some((n) => n.id === "guide.title"), "pressing the mirrored button opened the guide");
  const divorce = (await snapshot(page)).find((n) => n.id === "guide.topic.divorce");
  assert.match(divorce?.label ?? "", /развод/i);
  assert.ok(await find("button", divorce.label), "the topics are mirrored as buttons, named as on the canvas");
  assert.deepEqual(problems, []);
  await context.close();
});

test("quick exit: Esc twice replaces the page with a neutral site, leaves no way back, clears storage", async () => {
  const { page, context, problems } = await openApp(env);
  // The neutral site is another local origin here, so that nothing leaves the machine.
  await page.evaluate((url) => { window.otbasy.neutralUrl = url; localStorage.setItem("otbasy-test", "1"); }, env.neutral);
  await waitIdle(page);
  await page.focus("#canvas");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.title === "neutral", null, { timeout: 15_000 });
  assert.ok((await page.url()).startsWith(env.neutral), "the neutral site replaced the app");
  await page.goBack();
  assert.ok(!(await page.url()).startsWith(env.base), "Back does not return to the app");
  const other = await context.newPage();
  await other.goto(env.base + "?sw=0");
  assert.equal(await other.evaluate(() => localStorage.getItem("otbasy-test")), null, "local storage was cleared");
  assert.deepEqual(problems, []);
  await context.close();
});

test("keyboard: Tab moves a visible focus through the controls and Enter presses the focused one", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=en" });
  await waitIdle(page);
  await page.focus("#canvas");
  let focused = null;
  for (let i = 0; i < 12 && !focused; i++) {
    await page.keyboard.press("Tab");
    await waitIdle(page);
    focused = (await snapshot(page)).find((n) => n.state.includes("focused") && n.role === "button" && n.id.startsWith("home.open_"));
  }
  assert.ok(focused, "Tab reached a home entry");
  await page.keyboard.press("Enter");
  await waitIdle(page);
  const nodes = await snapshot(page);
  assert.ok(nodes.some((n) => ["guide.title", "estimator.title", "arrears.title"].includes(n.id)), "Enter opened it");
  assert.deepEqual(problems, []);
  await context.close();
});
