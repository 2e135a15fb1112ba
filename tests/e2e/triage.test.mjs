// The situation box in a real browser, in Kazakh and in Russian: a person clicks the box and types their situation
// into the real <input> with real key events; the classifier is downloaded only then; the app shows the topic and
// the facts it understood; the guide opens at the step the CLI says those words lead to, with the same answers
// chosen and listed; a sentence about violence brings the help numbers before anything else; nothing the person typed
// leaves the page. Written against the harness's calls only (openApp, act, snapshot, waitIdle, mouse, keyboard), so it
// runs on every engine; the check of request bodies needs playwright's request events (Chromium only).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { act, caps, openApp, shot, snapshot, start, stop, waitIdle } from "./harness.mjs";

let env;
const served = [];  // every request the app's server answered: method, address
before(async () => { env = await start({ serve: { log: (e) => served.push(e) } }); });
after(async () => { await stop(env); });

const CLI = process.env.OTBASY_CLI || new URL("../../build/native/otbasy-cli", import.meta.url).pathname;
const byId = (nodes, id) => nodes.find((n) => n.id === id);

// Clicks the box on the canvas, waits for the platform's <input> to take the focus, and types with real keys.
async function typeSituation(page, text) {
  const box = byId(await snapshot(page), "triage.text");
  assert.ok(box, "the situation box is on screen");
  const [x, y, w, h] = box.rect;
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === "otbasy-edit", null,
                             { timeout: 10_000 });
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");  // Enter reads at once (a pause in typing would too)
}

async function waitFor(page, id, timeout = 30_000) {
  await page.waitForFunction((i) => window.otbasy.snapshot().some((n) => n.id === i), id, { timeout });
  await waitIdle(page);
  return snapshot(page);
}

const modelRequests = (page) =>
  page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /triage-model/.test(e.name)).length);

// Nothing leaves the device: after the person typed, the only request is the classifier's file, fetched by its name
// with GET; no address the page asked for (on this site or any other) holds a word of the text, and (Chromium,
// which reports request bodies to playwright) no request carries a body.
function wordsOf(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
}
async function assertNothingSent(page, text, since, sent) {
  const words = wordsOf(text);
  const carries = (url) => {
    let u = url;
    try { u = decodeURIComponent(url); } catch { /* keep it raw */ }
    u = u.toLowerCase();
    return words.find((w) => u.includes(w));
  };
  const after = served.slice(since);
  assert.ok(after.length >= 1, "the classifier was fetched from this site");
  for (const e of after) {
    assert.ok(e.method === "GET" || e.method === "HEAD", `${e.method} ${e.url}: only files are fetched`);
    assert.ok(/^\/triage-model\.[0-9a-f]+\.bin$/.test(new URL(e.url, env.base).pathname),
              `${e.url}: typing fetches the classifier and nothing else`);
    assert.equal(carries(e.url), undefined, `${e.url} holds a word of the text`);
  }
  const origin = new URL(env.base).origin;
  for (const url of await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))) {
    assert.equal(new URL(url).origin, origin, `${url}: a request to another site`);
    assert.equal(carries(url), undefined, `${url} holds a word of the text`);
  }
  for (const r of sent) {
    assert.equal(new URL(r.url).origin, origin, `${r.url}: a request to another site`);
    assert.equal(carries(r.url), undefined, `${r.url} holds a word of the text`);
    assert.equal(r.body, null, `${r.method} ${r.url} carries a body`);
  }
}
// Chromium reports every request with its body (other engines have no such event through the harness).
function recordRequests(page) {
  const sent = [];
  if (caps.engine === "chromium")
    page.on("request", (r) => sent.push({ url: r.url(), method: r.method(), body: r.postData() }));
  return sent;
}

const cases = {
  kk: { text: "бұрынғы күйеуім алимент төлемейді, сот шешімі бар", topic: "unpaid_alimony" },
  ru: { text: "бывший муж не платит алименты полгода, решение суда есть, приставы, он скрывается",
        topic: "unpaid_alimony" },
};

