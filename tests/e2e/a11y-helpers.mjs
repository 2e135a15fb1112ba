// Shared by the accessibility browser tests: compare the accessible mirror with the semantic tree, run axe-core,
// read the keyboard focus, and walk the app through every screen. Engine-neutral: everything runs through
// page.evaluate and the harness's functions, except where a test says otherwise.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import { act, snapshot, waitIdle } from "./harness.mjs";

const require = createRequire(import.meta.url);
// As a function, so that every engine's evaluate() can run it (the app's CSP allows only its own <script>s).
// eslint-disable-next-line no-new-func
const LOAD_AXE = new Function(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));

// Roles whose text is their content in the mirror (a paragraph's glossary terms are inline links inside it).
const TEXT_ROLES = ["heading", "paragraph", "cell", "columnheader", "alert", "status", "note", "button", "link", "radio",
                    "checkbox", "switch"];

// Every difference between the mirror and the tree: a node without its element, an element of a node no longer on
// screen (stale text), a text or name that differs, a description that differs, inline links out of order.
export async function mirrorProblems(page) {
  return page.evaluate((textRoles) => {
    const nodes = window.otbasy.snapshot();
    const problems = [];
    const els = new Map();
    for (const el of document.querySelectorAll("#a11y [data-id]")) {
      if (els.has(el.dataset.id)) problems.push(`two elements for ${el.dataset.id}`);
      els.set(el.dataset.id, el);
    }
    const ids = new Set(nodes.map((n) => n.id));
    for (const id of els.keys()) if (!ids.has(id)) problems.push(`stale element ${id}: "${els.get(id).textContent}"`);
    nodes.forEach((n, i) => {
      const el = els.get(n.id);
      if (!el) return problems.push(`no element for ${n.id}`);
      if (textRoles.includes(n.role) && el.textContent !== n.label)
        problems.push(`${n.id}: mirror "${el.textContent}" ≠ canvas "${n.label}"`);
      if (n.role === "textbox") {
        if (el.getAttribute("aria-label") !== n.label) problems.push(`${n.id}: field named "${el.getAttribute("aria-label")}"`);
        if (document.activeElement !== el && el.value !== n.value) problems.push(`${n.id}: value "${el.value}" ≠ "${n.value}"`);
      }
      if (["group", "radiogroup", "list", "table", "dialog", "img"].includes(n.role) && n.label &&
          el.getAttribute("aria-label") !== n.label)
        problems.push(`${n.id}: named "${el.getAttribute("aria-label")}" ≠ "${n.label}"`);
      const described = el.getAttribute("aria-describedby");
      const desc = described ? document.getElementById(described)?.textContent ?? null : "";
      if ((n.description || "") !== desc) problems.push(`${n.id}: description "${desc}" ≠ "${n.description}"`);
      if (n.at != null) {
        // An inline run: inside its text's element, where the text says.
        const parent = els.get(nodes[n.parent].id);
        if (el.parentElement !== parent) problems.push(`${n.id}: not inside ${nodes[n.parent].id}`);
        let before = "";
        for (let c = parent.firstChild; c && c !== el; c = c.nextSibling) before += c.textContent;
        if (before.length !== n.at) problems.push(`${n.id}: at ${before.length} in the mirror, ${n.at} on the canvas`);
      } else if (n.parent >= 0 && n.role !== "dialog" && el.parentElement !== els.get(nodes[n.parent].id)) {
        problems.push(`${n.id}: not inside ${nodes[n.parent].id}`);
      }
      void i;
    });
    return problems;
  }, TEXT_ROLES);
}

// What the mirror puts on the page that a person could see or touch: no point of the viewport may reach a mirror
// element under the pointer (the focused field's <input>, shown over its field, aside), and with the canvas hidden
// the page must be its background alone (a list's markers or a box would show over the canvas). Returns problems.
export async function mirrorFootprint(page) {
  const problems = await page.evaluate(() => {
    const root = document.getElementById("a11y"), found = new Set();
    for (let y = 2; y < innerHeight; y += 10) {
      for (let x = 2; x < innerWidth; x += 10) {
        const el = document.elementFromPoint(x, y);
        if (el && root.contains(el) && el !== document.activeElement)
          found.add(`a pointer at ${x},${y} reaches the mirror's ${el.dataset.id || el.tagName}`);
      }
    }
    return [...found].slice(0, 5);
  });
  // A browser may hand back the last frame it composited before the canvas was hidden (WebKit does, now and
  // then): wait for two rendering updates, then take screenshots until two in a row are the same picture.
  const painted = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate(() => { document.getElementById("canvas").style.visibility = "hidden"; });
  let shot = null;
  for (let i = 0; i < 6; i++) {
    await painted();
    const next = Buffer.from(await page.screenshot());
    if (shot && next.equals(shot)) break;
    shot = next;
  }
  const { width, height, rgba } = decodePng(shot);
  await page.evaluate(() => { document.getElementById("canvas").style.visibility = ""; });
  const count = new Map();
  for (let i = 0; i < width * height * 4; i += 4) {
    const c = rgba.readUInt32BE(i);
    count.set(c, (count.get(c) || 0) + 1);
  }
  const [background] = [...count.entries()].sort((a, b) => b[1] - a[1])[0];
  for (let i = 0; i < width * height * 4 && problems.length < 10; i += 4) {
    if (rgba.readUInt32BE(i) !== background) {
      const p = i / 4;
      problems.push(`with the canvas hidden, (${p % width}, ${Math.floor(p / width)}) in the screenshot is not the background`);
      i += 4 * width;  // one report per line at most
    }
  }
  return problems;
}

