// What assistive technology gets, on every screen in Kazakh and Russian: the accessible mirror carries exactly the
// tree's text (what the canvas draws), inline glossary links included and nothing stale from an earlier screen;
// axe-core finds no violation of any impact; each screen has its own title in the person's language; one
// live region; the chosen answer and order type are announced as pressed; the system's dark setting is honoured.
// The mirror itself draws nothing on the page and never takes the pointer from the canvas.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, ENGINE, openApp, snapshot, start, stop, waitIdle, waitReady } from "./harness.mjs";
import { appShowsFocus, axe, focusedId, mirrorFootprint, mirrorProblems, press, screens } from "./a11y-helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

for (const lang of ["kk", "ru"]) {
  test(`every screen in ${lang}: the mirror's text is the canvas's text, axe finds nothing, the title is the screen's`, async () => {
    const { page, context, problems } = await openApp(env, { query: `?lang=${lang}` });
    const summary = [];
    const found = [];
    await waitIdle(page);
    for (const [name, reach] of screens()) {
      await reach(page);
      await waitIdle(page);
      await page.waitForTimeout(50);  // the mirror is rebuilt right after the frame
      assert.deepEqual(await mirrorProblems(page), [], `${name} (${lang}): mirror ≠ canvas`);
      assert.deepEqual(await mirrorFootprint(page), [], `${name} (${lang}): the mirror shows or takes the pointer`);
      const violations = await axe(page);
      summary.push(`${name}: ${violations.length ? violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(", ") : "none"}`);
      for (const v of violations) found.push(`${name}: ${v.id} (${v.impact}) at ${v.where.join(" | ")}`);
      const nodes = await snapshot(page);
      const h1 = nodes.find((n) => n.role === "heading" && n.value === "1" && !n.id.startsWith("card."));
      const title = await page.title();
      assert.ok(h1, `${name} (${lang}) has a main heading`);
      assert.ok(title.startsWith(h1.label), `${name} (${lang}): the title "${title}" names the screen "${h1.label}"`);
    }
    console.log(`axe-core, ${lang}:\n  ` + summary.join("\n  "));
    assert.deepEqual(found, [], "no axe violation, minor ones included");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("moving between guide steps never leaves the previous question's text in the mirror", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await act(page, "home.open_guide");
  await act(page, "guide.topic.unpaid_alimony");
  const seen = new Set();
  for (let step = 0; step < 12; step++) {
    const nodes = await snapshot(page);
    if (nodes.some((n) => n.id === "guide.result.title")) break;
    await page.waitForTimeout(50);
    assert.deepEqual(await mirrorProblems(page), [], `step ${step}`);
    const question = await page.evaluate(() => document.querySelector('#a11y [data-id="guide.question"]')?.textContent ?? "");
    const node = nodes.find((n) => n.id === "guide.question");
    if (node) {
      assert.equal(question, node.label, "the heading a screen reader hears is the question drawn");
      assert.ok(!seen.has(question), "a new question, not the previous one");
      seen.add(question);
    }
    const option = nodes.find((n) => n.id.startsWith("guide.option."));
    await act(page, option ? option.id : "guide.continue");
  }
  assert.ok(seen.size >= 2, "the walk asked at least two questions");
  assert.deepEqual(problems, []);
  await context.close();
});

test("one live region announces the estimate's total; notices are read in place", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await act(page, "home.open_estimator");
  await act(page, "estimator.income.0.amount", "400 000");
  await act(page, "estimator.order.0.children", "2");
  const nodes = await snapshot(page);
  const total = nodes.find((n) => n.id === "estimator.result.total");
  assert.equal(total.role, "status");
  assert.ok(nodes.filter((n) => n.id.startsWith("estimator.working.warn.")).every((n) => n.role === "note"));
  await page.waitForFunction((t) => document.getElementById("a11y-live").textContent === t, total.label, { timeout: 5000 });
  const live = await page.evaluate(() => Array.from(document.querySelectorAll('[aria-live], [role="status"], [role="alert"]'))
    .filter((e) => e.getClientRects().length || e.closest("#a11y")).map((e) => e.id || e.dataset.id));
  assert.deepEqual(live, ["a11y-live"], "one live region; no notice is one");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the chosen answer and the chosen order type are announced as pressed; language buttons carry their language", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=kk" });
  const attr = (id, name) => page.evaluate(([i, a]) => document.querySelector(`#a11y [data-id="${i}"]`)?.getAttribute(a), [id, name]);
  // The mirror is built just after the first frame.
  await page.waitForFunction(() => document.querySelector('#a11y [data-id="nav.language.0"]'), null, { timeout: 10_000 });
  assert.equal(await attr("nav.language.0", "lang"), "kk");
  assert.equal(await attr("nav.language.1", "lang"), "ru");
  assert.equal(await attr("nav.language.0", "aria-checked"), "true");
  await act(page, "home.open_estimator");
  assert.equal(await attr("estimator.order.0.kind.0", "aria-pressed"), "true");
  assert.equal(await attr("estimator.order.0.kind.1", "aria-pressed"), null);
  await act(page, "estimator.order.0.kind.1");
  assert.equal(await attr("estimator.order.0.kind.1", "aria-pressed"), "true");
  assert.equal(await attr("estimator.order.0.kind.0", "aria-pressed"), null);
  await act(page, "nav.home");
  await act(page, "home.open_guide");
  await act(page, "guide.topic.divorce");
  const first = (await snapshot(page)).find((n) => n.id.startsWith("guide.option."));
  await act(page, first.id);
  await act(page, "guide.back");
  assert.equal(await attr(first.id, "aria-pressed"), "true", "the answer given before");
  const heading = await page.evaluate(() => document.querySelector('#a11y [data-id="guide.question"]')?.tagName);
  assert.equal(heading, "H1", "the question is the step's heading");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a dark system setting opens the app dark, until the person chooses a theme", async (t) => {
  // Chromium only: playwright's colour-scheme emulation.
  if (ENGINE !== "chromium") return t.skip(`${ENGINE}: needs playwright's emulateMedia`);
  const { page, problems } = await openApp(env, { query: "?lang=ru" });
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--otbasy-background").trim());
  assert.equal(await bg(), "#F4F6F8", "light by default");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue("--otbasy-background").trim() === "#12181E", null, { timeout: 5000 });
  // Opened with the system already dark.
  await page.reload();
  await waitReady(page);
  assert.equal(await bg(), "#12181E", "opens dark");
  // The person's choice wins over the system's.
  await act(page, "nav.settings");
  await act(page, "settings.theme.0");
  await page.emulateMedia({ colorScheme: "light" });
  await page.emulateMedia({ colorScheme: "dark" });
  await waitIdle(page);
  assert.equal(await bg(), "#F4F6F8", "the person's choice stays");
  assert.deepEqual(problems, []);
});

