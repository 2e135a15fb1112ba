// A static file server for dist/ on 127.0.0.1 only, sending what docs/DEPLOY.md asks of a court's web server:
// correct MIME types (application/wasm), the precompressed .br/.gz copies by Accept-Encoding (or gzip made on the
// fly for a dist/ without them), a year's `immutable` caching for content-hashed files and `no-cache` for the entry
// points (index.html, sw.js, the text guide's pages), ETags, and the security headers. Used by `tools/serve.sh` and
// the browser tests. Node built-ins only.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".wasm": "application/wasm",
  ".ttf": "font/ttf", ".svg": "image/svg+xml", ".webmanifest": "application/manifest+json", ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".webmanifest", ".ttf", ".txt"]);

// The headers of docs/DEPLOY.md (and docs/deploy/nginx.conf, apache.conf). `frameAncestors` names who may embed the
// app: 'self' here; a court adds its portal's origin.
export function securityHeaders({ frameAncestors = "'self'" } = {}) {
  return {
    "Content-Security-Policy":
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
      "connect-src 'self'; font-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; " +
      "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types otbasy; " +
      `frame-ancestors ${frameAncestors}`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
}

// Content-hashed names (app.3f2a9c1b0d.wasm, written by tools/make_dist.py) never change content.
export const HASHED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;
export function cacheControl(path) {
  return HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

async function exists(file) {
  try { return (await stat(file)).isFile(); } catch { return false; }
}

// options: {log(entry), headers: {…} added to every response, frameAncestors, precompressed: false to ignore .br/.gz}
export function serve(root, port = 0, host = "127.0.0.1", options = {}) {
  root = resolve(root);
  const server = createServer(async (req, res) => {
    const entry = { method: req.method, url: req.url, status: 404, bytes: 0, encoding: "" };
    try {
      const url = new URL(req.url, "http://localhost");
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith("/")) path += "index.html";
      const file = join(root, path);
      if (!file.startsWith(root + "/")) throw new Error("outside root");
      const st = await stat(file);
      if (!st.isFile()) throw new Error("not a file");
      const ext = extname(file);
      const accept = req.headers["accept-encoding"] || "";
      let body = null, encoding = "";
      if (COMPRESSIBLE.has(ext) && options.precompressed !== false) {
        if (/\bbr\b/.test(accept) && await exists(file + ".br")) { body = await readFile(file + ".br"); encoding = "br"; }
        else if (/\bgzip\b/.test(accept) && await exists(file + ".gz")) { body = await readFile(file + ".gz"); encoding = "gzip"; }
      }
      if (!body) {
        body = await readFile(file);
        if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accept) && body.length > 1024) {
          body = gzipSync(body, { level: 9 });
          encoding = "gzip";
        }
      }
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}${encoding ? "-" + encoding : ""}"`;
      const headers = {
        "Content-Type": TYPES[ext] || "application/octet-stream",
        "Cache-Control": cacheControl(path),
        "ETag": etag,
        ...securityHeaders(options),
        // embed.js is written for other sites' pages to load (docs/EMBED.md); every other file stays same-origin.
        ...(path === "/embed.js" ? { "Cross-Origin-Resource-Policy": "cross-origin" } : {}),
        ...(options.headers || {}),
      };
      if (COMPRESSIBLE.has(ext)) headers["Vary"] = "Accept-Encoding";
      if (encoding) headers["Content-Encoding"] = encoding;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, headers);
        res.end();
        Object.assign(entry, { status: 304, encoding });
        return;
      }
      headers["Content-Length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      Object.assign(entry, { status: 200, bytes: req.method === "HEAD" ? 0 : body.length, encoding });
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...securityHeaders(options) });
      res.end("not found");
    } finally {
      options.log?.(entry);
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

// node tools/serve.mjs DIR [PORT]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "build/web/dist", port = "8080"] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  const { port: p } = server.address();
  console.log(`Otbasy Komek is served at http://127.0.0.1:${p}/  (Ctrl+C to stop)`);
}
