// Screenshots of the main screens in each engine, at 1280×800 and at a 390×844 phone where the engine can size its
// window that small, saved in the build folder (OTBASY_SHOTS) with the engine in the name, to compare engines by
// eye. Each screen is also checked for being drawn (its title in the tree) and for page problems.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, openApp, shot, snapshot, start, stop, unsupported, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`screenshots at ${width}×${height}: home, guide topics, a question, the estimator, settings (kk, ru)`, async (t) => {
    const viewport = { width, height };
    if (unsupported({ viewport })) return t.skip(unsupported({ viewport }));
    const size = `${width}x${height}`;
    const { page, context, problems } = await openApp(env, { query: "?lang=kk", viewport });
    const take = async (name, id) => {
      await waitIdle(page);
      assert.ok((await snapshot(page)).some((n) => n.id === id || (id.endsWith(".") && n.id.startsWith(id))),
                `${name}: ${id} is drawn`);
      await page.screenshot({ path: shot(`${name}-${size}.png`) });
    };
    await take("home-kk", "home.title");
    await act(page, "home.open_guide");
    await take("guide-topics-kk", "guide.title");
    await act(page, "guide.topic.divorce");
    await take("guide-question-kk", "guide.node.");
    await act(page, "nav.language.1");
    await page.waitForFunction(() => window.otbasy.bundleLang === "ru", null);
    await take("guide-question-ru", "guide.node.");
    await act(page, "nav.home");
    await act(page, "home.open_estimator");
    await act(page, "estimator.income.0.amount", "400 000");
    await act(page, "estimator.order.0.children", "2");
    await take("estimator-ru", "estimator.title");
    if ((await snapshot(page)).some((n) => n.id === "nav.settings")) {
      await act(page, "nav.settings");
      await take("settings-ru", "settings.title");
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
