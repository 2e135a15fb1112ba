// The accessible mirror says what the canvas shows, in each engine: on every screen walked, each node of the
// semantic tree (window.otbasy.snapshot()) has its element in the hidden #a11y DOM, in the same order, named with
// the same text (a field with the same value), and the mirror holds nothing the tree does not.
//
// Known gap: a paragraph with inline glossary links is mirrored as its links alone (the words around them are
// lost). Those paragraphs are compared in a separate subtest marked TODO with the reason, on the screens that have
// them; every other node is compared strictly.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { act, openApp, snapshot, start, stop, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const INLINE_LINKS = "known mirror gap: a paragraph with inline glossary links loses the words around the links";

// Reads the tree and the mirror in one go (the mirror follows the tree a moment after each frame).
async function readBoth(page) {
  await waitIdle(page);
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 50)), null);
  return page.evaluate(() => {
    const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();
    const nodes = window.otbasy.snapshot();
    // An element's name: its aria-label, else its own text (a container's children speak for themselves).
    const ownText = (el) => [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.data).join("");
    const mirror = [...document.querySelectorAll("#a11y [data-id]")].map((el) => ({
      id: el.dataset.id,
      name: norm(el.getAttribute("aria-label") ?? ownText(el)),
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
  const strict = [], known = [];
  for (const n of nodes) {
    const m = byId.get(n.id);
    const out = withLinks.has(n.id) ? known : strict;
    if (!m) { out.push(`${n.id}: not in the mirror`); continue; }
    if (norm(n.label) !== m.name) out.push(`${n.id}: the tree says "${norm(n.label)}", the mirror "${m.name}"`);
    if (n.role === "textbox" && m.value !== n.value) out.push(`${n.id}: value "${n.value}" vs "${m.value}"`);
  }
  const inTree = new Set(nodes.map((n) => n.id));
  for (const m of mirror) if (!inTree.has(m.id)) strict.push(`${m.id}: in the mirror, not on screen`);
  const order = mirror.map((m) => m.id).filter((id) => inTree.has(id));
  const want = nodes.map((n) => n.id).filter((id) => byId.has(id));
  if (order.join("\n") !== want.join("\n")) strict.push("the mirror's order differs from the tree's");
  return { strict, known, hasLinks: withLinks.size > 0 };
}

async function checkScreen(t, page, screen) {
  const both = await readBoth(page);
  assert.ok(both.nodes.length > 5, `${screen}: the tree is drawn`);
  const { strict, known, hasLinks } = compare(both);
  await t.test(`${screen}: every node's text`, () => assert.deepEqual(strict, []));
  if (hasLinks)
    await t.test(`${screen}: paragraphs with inline links`, { todo: INLINE_LINKS }, () => assert.deepEqual(known, []));
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
  await checkScreen(t, page, "guide result kk");
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
