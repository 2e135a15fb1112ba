// The arrears tool in a real Chromium: months that are a share of income, a presentation date typed as
// ДД.ММ.ГГГГ, the wanted-list and penalty switches, and a debt and penalty that must equal the CLI's.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { act, openApp, shot, snapshot, start, stop } from "./harness.mjs";

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

test("arrears: a share of income with a presentation date typed as ДД.ММ.ГГГГ equals the CLI's debt and penalty", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await act(page, "home.open_arrears");
  await act(page, "arrears.from", "01.2021");
  await act(page, "arrears.mode.1");
  await act(page, "arrears.children", "2");
  await act(page, "arrears.income", "300 000");
  await act(page, "arrears.due_day", "10");
  let nodes = await snapshot(page);
  assert.ok(byId(nodes, "arrears.presented_on"), "the presentation date can be given");
  assert.ok(byId(nodes, "arrears.presented_on.assumed"), "an empty date is explained beside the field");
  assert.ok(byId(nodes, "arrears.wanted") && byId(nodes, "arrears.penalty"), "the wanted and penalty switches");
  await act(page, "arrears.presented_on", "15.03.2024");
  nodes = await snapshot(page);
  assert.equal(byId(nodes, "arrears.presented_on.assumed"), undefined);
  const input = { as_of: today(), from: "2021-01", due_day: 10, presented_on: "2024-03-15",
                  order: { type: "share", children: 2 }, income: { monthly: 300000, basis: "net" } };
  const out = JSON.parse(execFileSync(CLI, ["arrears", "-"], { input: JSON.stringify(input) }).toString());
  const total = byId(nodes, "arrears.total");
  assert.ok(total.label.includes(localMoney(out.debt)), `debt ${localMoney(out.debt)} in "${total.label}"`);
  assert.ok(total.label.includes(localMoney(out.penalty)), `penalty ${localMoney(out.penalty)}`);
  assert.ok(out.excluded_debt > 0, "months before 15.03.2021 are outside the three years");
  assert.ok(byId(nodes, "arrears.excluded").label.includes(localMoney(out.excluded_debt)));
  await page.screenshot({ path: shot("arrears-ru-1280x800.png") });
  // The payer was wanted: nothing is left out.
  await act(page, "arrears.wanted");
  nodes = await snapshot(page);
  assert.equal(byId(nodes, "arrears.excluded"), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});
