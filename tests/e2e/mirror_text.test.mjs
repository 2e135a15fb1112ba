// The accessible mirror says what the canvas shows, in each engine: on every screen walked, each node of the
// semantic tree (window.otbasy.snapshot()) has its element in the hidden #a11y DOM, in the same order, named with
// the same text (a field with the same value), and the mirror holds nothing the tree does not. A paragraph with
// inline glossary links is read whole: its words and its links, in order (the links are also nodes of their own).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, openApp, snapshot, start, stop, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

// Reads the tree and the mirror in one go (the mirror follows the tree a moment after each frame).
async function readBoth(page) {
  await waitIdle(page);
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 50)), null);
  return page.evaluate(() => {
    const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();
    const nodes = window.otbasy.snapshot();
    // An element's name: its aria-label, else its own text (a container's children speak for themselves); a
    // paragraph or a heading is read with the inline links inside it.
    const ownText = (el) => [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.data).join("");
    const textOf = (el) => (/^(P|H[1-6])$/.test(el.tagName) ? el.textContent : ownText(el));
    const mirror = [...document.querySelectorAll("#a11y [data-id]")].map((el) => ({
      id: el.dataset.id,
      name: norm(el.getAttribute("aria-label") ?? textOf(el)),
      value: el.tagName === "INPUT" ? el.value : null,
    }));
    return { nodes, mirror };
  });
}

function compare({ nodes, mirror }) {
  const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();
  const withLinks = new Set(nodes.filter((n) => n.role === "link" && n.parent >= 0 && nodes[n.parent].role === "paragraph")
                                 .map((n) => nodes[n.parent].id));
  const byId = new Map(mirror.map((m) => [m.id, m]));
  const strict = [];
  for (const n of nodes) {
    const m = byId.get(n.id);
    if (!m) { strict.push(`${n.id}: not in the mirror`); continue; }
    if (norm(n.label) !== m.name) strict.push(`${n.id}: the tree says "${norm(n.label)}", the mirror "${m.name}"`);
    if (n.role === "textbox" && m.value !== n.value) strict.push(`${n.id}: value "${n.value}" vs "${m.value}"`);
  }
  const inTree = new Set(nodes.map((n) => n.id));
  for (const m of mirror) if (!inTree.has(m.id)) strict.push(`${m.id}: in the mirror, not on screen`);
  const order = mirror.map((m) => m.id).filter((id) => inTree.has(id));
  const want = nodes.map((n) => n.id).filter((id) => byId.has(id));
  if (order.join("\n") !== want.join("\n")) strict.push("the mirror's order differs from the tree's");
  return { strict, linked: withLinks.size };
}

async function checkScreen(t, page, screen) {
  const both = await readBoth(page);
  assert.ok(both.nodes.length > 5, `${screen}: the tree is drawn`);
  const { strict, linked } = compare(both);
  await t.test(`${screen}: every node's text (${linked} paragraphs with inline links)`, () => assert.deepEqual(strict, []));
  return linked;
}

test("the mirror's text equals the tree's on home, guide topics, a question, a result, the estimator and settings", async (t) => {
  const { page, context, problems } = await openApp(env, { query: "?lang=kk" });
  await checkScreen(t, page, "home kk");
  await act(page, "home.open_guide");
  await checkScreen(t, page, "guide topics kk");
  await act(page, "guide.topic.child_alimony");
  await checkScreen(t, page, "guide question kk");
  for (let step = 0; step < 40; step++) {
    const nodes = await snapshot(page);
    if (nodes.some((n) => n.id === "guide.result.title")) break;
    const option = nodes.find((n) => n.role === "button" && n.id.startsWith("guide.option."));
    await act(page, option ? option.id : "guide.continue");
  }
  assert.ok(await checkScreen(t, page, "guide result kk") > 0, "the result has paragraphs with glossary links");
  await act(page, "nav.language.1");
  await page.waitForFunction(() => window.otbasy.bundleLang === "ru", null);
  await checkScreen(t, page, "guide result ru");
  await act(page, "nav.home");
  await act(page, "home.open_estimator");
  await act(page, "estimator.income.0.amount", "400 000");
  await act(page, "estimator.order.0.children", "2");
  await checkScreen(t, page, "estimator ru");
  await act(page, "nav.settings");
  await checkScreen(t, page, "settings ru");
  assert.deepEqual(problems, []);
  await context.close();
});
