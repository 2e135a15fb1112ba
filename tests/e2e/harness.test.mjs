// The harness itself, on each engine: it must see every kind of problem a page can have (otherwise "no problems"
// would prove nothing), and it must refuse what the engine cannot do instead of quietly doing something else.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { caps, ENGINE, openApp, start, stop, unsupported } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

test("every kind of page problem is reported: console.error, an uncaught error, a rejected promise, an HTTP 404", async () => {
  const { page, problems } = await openApp(env, { allow: [/harness-check/] });
  await page.evaluate(() => {
    console.error("harness-check console");
    setTimeout(() => { throw new Error("harness-check thrown"); }, 0);
    Promise.reject(new Error("harness-check rejected"));
    fetch("harness-check-missing.json");
  });
  await page.waitForTimeout(500);
  await page.evaluate(() => 0);  // engines without events hand their findings over with each call
  const seen = problems.allowed.join("\n");
  for (const want of [/console: .*harness-check console/, /page error: .*harness-check thrown/,
                      /page error: .*harness-check rejected/, /404: .*harness-check-missing\.json/])
    assert.match(seen, want, `${ENGINE} did not report it`);
  assert.deepEqual(problems, []);
});

test("what the engine cannot do is refused with the reason, not done differently", async (t) => {
  const phone = { viewport: { width: 390, height: 844 }, dpr: 3 };
  const why = unsupported(phone);
  assert.equal(why === "", caps.dpr && caps.viewport.minWidth <= 390, why);
  if (!why) return t.skip(`${ENGINE} can open a 390 px phone at devicePixelRatio 3`);
  await assert.rejects(openApp(env, phone), (e) => e.message.includes(why));
});
