// Documents in a real browser: a court order typed in Kazakh and in Russian, shown, printed to PDF through the
// browser's own print of the document page (its text read back with poppler's pdftotext: selectable, A4, the
// court, the parties, the share) and downloaded as .docx (read back with python3-docx); bad input shows messages
// under the fields in the person's language and keeps what was typed; the templates, the engine and the zip code
// are fetched only when needed; nothing of the person reaches a URL, a request or storage.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { act, caps, openApp, shot, snapshot, start, stop, waitIdle } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

const byId = (nodes, id) => nodes.find((n) => n.id === id);

// A birth date and ИИН that stay in the past whatever day the test runs (the document is dated today).
const PEOPLE = {
  claimant: { name: "Асқарова Айгүл Болатқызы", iin: "880315412341", address: "Астана, Кенесары 40-12" },
  defendant: { name: "Асқаров Ерлан Маратұлы", iin: "850722356780", address: "Астана, Абая 10-5" },
  child: { name: "Асқарова Амина Ерланқызы", birth: "12.04.2018" },
};

async function waitFor(page, id, timeout = 60_000) {
  await page.waitForFunction((i) => window.otbasy.snapshot().some((n) => n.id === i), id, { timeout });
  await waitIdle(page);
}

// Whether a URL is this build's file `plain` ("docs.wasm"), under its plain or content-hashed name
// ("docs.3f2a9c1b0d.wasm", tools/make_dist.py).
function isFile(url, plain) {
  const dot = plain.lastIndexOf(".");
  const stem = plain.slice(0, dot).replace(/[.]/g, "\\."), ext = plain.slice(dot + 1);
  return new RegExp(`/${stem}(\\.[0-9a-f]{10})?\\.${ext}$`).test(new URL(url).pathname);
}

function resources(page) {
  return page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
}

async function typeCourtOrder(page) {
  await act(page, "home.open_documents");
  await waitFor(page, "doc.type.court_order");
  await act(page, "doc.type.court_order");
  await act(page, "doc.court.astana");
  await act(page, "doc.claimant.name", PEOPLE.claimant.name);
  await act(page, "doc.claimant.iin", PEOPLE.claimant.iin);
  await act(page, "doc.claimant.address", PEOPLE.claimant.address);
  await act(page, "doc.defendant.name", PEOPLE.defendant.name);
  await act(page, "doc.defendant.iin", PEOPLE.defendant.iin);
  await act(page, "doc.defendant.address", PEOPLE.defendant.address);
  await act(page, "doc.children.0.name", PEOPLE.child.name);
  await act(page, "doc.children.0.birth_date", PEOPLE.child.birth);
  await act(page, "doc.parent_recorded");
  await act(page, "doc.estimate.income.monthly", "400 000");
}

const plain = (s) => s.replace(/[\u00a0\u202f\u2009]/g, " ");

