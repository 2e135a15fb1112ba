// WebKit (the engine of Safari) as WebKitGTK's MiniBrowser, driven by selenium-webdriver through WebKitWebDriver
// (classic WebDriver: WebKitGTK 2.50's driver speaks no BiDi). One driver process per test file on a free port,
// one WebDriver session — a MiniBrowser process with its own ephemeral storage — per app session. Needs an X
// display (the runner starts one).
//
// Classic WebDriver has no console or network events: the harness serves a small probe script with the page (see
// probe.js) that records errors, failed requests and requests to other origins inside the page, and the adapter
// collects them after every command.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { writeFile } from "node:fs/promises";
import { Builder, Key, Origin } from "selenium-webdriver";

export const name = "webkit";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

export const caps = {
  display: true,
  // MiniBrowser's toolbar keeps its window at least this wide (measured: a 390 px request gives 447 px).
  viewport: { minWidth: 448 },
  dpr: false,              // devicePixelRatio is the display's (1 under Xvfb); WebDriver cannot emulate another
  touch: false,            // WebKitGTK's driver has no touch input source
  touchDevice: false,
  cdp: false,
  route: false,
  serviceWorkers: true,    // registered and controlling after a reload, per session (ephemeral storage)
  blockServiceWorkers: false, // no switch: the harness opens the app with ?sw=0 instead
  nativeProblems: false,   // collected by the in-page probe instead
  accessibleRoles: false,
  windowSizing: true,      // by resizing the window (toolbar height measured and added)
};

const KEYS = {
  Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB, Backspace: Key.BACK_SPACE, Delete: Key.DELETE,
  ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT,
  Home: Key.HOME, End: Key.END, PageUp: Key.PAGE_UP, PageDown: Key.PAGE_DOWN, Space: " ",
  Control: Key.CONTROL, Shift: Key.SHIFT, Alt: Key.ALT, Meta: Key.META,
};
const keyOf = (k) => KEYS[k] ?? (k.length === 1 ? k : (() => { throw new Error(`webkit: unknown key ${k}`); })());

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

// Starts WebKitWebDriver on a free port; retries when another run took the port meanwhile.
async function startDriver() {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const proc = spawn("/usr/bin/WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"],
                       { stdio: ["ignore", "ignore", "pipe"], env: process.env });
    let log = "";
    proc.stderr.on("data", (d) => { log = (log + d).slice(-4000); });
    const url = `http://127.0.0.1:${port}`;
    const t0 = Date.now();
    while (Date.now() - t0 < 10_000 && proc.exitCode === null) {
      const up = await fetch(`${url}/status`).then((r) => r.ok, () => false);
      if (up) return { proc, url, log: () => log };
      await new Promise((r) => setTimeout(r, 100));
    }
    proc.kill();
  }
  throw new Error("WebKitWebDriver did not start");
}

// Runs fn(arg) in the page (a function or an expression string), awaits it, and returns [result, probe problems].
function script(fn) {
  const body = typeof fn === "function" ? `(${fn.toString()})(arg)` : `(${fn})`;
  return `const arg = arguments[0];
    return (async () => {
      const result = await ${body};
      const probe = window.__otbasyProbe;
      return [result === undefined ? null : result, probe ? probe.drain() : []];
    })();`;
}

