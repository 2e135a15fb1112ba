// A date typed with real keys, as a person in Kazakhstan writes it (15.02.2024), into the <input> over a date
// field must reach the app as 15 February 2024, in every engine, whatever the browser's locale: the field is a text
// input read as dd.mm.yyyy (a native <input type="date"> followed the browser's locale, so en-US gave 2024-12-02).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, openApp, scrollIntoView, snapshot, start, stop, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

test("a payment date typed as 15.02.2024 with real keys is 15 February 2024", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await act(page, "home.open_arrears");
  await act(page, "arrears.payment.add");
  // The payments are below the arrears screen's other fields: bring the field into view, then click it like a person.
  const [x, y, w, h] = (await scrollIntoView(page, "arrears.payment.0.date")).rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForFunction(() => document.activeElement?.id === "otbasy-edit", null, { timeout: 10_000 });
  await page.keyboard.type("15.02.2024");
  await page.keyboard.press("Enter");
  await waitIdle(page);
  const field = (await snapshot(page)).find((n) => n.id === "arrears.payment.0.date");
  assert.equal(field.value, "15.02.2024", "kept as typed, dd.mm.yyyy");
  assert.ok(!field.state.includes("invalid"));
  assert.deepEqual(problems, []);
  await context.close();
});
