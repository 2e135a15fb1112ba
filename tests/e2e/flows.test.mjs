// Whole tasks in a real browser (each engine in turn), driven by role and name through window.otbasy.snapshot()/
// act(): a guide topic walked to its result in Kazakh and in Russian; an estimate in Kazakh and in Russian whose
// amount must equal the CLI's; an amount typed with real keys into the <input> over the field; bad input that
// shows a message and keeps the text; and real mouse clicks on the canvas.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { act, openApp, shot, snapshot, start, stop, unsupported, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const CLI = process.env.OTBASY_CLI || new URL("../../build/native/otbasy-cli", import.meta.url).pathname;
const byId = (nodes, id) => nodes.find((n) => n.id === id);

function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

// 133333.33 → "133 333,33 ₸" (no-break spaces), as the app writes amounts.
function localMoney(x) {
  const [whole, frac = "00"] = x.toFixed(2).split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00A0") + "," + frac + "\u00A0₸";
}

// The CLI's total for one net income and two children, as the app writes it.
function cliTotal(monthly) {
  const input = { as_of: today(), income: { monthly, basis: "net" }, orders: [{ type: "share", children: 2 }] };
  return localMoney(JSON.parse(execFileSync(CLI, ["alimony", "-"], { input: JSON.stringify(input) }).toString()).total_withheld);
}

async function walkToResult(page, topic) {
  await act(page, "home.open_guide");
  await act(page, `guide.topic.${topic}`);
  const visited = [];
  for (let step = 0; step < 40; step++) {
    const nodes = await snapshot(page);
    if (byId(nodes, "guide.result.title")) return { nodes, visited };
    const group = nodes.find((n) => n.id.startsWith("guide.node."));
    assert.ok(group, "a guide step is on screen");
    visited.push(group.id.slice("guide.node.".length));
    const option = nodes.find((n) => n.role === "button" && n.id.startsWith("guide.option."));
    if (option) await act(page, option.id);
    else await act(page, "guide.continue");
  }
  throw new Error("no result after 40 steps");
}