export async function launch() {
  if (!process.env.DISPLAY) throw new Error("webkit needs an X display: run the suite through tests/e2e/run.mjs");
  const service = await startDriver();
  let version = "";
  return {
    get version() { return version; },
    native: service,
    async newSession({ viewport, dpr }, report) {
      if (dpr !== 1) throw new Error(`webkit: devicePixelRatio ${dpr} cannot be emulated (caps.dpr is false)`);
      const driver = await new Builder().usingServer(service.url).withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
      }).build();
      version = (await driver.getCapabilities()).get("browserVersion");
      let current = await driver.getWindowHandle();
      const run = async (handle, fn, arg) => {
        if (current !== handle) { await driver.switchTo().window(handle); current = handle; }
        const [result, problems] = await driver.executeScript(script(fn), arg ?? null);
        for (const p of problems) report(p);
        return result;
      };
      const drain = async (handle) => { try { await run(handle, "undefined"); } catch { /* page gone */ } };
      // The window includes MiniBrowser's toolbar: measure it once and add it. A resize reaches the page a little
      // later, so the size is read until it holds still.
      let chrome = [0, 0];
      const setViewport = async (width, height) => {
        if (width < caps.viewport.minWidth) throw new Error(`webkit: the window cannot be ${width} px wide (caps.viewport.minWidth)`);
        let seen = null;
        for (let attempt = 0; attempt < 4; attempt++) {
          await driver.manage().window().setRect({ x: 0, y: 0, width: width + chrome[0], height: height + chrome[1] });
          for (let i = 0, still = 0; i < 80 && still < 3; i++) {
            const now = await driver.executeScript("return [innerWidth, innerHeight, outerWidth, outerHeight]");
            still = seen && now.every((v, k) => v === seen[k]) ? still + 1 : 0;
            seen = now;
            await new Promise((r) => setTimeout(r, 25));
          }
          if (seen[0] === width && seen[1] === height) return;
          chrome = [seen[2] - seen[0], seen[3] - seen[1]];
        }
        throw new Error(`webkit: asked for a ${width}×${height} viewport, got ${seen[0]}×${seen[1]}`);
      };
      const tab = (handle) => {
        const select = async () => {
          if (current !== handle) { await driver.switchTo().window(handle); current = handle; }
        };
        return {
          native: driver,
          evaluate: (fn, arg) => run(handle, fn, arg),
          waitForFunction: async (fn, arg, timeout) => {
            const t0 = Date.now();
            for (;;) {
              const v = await run(handle, fn, arg);
              if (v) return v;
              if (Date.now() - t0 > timeout) throw new Error(`webkit: waitForFunction timed out after ${timeout} ms`);
              await new Promise((r) => setTimeout(r, 50));
            }
          },
          goto: async (url) => { await drain(handle); await select(); await driver.get(url); },
          reload: async () => { await drain(handle); await select(); await driver.navigate().refresh(); },
          back: async () => { await drain(handle); await select(); await driver.navigate().back(); },
          url: async () => { await select(); return driver.getCurrentUrl(); },
          title: async () => { await select(); return driver.getTitle(); },
          click: async (x, y) => {
            await select();
            await driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
              .press().release().perform();
            await drain(handle);
          },
          move: async (x, y) => {
            await select();
            await driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).perform();
          },
          tap: () => { throw new Error("webkit: WebKitWebDriver has no touch input"); },
          press: async (combo) => {
            await select();
            const parts = combo.split("+");
            const key = keyOf(parts.pop() || "+");
            const mods = parts.map(keyOf);
            let a = driver.actions({ async: true });
            for (const m of mods) a = a.keyDown(m);
            a = a.keyDown(key).keyUp(key);
            for (const m of mods.reverse()) a = a.keyUp(m);
            await a.perform();
            await drain(handle);
          },
          type: async (text) => {
            await select();
            let a = driver.actions({ async: true });
            for (const ch of text) a = a.keyDown(ch).keyUp(ch);
            await a.perform();
            await drain(handle);
          },
          focus: (selector) => run(handle, (s) => { document.querySelector(s).focus(); }, selector),
          screenshot: async (path) => {  // written to `path` when given; the PNG's bytes either way
            await select();
            const png = Buffer.from(await driver.takeScreenshot(), "base64");
            if (path) await writeFile(path, png);
            return png;
          },
          setViewport: async (w, h) => { await select(); await setViewport(w, h); },
          close: async () => { await drain(handle); await select(); await driver.close(); current = null; },
        };
      };
      await setViewport(viewport.width, viewport.height);
      const first = tab(current);
      const handles = [current];
      return {
        ...first,
        nativeContext: driver,
        newTab: async () => {
          await driver.switchTo().newWindow("tab");
          current = await driver.getWindowHandle();
          handles.push(current);
          return tab(current);
        },
        close: async () => {
          for (const h of handles) await drain(h);
          await driver.quit();
        },
      };
    },
    close: async () => {
      service.proc.kill();
      await new Promise((r) => (service.proc.exitCode !== null ? r() : service.proc.once("exit", r)));
    },
  };
}
