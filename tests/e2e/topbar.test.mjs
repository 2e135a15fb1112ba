// The top bar in each engine at 1280, 1024 and 768 px, in Kazakh, Russian and English, at the normal and the
// largest text size: by the semantic tree's rectangles, every label stays on one line (the quick exit is as tall
// as the home button), everything lies inside the bar, and nothing overlaps. At about 1024 px the quick exit's
// label used to wrap to two lines and be clipped by the bar ("Тез / шығу", "Быстрый / выход").
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, openApp, shot, snapshot, start, stop, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const PARTS = ["nav.home", "nav.language.0", "nav.language.1", "nav.language.2", "nav.settings", "nav.quick_exit"];
const LANGS = ["kk", "ru", "en"];

function checkBar(nodes, where) {
  const byId = (id) => nodes.find((n) => n.id === id);
  const bar = byId("topbar");
  const home = byId("nav.home");
  const exit = byId("nav.quick_exit");
  assert.ok(bar && home && exit, `${where}: the bar, the home button and the quick exit are there`);
  const [bx, by, bw, bh] = bar.rect;
  assert.ok(exit.rect[3] <= home.rect[3] + 0.5,
            `${where}: the quick exit "${exit.label}" is ${exit.rect[3]} px tall, the home button ${home.rect[3]}: its label wraps`);
  const shown = PARTS.map(byId).filter(Boolean);
  for (const n of shown) {
    const [x, y, w, h] = n.rect;
    assert.ok(x >= bx - 0.5 && x + w <= bx + bw + 0.5 && y >= by - 0.5 && y + h <= by + bh + 0.5,
              `${where}: ${n.id} [${n.rect}] leaves the bar [${bar.rect}]`);
  }
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      const [a, b] = [shown[i].rect, shown[j].rect];
      const apart = a[0] + a[2] <= b[0] + 0.5 || b[0] + b[2] <= a[0] + 0.5 || a[1] + a[3] <= b[1] + 0.5 || b[1] + b[3] <= a[1] + 0.5;
      assert.ok(apart, `${where}: ${shown[i].id} overlaps ${shown[j].id}`);
    }
  return shown.map((n) => n.id);
}

test("the top bar at 1280, 1024 and 768 px in kk, ru and en, at 100 % and 150 % text: one line, inside, no overlap", async () => {
  const { page, context, problems } = await openApp(env, { viewport: { width: 1024, height: 800 } });
  for (const scale of [100, 150]) {
    if (scale === 150) {
      await act(page, "nav.settings");
      await act(page, "settings.text_size.3");
      await act(page, "settings.back");
    }
    for (const width of [1280, 1024, 768]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForFunction((w) => innerWidth === w, width);
      await waitIdle(page);
      for (const [i, lang] of LANGS.entries()) {
        await act(page, `nav.language.${i}`);
        await page.waitForFunction((l) => window.otbasy.bundleLang === l, lang);
        await waitIdle(page);
        const where = `${lang} ${width} px ${scale} %`;
        const shown = checkBar(await snapshot(page), where);
        if (width >= 1024) assert.ok(shown.includes("nav.settings"), `${where}: the settings button is in the bar`);
        if (width === 1024 && scale === 100) await page.screenshot({ path: shot(`topbar-${lang}-1024x800.png`) });
      }
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
