// A static file server for dist/ on 127.0.0.1 only: correct MIME types (application/wasm), gzip when the
// browser accepts it, no caching headers that would hide a new build. Used by `tools/serve.sh` and the browser
// tests. Node built-ins only.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".wasm": "application/wasm",
  ".ttf": "font/ttf", ".svg": "image/svg+xml", ".webmanifest": "application/manifest+json", ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export function serve(root, port = 0, host = "127.0.0.1") {
  root = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith("/")) path += "index.html";
      const file = join(root, path);
      if (!file.startsWith(root)) throw new Error("outside root");
      const st = await stat(file);
      if (!st.isFile()) throw new Error("not a file");
      let body = await readFile(file);
      const headers = {
        "Content-Type": TYPES[extname(file)] || "application/octet-stream",
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      };
      if (/\bgzip\b/.test(req.headers["accept-encoding"] || "") && body.length > 1024) {
        body = gzipSync(body, { level: 9 });
        headers["Content-Encoding"] = "gzip";
        headers["Vary"] = "Accept-Encoding";
      }
      headers["Content-Length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found");
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
