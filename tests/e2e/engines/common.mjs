// What the Chromium (playwright-core) and Firefox (puppeteer-core) adapters share: both drivers name their page
// events and most page calls alike.

// Console errors, uncaught errors, failed requests and HTTP errors of one page, reported as lines.
export function reportProblems(page, report, consoleText = (m) => m.text()) {
  page.on("console", (m) => { if (m.type() === "error") report(`console: ${consoleText(m)}`); });
  page.on("pageerror", (e) => report(`page error: ${e.message}`));
  page.on("requestfailed", (r) => report(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) report(`HTTP ${r.status()}: ${r.url()}`); });
}

// The adapter's tab over a playwright or puppeteer Page; `own` holds the calls in which the two differ.
export function pageTab(page, own) {
  return {
    native: page,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    back: () => page.goBack().catch(() => null),
    url: async () => page.url(),
    title: () => page.title(),
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    type: (text) => page.keyboard.type(text),
    focus: (selector) => page.focus(selector),
    screenshot: (path) => page.screenshot({ path }),
    close: () => page.close(),
    ...own,
  };
}