for (const [lang, c] of Object.entries(cases)) {
  test(`situation box in ${lang}: typed words open the guide at the right step with the answers chosen`, async () => {
    const { page, context, problems } = await openApp(env, { query: `?lang=${lang}` });
    await waitIdle(page);
    assert.equal(await modelRequests(page), 0, "the classifier is not downloaded before the box is used");
    const since = served.length, sent = recordRequests(page);
    await typeSituation(page, c.text);
    let nodes = await waitFor(page, `triage.topic.${c.topic}`);
    assert.equal(await modelRequests(page), 1, "the classifier is downloaded once, when the box is used");
    assert.equal(byId(nodes, "triage.text").value, c.text, "the box holds what was typed");
    const best = byId(nodes, `triage.topic.${c.topic}`);
    assert.ok(best.state.includes("selected"), "the likely topic is the one chosen");
    assert.ok(nodes.some((n) => n.id.startsWith("triage.fact.") && n.state.includes("checked")), "facts are listed");
    await page.screenshot({ path: shot(`triage-${lang}-1280x800.png`) });
    await assertNothingSent(page, c.text, since, sent);

    // The CLI reads the same words the same way: the answers the guide must open with.
    const out = JSON.parse(execFileSync(CLI, ["triage", "--lang", lang, c.text]).toString());
    assert.equal(out.topics[0].topic, c.topic);
    assert.ok(out.answers.length >= 1, "the words settle at least one answer");

    await act(page, "triage.open");
    nodes = await snapshot(page);
    const step = nodes.find((n) => n.id.startsWith("guide.node."));
    assert.ok(step, "a guide step is on screen");
    assert.ok(byId(nodes, "triage.prefilled"), "the guide says answers were chosen from the words");
    // Every answer the CLI gives is chosen and listed in the review, where each can be changed.
    await act(page, "triage.review");
    nodes = await snapshot(page);
    for (const a of out.answers) {
      assert.ok(byId(nodes, `guide.review.${a.node}`), `the review lists ${a.node}`);
      assert.ok(byId(nodes, `guide.review.${a.node}.change`), `${a.node} can be changed`);
    }
    await act(page, "guide.review.close");
    // Back goes to the last chosen answer, still marked.
    await act(page, "guide.back");
    nodes = await snapshot(page);
    const last = out.answers[out.answers.length - 1];
    assert.ok(byId(nodes, `guide.node.${last.node}`), `Back shows ${last.node}`);
    assert.ok(byId(nodes, `guide.option.${last.option}`).state.includes("selected"), "its answer is kept");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

const danger = {
  kk: "күйеуім мені ұрады, балаларға алимент төлемейді",
  ru: "муж бьет меня и угрожает, алименты на детей не платит",
};
for (const [lang, text] of Object.entries(danger)) {
  test(`situation box in ${lang}: words about violence bring the help numbers first, and the page goes idle`, async () => {
    const { page, context, problems } = await openApp(env, { query: `?lang=${lang}` });
    await waitIdle(page);
    const since = served.length, sent = recordRequests(page);
    await typeSituation(page, text);
    const nodes = await waitFor(page, "triage.understood");
    const order = (id) => nodes.findIndex((n) => n.id === id);
    assert.ok(order("triage.safety") >= 0, "the help panel is shown");
    assert.ok(order("triage.safety") < order("triage.understood"), "before the topics");
    for (const id of ["triage.safety.emergency_112.call", "triage.safety.police_102.call",
                      "triage.safety.contact_centre_111.call"])
      assert.ok(byId(nodes, id), `${id} is offered`);
    assert.match(byId(nodes, "triage.safety.emergency_112.call").label, /112/);
    // Nothing keeps drawing once the text is read.
    const a = await page.evaluate(() => window.otbasy.frames);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.otbasy.frames), a, "an idle page draws no frames");
    await page.screenshot({ path: shot(`triage-safety-${lang}-1280x800.png`) });
    await assertNothingSent(page, text, since, sent);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
