// The browser's zip module (build/web/zip.js + zip.wasm, built with Emscripten from Debian's zlib sources) under
// node: it packs entries that an independent reader (python3's zipfile) unpacks to the same bytes, deflated, with
// the given date, and the same entries give the same archive twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const WEB = process.env.OTBASY_WEB_BUILD || new URL("../../build/web", import.meta.url).pathname;

async function pack(entries, [y, m, d]) {
  const OtbasyZip = createRequire(import.meta.url)(join(WEB, "zip.js"));
  const z = await OtbasyZip();
  const enc = new TextEncoder();
  z._otbasy_zip_begin(y, m, d);
  for (const [name, text] of entries) {
    const n = enc.encode(name + "\0"), b = enc.encode(text);
    const pn = z._malloc(n.length), pb = z._malloc(Math.max(1, b.length));
    z.HEAPU8.set(n, pn);
    z.HEAPU8.set(b, pb);
    z._otbasy_zip_add(pn, pb, b.length);
    z._free(pn);
    z._free(pb);
  }
  const p = z._otbasy_zip_finish();
  assert.ok(p, "the archive was written");
  const bytes = z.HEAPU8.slice(p, p + z._otbasy_zip_size());
  z._otbasy_zip_clear();
  return bytes;
}

test("zip module: entries come back byte for byte through an independent reader", async () => {
  const entries = [["[Content_Types].xml", "<Types/>"], ["word/document.xml", "Қазақша мәтін — русский текст ".repeat(500)],
                   ["empty.txt", ""]];
  const bytes = await pack(entries, [2026, 3, 2]);
  assert.deepEqual([...bytes.slice(0, 4)], [0x50, 0x4b, 0x03, 0x04], "a zip local file header");
  const dir = mkdtempSync(join(tmpdir(), "otbasy-zip-"));
  const file = join(dir, "a.zip");
  writeFileSync(file, bytes);
  const out = JSON.parse(execFileSync("/usr/bin/python3", ["-c", `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps([[i.filename, z.read(i).decode(), i.compress_type, list(i.date_time[:3])] for i in z.infolist()]))
`, file]).toString());
  assert.deepEqual(out.map((e) => [e[0], e[1]]), entries);
  assert.ok(out.every((e) => e[2] === 8), "every entry deflated");
  assert.deepEqual(out[0][3], [2026, 3, 2], "the document's date on the entries");
  assert.ok(bytes.length < 2000, `repetitive text is compressed (${bytes.length} bytes)`);
  assert.deepEqual(await pack(entries, [2026, 3, 2]), bytes, "the same entries give the same archive");
});