// axe-core on the whole page; returns the violations (id, impact, how many nodes, where).
export async function axe(page) {
  const loaded = await page.evaluate(() => typeof window.axe === "object");
  if (!loaded) await page.evaluate(LOAD_AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
                                      where: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
}

// The focused element's node id (in the page or in its frame), "" when focus is outside the mirror.
export async function focusedId(frame) {
  return frame.evaluate(() => {
    const a = document.activeElement;
    return a && a.closest && a.closest("#a11y") && a.dataset.id ? a.dataset.id : "";
  });
}

// Presses Tab (or Shift+Tab) until the focused node satisfies `want` (a node id, a RegExp or a function of the
// node); returns the node. Fails after `limit` presses. Every stop on the way must be a control drawn on screen.
export async function tabTo(page, want, { back = false, limit = 80, frame = page } = {}) {
  const test = typeof want === "string" ? (n) => n.id === want : want instanceof RegExp ? (n) => want.test(n.id) : want;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const id = await focusedId(frame);
    if (!id) throw new Error(`Tab ${i + 1} landed on no node of the app (${await frame.evaluate(() => document.activeElement?.outerHTML?.slice(0, 80))})`);
    await appShowsFocus(frame, id);
    const n = await expectInView(frame, id, `Tab ${i + 1}`);
    if (test(n)) return n;
  }
  throw new Error(`no Tab stop matched ${want} after ${limit} presses`);
}

// The focused node must be a control drawn on screen: a size, and inside the viewport once the app has scrolled it
// into view (an element the person cannot see never holds focus). Returns the node.
export async function expectInView(frame, id, what) {
  const n = (await snapshot(frame)).find((x) => x.id === id);
  if (!n || !(n.rect[2] > 0 && n.rect[3] > 0)) throw new Error(`${what} landed on ${id}, which is not drawn`);
  await frame.waitForFunction((want) => {
    const m = window.otbasy.snapshot().find((x) => x.id === want);
    return m && m.rect[1] >= 0 && m.rect[1] + m.rect[3] <= innerHeight + 0.5 && m.rect[0] >= 0 && m.rect[0] + m.rect[2] <= innerWidth + 0.5;
  }, id, { timeout: 5000 }).catch(() => { throw new Error(`${what} landed on ${id}, which stays out of view`); });
  return (await snapshot(frame)).find((x) => x.id === id);
}

// Waits until the app has drawn the focus where the page's focus is (the ring follows a Tab within a few frames).
export async function appShowsFocus(frame, id, timeout = 5000) {
  await frame.waitForFunction((want) => window.otbasy.snapshot().some((n) => n.id === want && n.state.includes("focused")),
                              id, { timeout }).catch(() => { throw new Error(`the app does not show focus on ${id}`); });
}

// Types into the focused field (node `id`) and waits until the app holds what the field's <input> holds.
export async function typeInto(page, id, text, frame = page) {
  await page.keyboard.type(text);
  await frame.waitForFunction((want) => {
    const a = document.activeElement;
    const n = window.otbasy.snapshot().find((x) => x.id === want);
    return a && n && a.tagName === "INPUT" && n.value === a.value;
  }, id, { timeout: 5000 });
  await waitIdle(frame);
}

// Presses a key and waits until the app has drawn what it did.
export async function press(page, key, frame = page) {
  await page.keyboard.press(key);
  await waitIdle(frame);
}

// The node with keyboard focus must be this view's heading (the h1, or the question of a guide step).
export async function expectFocusOnHeading(frame, assert, what) {
  const id = await focusedId(frame);
  if (id) await appShowsFocus(frame, id);
  const nodes = await snapshot(frame);
  const n = nodes.find((x) => x.id === id);
  assert.ok(n, `${what}: focus is on a node of the app (${id})`);
  assert.equal(n.role, "heading", `${what}: focus is on a heading, not ${id}`);
  assert.ok(n.state.includes("focused"), `${what}: the app draws the focus on ${id}`);
  const tag = await frame.evaluate(() => document.activeElement.tagName);
  assert.match(tag, /^H[1-6]$/, `${what}: the focused element is a heading element`);
  return n;
}

