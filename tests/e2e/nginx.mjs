// The deployment of docs/DEPLOY.md for real: Debian's nginx serves dist/ with docs/deploy/nginx.conf included as it
// is, the headers are checked against tools/serve.mjs's (the same set), the precompressed copies are served by
// Accept-Encoding, and then the core of the browser suite runs against that server (OTBASY_BASE_URL).
// usage: node tests/e2e/nginx.mjs   (OTBASY_DIST as for the browser tests)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { cacheControl, securityHeaders } from "../../tools/serve.mjs";
import { DIST } from "./harness.mjs";

const HERE = new URL(".", import.meta.url).pathname;
const SNIPPET = new URL("../../docs/deploy/nginx.conf", import.meta.url).pathname;
const BUILD = JSON.parse(readFileSync(join(DIST, "build.json"), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "otbasy-nginx-"));
const port = 21000 + Math.floor(Math.random() * 20000);
const brotli = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
writeFileSync(join(dir, "nginx.conf"), `
${existsSync(brotli) ? `load_module ${brotli};` : ""}
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    access_log ${dir}/access.log;
    server {
        listen 127.0.0.1:${port};
        root ${DIST};
        include ${SNIPPET};
    }
}
`);
const nginx = spawn("/usr/sbin/nginx", ["-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "inherit" });
const base = `http://127.0.0.1:${port}/`;
let status = 1;
try {
  for (let i = 0; i < 100; i++) {
    try { await fetch(base + "sw.js"); break; } catch { await new Promise((ok) => setTimeout(ok, 100)); }
  }
  // The headers: the same set as tools/serve.mjs sends, on the page, a hashed file, a guide page and a 404.
  const want = securityHeaders();
  for (const [path, encoding] of [["", "br"], [BUILD.files["app.wasm"], "br"], [BUILD.files["app.js"], "gzip"],
                                  ["guide/ru/divorce.html", "gzip"], ["sw.js", ""], ["no-such-file", ""]]) {
    const r = await fetch(base + path, { headers: { "Accept-Encoding": encoding || "identity" } });
    for (const [k, v] of Object.entries(want)) assert.equal(r.headers.get(k), v, `${path || "/"}: ${k}`);
    if (r.status === 404) continue;
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get("cache-control"), cacheControl(path || "index.html"), `${path}: Cache-Control`);
    const raw = readFileSync(join(DIST, path || "index.html"));
    if (raw.length > 1024 && encoding) {
      assert.equal(r.headers.get("content-encoding"), encoding, `${path}: the precompressed copy`);
      assert.equal(Number(r.headers.get("content-length")), readFileSync(join(DIST, (path || "index.html") + (encoding === "br" ? ".br" : ".gz"))).length);
    }
    // fetch() decodes: the bytes are the file's.
    assert.ok(Buffer.from(await r.arrayBuffer()).equals(raw), `${path}: the same bytes`);
    const etag = r.headers.get("etag");
    const again = await fetch(base + path, { headers: { "If-None-Match": etag, "Accept-Encoding": encoding || "identity" } });
    assert.equal(again.status, 304, `${path}: revalidated without a download`);
  }
  console.log(`nginx ${base}: headers, precompressed copies and revalidation as docs/DEPLOY.md says`);
  const run = spawnSync(process.execPath, ["--test", "--test-concurrency=1", join(HERE, "app.test.mjs"),
                        join(HERE, "flows.test.mjs"), join(HERE, "hardening.test.mjs")],
                        { stdio: "inherit", env: { ...process.env, OTBASY_BASE_URL: base } });
  status = run.status;
} catch (e) {
  console.error(e);
  status = 1;
} finally {
  nginx.kill("SIGTERM");
  await new Promise((ok) => nginx.once("exit", ok));
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