for (const lang of ["kk", "ru"]) {
  test(`guide: child alimony walked to a result in ${lang}, with citations, a checklist and Back that keeps answers`, async () => {
    const { page, context, problems } = await openApp(env, { query: `?lang=${lang}` });
    const { nodes, visited } = await walkToResult(page, "child_alimony");
    assert.ok(visited.length >= 1, "the walk asked at least one question");
    assert.ok(nodes.some((n) => n.id.startsWith("guide.cite.") && n.role === "button"), "citations are listed");
    const doc = nodes.find((n) => n.id.startsWith("guide.doc.") && n.role === "checkbox");
    assert.ok(doc, "documents are a checklist");
    await act(page, doc.id);
    assert.ok(byId(await snapshot(page), doc.id).state.includes("checked"), "a document can be ticked");
    // The result's labels are in the chosen language (Cyrillic), and no key leaked.
    for (const n of nodes) assert.ok(!n.label.includes("⟦"), `untranslated: ${n.label}`);
    // Back, then the earlier answer is still marked as chosen.
    await act(page, "guide.back");
    const back = await snapshot(page);
    assert.ok(back.some((n) => n.id.startsWith("guide.option.") && n.state.includes("selected")),
              "the answer given before is kept after Back");
    await page.screenshot({ path: shot(`guide-result-${lang}-1280x800.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`estimator: two children on 400 000 ₸ net in ${lang} equals the CLI's amount`, async () => {
    const { page, context, problems } = await openApp(env, { query: `?lang=${lang}` });
    await act(page, "home.open_estimator");
    await act(page, "estimator.income.0.amount", "400 000");
    await act(page, "estimator.order.0.children", "2");
    const nodes = await snapshot(page);
    const want = cliTotal(400000);
    const total = nodes.find((n) => n.id.startsWith("estimator.table.r") && n.id.endsWith(".2") && n.label === want);
    assert.ok(total, `the table shows the CLI's total ${want}`);
    assert.ok(nodes.some((n) => n.id.startsWith("estimator.working.") && n.id.includes(".cite.")),
              "the working cites articles");
    assert.ok(byId(nodes, "estimator.chart"), "a chart of the monthly amounts");
    assert.ok(byId(nodes, "estimator.compare"), "share and fixed sum side by side");
    await page.screenshot({ path: shot(`estimator-${lang}-1280x800.png`), fullPage: false });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("estimator: a negative amount shows a message in Russian under the field and keeps the text", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await act(page, "home.open_estimator");
  await act(page, "estimator.income.0.amount", "-5000");
  const nodes = await snapshot(page);
  const field = byId(nodes, "estimator.income.0.amount");
  assert.equal(field.value, "-5000");
  assert.ok(field.state.includes("invalid"));
  assert.equal(byId(nodes, "estimator.income.0.amount.error").label, "Сумма не может быть отрицательной.");
  assert.deepEqual(problems, []);
  await context.close();
});

test("real mouse clicks: open the guide, choose a topic, answer by clicking the canvas; phone screenshot", async (t) => {
  const phone = { viewport: { width: 360, height: 640 }, dpr: 3 };
  if (unsupported(phone)) return t.skip(unsupported(phone));
  const { page, context, problems } = await openApp(env, phone);
  const click = async (id) => {
    const n = byId(await snapshot(page), id);
    assert.ok(n, `${id} is on screen`);
    const [x, y, w, h] = n.rect;
    await page.mouse.click(x + w / 2, y + Math.min(h / 2, 20));
    await waitIdle(page);
  };
  await waitIdle(page);
  await click("home.open_guide");
  await page.screenshot({ path: shot("guide-topics-kk-360x640-dpr3.png") });
  await click("guide.topic.divorce");
  const nodes = await snapshot(page);
  const option = nodes.find((n) => n.id.startsWith("guide.option."));
  await click(option.id);
  const after = await snapshot(page);
  assert.ok(byId(after, "guide.back"), "the click answered the question (Back is offered)");
  await page.screenshot({ path: shot("guide-step-kk-360x640-dpr3.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("typing into a field goes through a real <input> placed over it: spaces and a decimal comma, real keys", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=kk" });
  await act(page, "home.open_estimator");
  await act(page, "estimator.order.0.children", "2");
  const field = byId(await snapshot(page), "estimator.income.0.amount");
  const [x, y, w, h] = field.rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForFunction(() => {
    const e = document.getElementById("otbasy-edit");
    return e && !e.hidden && document.activeElement === e;
  }, null, { timeout: 10_000 });
  const placed = await page.evaluate(() => {
    const r = document.getElementById("otbasy-edit").getBoundingClientRect();
    return [r.x, r.y, r.width, r.height];
  });
  placed.forEach((v, i) => assert.ok(Math.abs(v - field.rect[i]) <= 1, `the <input> lies over the field (${placed} vs ${field.rect})`));
  await page.keyboard.type("250 000,50");
  await page.keyboard.press("Enter");
  await waitIdle(page);
  const nodes = await snapshot(page);
  const after = byId(nodes, "estimator.income.0.amount");
  assert.equal(after.value, "250 000,50", "every key reached the field");
  assert.ok(!after.state.includes("invalid"), "a decimal comma and spaces are a valid amount");
  assert.ok(await page.evaluate(() => document.getElementById("otbasy-edit").hidden), "the input hides when editing ends");
  const total = cliTotal("250000.50");
  assert.ok(nodes.some((n) => n.id.startsWith("estimator.table.r") && n.id.endsWith(".2") && n.label === total),
            `the table shows the CLI's total ${total}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Enter or Escape that belongs to an IME composition keeps the field open; a plain Enter closes it", async () => {
  // No driver here can drive a real input method, so the keydowns an IME produces are dispatched as the engines
  // send them: isComposing while composing, and keyCode 229 in Safari just after the composition has ended.
  const { page, context, problems } = await openApp(env, { query: "?lang=kk" });
  await act(page, "home.open_estimator");
  const [x, y, w, h] = byId(await snapshot(page), "estimator.income.0.amount").rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForFunction(() => document.activeElement?.id === "otbasy-edit", null, { timeout: 10_000 });
  const open = () => page.evaluate(() => !document.getElementById("otbasy-edit").hidden);
  for (const [key, how] of [["Enter", "composing"], ["Escape", "composing"], ["Enter", "229"]]) {
    await page.evaluate(([k, kind]) => {
      const ev = new KeyboardEvent("keydown", { key: k, code: k, bubbles: true, cancelable: true,
                                                isComposing: kind === "composing" });
      if (kind === "229") Object.defineProperty(ev, "keyCode", { get: () => 229 });
      document.getElementById("otbasy-edit").dispatchEvent(ev);
    }, [key, how]);
    await waitIdle(page);
    assert.ok(await open(), `${key} (${how}) kept the field open`);
  }
  await page.keyboard.press("Enter");
  await waitIdle(page);
  assert.ok(!(await open()), "a plain Enter ends the edit");
  assert.deepEqual(problems, []);
  await context.close();
});

test("switching language in the middle of a topic fetches that language and keeps the step and the answers", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=kk" });
  await act(page, "home.open_guide");
  await act(page, "guide.topic.divorce");
  const first = (await snapshot(page)).find((n) => n.id.startsWith("guide.option."));
  await act(page, first.id);
  const before = (await snapshot(page)).find((n) => n.id.startsWith("guide.node.")).id;
  await act(page, "nav.language.1");
  await page.waitForFunction(() => window.otbasy.bundleLang === "ru", null, { timeout: 30_000 });
  await waitIdle(page);
  const nodes = await snapshot(page);
  assert.equal(nodes.find((n) => n.id.startsWith("guide.node."))?.id, before, "the same step after the switch");
  assert.ok(byId(nodes, "guide.back"), "the earlier answer is still there (Back is offered)");
  assert.ok(nodes.some((n) => n.role === "button" && n.label === "Назад"), "labels are Russian");
  assert.deepEqual(problems, []);
  await context.close();
});