// The screens of the app, in an order where each is reached from the one before by setup actions (what is tested
// is the screen, not how it was reached), starting from a freshly opened app: going on from screen to screen is
// also what once left an earlier screen's text in the mirror. Each entry: [name, async (page) => {…}].
export function screens() {
  const home = (page) => act(page, "nav.home");
  const walk = (topic, pick) => async (page) => {
    await home(page);
    await act(page, "home.open_guide");
    // The guide opens where the person left it (a step, or the review of the answers): from there, "all topics"
    // leads to the list.
    if ((await snapshot(page)).some((n) => n.id === "guide.review.close")) await act(page, "guide.review.close");
    if (!(await snapshot(page)).some((n) => n.id === `guide.topic.${topic}`)) await act(page, "guide.topics");
    await act(page, `guide.topic.${topic}`);
    for (let i = 0; i < 40; i++) {
      const nodes = await snapshot(page);
      if (nodes.some((n) => n.id === "guide.result.title")) return;
      const options = nodes.filter((n) => n.id.startsWith("guide.option."));
      if (options.length) await act(page, pick(options).id);
      else await act(page, "guide.continue");
    }
    throw new Error(`no result for ${topic}`);
  };
  return [
    ["home", async () => {}],
    ["home search", async (page) => { await act(page, "home.search", "алимент"); }],
    ["settings", async (page) => { await act(page, "nav.settings"); }],
    ["about", async (page) => { await home(page); await act(page, "home.about"); }],
    ["guide topics", async (page) => { await home(page); await act(page, "home.open_guide"); }],
    ["guide question", async (page) => { await act(page, "guide.topic.unpaid_alimony"); }],
    ["guide question with a glossary term", async (page) => {
      // The review's B1 path: unpaid alimony → "I am owed" → "a court decision" → a question with a term.
      for (let i = 0; i < 2; i++) {
        const o = (await snapshot(page)).find((n) => n.id.startsWith("guide.option."));
        if (o) await act(page, o.id);
      }
    }],
    ["guide result", walk("child_alimony", (o) => o[0])],
    ["glossary card", async (page) => {
      const term = (await snapshot(page)).find((n) => n.role === "link" && n.id.includes(".term."));
      await act(page, term.id);
    }],
    ["guide review", async (page) => { await act(page, "card.close"); await act(page, "guide.review_open"); }],
    ["guide result (unpaid alimony)", walk("unpaid_alimony", (o) => o[0])],
    ["guide result (divorce, last answers)", walk("divorce", (o) => o[o.length - 1])],
    ["estimator", async (page) => { await home(page); await act(page, "home.open_estimator"); }],
    ["estimator with a result", async (page) => {
      await act(page, "estimator.income.0.amount", "400 000");
      await act(page, "estimator.order.0.children", "2");
    }],
    ["arrears with a schedule", async (page) => {
      await home(page);
      await act(page, "home.open_arrears");
      await act(page, "arrears.from", "01.2025");
      await act(page, "arrears.monthly_due", "100 000");
      await act(page, "arrears.payment.add");
      await act(page, "arrears.payment.0.date", "15.03.2025");
      await act(page, "arrears.payment.0.amount", "50 000");
    }],
  ];
}

// A screenshot's pixels: an 8-bit RGB or RGBA PNG (what every engine's screenshot is) decoded to RGBA.
export function decodePng(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG");
  let width = 0, height = 0, channels = 0;
  const idat = [];
  for (let at = 8; at < buf.length;) {
    const len = buf.readUInt32BE(at), type = buf.toString("latin1", at + 4, at + 8), data = buf.subarray(at + 8, at + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error("only 8-bit, non-interlaced PNGs");
      channels = { 2: 3, 6: 4 }[data[9]];
      if (!channels) throw new Error(`PNG colour type ${data[9]}`);
    } else if (type === "IDAT") idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels, px = Buffer.alloc(stride * height), rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? px[y * stride + x - channels] : 0, b = y ? px[(y - 1) * stride + x] : 0;
      const c = x >= channels && y ? px[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      px[y * stride + x] = v & 255;
    }
  }
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    rgba[i * 4] = px[j]; rgba[i * 4 + 1] = px[j + 1]; rgba[i * 4 + 2] = px[j + 2];
    rgba[i * 4 + 3] = channels === 4 ? px[j + 3] : 255;
  }
  return { width, height, rgba };
}
