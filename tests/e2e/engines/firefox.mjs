// Firefox ESR (Debian's /usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi, no geckodriver. It runs
// with a window on the X display the runner started: headless Firefox has no WebGL on this kind of machine. One
// browser per test file and a fresh browser context (cookies, storage, service workers) per session.
import puppeteer from "puppeteer-core";
import { pageTab, reportProblems } from "./common.mjs";

export const name = "firefox";

export const caps = {
  display: true,
  viewport: { minWidth: 1 },
  dpr: true,               // browsingContext.setViewport takes a devicePixelRatio
  touch: true,             // taps arrive as touch events (BiDi touch pointer actions)...
  touchDevice: false,      // ...but the page does not see a touch screen (maxTouchPoints 0, no ontouchstart)
  cdp: false,
  route: false,
  serviceWorkers: true,    // allowed per context; 127.0.0.1 counts as a secure origin
  blockServiceWorkers: false, // no per-context switch: the harness opens the app with ?sw=0 instead
  nativeProblems: true,    // console, page errors, failed requests and responses come over BiDi
  accessibleRoles: false,
  windowSizing: true,
};

const PREFS = {
  "browser.shell.checkDefaultBrowser": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "toolkit.telemetry.reportingpolicy.firstRun": false,
  "browser.startup.homepage_override.mstone": "ignore",
  "app.update.disabledForTesting": true,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "media.autoplay.default": 0,
};

// Playwright's key names ("Control+A") → puppeteer's presses, modifiers held around the key.
async function pressKey(keyboard, combo) {
  const parts = combo.split("+");
  const key = parts.pop() || "+";
  for (const m of parts) await keyboard.down(m);
  await keyboard.press(key);
  for (const m of parts.reverse()) await keyboard.up(m);
}

export async function launch() {
  if (!process.env.DISPLAY) throw new Error("firefox needs an X display: run the suite through tests/e2e/run.mjs");
  const browser = await puppeteer.launch({
    browser: "firefox", protocol: "webDriverBiDi", executablePath: "/usr/bin/firefox-esr", headless: false,
    extraPrefsFirefox: PREFS, args: ["--no-remote"],
  });
  return {
    version: await browser.version(),
    native: browser,
    async newSession({ viewport, dpr }, report) {
      const context = await browser.createBrowserContext();
      const open = async () => {
        const page = await context.newPage();
        await page.setViewport({ width: viewport.width, height: viewport.height, deviceScaleFactor: dpr });
        reportProblems(page, report);
        return pageTab(page, {
          waitForFunction: (fn, arg, timeout) => page.waitForFunction(fn, { timeout, polling: 50 }, arg),
          tap: (x, y) => page.touchscreen.tap(x, y),
          press: (key) => pressKey(page.keyboard, key),
          setViewport: (width, height) => page.setViewport({ width, height, deviceScaleFactor: dpr }),
        });
      };
      const first = await open();
      return { ...first, nativeContext: context, newTab: open, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}
