// A date typed with real keys, as a person in Kazakhstan writes it (15.02.2024), into the <input> over a date
// field must reach the app as 15 February 2024, in every engine.
//
// Known failure, marked TODO: the field is an <input type="date">, whose typing follows the browser's locale and
// not the app's language. In an en-US (or C) locale all three engines read the keys as mm/dd/yyyy and give
// 2024-12-02 without a word; typed without the dots (15022024), WebKitGTK's leaves the field empty.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, openApp, snapshot, start, stop, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const DATE_INPUT = "<input type=date> reads typed keys in the browser's locale order, not the app's language " +
                   "(en-US: 15.02.2024 becomes 2024-12-02)";

test("a payment date typed as 15.02.2024 with real keys is 15 February 2024", { todo: DATE_INPUT }, async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await act(page, "home.open_arrears");
  await act(page, "arrears.payment.add");
  const [x, y, w, h] = (await snapshot(page)).find((n) => n.id === "arrears.payment.0.date").rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForFunction(() => document.activeElement?.id === "otbasy-edit", null, { timeout: 10_000 });
  await page.keyboard.type("15.02.2024");
  await page.keyboard.press("Enter");
  await waitIdle(page);
  const field = (await snapshot(page)).find((n) => n.id === "arrears.payment.0.date");
  assert.ok(["15.02.2024", "2024-02-15"].includes(field.value), `the app got "${field.value}"`);
  assert.ok(!field.state.includes("invalid"));
  assert.deepEqual(problems, []);
  await context.close();
});
