// A tab left open across midnight and New Year: "today" is read for every frame and the page draws once just after
// local midnight, so dated values change on screen without a reload or a touch. The clock is Playwright's clock
// emulation (page.clock.setFixedTime: Date reads the given time, timers still run in real time), in a Kazakhstan
// time zone (UTC+5). Chromium only for now: the clock emulation is Playwright's.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ENGINE, act, snapshot, start, stop, waitIdle, watch } from "./harness.mjs";

const CHROMIUM_ONLY = ENGINE === "chromium" ? false : `${ENGINE}: Playwright's clock emulation (Chromium only here)`;
let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const cells = (nodes, prefix) => nodes.filter((n) => n.id.startsWith(prefix)).map((n) => n.label);
const nbsp = (s) => s.replace(/ /g, "\u00A0");

async function openAt(iso, query) {
  const context = await env.browser.native.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: "Asia/Aqtobe",
                                                 serviceWorkers: "block" });
  const page = await context.newPage();
  const problems = watch(page);
  await page.clock.setFixedTime(new Date(iso));
  await page.goto(env.base + query);
  await page.waitForFunction(() => window.otbasy && window.otbasy.ready === true, null, { timeout: 90_000 });
  return { context, page, problems };
}

// Waits, without any input, until the page has drawn the value (the midnight timer fires in real time).
async function waitForCell(page, prefix, label, timeout = 30_000) {
  await page.waitForFunction(([p, l]) => window.otbasy.snapshot().some((n) => n.id.startsWith(p) && n.label === l),
                             [prefix, label], { timeout });
}

test("across New Year in an open tab, About shows the new МРП (3 932 → 4 325 ₸) without a reload or a touch", { skip: CHROMIUM_ONLY }, async () => {
  const { context, page, problems } = await openAt("2025-12-31T23:59:56+05:00", "?lang=ru");
  await act(page, "home.about");
  const before = cells(await snapshot(page), "about.params.r");
  assert.ok(before.includes(nbsp("3 932,00 ₸")), `МРП 2025 shown: ${before.join(" | ")}`);
  assert.ok(!before.includes(nbsp("4 325,00 ₸")));

  await page.clock.setFixedTime(new Date("2026-01-01T00:00:02+05:00"));
  await waitForCell(page, "about.params.r", nbsp("4 325,00 ₸"));
  const afterNy = cells(await snapshot(page), "about.params.r");
  assert.ok(!afterNy.includes(nbsp("3 932,00 ₸")), "the 2025 МРП is gone");
  assert.deepEqual(problems, []);
  await context.close();
});

test("across midnight, the arrears schedule counts one more day late, and the page is idle again afterwards", { skip: CHROMIUM_ONLY }, async () => {
  const { context, page, problems } = await openAt("2026-03-14T23:59:57+05:00", "?lang=en");
  await act(page, "home.open_arrears");
  await act(page, "arrears.from", "2025-11");
  await act(page, "arrears.monthly_due", "100000");
  await act(page, "arrears.due_day", "10");
  const days = async () => Number((await snapshot(page)).find((n) => n.id === "arrears.table.r0.4")?.label);
  const d0 = await days();
  assert.ok(d0 > 0, `the first month is late (${d0} days)`);

  await page.clock.setFixedTime(new Date("2026-03-15T00:00:03+05:00"));
  await page.waitForFunction((n) => Number(window.otbasy.snapshot().find((x) => x.id === "arrears.table.r0.4")?.label) === n,
                             d0 + 1, { timeout: 30_000 });
  // Once the day has turned, the page draws nothing more until the next midnight.
  await waitIdle(page);
  const f = await page.evaluate(() => window.otbasy.frames);
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.otbasy.frames), f, "idle: 0 frames a second");
  assert.deepEqual(problems, []);
  await context.close();
});
