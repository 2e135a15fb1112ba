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

  // [SECTION] No WebGL2, no app: say so at once in the person's language and offer the text version, before
  // anything is downloaded. (Without JavaScript the page's <noscript> text says the same.)
  function showNoWebGL() {
    var box = document.getElementById("loader-nowebgl");
    if (!box) return;
    Array.prototype.forEach.call(box.children, function (p) { p.hidden = p.lang !== lang; });
    box.hidden = false;
    var loading = document.getElementById("loader-loading");
    if (loading) loading.hidden = true;
    var fallback = document.getElementById("loader-fallback");
    if (fallback) fallback.hidden = true;
  }
  function hasWebGL2() {
    try {
      var gl = document.createElement("canvas").getContext("webgl2");
      if (!gl) return false;
      var lose = gl.getExtension("WEBGL_lose_context");
      if (lose) lose.loseContext();  // a probe only: give the context back at once
      return true;
    } catch (e) {
      return false;
    }
  }
  if (!hasWebGL2()) {
    showNoWebGL();
    // app.js is a static tag of the page and arrives all the same; it finds a Module whose wasm is never
    // instantiated, so app.wasm, the bundle and the fonts are not downloaded (and main() never runs: -sINVOKE_RUN=0).
    window.Module = { instantiateWasm: function () { return {}; } };
    return;
  }
  var loading = document.getElementById("loader-loading");
  if (loading) loading.hidden = false;

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
    // The app switched language: fetch that language's two bundles if needed, then let the app reload its content
    // (the guide session and everything typed are kept).
    onLang: function (code) {
      otbasy.lang = code;
      if (otbasy.bundleLang === code) return;
      Promise.all([loadBundle(code), loadRest(code)]).then(function (parts) {
        if (otbasy.lang !== code) return;  // switched again meanwhile
        otbasy.assets = Object.assign({}, parts[0], parts[1]);
        otbasy.bundleLang = code;
        otbasy.complete = true;
        tellApp("lang", "");
        Module._otbasy_reload();
        document.dispatchEvent(new Event("otbasy:complete"));
        otbasy.keepLanguage();
      }).catch(function (e) {
        // Offline, and this language is not in the offline copy: the app says so above every screen and offers to
        // try again; the page tries again by itself once the browser is back online.
        console.warn("language bundle: " + e);
        if (otbasy.lang === code) tellApp("lang", code);
      });
    },
    // The app could not get a WebGL2 canvas after all (platform_web.cpp).
    noWebGL: function () {
      clearTimeout(fallbackTimer);
      showNoWebGL();
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
  // Typing at the end of a date field: the dots go in as the digits are typed.
  function addDateDots(input, mode, e) {
    if (mode !== "date" || e.inputType !== "insertText" || input.selectionStart !== input.value.length) return;
    var f = dateDots(input.value);
    if (f !== input.value) input.value = f;
  }
  function inputModeFor(mode) {
    return mode === "decimal" ? "decimal" : mode === "numeric" || mode === "date" ? "numeric" : "text";
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
        addDateDots(edit, editMode, e);
        otbasy.act(editId, edit.value);
      });
      edit.addEventListener("keydown", function (e) {
        // Enter or Escape that commits or cancels an IME's composition belongs to the IME (Safari reports it as
        // keyCode 229 after the composition has ended): the field stays open.
        if (e.isComposing || e.keyCode === 229) return;
        if (e.key === "Tab") {
          // Focus goes to the field's place in the mirror, and the browser's own Tab moves on from there.
          var id = editId;
          endEdit(false);
          passFocusThrough(id);
        } else if (e.key === "Enter" || e.key === "Escape") {
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
    edit.inputMode = inputModeFor(mode);
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
  function endEdit(refocus) {
    if (!editId) return;
    var id = editId;
    editId = "";
    edit.hidden = true;
    Module._otbasy_edit_end();
    if (refocus) focusMirror(id);  // the keyboard stays on the field (its mirror <input>)
  }

  // [SECTION] The accessible mirror: a DOM rebuilt from the semantic tree (window.otbasy.snapshot()), so screen
  // readers, switch access and keyboards see and use what the canvas shows. Its elements are visually hidden one
  // by one, carry the same text as the canvas (a paragraph's glossary terms are inline links, in order), and act on
  // the app. They also hold the page's focus: Tab, Shift+Tab, Enter and Space are the browser's own, so focus
  // reaches the host page before and after the app; the app draws the ring around the focused node and scrolls it
  // into view (src/ui/focus.cpp), and moves focus to a new view's heading. A focused text field's <input> is shown
  // over the field, so what is typed appears where the person looks.
  var a11yRoot = null, a11yDesc = null, a11yLive = null, a11yPending = false, a11yEls = {}, a11yDescEls = {};
  var a11yNodes = {};       // node id → node, as last synchronised
  var pendingFocus = null;  // a node id the app asked to focus, applied once its element exists ("" = leave)
  var keyboardMode = true;  // the last input was a key (the ring shows), not a pointer
  var syncing = false;      // focus events caused by rebuilding the mirror are not the person's
  var liveText = "", liveTimer = 0;

  var TEXT_ROLES = { heading: 1, paragraph: 1, cell: 1, columnheader: 1, alert: 1, status: 1, note: 1 };
  var ARIA_ROLES = { table: 1, row: 1, cell: 1, columnheader: 1, alert: 1, note: 1, dialog: 1, img: 1, group: 1,
                     radiogroup: 1, radio: 1, checkbox: 1, switch: 1, link: 1 };
  var NAMED_CONTAINERS = { group: 1, radiogroup: 1, list: 1, table: 1, dialog: 1, img: 1 };

  otbasy.treeChanged = scheduleSync;
  otbasy.focusNode = function (id) {
    pendingFocus = id;
    scheduleSync();
  };
  function scheduleSync() {
    if (a11yPending) return;
    a11yPending = true;
    setTimeout(function () { a11yPending = false; syncA11y(); }, 0);
  }
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
  function isLeaf(n, tag) { return TEXT_ROLES[n.role] || tag === "button" || tag === "input" || n.role === "img"; }
  function setAttr(el, name, value) {
    if (value == null || value === false) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
  }
  function createEl(n, tag) {
    var el = document.createElement(tag);
    el.dataset.id = n.id;
    if (tag === "button") {
      el.type = "button";
      el.addEventListener("click", function () { otbasy.act(this.dataset.id, ""); });
    } else if (tag === "input") {
      el.type = "text";
      el.autocomplete = "off";
      el.spellcheck = false;
      el.addEventListener("input", function (e) {
        addDateDots(this, this._mode, e);
        otbasy.act(this.dataset.id, this.value);
      });
    }
    return el;
  }
  // A text node's content: its label, with its inline runs (glossary terms) as elements at their offsets.
  function fillText(el, n, runs, els, nodes) {
    var sig = n.label;
    if (runs) runs.forEach(function (j) { sig += "\u0001" + nodes[j].id + "@" + nodes[j].at + "=" + nodes[j].label; });
    if (el._sig === sig && (runs || []).every(function (j) { return els[nodes[j].id].parentNode === el; })) return;
    el._sig = sig;
    while (el.firstChild) el.removeChild(el.firstChild);
    var text = n.label, pos = 0;
    (runs || []).forEach(function (j) {
      var r = nodes[j], at = Math.max(pos, Math.min(text.length, r.at));
      if (at > pos) el.appendChild(document.createTextNode(text.slice(pos, at)));
      el.appendChild(els[r.id]);
      pos = Math.max(at, Math.min(text.length, at + r.label.length));
    });
    if (pos < text.length) el.appendChild(document.createTextNode(text.slice(pos)));
  }
  function updateEl(el, n, tag) {
    if (ARIA_ROLES[n.role]) setAttr(el, "role", n.role);
    // Each element that carries text is hidden on its own (not the whole mirror), so that a focused field's <input>
    // can be shown; a term inside a paragraph stays in its paragraph's flow.
    el.classList.toggle("visually-hidden", !!isLeaf(n, tag) && n.at == null);
    if (tag === "button" && el.textContent !== n.label) el.textContent = n.label;
    if (tag.charAt(0) === "h" && tag.length === 2) setAttr(el, "tabindex", "-1");  // focus lands on a view's heading
    setAttr(el, "aria-label", (NAMED_CONTAINERS[n.role] || tag === "input") && n.label ? n.label : null);
    setAttr(el, "lang", n.lang || null);
    var st = n.state || [];
    var has = function (s) { return st.indexOf(s) >= 0; };
    if (n.role === "radio" || n.role === "checkbox" || n.role === "switch") setAttr(el, "aria-checked", has("checked") ? "true" : "false");
    setAttr(el, "aria-pressed", n.role === "button" && has("selected") ? "true" : null);  // the chosen answer/kind
    setAttr(el, "aria-expanded", has("expanded") ? "true" : has("collapsed") ? "false" : null);
    setAttr(el, "aria-invalid", has("invalid") ? "true" : null);
    setAttr(el, "aria-disabled", has("disabled") ? "true" : null);
    setAttr(el, "aria-current", has("current") ? "step" : null);
    setAttr(el, "aria-modal", n.role === "dialog" ? "true" : null);
    if (tag === "input") {
      // The field's keyboard and length, as the pointer's <input> has them.
      el._mode = n.inputmode || "text";
      if (el.inputMode !== inputModeFor(el._mode)) el.inputMode = inputModeFor(el._mode);
      if (n.maxlength > 0 && el.maxLength !== n.maxlength) el.maxLength = n.maxlength;
      if (document.activeElement !== el && el.value !== n.value) el.value = n.value;
    }
    // A description (a field's hint or error, a tile's explanation) is read after the name.
    var descId = null;
    if (n.description) {
      descId = "d:" + n.id;
      var d = a11yDescEls[descId];
      if (!d) {
        d = document.createElement("span");
        d.id = descId;
        a11yDesc.appendChild(d);
        a11yDescEls[descId] = d;
      }
      if (d.textContent !== n.description) d.textContent = n.description;
      d._used = true;
    }
    setAttr(el, "aria-describedby", descId);
  }
  function syncA11y() {
    a11yRoot = a11yRoot || document.getElementById("a11y");
    a11yDesc = a11yDesc || document.getElementById("a11y-desc");
    if (!a11yRoot || !a11yDesc || !otbasy.ready) return;
    var nodes = otbasy.snapshot();
    var had = a11yRoot.contains(document.activeElement) ? document.activeElement : null;
    syncing = true;
    var els = {}, list = [], runs = {}, byId = {};
    Object.keys(a11yDescEls).forEach(function (k) { a11yDescEls[k]._used = false; });
    nodes.forEach(function (n, i) {
      if (n.at != null && n.parent >= 0) (runs[n.parent] = runs[n.parent] || []).push(i);
      var tag = tagFor(n);
      var el = a11yEls[n.id];
      if (!el || el.tagName.toLowerCase() !== tag) el = createEl(n, tag);
      updateEl(el, n, tag);
      els[n.id] = el;
      list[i] = el;
      byId[n.id] = n;
    });
    var placed = new Map(), dialog = null;
    nodes.forEach(function (n, i) {
      var el = list[i];
      if (TEXT_ROLES[n.role]) fillText(el, n, runs[i], els, nodes);
      if (n.at != null && n.parent >= 0) return;  // an inline run: placed inside its text
      // A card is a modal dialog at the top level; the rest is inert while it is open.
      var parent = n.parent >= 0 && n.role !== "dialog" ? list[n.parent] : a11yRoot;
      if (n.role === "dialog") dialog = el;
      // Move an element only when it is out of place, so that focus inside the mirror survives a redraw.
      var prev = placed.get(parent) || null;
      var want = prev ? prev.nextElementSibling : parent.firstElementChild;
      if (el.parentNode !== parent || want !== el) parent.insertBefore(el, want);
      placed.set(parent, el);
    });
    // Remove what is no longer on screen, and descriptions no longer used.
    Object.keys(a11yEls).forEach(function (id) {
      if (els[id] !== a11yEls[id] && a11yEls[id].parentNode) a11yEls[id].parentNode.removeChild(a11yEls[id]);
    });
    Object.keys(a11yDescEls).forEach(function (k) {
      if (!a11yDescEls[k]._used) { a11yDesc.removeChild(a11yDescEls[k]); delete a11yDescEls[k]; }
    });
    Array.prototype.forEach.call(a11yRoot.children, function (c) { c.inert = !!dialog && c !== dialog; });
    // Radio groups are one Tab stop: the chosen option (or the first) takes it; arrows move between them.
    Array.prototype.forEach.call(a11yRoot.querySelectorAll("[role=radiogroup]"), function (g) {
      var radios = g.querySelectorAll("[role=radio]"), stop = radios[0];
      Array.prototype.forEach.call(radios, function (r) { if (r.getAttribute("aria-checked") === "true") stop = r; });
      Array.prototype.forEach.call(radios, function (r) { setAttr(r, "tabindex", r === stop ? "0" : "-1"); });
    });
    a11yEls = els;
    a11yNodes = byId;
    if (had && had.isConnected && document.activeElement !== had && pendingFocus == null)
      had.focus({ preventScroll: true });
    syncing = false;
    placeEditing();
    if (pendingFocus != null) {
      var target = pendingFocus === "" ? null : els[pendingFocus];
      if (pendingFocus === "") {
        if (a11yRoot.contains(document.activeElement)) document.activeElement.blur();
        pendingFocus = null;
      } else if (target) {
        pendingFocus = null;
        if (document.activeElement !== target) target.focus({ preventScroll: true });
      }
    }
    announce(nodes);
  }
  // One polite live region for the whole app: the screen's status (the estimate's total) when it settles.
  function announce(nodes) {
    a11yLive = a11yLive || document.getElementById("a11y-live");
    var text = nodes.filter(function (n) { return n.role === "status"; }).map(function (n) { return n.label; }).join(". ");
    if (text === liveText) return;
    liveText = text;
    clearTimeout(liveTimer);
    liveTimer = setTimeout(function () { if (a11yLive) a11yLive.textContent = liveText; }, 700);
  }
  function callWithString(fn, s, extra) {
    if (!otbasy.ready) return;
    var p = allocString(s);
    fn(p, extra);
    Module._free(p);
  }
  // The focused text field's <input> is shown over the field (keyboard typing), hidden again when it loses focus.
  function placeEditing() {
    var el = document.activeElement;
    if (!el || el.tagName !== "INPUT" || !a11yRoot.contains(el)) return;
    var n = a11yNodes[el.dataset.id];
    if (!n) return;
    var cs = getComputedStyle(document.documentElement);
    var st = el.style, r = n.rect;
    st.setProperty("position", "fixed", "important");
    st.setProperty("left", r[0] + "px");
    st.setProperty("top", r[1] + "px");
    st.setProperty("width", r[2] + "px", "important");
    st.setProperty("height", r[3] + "px", "important");
    st.setProperty("clip", "auto");
    st.setProperty("clip-path", "none");
    st.setProperty("overflow", "visible", "important");
    st.setProperty("white-space", "pre");
    st.setProperty("z-index", "3");
    st.setProperty("box-sizing", "border-box");
    st.setProperty("margin", "0");
    st.setProperty("padding", "0 14px");
    st.setProperty("border", "2px solid " + (cs.getPropertyValue("--otbasy-accent") || "#0B5C7A"));
    st.setProperty("border-radius", "8px");
    st.setProperty("background", cs.getPropertyValue("--otbasy-surface") || "#FFFFFF");
    st.setProperty("color", cs.getPropertyValue("--otbasy-text") || "#1B2631");
    st.setProperty("font", (18 * (otbasy.textScale || 1)) + 'px "Noto Sans", "DejaVu Sans", system-ui, sans-serif');
    st.setProperty("outline", "none");
    st.setProperty("pointer-events", "auto", "important");
  }
  function unplaceEditing(el) { el.removeAttribute("style"); }
  // Focus to a node's element, e.g. after editing in the pointer's <input> ended.
  function focusMirror(id) {
    var el = a11yEls[id];
    if (el) el.focus({ preventScroll: true });
  }
  // Moves focus to a node's element without showing it, so that the browser's own Tab (not prevented) goes on
  // from there to the next or previous control.
  function passFocusThrough(id) {
    var el = a11yEls[id];
    if (!el) return;
    el._passing = true;
    el.focus({ preventScroll: true });
    setTimeout(function () { el._passing = false; }, 0);
  }
  function installMirrorEvents() {
    var root = document.getElementById("a11y");
    // Out of the page's flow; not clipped as a whole (its text elements are, one by one).
    root.style.position = "absolute";
    root.style.top = root.style.left = "0";
    root.style.width = root.style.height = "1px";
    root.addEventListener("focusin", function (e) {
      if (syncing) return;
      reportFocus();
      if (e.target.tagName === "INPUT" && !e.target._passing) placeEditing();
    });
    root.addEventListener("focusout", function (e) {
      if (e.target.tagName === "INPUT") unplaceEditing(e.target);
      if (syncing) return;
      // Whether focus left the mirror is known once it has landed (engines differ in relatedTarget).
      setTimeout(reportFocus, 0);
    });
    // A pointer on the canvas: no ring; editing in a mirror <input> or the pointer's <input> ends, at once for a
    // mouse, at the end of a tap for a finger: a finger that drags the content keeps the field and its on-screen
    // keyboard, as in a page.
    var canvas = document.getElementById("canvas"), tapAt = null;
    function endTyping() {
      var a = document.activeElement;
      if (a && a.tagName === "INPUT" && (a.id === "otbasy-edit" || root.contains(a))) a.blur();
    }
    canvas.addEventListener("pointerdown", function (e) {
      setKeyboardMode(false);
      if (e.pointerType === "mouse") endTyping();
      else tapAt = { x: e.clientX, y: e.clientY };
    });
    canvas.addEventListener("pointerup", function (e) {
      // A tap moves less than the app's touch slop (touch_slop in src/platform/platform_web.cpp, 6 CSS px).
      if (tapAt && Math.hypot(e.clientX - tapAt.x, e.clientY - tapAt.y) < 6) endTyping();
      tapAt = null;
    });
    canvas.addEventListener("pointercancel", function () { tapAt = null; });
    window.addEventListener("keydown", onKey);
    window.addEventListener("keyup", function (e) {
      if (!otbasy.ready) return;
      if (e.key === "Escape") sendKey(e, 0);
      if (e.key === "Shift" && shiftAlone) {
        shiftAlone = false;
        sendKey(e, 1);
        sendKey(e, 0);
      }
      // A browser whose window is not the active one moves focus on Tab without focus events (Firefox): the key's
      // end is the other moment to tell the app where focus is.
      if (e.key === "Tab") reportFocus();
    });
  }
  // Tells the app which node's element has focus ("" outside the mirror), when that changed.
  var reportedFocus = null;
  function reportFocus() {
    var a = document.activeElement, root = a11yRoot || document.getElementById("a11y");
    var id = a && root.contains(a) && a.dataset.id ? a.dataset.id : "";
    if (id === reportedFocus) return;
    reportedFocus = id;
    callWithString(Module._otbasy_focus, id, id && keyboardMode ? 1 : 0);
  }
  function setKeyboardMode(on) {
    if (keyboardMode === on) return;
    keyboardMode = on;
    if (otbasy.ready) Module._otbasy_focus_visible(on ? 1 : 0);
  }
  function sendKey(e, down) {
    var a = allocString(e.code || ""), b = allocString(e.key || "");
    Module._otbasy_key(a, b, down);
    Module._free(a);
    Module._free(b);
  }
  var SCROLL_KEYS = { ArrowUp: 0, ArrowDown: 1, PageUp: 2, PageDown: 3, Home: 4, End: 5 };
  // Shift pressed and released with no other key meanwhile: the app counts three of them as the quick exit. Only
  // such a Shift reaches the app, so Shift+Tab or a capital letter never counts.
  var shiftAlone = false;
  function onKey(e) {
    if (!otbasy.ready) return;
    if (e.key !== "Shift") shiftAlone = false;
    else if (!e.repeat) shiftAlone = !(e.ctrlKey || e.altKey || e.metaKey);
    if (["Shift", "Control", "Alt", "Meta"].indexOf(e.key) < 0) setKeyboardMode(true);
    var t = e.target;
    if (t && t.id === "otbasy-edit") return;  // the pointer's editing <input> answers its own keys
    if (e.key === "Escape") { sendKey(e, 1); return; }  // closes a card; twice, the quick exit
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    if (t && t.getAttribute && t.getAttribute("role") === "radio" && /^Arrow/.test(e.key)) {
      // One of several options: arrows choose the next or previous one, as native radio buttons do.
      var group = t.closest("[role=radiogroup]");
      var radios = group ? Array.prototype.slice.call(group.querySelectorAll("[role=radio]")) : [t];
      var k = radios.indexOf(t), step = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : -1;
      var next = radios[(k + step + radios.length) % radios.length];
      e.preventDefault();
      if (next && next !== t) {
        next.focus({ preventScroll: true });
        otbasy.act(next.dataset.id, "");
      }
      return;
    }
    var scroll = SCROLL_KEYS[e.key];
    if (e.key === " " && !(t && t.tagName === "BUTTON")) scroll = e.shiftKey ? 2 : 3;
    if (scroll != null) {
      e.preventDefault();
      Module._otbasy_scroll(scroll);
    }
  }

  // [SECTION] Files fetched on demand: the app asks for a file of this site when it first needs it (the situation
  // classifier), by its plain name, which fileUrl() turns into this build's content-hashed one; the service worker
  // keeps it for offline use once fetched. The bytes wait in otbasy.arrived until the app copies them in; null says
  // the file could not be had (the app offers to try again).
  otbasy.arrived = {};
  var onDemand = {};
  otbasy.fetchAsset = function (name) {
    if (!onDemand[name]) {
      onDemand[name] = fetch(fileUrl(name), { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error(name + ": HTTP " + r.status);
        return r.arrayBuffer();
      });
    }
    onDemand[name].then(function (buf) {
      otbasy.arrived[name] = new Uint8Array(buf);
    }, function (e) {
      delete onDemand[name];  // offline now: the next ask tries again
      console.warn("could not fetch " + name + ": " + e);
      otbasy.arrived[name] = null;
    }).then(function () {
      var p = allocString(name);
      Module._otbasy_asset_arrived(p);
      Module._free(p);
    });
  };

  function allocString(s) {
    var n = Module.lengthBytesUTF8(s) + 1;
    var p = Module._malloc(n);
    Module.stringToUTF8(s, p, n);
    return p;
  }

  // [SECTION] Loading, in two stages. index.html names this build's files (content-hashed, see tools/make_dist.py)
  // (no preload: a browser without WebGL2 downloads none of the app); app.js is a static <script defer> after this
  // one and compiles app.wasm as it streams in. This script fetches the language's first
  // bundle (the UI strings and the topic index: all the first screen needs). main() and the first frame need only
  // these; the rest of the content (assets-<lang>.content.json: the guide's questions, the law, the glossary) is
  // fetched as main() starts and handed to the app after its first frame (window.otbasy.complete).
  var FILES = {};
  try { FILES = JSON.parse(document.querySelector('meta[name="otbasy-files"]').content); } catch (e) {}
  var BUILD = (document.querySelector('meta[name="otbasy-build"]') || {}).content || "dev";
  function fileUrl(name) { return FILES[name] || name; }
  otbasy.fileUrl = fileUrl;

  // The page's one Trusted Types policy (the CSP names it once: trusted-types otbasy), created on first use: it lets
  // a script element or the service worker take only this build's own scripts that are loaded later — sw.js and the
  // documents' files fetched on demand (the engine, the zip module, the print page's script).
  var scriptPolicy = null;
  var LATER_SCRIPTS = ["sw.js", "docs.js", "zip.js", "documents.js"];
  function trustedScript(name) {
    var url = fileUrl(name);
    if (!window.trustedTypes || !trustedTypes.createPolicy) return url;
    scriptPolicy = scriptPolicy || trustedTypes.createPolicy("otbasy", {
      createScriptURL: function (u) {
        for (var i = 0; i < LATER_SCRIPTS.length; i++) if (u === fileUrl(LATER_SCRIPTS[i])) return u;
        throw new TypeError("not allowed: " + u);
      },
    });
    return scriptPolicy.createScriptURL(url);
  }
  otbasy.scriptUrl = trustedScript;

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
  var bundles = {}, rests = {};
  function fetchJson(cache, name) {
    if (!cache[name]) {
      cache[name] = fetchOk(fileUrl(name)).then(function (r) { return r.json(); });
      cache[name].catch(function () { delete cache[name]; });  // offline now: try again on the next switch
    }
    return cache[name];
  }
  function loadBundle(code) { return fetchJson(bundles, "assets-" + code + ".json"); }
  function loadRest(code) { return fetchJson(rests, "assets-" + code + ".content.json"); }
  // The first visit's second stage: tried three times (a phone may lose its signal for a moment), then the app is
  // told, and its screens that wait for the content say so.
  function loadRestWithRetries(code, attempt) {
    return loadRest(code).catch(function (e) {
      if (attempt >= 2) throw e;
      return new Promise(function (ok) { setTimeout(ok, 1000 * (attempt + 1) * (attempt + 1)); })
        .then(function () { return loadRestWithRetries(code, attempt + 1); });
    });
  }
  var fonts = ["fonts/otbasy-sans-Regular.ttf", "fonts/otbasy-sans-Bold.ttf"].map(function (name) {
    return fetchOk(fileUrl(name)).then(function (r) { return r.arrayBuffer(); });
  });
  // A session handed over across an update needs the whole content before the first frame; so does nothing else.
  var data = Promise.all([loadBundle(lang), fonts[0], fonts[1], handover ? loadRest(lang) : null]);

  var runtimeReady = false, dataReady = false, drawn = false;
  otbasy.complete = false;
  function maybeStart() {
    if (started || !runtimeReady || !dataReady) return;
    started = true;
    step();
    // Everything the first frame needs is here and the network is free: the rest of the content comes next.
    var restLang = lang;
    if (!otbasy.complete) {
      loadRestWithRetries(restLang, 0).then(function (more) {
        if (otbasy.bundleLang !== restLang || otbasy.complete) return;  // another language took over meanwhile
        whenDrawn(function () {
          if (otbasy.bundleLang !== restLang || otbasy.complete) return;
          Object.assign(otbasy.assets, more);
          otbasy.complete = true;
          Module._otbasy_content_ready();
          document.dispatchEvent(new Event("otbasy:complete"));
        });
      }, function (e) {
        console.warn("content: " + e);
        whenDrawn(function () { if (!otbasy.complete) Module._otbasy_content_failed(); });
      });
    }
    Module.callMain([]);
    if (handover) deliver("handover", handover.text);  // before the first frame: no flash of an empty screen
  }
  // Runs `f` once the first frame is on screen and the frame after it (which answers any input that came with the
  // first) has been drawn: loading the rest of the content takes the main thread for a moment.
  var afterDraw = [];
  function whenDrawn(f) {
    if (!drawn) { afterDraw.push(f); return; }
    requestAnimationFrame(function () { setTimeout(f, 0); });
  }
  // The "not loading?" links stay armed until the first frame is drawn (main() may still fail to get a canvas).
  document.addEventListener("otbasy:ready", function () {
    clearTimeout(fallbackTimer);
    drawn = true;
    afterDraw.splice(0).forEach(whenDrawn);
  });
  installMirrorEvents();

  window.Module = {
    otbasy: otbasy,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.error(t); },
    locateFile: function (path) { return fileUrl(path); },
    onRuntimeInitialized: function () { runtimeReady = true; step(); maybeStart(); },
    onAbort: function (what) { fail("aborted: " + what); },
  };

  data.then(function (parts) {
    otbasy.assets = Object.assign({}, parts[0], parts[3] || {});
    otbasy.complete = !!parts[3];
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
  window.addEventListener("online", function () {
    if (otbasy.ready && otbasy.bundleLang && otbasy.lang !== otbasy.bundleLang) otbasy.onLang(otbasy.lang);
  });
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
  function swContainer() {
    try {  // in an opaque sandbox even reading navigator.serviceWorker throws a SecurityError
      return "serviceWorker" in navigator ? navigator.serviceWorker : null;
    } catch (e) {
      return null;
    }
  }
  function setOffline(state, details) {
    // Once the person had this device forgotten, no late news (a removed worker turning redundant, a last answer
    // from it) may say anything else.
    if (forgotten && state !== "forgotten") return;
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
    var script;
    try {
      script = trustedScript("sw.js");  // one policy per page, kept for the retries
    } catch (e) {  // a host CSP that names other policies: no offline copy, but the app runs
      console.warn("offline copy unavailable: " + e);
      setOffline("unavailable");
      return;
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
  // The offline copy starts once the whole content is here, so that its install finds every file the page fetched.
  function startOfflineOnce() {
    if (offline.state !== "unknown") return;
    setTimeout(startOffline, 0);
  }
  document.addEventListener("otbasy:ready", function () { if (otbasy.complete) startOfflineOnce(); });
  document.addEventListener("otbasy:complete", startOfflineOnce);

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
