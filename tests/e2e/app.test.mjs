// The app in a real headless Chromium: it loads, draws, speaks Kazakh first, switches language, draws nothing
// while idle, answers real mouse clicks on the canvas, and renders sharp at devicePixelRatio 3.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, byRoleName, openApp, shot, snapshot, start, stop, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const KAZAKH_LETTERS = ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і"];

test("loads in Kazakh, draws its first frame, no console error or failed request", async () => {
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

test("on a 360×640 phone at devicePixelRatio 3 the canvas has device pixels", async () => {
  const { page, context, problems } = await openApp(env, { viewport: { width: 360, height: 640 }, dpr: 3 });
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
  await page.getByRole("heading", { name: "Отбасы көмек" }).waitFor({ state: "attached" });
  // A screen reader activates an element by firing a click on it (the mirror is visually hidden, not clickable by
  // pointer).
  await page.getByRole("button", { name: "Правовой справочник" }).dispatchEvent("click");
  await waitIdle(page);
  assert.ok((await snapshot(page)).some((n) => n.id === "guide.title"), "pressing the mirrored button opened the guide");
  await page.getByRole("button", { name: "Развод" }).waitFor({ state: "attached" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("quick exit: Esc twice replaces the page with a neutral site, leaves no way back, clears storage", async () => {
  const { page, context, problems } = await openApp(env);
  await context.route("https://www.google.kz/**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>neutral</title>" }));
  await page.evaluate(() => localStorage.setItem("otbasy-test", "1"));
  await waitIdle(page);
  await page.locator("#canvas").focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForURL("https://www.google.kz/**", { timeout: 15_000 });
  assert.equal(await page.title(), "neutral");
  const back = await page.goBack().catch(() => null);
  assert.ok(!page.url().startsWith(env.base), "Back does not return to the app");
  void back;
  const stored = await context.newPage().then(async (p) => {
    await p.goto(env.base + "?sw=0");
    const v = await p.evaluate(() => localStorage.getItem("otbasy-test"));
    await p.close();
    return v;
  });
  assert.equal(stored, null, "local storage was cleared");
  assert.deepEqual(problems.filter((p) => !p.includes("google.kz")), []);
  await context.close();
});

test("keyboard: Tab moves a visible focus through the controls and Enter presses the focused one", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=en" });
  await waitIdle(page);
  await page.locator("#canvas").focus();
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
