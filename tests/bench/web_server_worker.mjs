// The page benchmark's file server (tools/serve.mjs) on a thread of its own: the benchmark's main thread is busy
// driving the browser, and a server sharing its event loop would answer late, adding to every request of a chain.
// Sends gzip only (each file's zopfli .gz copy) and reports every response: {url, bytes, status}.
import { parentPort, workerData } from "node:worker_threads";
import { serve } from "../../tools/serve.mjs";

const server = await serve(workerData.dir, 0, "127.0.0.1", {
  headers: workerData.headers,
  log: (e) => parentPort.postMessage({ log: { url: e.url, bytes: e.bytes, status: e.status } }),
});
server.prependListener("request", (req) => { req.headers["accept-encoding"] = "gzip"; });
parentPort.postMessage({ port: server.address().port });
