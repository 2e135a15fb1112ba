// Chromium (Debian's /usr/bin/chromium) through playwright-core: headless, WebGL2 on SwiftShader, one browser per
// test file and a fresh context (storage, cache, service workers) per session.
import { chromium } from "playwright-core";
import { pageTab, reportProblems } from "./common.mjs";

const ARGS = [
  "--headless=new", "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

export const name = "chromium";

// What this engine can do here. Every test that needs one of these says so with t.skip(reason) elsewhere.
export const caps = {
  display: false,          // runs headless, needs no X server
  viewport: { minWidth: 1 },
  dpr: true,               // any devicePixelRatio per session
  touch: true,             // taps as touch events, in a session opened with touch: true...
  touchDevice: true,       // ...which is a touch screen to the page (maxTouchPoints, ontouchstart, pointer: coarse)
  cdp: true,               // Chrome DevTools Protocol (throttling, axe through CDP, coverage...)
  route: true,             // intercepting requests by URL pattern
  serviceWorkers: true,    // a session may allow them; blocked per context otherwise
  blockServiceWorkers: true,
  nativeProblems: true,    // console errors, page errors and failed requests come from the protocol
  accessibleRoles: true,   // page.getByRole and other playwright locators (the session's native page)
  windowSizing: true,      // the viewport can change during a session
  contextOptions: true,    // any other playwright context option (isMobile, locale, permissions)
};

export async function launch() {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  return {
    version: browser.version(),
    native: browser,
    async newSession({ viewport, dpr, serviceWorkers, touch, contextOptions = {} }, report) {
      const context = await browser.newContext({
        viewport, deviceScaleFactor: dpr, hasTouch: !!touch, serviceWorkers: serviceWorkers ? "allow" : "block",
        ...contextOptions,
      });
      const open = async () => {
        const page = await context.newPage();
        // Chromium's "Failed to load resource" names the URL only in the message's location.
        reportProblems(page, report, (m) => `${m.text()}${m.location()?.url ? ` (${m.location().url})` : ""}`);
        return pageTab(page, {
          waitForFunction: (fn, arg, timeout) => page.waitForFunction(fn, arg, { timeout }),
          tap: (x, y) => page.touchscreen.tap(x, y),
          press: (key) => page.keyboard.press(key),
          setViewport: (width, height) => page.setViewportSize({ width, height }),
        });
      };
      const first = await open();
      return { ...first, nativeContext: context, newTab: open, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}