for (const lang of ["kk", "ru"]) {
  test(`documents: a court order in ${lang} is printed to PDF with selectable text and saved as .docx`, async (t) => {
    const { page, context, problems } = await openApp(env, { query: `?lang=${lang}` });
    const before = await resources(page);
    for (const lazy of ["documents.json", "docs.js", "docs.wasm", "zip.js", "zip.wasm", "documents.js"])
      assert.ok(!before.some((u) => isFile(u, lazy)), `${lazy} is not part of the first visit`);

    await typeCourtOrder(page);
    const loaded = await resources(page);
    assert.ok(loaded.some((u) => isFile(u, "documents.json")) && loaded.some((u) => isFile(u, "docs.wasm")),
              "the templates and the engine arrive when a document is opened");
    assert.ok(!loaded.some((u) => isFile(u, "zip.wasm")), "the zip code only when a .docx is saved");
    await act(page, "doc.show");
    await waitFor(page, "doc.preview.request.order");
    let nodes = await snapshot(page);
    assert.ok(byId(nodes, "doc.preview.request.order").label.includes(lang === "kk" ? "төрттен бір" : "1/4"),
              "the share for one child");
    assert.ok(byId(nodes, "doc.preview.claimant").label.includes(PEOPLE.claimant.name));
    await page.screenshot({ path: shot(`document-preview-${lang}-1280x800.png`) });

    // Print: the browser's own print of a page built from the document (the dialog is replaced, then the page is
    // printed to PDF with the print styles, as "Save as PDF" does).
    await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
    await act(page, "doc.print");
    await page.waitForFunction(() => window.__printed === 1 && document.getElementById("otbasy-print"), null,
                               { timeout: 30_000 });
    // The print page: real text, hidden on screen, in the document's language.
    const printed = await page.evaluate(() => {
      const el = document.getElementById("otbasy-print");
      return { lang: el.lang, text: el.textContent, shown: getComputedStyle(el).display };
    });
    assert.equal(printed.lang, lang);
    assert.equal(printed.shown, "none", "on screen the print page is hidden");
    for (const want of [PEOPLE.claimant.name, PEOPLE.claimant.iin, PEOPLE.child.name])
      assert.ok(printed.text.includes(want), `the print page holds "${want}"`);
    if (!caps.cdp) {
      assert.deepEqual(problems, []);
      await context.close();
      return t.skip(`${caps.engine}: printing to PDF (page.pdf) and reading downloads need Chromium's protocol`);
    }
    const dir = mkdtempSync(join(tmpdir(), "otbasy-doc-"));
    const pdfPath = join(dir, `court-order-${lang}.pdf`);
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
    // Lines wrap where the page ends them: words are compared with single spaces.
    const text = plain(execFileSync("pdftotext", [pdfPath, "-"]).toString()).replace(/\s+/g, " ");
    const info = execFileSync("pdfinfo", [pdfPath]).toString();
    assert.match(info, /Page size:.*\(A4\)/, "an A4 page");
    for (const want of [PEOPLE.claimant.name, PEOPLE.claimant.iin, PEOPLE.defendant.name, PEOPLE.child.name,
                        "12.04.2018", lang === "kk" ? "СҰРАЙМЫН" : "ПРОШУ", lang === "kk" ? "Астана қаласының" : "города Астаны"])
      assert.ok(text.includes(want), `the PDF's text holds "${want}"`);
    assert.ok(!/Отбасы көмек|Otbasy Komek/.test(text), "the app's own page is not printed, only the document");

    // Download .docx: zipped in the page by the zip module, read back by python3-docx.
    const [download] = await Promise.all([page.native.waitForEvent("download"), act(page, "doc.docx")]);
    const docxPath = join(dir, await download.suggestedFilename());
    await download.saveAs(docxPath);
    assert.ok(docxPath.endsWith(".docx"));
    const docxText = plain(execFileSync("/usr/bin/python3", ["-c", `
import sys, docx
d = docx.Document(sys.argv[1])
print("\\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]))
print("A4" if abs(d.sections[0].page_width.mm - 210) < 1 else "not A4")
`, docxPath]).toString());
    for (const want of [PEOPLE.claimant.name, PEOPLE.claimant.iin, PEOPLE.defendant.name, "A4"])
      assert.ok(docxText.includes(want), `the .docx holds "${want}"`);
    assert.ok((await resources(page)).some((u) => isFile(u, "zip.wasm")));

    // Nothing of the person in the URL, in a request or in storage.
    const urls = [page.url(), ...(await resources(page))].join("\n");
    for (const secret of [PEOPLE.claimant.iin, encodeURIComponent(PEOPLE.claimant.name), "Кенесары"])
      assert.ok(!urls.includes(secret), `"${secret}" never in a URL`);
    const stored = await page.evaluate(() => JSON.stringify([Object.keys(localStorage), Object.keys(sessionStorage)]));
    assert.equal(stored, "[[],[]]", "nothing stored");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("documents: bad input shows messages under the fields in the person's language and keeps the text", async () => {
  const { page, context, problems } = await openApp(env, { query: "?lang=ru" });
  await typeCourtOrder(page);
  await act(page, "doc.claimant.iin", "880315412342");
  await act(page, "doc.defendant.name", "");
  await act(page, "doc.children.0.birth_date", "01.01.2099");
  await act(page, "doc.show");
  let nodes = await snapshot(page);
  const alert = (id) => byId(nodes, id + ".error");
  assert.match(alert("doc.claimant.iin")?.label ?? "", /контрольная/i, "a wrong check digit, said in Russian");
  assert.ok(alert("doc.defendant.name"), "an empty name");
  assert.ok(alert("doc.children.0.birth_date"), "a birth date in the future");
  assert.equal(byId(nodes, "doc.claimant.iin").value, "880315412342", "the wrong ИИН is kept to be corrected");
  assert.equal(byId(nodes, "doc.claimant.name").value, PEOPLE.claimant.name, "nothing else is lost");
  assert.ok(!byId(nodes, "doc.preview.request.order"), "no document from bad input");
  // The accessible mirror ties the message to the field.
  const invalid = await page.evaluate(() => document.querySelector('[data-id="doc.claimant.iin"]')?.getAttribute("aria-invalid"));
  assert.equal(invalid, "true");
  // Kazakh: the same message in Kazakh.
  await act(page, "nav.language.0");
  await waitFor(page, "doc.claimant.iin.error");
  nodes = await snapshot(page);
  assert.match(alert("doc.claimant.iin").label, /бақылау/i, "in Kazakh");
  assert.equal(byId(nodes, "doc.claimant.iin").value, "880315412342", "kept across the language switch");
  await page.screenshot({ path: shot("document-bad-input-kk-1280x800.png") });
  assert.deepEqual(problems, []);
  await context.close();
});