test("tables: every amount is read with its column (a header row of column headers, then rows of cells)", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=kk" });
  await act(page, "home.open_estimator");
  await act(page, "estimator.income.0.amount", "400 000");
  await act(page, "estimator.order.0.children", "2");
  await waitIdle(page);
  const read = () => page.evaluate(() => Array.from(document.querySelectorAll('#a11y [role="table"]')).map((t) => ({
    id: t.dataset.id,
    name: t.getAttribute("aria-label"),
    rows: Array.from(t.querySelectorAll('[role="row"]')).map((r) => Array.from(r.children).map((c) => [c.getAttribute("role"), c.textContent])),
  })));
  const check = (tables, id) => {
    const tbl = tables.find((x) => x.id === id);
    assert.ok(tbl, `${id} is a table in the mirror`);
    assert.ok(tbl.name, `${id} is named`);
    assert.ok(tbl.rows.length >= 2, `${id} has a header row and data rows`);
    const [head, ...body] = tbl.rows;
    assert.ok(head.length >= 2 && head.every(([role, text]) => role === "columnheader" && text), `${id}: the first row is column headers`);
    for (const row of body) {
      assert.equal(row.length, head.length, `${id}: each row has a cell per column`);
      assert.ok(row.every(([role]) => role === "cell"), `${id}: data rows are cells`);
    }
  };
  check(await read(), "estimator.table");
  await act(page, "nav.home");
  await act(page, "home.open_arrears");
  await act(page, "arrears.from", "01.2025");
  await act(page, "arrears.monthly_due", "100 000");
  await waitIdle(page);
  check(await read(), "arrears.table");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a new screen opens at its top with focus on its heading; after a mistake, at the field to fix", async () => {
  // 480 px: a phone-like width every engine can open (WebKit's window is at least 448 px wide).
  const { page, context, problems } = await openApp(env, { query: "?lang=ru", viewport: { width: 480, height: 640 } });
  await waitIdle(page);
  const node = async (id) => (await snapshot(page)).find((n) => n.id === id);
  const inView = (n) => n && n.rect[1] >= 0 && n.rect[1] + n.rect[3] <= 640;
  const scrollDown = async (id) => {
    const y0 = (await node(id)).rect[1];
    await press(page, "End");
    const y1 = (await node(id)).rect[1];
    assert.ok(y1 < y0 - 50, `End scrolled the screen down (${id} from ${y0} to ${y1})`);
  };
  await scrollDown("home.title");
  await act(page, "home.open_estimator");
  await waitIdle(page);
  const title = await node("estimator.title");
  assert.ok(inView(title), `the estimator opens at its top (its heading at ${title.rect[1]})`);
  assert.equal(await focusedId(page), "estimator.title", "focus is on the new screen's heading");
  await appShowsFocus(page, "estimator.title");
  // A mistake in a field, then elsewhere and back: the screen opens at that field, with focus on it.
  await act(page, "estimator.income.0.amount", "12абв");
  await act(page, "nav.home");
  await waitIdle(page);
  assert.ok(inView(await node("home.title")), "home opens at its top too");
  await scrollDown("home.title");
  await act(page, "home.open_estimator");
  await waitIdle(page);
  assert.equal(await focusedId(page), "estimator.income.0.amount", "focus is on the field to fix");
  assert.ok(inView(await node("estimator.income.0.amount")), "the field to fix is in view");
  // A guide step answered further down the page: the next question starts at the top.
  await act(page, "estimator.income.0.amount", "");
  await act(page, "nav.home");
  await act(page, "home.open_guide");
  await act(page, "guide.topic.divorce");
  await waitIdle(page);
  const first = (await snapshot(page)).find((n) => n.role === "heading" && n.value === "1");
  await press(page, "End");
  const option = (await snapshot(page)).find((n) => n.id.startsWith("guide.option."));
  await act(page, option.id);
  await waitIdle(page);
  const q = await node("guide.question") ?? await node("guide.result.title");
  assert.ok(q && q.label !== first.label, "the next step is shown");
  assert.ok(inView(q), `the next step opens at its top (its heading at ${q.rect[1]})`);
  assert.equal(await focusedId(page), q.id, "focus is on the next step's heading");
  assert.deepEqual(problems, []);
  await context.close();
});
