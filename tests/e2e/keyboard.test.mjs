// The keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; typing into fields): a guide topic to its result and an
// estimate, in Kazakh and in Russian, with focus on the new screen's heading after every step; Tab and Shift+Tab
// leave the app at both ends, standalone and inside an iframe on another origin; every Tab stop is a control the
// canvas draws with a visible ring, never an invisible one. The tests read the screen (the tree and the focused
// element) to decide where to go, as a sighted keyboard user would, but act through the keyboard only.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { act, ENGINE, openApp, shot, snapshot, start, stop, waitIdle, waitReady } from "./harness.mjs";
import { appShowsFocus, decodePng, expectFocusOnHeading, expectInView, focusedId, press, tabTo, typeInto } from "./a11y-helpers.mjs";

let env;
// The iframe test's host page is on another origin (localhost): the app's server lets it embed the app, as a
// deployment names the portal that embeds it (frame-ancestors, docs/DEPLOY.md).
before(async () => { env = await start({ serve: { frameAncestors: "'self' http://localhost:*" } }); });
after(async () => { await stop(env); });

const byId = (nodes, id) => nodes.find((n) => n.id === id);

for (const lang of ["kk", "ru"]) {
  test(`keyboard only, ${lang}: a guide topic from the home screen to its result`, async () => {
    const { page, context, problems } = await openApp(env, { query: `?lang=${lang}` });
    await waitIdle(page);
    await tabTo(page, "home.open_guide");
    await press(page, "Enter");
    await expectFocusOnHeading(page, assert, "the guide");
    await tabTo(page, "guide.topic.child_alimony");
    await press(page, "Enter");
    let steps = 0;
    for (; steps < 30; steps++) {
      const h = await expectFocusOnHeading(page, assert, `step ${steps + 1}`);
      if (h.id === "guide.result.title") break;
      const nodes = await snapshot(page);
      if (nodes.some((n) => n.id.startsWith("guide.option."))) {
        await tabTo(page, /^guide\.option\./);
        await press(page, steps % 2 ? " " : "Enter");
      } else {
        await tabTo(page, "guide.continue");
        await press(page, "Enter");
      }
    }
    assert.ok(steps >= 1 && steps < 30, "the topic was walked to its result");
    // The result: tick a document with Space; the arrows scroll the page.
    const doc = await tabTo(page, /^guide\.doc\./);
    await press(page, " ");
    assert.ok(byId(await snapshot(page), doc.id).state.includes("checked"), "Space ticks the focused document");
    const y0 = byId(await snapshot(page), doc.id).rect[1];
    await press(page, "ArrowDown");
    await press(page, "ArrowDown");
    const y1 = byId(await snapshot(page), doc.id).rect[1];
    assert.ok(y1 < y0, "ArrowDown scrolls the result");
    // The ring is really drawn, in the focus colour, around the focused control.
    await tabTo(page, (n) => n.role === "checkbox" || n.role === "button");
    const f = (await snapshot(page)).find((n) => n.state.includes("focused"));
    if (ENGINE !== "webkit") {  // WebKit's driver takes whole-viewport screenshots only
      const ring = await page.screenshot({ clip: { x: Math.max(0, f.rect[0] - 6), y: Math.max(0, f.rect[1] - 6), width: 12, height: Math.min(40, f.rect[3] + 12) } });
      assert.ok(await hasFocusColour(page, ring), "a visible focus ring");
    }
    await page.screenshot({ path: shot(`keyboard-guide-result-${lang}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`keyboard only, ${lang}: an estimate, typing into the fields and choosing with the arrows`, async () => {
    const { page, context, problems } = await openApp(env, { query: `?lang=${lang}` });
    await waitIdle(page);
    await tabTo(page, "home.open_estimator");
    await press(page, "Enter");
    await expectFocusOnHeading(page, assert, "the estimator");
    // The payer: one Tab stop; the arrows choose.
    await tabTo(page, /^estimator\.payer\.\d$/);
    await press(page, "ArrowRight");
    let nodes = await snapshot(page);
    assert.ok(byId(nodes, "estimator.payer.1").state.includes("checked"), "ArrowRight chose the next payer");
    assert.equal(await focusedId(page), "estimator.payer.1");
    await press(page, "ArrowLeft");
    assert.ok(byId(await snapshot(page), "estimator.payer.0").state.includes("checked"));
    // The income: typing into the focused field edits it, in an <input> shown over the field.
    await tabTo(page, "estimator.income.0.amount");
    const shown = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return { w: r.width, h: r.height, tag: document.activeElement.tagName };
    });
    assert.equal(shown.tag, "INPUT");
    assert.ok(shown.w > 100 && shown.h > 30, "the focused field's input is visible over the field");
    await typeInto(page, "estimator.income.0.amount", "400 000");
    assert.equal(byId(await snapshot(page), "estimator.income.0.amount").value, "400 000");
    // Tab moves on from the field (no trap), to the children: replace the 1 with 2.
    await tabTo(page, "estimator.order.0.children");
    await page.keyboard.press("Control+A");
    await typeInto(page, "estimator.order.0.children", "2");
    nodes = await snapshot(page);
    assert.equal(byId(nodes, "estimator.order.0.children").value, "2");
    assert.ok(byId(nodes, "estimator.table"), "the estimate is shown");
    // The order type: Enter on another type chooses it; it is announced as pressed.
    await tabTo(page, "estimator.order.0.kind.1", { back: true });
    await press(page, "Enter");
    assert.equal(await page.evaluate(() => document.querySelector('#a11y [data-id="estimator.order.0.kind.1"]').getAttribute("aria-pressed")), "true");
    await page.screenshot({ path: shot(`keyboard-estimator-${lang}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("a field opened by the pointer: typing, then Tab moves on to the next control (not back to the field)", async () => {
  const { page, problems } = await openApp(env, { query: "?lang=ru" });
  await act(page, "home.open_estimator");
  const field = byId(await snapshot(page), "estimator.income.0.amount");
  const [x, y, w, h] = field.rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await waitIdle(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), "otbasy-edit");
  await typeInto(page, "estimator.income.0.amount", "250 000");
  await press(page, "Tab");
  const next = await focusedId(page);
  assert.ok(next && next !== "estimator.income.0.amount", `Tab went on to ${next}`);
  const nodes = await snapshot(page);
  assert.equal(byId(nodes, "estimator.income.0.amount").value, "250 000");
  await appShowsFocus(page, next);
  assert.ok(await page.evaluate(() => document.getElementById("otbasy-edit").hidden), "editing ended");
  assert.deepEqual(problems, []);
});

test("keyboard: Tab and Shift+Tab leave the app at both ends, and every stop is a control on screen", async () => {
  const { page, problems } = await openApp(env, { query: "?lang=ru" });
  await waitIdle(page);
  assert.equal(await page.evaluate(() => document.getElementById("canvas").tabIndex), -1, "the canvas is no Tab stop");
  const first = await tabTo(page, () => true);
  assert.equal(first.id, "nav.home", "Tab enters at the first control");
  // Forward through every control: each stop is drawn and ringed (tabTo checks) up to the last one.
  const controls = (await snapshot(page)).filter((n) => ["button", "link", "radio", "checkbox", "textbox"].includes(n.role));
  const last = controls[controls.length - 1].id;
  await tabTo(page, last);
  // Past the last control focus leaves the app: out of the page, or (a browser without a toolbar of its own to
  // go to) round to the page's first control; never kept.
  await page.keyboard.press("Tab");
  await waitIdle(page);
  const after = await focusedId(page);
  assert.ok(after === "" || after === "nav.home", `Tab after the last control went to "${after}"`);
  if (after === "") assert.ok(!(await snapshot(page)).some((n) => n.state.includes("focused")), "no ring when focus is outside");
  // And back: Shift+Tab from the first control leaves at the start (or wraps round to the last).
  await tabTo(page, "nav.home", { back: true });
  await page.keyboard.press("Shift+Tab");
  await waitIdle(page);
  assert.ok(["", last].includes(await focusedId(page)), "Shift+Tab leaves the app before its first control");
  assert.deepEqual(problems, []);
});

test("keyboard: Shift+Tab on a fresh page lands on a control drawn in view, or leaves the page; never on a hidden element", async () => {
  const { page, problems } = await openApp(env, { query: "?lang=kk" });
  await waitIdle(page);
  await page.keyboard.press("Shift+Tab");
  await waitIdle(page);
  const fromEnd = await focusedId(page);
  if (fromEnd) {
    await appShowsFocus(page, fromEnd);
    await expectInView(page, fromEnd, "Shift+Tab on a fresh page");
  }
  // Wherever it is, the focused element is the app's (then drawn, above) or the page's own, never a hidden one.
  const el = await page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body || a === document.documentElement) return "";
    const r = a.getBoundingClientRect();
    return a.closest("#a11y") ? "" : `${a.tagName}#${a.id} ${r.width}×${r.height}`;
  });
  assert.equal(el, "", "focus is on no element outside the app's controls");
  assert.deepEqual(problems, []);
});

test("keyboard: inside an iframe on another origin, Tab goes from the host into the app and out to the host", async (t) => {
  // Chromium only: the test reads the frame through playwright's Frame.
  if (ENGINE !== "chromium") return t.skip(`${ENGINE}: needs playwright's frames`);
  // The host page is served from a second origin (localhost vs 127.0.0.1), sandboxed as a portal would.
  const host = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="ru"><title>host</title><a id="before" href="#b">Кнопка до</a>
      <iframe id="app" title="Отбасы көмек" src="${env.base}?lang=ru" width="600" height="500"
              sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
      <a id="after" href="#a">Кнопка после</a>`);
  });
  await new Promise((ok) => host.listen(0, "localhost", ok));
  try {
    const { page } = await openApp(env, { viewport: { width: 800, height: 700 } });
    await page.goto(`http://localhost:${host.address().port}/`);
    const frame = page.frame({ url: (u) => u.href.startsWith(env.base) });
    await waitReady(frame);
    await waitIdle(frame);
    const hostFocus = () => page.evaluate(() => document.activeElement?.id || "");

    await page.focus("#before");
    await page.keyboard.press("Tab");
    await waitIdle(frame);
    assert.equal(await hostFocus(), "app", "Tab went into the frame");
    assert.equal(await focusedId(frame), "nav.home", "…onto the app's first control");
    let out = false;
    for (let i = 0; i < 60 && !out; i++) {
      await page.keyboard.press("Tab");
      await waitIdle(frame, 150);
      out = (await hostFocus()) === "after";
    }
    assert.ok(out, "Tab reached the host's link after the app");
    await page.keyboard.press("Shift+Tab");
    await waitIdle(frame);
    assert.ok(await focusedId(frame), "Shift+Tab came back into the app");
    let back = false;
    for (let i = 0; i < 60 && !back; i++) {
      await page.keyboard.press("Shift+Tab");
      await waitIdle(frame, 150);
      back = (await hostFocus()) === "before";
    }
    assert.ok(back, "Shift+Tab reached the host's link before the app");
  } finally {
    await new Promise((ok) => host.close(ok));
  }
});

// True when the screenshot has pixels close to the light theme's focus colour (#B45309). Decoded here, not in the
// page: the app's CSP allows no data: images.
async function hasFocusColour(page, png) {
  void page;
  const { width, height, rgba } = decodePng(png);
  for (let i = 0; i < width * height * 4; i += 4)
    if (Math.abs(rgba[i] - 0xB4) < 24 && Math.abs(rgba[i + 1] - 0x53) < 24 && Math.abs(rgba[i + 2] - 0x09) < 24) return true;
  return false;
}
