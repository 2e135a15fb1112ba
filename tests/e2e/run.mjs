// Runs the browser suite on one engine: node tests/e2e/run.mjs <chromium|firefox|webkit> [test files...]
// Engines that need a display (Firefox: headless has no WebGL here; WebKit's MiniBrowser) get an X server of their
// own: Xvfb picks a free display number itself (-displayfd), so two runs in parallel never share or race for one.
// OTBASY_DISPLAY=:N uses an existing display instead. Prints the run's wall time.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const [engine = "chromium", ...files] = process.argv.slice(2);
process.env.OTBASY_ENGINE = engine;
const { caps } = await import(`./engines/${engine}.mjs`);

const tests = files.length ? files : readdirSync(here).filter((f) => f.endsWith(".test.mjs")).sort().map((f) => join(here, f));

function startXvfb() {
  return new Promise((ok, fail) => {
    const x = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1920x1200x24", "-nolisten", "tcp",
                             "-noreset"], { stdio: ["ignore", "ignore", "pipe", "pipe"] });
    let out = "", err = "";
    x.stderr.on("data", (d) => { err = (err + d).slice(-2000); });
    x.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) ok({ proc: x, display: `:${out.trim()}` });
    });
    x.once("exit", (code) => fail(new Error(`Xvfb exited (${code}): ${err}`)));
    x.once("error", fail);
  });
}

const t0 = Date.now();
let xvfb = null;
const env = { ...process.env };
if (caps.display) {
  if (process.env.OTBASY_DISPLAY) env.DISPLAY = process.env.OTBASY_DISPLAY;
  else {
    xvfb = await startXvfb();
    env.DISPLAY = xvfb.display;
  }
  // MiniBrowser and Firefox talk to a session bus and an accessibility bus when they find one: keep them apart.
  env.NO_AT_BRIDGE = "1";
  delete env.DBUS_SESSION_BUS_ADDRESS;
}

const child = spawn(process.execPath, ["--test", "--test-concurrency=1", ...tests], { stdio: "inherit", env });
const stopAll = (signal) => {
  child.kill(signal);
  xvfb?.proc.kill();
};
process.on("SIGTERM", () => stopAll("SIGTERM"));
process.on("SIGINT", () => stopAll("SIGINT"));
const code = await new Promise((r) => child.on("exit", (c, s) => r(c ?? (s ? 1 : 0))));
if (xvfb) {
  xvfb.proc.removeAllListeners("exit");
  xvfb.proc.kill();
}
console.log(`# e2e.${engine}: ${tests.length} files in ${((Date.now() - t0) / 1000).toFixed(1)} s${env.DISPLAY && caps.display ? ` on display ${env.DISPLAY}` : ""}`);
process.exit(code);
