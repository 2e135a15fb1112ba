// The loader: fetches the asset bundle and the fonts while app.wasm compiles, then starts main(). It also defines
// window.otbasy — the app's small JavaScript surface (snapshot, act, frame count) — and the quick exit.
// Nothing here talks to any server but the one that served this page.
(function () {
  "use strict";

  var params = new URLSearchParams(location.search);
  var langs = ["kk", "ru", "en"];
  var lang = params.get("lang");
  // A session handed over by this tab's previous page across an update (see takeHandover): its language wins.
  var handover = takeHandover();
  if (handover && langs.indexOf(handover.lang) >= 0) lang = handover.lang;
  if (langs.indexOf(lang) < 0) {
    // Kazakh first; Russian when the browser asks for it. English only when chosen (?lang=en or the switch).
    lang = (navigator.language || "").slice(0, 2) === "ru" ? "ru" : "kk";
  }
  document.documentElement.lang = lang;
  // A starting topic (an embedding page or a link may ask for one); the app ignores ids it does not know.
  var topic = /^[a-z0-9_]{1,64}$/.test(params.get("topic") || "") ? params.get("topic") : "";
  // Inside a frame (a court portal embedding the app): the embedding page gets the height and the quick exit.
  var framed = window.parent !== window;

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
      // Cut before it is copied into wasm memory (fields take at most 256 characters, a saved file 1 MB).
      var text = value == null ? "" : String(value);
      var cap = id === "guide.load_file" ? 1000000 : 65536;
      if (text.length > cap) text = text.slice(0, cap);
      var a = allocString(String(id)), b = allocString(text);
      Module._otbasy_act(a, b);
      Module._free(a);
      Module._free(b);
      return true;
    },
    // The app switched language: fetch that language's bundle if needed, then let the app reload its content
    // (the guide session and everything typed are kept).
    onLang: function (code) {
      otbasy.lang = code;
      if (otbasy.bundleLang === code) return;
      loadBundle(code).then(function (bundle) {
        if (otbasy.lang !== code) return;  // switched again meanwhile
        otbasy.assets = bundle;
        otbasy.bundleLang = code;
        Module._otbasy_reload();
        otbasy.keepLanguage();
      }).catch(function (e) { console.error("language bundle: " + e); });
    },
    quickExit: quickExit,
    topic: topic,
  });

  // [SECTION] Quick exit: blank the page, step back over the app's history entries (Back from the neutral site
  // must not return here), replace the page. In a frame: tell the embedding page, or replace the top window.
  var exiting = false;
  function quickExit() {
    if (exiting) return;
    exiting = true;
    var url = otbasy.neutralUrl || NEUTRAL_URL;
    window.removeEventListener("beforeunload", onBeforeUnload);
    try { localStorage.clear(); } catch (e) {}
    try { sessionStorage.clear(); } catch (e) {}
    try { window.name = ""; } catch (e) {}
    document.title = "";
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    var depth = historyIndex, done = false;
    function leave() {
      if (done) return;
      done = true;
      if (framed) {
        toHost({ type: "otbasy:quick-exit", url: url });
        if (!hostSeen) {
          // A plain <iframe> (no embed.js): replace the top window where the sandbox allows it.
          try { window.top.location.replace(url); return; } catch (e) {}
        } else {
          return;  // the embedding page replaces itself
        }
      }
      location.replace(url);
    }
    if (depth > 0) {
      window.addEventListener("popstate", leave);
      history.go(-depth);
      setTimeout(leave, 300);  // if the browser did not step back (nothing to step over), leave anyway
    } else {
      leave();
    }
  }

  // [SECTION] History: one entry per screen or guide step, holding only a serial number (the places stay in the
  // app's memory; nothing about the person is in the address).
  var RUN = Math.random().toString(36).slice(2);
  var historyIndex = 0, selfBack = false;
  otbasy.history = function (kind, serial, index) {
    historyIndex = index;
    var state = { otbasy: RUN, serial: serial };
    if (kind === 0) history.replaceState(state, "");
    else if (kind === 1) { history.pushState(state, ""); toHost({ type: "otbasy:navigated" }); }
    else if (kind === 2) { selfBack = true; history.back(); toHost({ type: "otbasy:navigated" }); }
  };
  window.addEventListener("popstate", function (e) {
    if (exiting || !otbasy.ready) return;
    if (selfBack) { selfBack = false; return; }  // the app stepped back itself and is there already
    var st = e.state;
    historyIndex = Module._otbasy_history(st && st.otbasy === RUN ? st.serial : -1);
    toHost({ type: "otbasy:navigated" });
  });

  // [SECTION] Leaving asks first, only while there are unsaved answers.
  function onBeforeUnload(e) {
    e.preventDefault();
    e.returnValue = "";
    return "";
  }
  otbasy.setUnsaved = function (unsaved) {
    if (unsaved) window.addEventListener("beforeunload", onBeforeUnload);
    else window.removeEventListener("beforeunload", onBeforeUnload);
  };

  // [SECTION] The embedding page (web/embed.js): gets the height and "navigated"; tells what its sandbox allows.
  var hostSeen = false, hostOrigin = "*", lastHeight = 0;
  function toHost(message) {
    if (framed) {
      try { window.parent.postMessage(message, hostOrigin); } catch (e) {}
    }
  }
  otbasy.contentHeight = function (h) {
    lastHeight = h;
    toHost({ type: "otbasy:height", height: h });
  };
  window.addEventListener("message", function (e) {
    if (!framed || e.source !== window.parent || !e.data || e.data.type !== "otbasy:host") return;
    hostSeen = true;
    hostOrigin = e.origin && e.origin !== "null" ? e.origin : "*";
    var allowsDownloads = e.data.downloads !== false;
    if (otbasy.ready) Module._otbasy_host(allowsDownloads ? 1 : 0);
    else document.addEventListener("otbasy:ready", function () { Module._otbasy_host(allowsDownloads ? 1 : 0); });
    toHost({ type: "otbasy:height", height: lastHeight });
  });
  document.addEventListener("otbasy:ready", function () { toHost({ type: "otbasy:ready" }); });

  // [SECTION] Text entry: a real <input> over the field being edited, limited to the field's length. Dates are text
  // typed dd.mm.yyyy on a digits keyboard (a native date control would follow the browser's language), dots added.
  var edit = null, editId = "", editMode = "";
  // "150" → "15.0", "15.032" → "15.03.2": a dot goes in before the third and the fifth digit when none was typed.
  function dateDots(v) {
    return v.replace(/^(\d{2})(\d)$/, "$1.$2").replace(/^(\d{2}\.\d{2})(\d)$/, "$1.$2");
  }
  otbasy.editText = function (id, value, x, y, w, h, mode, maxLength) {
    if (!edit) {
      edit = document.createElement("input");
      edit.id = "otbasy-edit";
      edit.type = "text";
      edit.autocomplete = "off";
      edit.spellcheck = false;
      edit.addEventListener("input", function (e) {
        if (!editId) return;
        if (editMode === "date" && e.inputType === "insertText" && edit.selectionStart === edit.value.length) {
          var f = dateDots(edit.value);
          if (f !== edit.value) edit.value = f;
        }
        otbasy.act(editId, edit.value);
      });
      edit.addEventListener("keydown", function (e) {
        // Enter or Escape that commits or cancels an IME's composition belongs to the IME (Safari reports it as
        // keyCode 229 after the composition has ended): the field stays open.
        if (e.isComposing || e.keyCode === 229) return;
        if (e.key === "Enter" || e.key === "Escape" || e.key === "Tab") {
          e.preventDefault();
          endEdit(true);
          if (e.key === "Tab") Module._otbasy_tab(e.shiftKey ? 1 : 0);  // on to the next control, as in a form
        }
      });
      edit.addEventListener("blur", function () { endEdit(false); });
      document.body.appendChild(edit);
    }
    var fresh = editId !== id;
    editId = id;
    editMode = mode;
    edit.inputMode = mode === "decimal" ? "decimal" : mode === "numeric" || mode === "date" ? "numeric" : "text";
    edit.maxLength = maxLength > 0 ? maxLength : 256;
    var field = otbasy.snapshot().find(function (n) { return n.id === id; });
    edit.setAttribute("aria-label", field ? field.label : id);
    if (field && field.description) edit.setAttribute("aria-description", field.description);
    else edit.removeAttribute("aria-description");
    edit.style.left = x + "px";
    edit.style.top = y + "px";
    edit.style.width = w + "px";
    edit.style.height = h + "px";
    // The canvas's text size, never under 16 px (phones zoom in on smaller inputs).
    edit.style.fontSize = Math.max(16, Math.round(h / 3)) + "px";
    edit.hidden = false;
    if (fresh) {
      edit.value = value;
      edit.focus({ preventScroll: true });
      edit.setSelectionRange(edit.value.length, edit.value.length);
    }
  };
  otbasy.editHide = function () {
    if (edit) edit.hidden = true;
    editId = "";
  };
  function endEdit(refocusCanvas) {
    if (!editId) return;
    editId = "";
    edit.hidden = true;
    Module._otbasy_edit_end();
    if (refocusCanvas) document.getElementById("canvas").focus({ preventScroll: true });
  }

  // [SECTION] The accessible mirror: a hidden DOM rebuilt from the semantic tree, so screen readers, text-to-speech
  // and browser find-in-page see the canvas's content; its buttons and fields act on the app.
  var a11yRoot = null, a11yPending = false, a11yEls = {};
  otbasy.treeChanged = function () {
    if (a11yPending) return;
    a11yPending = true;
    setTimeout(function () { a11yPending = false; syncA11y(); }, 0);
  };
  function tagFor(n) {
    switch (n.role) {
      case "heading": return "h" + Math.min(6, Math.max(1, parseInt(n.value || "2", 10) || 2));
      case "paragraph": return "p";
      case "button": case "radio": case "checkbox": case "switch": case "link": return "button";
      case "textbox": return "input";
      case "list": return "ul";
      case "listitem": return "li";
      case "main": return "main";
      case "banner": return "header";
      default: return "div";
    }
  }
  function syncA11y() {
    a11yRoot = a11yRoot || document.getElementById("a11y");
    if (!a11yRoot || !otbasy.ready) return;
    var nodes = otbasy.snapshot();
    var els = {}, parents = [], placed = new Map();  // parent element → the child placed last in this pass
    nodes.forEach(function (n, i) {
      var tag = tagFor(n);
      var el = a11yEls[n.id];
      if (!el || el.tagName.toLowerCase() !== tag) {
        el = document.createElement(tag);
        el.dataset.id = n.id;
        if (tag === "button") el.addEventListener("click", function () { otbasy.act(this.dataset.id, ""); });
        if (tag === "input") el.addEventListener("change", function () { otbasy.act(this.dataset.id, this.value); });
      }
      if (["table", "row", "cell", "columnheader", "alert", "status", "dialog", "img", "group", "radio", "checkbox", "switch",
           "link"].indexOf(n.role) >= 0) el.setAttribute("role", n.role === "group" ? "group" : n.role);
      var isLeaf = ["heading", "paragraph", "cell", "columnheader", "alert", "status"].indexOf(n.role) >= 0;
      if (tag === "button") el.textContent = n.label;
      else if (isLeaf && !nodes.some(function (c) { return c.parent === i; })) el.textContent = n.label;
      if (n.label && !isLeaf) el.setAttribute("aria-label", n.label); else el.removeAttribute("aria-label");
      if (n.description) el.setAttribute("aria-description", n.description); else el.removeAttribute("aria-description");
      if (tag === "input" && document.activeElement !== el) el.value = n.value;
      var st = n.state || [];
      if (n.role === "radio" || n.role === "checkbox" || n.role === "switch")
        el.setAttribute("aria-checked", st.indexOf("checked") >= 0 ? "true" : "false");
      if (st.indexOf("expanded") >= 0) el.setAttribute("aria-expanded", "true");
      else if (n.role === "button") el.removeAttribute("aria-expanded");
      if (st.indexOf("invalid") >= 0) el.setAttribute("aria-invalid", "true"); else el.removeAttribute("aria-invalid");
      if (st.indexOf("disabled") >= 0) el.setAttribute("aria-disabled", "true"); else el.removeAttribute("aria-disabled");
      if (st.indexOf("current") >= 0) el.setAttribute("aria-current", "step"); else el.removeAttribute("aria-current");
      els[n.id] = el;
      parents[i] = el;
      // Move an element only when it is out of place, so that focus inside the mirror survives a redraw.
      var parent = n.parent >= 0 ? parents[n.parent] : a11yRoot;
      var prev = placed.get(parent) || null;
      var want = prev ? prev.nextElementSibling : parent.firstElementChild;
      if (el.parentNode !== parent || want !== el) parent.insertBefore(el, want);
      placed.set(parent, el);
    });
    // Remove what is no longer on screen.
    Object.keys(a11yEls).forEach(function (id) {
      if (!els[id] && a11yEls[id].parentNode) a11yEls[id].parentNode.removeChild(a11yEls[id]);
    });
    a11yEls = els;
  }

  function allocString(s) {
    var n = Module.lengthBytesUTF8(s) + 1;
    var p = Module._malloc(n);
    Module.stringToUTF8(s, p, n);
    return p;
  }

  // [SECTION] Loading. index.html names this build's files (content-hashed, see tools/make_dist.py); app.js is a
  // static <script defer> after this one and starts compiling app.wasm at once, while the bundle and fonts arrive.
  var FILES = {};
  try { FILES = JSON.parse(document.querySelector('meta[name="otbasy-files"]').content); } catch (e) {}
  var BUILD = (document.querySelector('meta[name="otbasy-build"]') || {}).content || "dev";
  function fileUrl(name) { return FILES[name] || name; }

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
  var started = false;
  function fail(what) {
    if (started) {
      // The app had started and then stopped (out of memory, a bug): say so, and offer a reload and the text version.
      console.error("Otbasy Komek stopped: " + what);
      showStopped();
      return;
    }
    console.error("Otbasy Komek could not start: " + what);
    showFallback();
  }
  var STOPPED = {
    kk: ["Қосымша тоқтап қалды.", "Бетті қайта жүктеу", "Мәтіндік нұсқасы"],
    ru: ["Приложение остановилось.", "Перезагрузить страницу", "Текстовая версия"],
    en: ["The app has stopped.", "Reload the page", "Text version"],
  };
  function showStopped() {
    if (document.getElementById("otbasy-stopped")) return;
    var t = STOPPED[otbasy.lang] || STOPPED.kk;
    var box = document.createElement("div");
    box.id = "otbasy-stopped";
    box.setAttribute("role", "alert");
    box.lang = otbasy.lang;
    var p = document.createElement("p");
    p.textContent = t[0];
    var reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = t[1];
    reload.addEventListener("click", function () { location.reload(); });
    var text = document.createElement("a");
    text.href = "guide/" + otbasy.lang + "/index.html";
    text.textContent = t[2];
    box.append(p, reload, " ", text);
    document.body.appendChild(box);
    reload.focus();
  }

  function fetchOk(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      step();
      return r;
    });
  }
  var bundles = {};
  function loadBundle(code) {
    if (!bundles[code]) {
      bundles[code] = fetchOk(fileUrl("assets-" + code + ".json")).then(function (r) { return r.json(); });
      bundles[code].catch(function () { delete bundles[code]; });  // offline now: try again on the next switch
    }
    return bundles[code];
  }
  var data = Promise.all([
    loadBundle(lang),
    fetchOk(fileUrl("fonts/otbasy-sans-Regular.ttf")).then(function (r) { return r.arrayBuffer(); }),
    fetchOk(fileUrl("fonts/otbasy-sans-Bold.ttf")).then(function (r) { return r.arrayBuffer(); }),
  ]);

  var runtimeReady = false, dataReady = false;
  function maybeStart() {
    if (started || !runtimeReady || !dataReady) return;
    started = true;
    step();
    clearTimeout(fallbackTimer);
    Module.callMain([]);
    if (handover) deliver("handover", handover.text);  // before the first frame: no flash of an empty screen
  }

  window.Module = {
    otbasy: otbasy,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.error(t); },
    locateFile: function (path) { return fileUrl(path); },
    onRuntimeInitialized: function () { runtimeReady = true; step(); maybeStart(); },
    onAbort: function (what) { fail("aborted: " + what); },
  };

  data.then(function (parts) {
    otbasy.assets = parts[0];
    otbasy.bundleLang = lang;
    otbasy.fonts = { regular: new Uint8Array(parts[1]), bold: new Uint8Array(parts[2]) };
    dataReady = true;
    maybeStart();
  }).catch(function (e) { fail(String(e)); });

  // app.js is a static tag (no script.src: the page runs with Trusted Types required); a failed download shows
  // up here, as an error event on the element, caught on its way down.
  window.addEventListener("error", function (e) {
    var el = e.target;
    if (el && el.tagName === "SCRIPT" && /(^|\/)app\.[^/]*js$/.test(el.src || "")) fail("app.js did not load");
  }, true);

  // [SECTION] Messages to the app (a waiting update, the offline copy, a session handed over), delivered once the
  // app has drawn its first frame.
  var toApp = [];
  function tellApp(name, value) {
    if (otbasy.ready) deliver(name, value); else toApp.push([name, value]);
  }
  function deliver(name, value) {
    var a = allocString(name), b = allocString(value);
    Module._otbasy_platform_event(a, b);
    Module._free(a);
    Module._free(b);
  }
  document.addEventListener("otbasy:ready", function () {
    var queued = toApp;
    toApp = [];
    queued.forEach(function (m) { tellApp(m[0], m[1]); });
  });

  // [SECTION] A session handed over across an update: the previous page of this tab put it in window.name just
  // before reloading (memory to memory: never in storage or in the address). Taken once, then cleared.
  function takeHandover() {
    var PREFIX = "otbasy-handover:";
    try {
      if (typeof window.name !== "string" || window.name.indexOf(PREFIX) !== 0) return null;
      var text = window.name.slice(PREFIX.length);
      window.name = "";
      return { text: text, lang: JSON.parse(text).lang };
    } catch (e) {
      return null;
    }
  }
  otbasy.applyUpdate = function (session) {
    try { window.name = "otbasy-handover:" + session; } catch (e) {}
    var w = updateWorker;
    if (!w || w.state === "activated" || w.state === "redundant" || !swContainer()) {
      location.reload();
      return;
    }
    swContainer().addEventListener("controllerchange", function () { location.reload(); });
    w.postMessage({ type: "skip-waiting" });
    setTimeout(function () { location.reload(); }, 4000);  // the worker did not take over: reload all the same
  };

  // [SECTION] The offline copy (web/sw.js). Registered once the app is usable, so that its install takes the files
  // the page has just downloaded from the browser's cache instead of downloading them again. Then the page asks it
  // to keep this language (ready offline), and the rest unless the browser asks to save data.
  // window.otbasy.offline: {state: unknown|preparing|ready|failed|unavailable|forgotten, ...} for tests and About.
  var offline = (otbasy.offline = { state: "unknown", build: BUILD });
  var registration = null, updateWorker = null, lastUpdateCheck = 0, retries = 0, forgotten = false;
  var scriptPolicy = null;
  function swContainer() {
    try {  // in an opaque sandbox even reading navigator.serviceWorker throws a SecurityError
      return "serviceWorker" in navigator ? navigator.serviceWorker : null;
    } catch (e) {
      return null;
    }
  }
  function setOffline(state, details) {
    offline.state = state;
    for (var k in details || {}) offline[k] = details[k];
    tellApp("offline", state);
  }
  function saveData() {
    try { return !!(navigator.connection && navigator.connection.saveData); } catch (e) { return false; }
  }
  function askToKeep(worker) {
    if (!worker || forgotten) return;
    var channel = new MessageChannel();
    channel.port1.onmessage = function (e) {
      var m = e.data || {};
      if (forgotten) return;  // late news from a worker that is being removed
      if (m.state === "failed") {
        setOffline("failed", { error: m.error });
        retryLater();
      } else {
        setOffline("ready", { lang: m.lang, bytes: m.bytes, extra: m.extra || "pending",
                              extraBytes: m.extraBytes || 0, missing: m.missing || [] });
      }
    };
    worker.postMessage({ type: "keep", lang: otbasy.lang, saveData: saveData() }, [channel.port2]);
  }
  // Tries again 15 s, 1 min, 2¼ min and 4 min later: a new install when the last one failed, else "keep" again.
  function retryLater() {
    if (retries >= 4 || forgotten) return;
    retries += 1;
    setTimeout(function () {
      if (forgotten) return;
      if (registration && registration.active) askToKeep(registration.active);
      else startOffline();
    }, 15000 * retries * retries);
  }
  function watch(reg) {
    registration = reg;
    var sw = swContainer();
    function installed(w) {
      // A new version is ready while this page runs an older one: the app offers to switch (keeping the answers).
      if (w && sw.controller) {
        updateWorker = w;
        tellApp("update", "ready");
      }
    }
    function follow(w) {
      if (!w) return;
      w.addEventListener("statechange", function () {
        if (w.state === "installed") installed(w);
        if (w.state === "redundant" && !reg.active && !reg.waiting) {
          setOffline("failed");
          retryLater();
        }
      });
    }
    if (reg.waiting) installed(reg.waiting);
    follow(reg.installing);
    reg.addEventListener("updatefound", function () { follow(reg.installing); });
    sw.ready.then(function (r) { askToKeep(r.active); });
  }
  function startOffline() {
    var sw = swContainer();
    if (!sw || !window.isSecureContext || location.protocol === "file:" || params.get("sw") === "0") {
      setOffline("unavailable");
      return;
    }
    setOffline("preparing");
    var script = "sw.js";
    if (window.trustedTypes && trustedTypes.createPolicy) {
      // One policy per page (the CSP names it once: trusted-types otbasy), kept for the retries.
      try {
        scriptPolicy = scriptPolicy || trustedTypes.createPolicy("otbasy", {
          createScriptURL: function (u) { if (u === "sw.js") return u; throw new TypeError("not allowed: " + u); },
        });
        script = scriptPolicy.createScriptURL(script);
      } catch (e) {  // a host CSP that names other policies: no offline copy, but the app runs
        console.warn("offline copy unavailable: " + e);
        setOffline("unavailable");
        return;
      }
    }
    var registering;
    try {
      registering = sw.register(script);
    } catch (e) {
      registering = Promise.reject(e);
    }
    registering.then(watch).catch(function (e) {
      // A cross-site frame, a private window that refuses storage, a browser setting: no offline copy here.
      console.warn("offline copy unavailable: " + e);
      setOffline("unavailable");
    });
  }
  // Called by the app: the language changed (keep its bundle), or the person asked to forget this device.
  otbasy.keepLanguage = function () {
    var sw = swContainer();
    if (registration && sw) sw.ready.then(function (r) { askToKeep(r.active); });
  };
  otbasy.forgetDevice = function () {
    forgotten = true;
    var sw = swContainer();
    var jobs = [];
    // Tell every worker to stop keeping files first, so that none writes a cache after it was deleted.
    [registration && registration.installing, registration && registration.waiting, registration && registration.active]
      .forEach(function (w) { if (w) w.postMessage({ type: "forget" }); });
    if (sw) jobs.push(sw.getRegistrations().then(function (regs) {
      return Promise.all(regs.map(function (r) { return r.unregister(); }));
    }));
    if (window.caches) jobs.push(caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k.indexOf("otbasy-") === 0; })
        .map(function (k) { return caches.delete(k); }));
    }));
    try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}
    return Promise.all(jobs).then(function () { setOffline("forgotten"); },
                                  function (e) { console.warn("forget: " + e); setOffline("forgotten"); });
  };
  document.addEventListener("otbasy:ready", function () { setTimeout(startOffline, 0); });

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) return;
    if (otbasy.ready) Module._otbasy_redraw();  // also reads today's date again (a tab left open overnight)
    // Phones and installed apps keep a tab for weeks: look for a new version when the person comes back.
    if (registration && !forgotten && Date.now() - lastUpdateCheck > 60000) {
      lastUpdateCheck = Date.now();
      registration.update().catch(function () {});
    }
  });
})();
