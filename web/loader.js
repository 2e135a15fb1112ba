// The loader: fetches the asset bundle and the fonts while app.wasm compiles, then starts main(). It also defines
// window.otbasy — the app's small JavaScript surface (snapshot, act, frame count) — and the quick exit.
// Nothing here talks to any server but the one that served this page.
(function () {
  "use strict";

  var params = new URLSearchParams(location.search);
  var langs = ["kk", "ru", "en"];
  var lang = params.get("lang");
  if (langs.indexOf(lang) < 0) {
    // Kazakh first; Russian when the browser asks for it. English only when chosen (?lang=en or the switch).
    lang = (navigator.language || "").slice(0, 2) === "ru" ? "ru" : "kk";
  }
  document.documentElement.lang = lang;

  // Where the quick exit goes: a neutral, everyday site. Replaces this page in the history.
  var NEUTRAL_URL = "https://www.google.kz/";

  var otbasy = (window.otbasy = {
    ready: false,
    frames: 0,
    lang: lang,
    assets: null,
    fonts: null,
    snapshot: function () {
      if (!otbasy.ready) return [];
      return JSON.parse(Module.UTF8ToString(Module._otbasy_snapshot()));
    },
    act: function (id, value) {
      if (!otbasy.ready) return false;
      var a = allocString(String(id)), b = allocString(value == null ? "" : String(value));
      Module._otbasy_act(a, b);
      Module._free(a);
      Module._free(b);
      return true;
    },
    onLang: function (code) {
      otbasy.lang = code;
    },
    quickExit: function () {
      try { localStorage.clear(); } catch (e) {}
      try { sessionStorage.clear(); } catch (e) {}
      document.title = "";
      document.body.innerHTML = "";
      location.replace(otbasy.neutralUrl || NEUTRAL_URL);
    },
  });

  function allocString(s) {
    var n = Module.lengthBytesUTF8(s) + 1;
    var p = Module._malloc(n);
    Module.stringToUTF8(s, p, n);
    return p;
  }

  var bar = document.getElementById("loader-progress");
  var steps = 0;
  function step() {
    steps += 1;
    if (bar) bar.style.width = Math.min(100, 10 + steps * 22) + "%";
  }
  function showFallback() {
    var f = document.getElementById("loader-fallback");
    if (f) f.hidden = false;
  }
  var fallbackTimer = setTimeout(showFallback, 8000);
  function fail(what) {
    console.error("Otbasy Komek could not start: " + what);
    showFallback();
  }

  function fetchOk(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      step();
      return r;
    });
  }
  var data = Promise.all([
    fetchOk("assets.json").then(function (r) { return r.json(); }),
    fetchOk("fonts/otbasy-sans-Regular.ttf").then(function (r) { return r.arrayBuffer(); }),
    fetchOk("fonts/otbasy-sans-Bold.ttf").then(function (r) { return r.arrayBuffer(); }),
  ]);

  var runtimeReady = false, dataReady = false, started = false;
  function maybeStart() {
    if (started || !runtimeReady || !dataReady) return;
    started = true;
    step();
    clearTimeout(fallbackTimer);
    Module.callMain([]);
  }

  window.Module = {
    otbasy: otbasy,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.error(t); },
    onRuntimeInitialized: function () { runtimeReady = true; step(); maybeStart(); },
    onAbort: function (what) { fail("aborted: " + what); },
  };

  data.then(function (parts) {
    otbasy.assets = parts[0];
    otbasy.fonts = { regular: new Uint8Array(parts[1]), bold: new Uint8Array(parts[2]) };
    dataReady = true;
    maybeStart();
  }).catch(function (e) { fail(String(e)); });

  var script = document.createElement("script");
  script.src = "app.js";
  script.onerror = function () { fail("app.js did not load"); };
  document.body.appendChild(script);

  // Offline after the first visit. A new version waits until every tab of the old one is closed.
  if ("serviceWorker" in navigator && location.protocol !== "file:" && params.get("sw") !== "0") {
    navigator.serviceWorker.register("sw.js").catch(function () {});
  }

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && otbasy.ready) Module._otbasy_redraw();
  });
})();
