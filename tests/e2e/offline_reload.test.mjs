// Offline after a first visit, in each engine that runs service workers: once the service worker is active, the
// site stops answering (connections dropped, as with no network) and the app still reloads, draws, computes an
// estimate and switches language — with no request for the app reaching the network.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, openApp, snapshot, start, stop, unsupported, waitReady } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

test("after a first visit the app reloads, computes and switches language with the site unreachable", async (t) => {
  const why = unsupported({ serviceWorkers: "allow" });
  if (why) return t.skip(why);
  const { page, context, problems } = await openApp(env, { query: "?lang=kk", serviceWorkers: "allow" });
  // The worker is active once the app in this language is cached; the rest of the offline copy (the other
  // languages, the text guide) follows after the app is usable. Wait for all of it, as a person would see
  // "ready offline" in Settings before leaving the network.
  // (Polled rather than awaiting navigator.serviceWorker.ready: a script that waits on a promise is cut off after
  // 30 s by WebDriver, and on a busy machine the worker may take longer than that to finish.)
  await page.waitForFunction(() => window.otbasy.offline.state === "ready" && window.otbasy.offline.extra !== "pending",
    null, { timeout: 180_000 });
  env.setOffline(true);
  try {
    await page.reload();
    await waitReady(page);
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the service worker serves the page");
    await act(page, "home.open_estimator");
    await act(page, "estimator.income.0.amount", "300 000");
    await act(page, "estimator.order.0.children", "1");
    assert.ok((await snapshot(page)).some((n) => n.id === "estimator.table"), "an estimate offline");
    await act(page, "nav.language.1");
    await page.waitForFunction(() => window.otbasy.bundleLang === "ru", null, { timeout: 30_000 });
    // The browser may look for a new service worker on a reload (Firefox and WebKit do, Chromium waits): that
    // check failing offline is expected. Nothing else may need the network.
    const checks = env.droppedRequests.filter((p) => p === "/sw.js").length;
    t.diagnostic(`service worker update checks while offline: ${checks}`);
    assert.deepEqual(env.droppedRequests.filter((p) => p !== "/sw.js"), [], "no request for the app went to the network");
  } finally {
    env.setOffline(false);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
