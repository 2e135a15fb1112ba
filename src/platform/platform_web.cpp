// The browser platform: WebGL2 canvas sized for devicePixelRatio, DOM events into Dear ImGui, frames drawn only
// on demand (input, resize, or frames the UI asked for), the asset bundle, and window.otbasy for tests and the
// accessibility mirror. Every EM_JS / EM_ASM of the project lives in this file. Layer: platform (web).
//
// Implemented:
//  [X] Draw on demand: an idle page draws 0 frames a second (window.otbasy.frames counts them).
//  [X] Sharp text: canvas = CSS size × devicePixelRatio; fonts rebuilt when the ratio changes.
//  [X] Mouse, wheel, touch (with drag-to-scroll).
//  [X] Keyboard: the accessible mirror holds the page's focus (Tab, Enter and Space are the browser's own); the
//      loader passes Escape and the scrolling keys here, and reports which node has focus (ui/focus.hpp).
//  [X] Touch: a tap presses; a drag scrolls the content 1:1 with the finger and flings with momentum; two fingers
//      pinch-zoom the page (the canvas then renders at the zoomed resolution). A drag or a wheel that the content
//      cannot follow (at its top or end, or sideways) is left to the browser: it scrolls the embedding page.
//  [X] The visible part of the canvas (on-screen keyboard, pinch): the field being edited is kept in it.
//  [X] Browser history (Back walks back through screens and guide steps), a warning before leaving unsaved work,
//      and the embedding page (height, quick exit, what its sandbox allows) through the loader.
//  [X] window.otbasy.snapshot() / act(id, value) / frames; first-frame signal "otbasy:ready".
//  [X] Effects: document language and title, focus, quick exit (clears storage, replaces the page), opening links.
//  [X] No WebGL2: the loader's text-version message instead of a page that never loads.
//  [X] Dark or high-contrast system setting: the app opens in that theme unless the person chooses another.
//  [X] Today's date read before every frame; a frame just after midnight and when the page comes back.
//  [X] The loader's news for the app (otbasy_platform_event): offline copy, waiting update, handed-over session.
//  [X] Files fetched on demand (otbasy_asset_arrived) and one-off timers that come back as actions.

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <emscripten.h>
#include <emscripten/html5.h>

#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>  // the input queue's length (ImGuiContext::InputEventsQueue)

#include "platform/platform.hpp"
#include "ui/imgui_assert.hpp"

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] JavaScript side
// ---------------------------------------------------------------------------------------------------------------

// The loader (web/loader.js) put the bundle in Module.otbasy.assets: {path: text} and the fonts in
// Module.otbasy.fonts: {regular: Uint8Array, bold: Uint8Array}.
// Module.otbasy.lazyAssets: files fetched on demand (the documents' templates and court list), in every language.
EM_JS(char*, js_asset_read, (const char* path), {
    const p = UTF8ToString(path);
    const has = (o) => o && Object.prototype.hasOwnProperty.call(o, p);
    const a = Module.otbasy && (has(Module.otbasy.assets) ? Module.otbasy.assets : Module.otbasy.lazyAssets);
    if (!has(a)) return 0;
    const s = a[p];
    const n = lengthBytesUTF8(s) + 1;
    const out = _malloc(n);
    stringToUTF8(s, out, n);
    return out;
});

EM_JS(char*, js_asset_list, (const char* dir), {
    const o = Module.otbasy || {};
    const a = Object.assign({}, o.lazyAssets || {}, o.assets || {});
    const d = UTF8ToString(dir);
    const s = Object.keys(a).filter(k => k.startsWith(d)).sort().join("\n");
    const n = lengthBytesUTF8(s) + 1;
    const out = _malloc(n);
    stringToUTF8(s, out, n);
    return out;
});

EM_JS(int, js_font_size, (int which), {
    const f = Module.otbasy && Module.otbasy.fonts;
    const b = f && (which === 0 ? f.regular : f.bold);
    return b ? b.length : 0;
});

EM_JS(void, js_font_copy, (int which, unsigned char* dst), {
    const f = Module.otbasy.fonts;
    HEAPU8.set(which === 0 ? f.regular : f.bold, dst);
});

// Today's local date as yyyy*10000 + mm*100 + dd. Read before every frame, so a tab left open overnight computes
// with the new day's values.
EM_JS(int, js_today, (), {
    const d = new Date();
    return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
});

// The page draws only on demand: draw once just after each local midnight, and whenever the page comes back (focus,
// back-forward cache), so that the date read by the next frame is today's even when nothing is touched.
EM_JS(void, js_watch_day, (), {
    const schedule = () => {
        const now = new Date();
        const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
        setTimeout(() => { _otbasy_redraw(); schedule(); }, Math.max(1000, next.getTime() - now.getTime()));
    };
    schedule();
    window.addEventListener("focus", () => _otbasy_redraw());
    window.addEventListener("pageshow", () => _otbasy_redraw());
});

// The person accepted the new version: the loader hands the session over and lets the new version take the page.
EM_JS(void, js_apply_update, (const char* session), {
    if (Module.otbasy && Module.otbasy.applyUpdate) Module.otbasy.applyUpdate(UTF8ToString(session));
});

// "Forget this device": the loader unregisters the service worker and deletes the offline copy.
EM_JS(void, js_forget_device, (), {
    if (Module.otbasy && Module.otbasy.forgetDevice) Module.otbasy.forgetDevice();
});

EM_JS(int, js_initial_lang, (), {
    const l = (Module.otbasy && Module.otbasy.lang) || "kk";
    return l === "ru" ? 1 : l === "en" ? 2 : 0;
});

// `build_ms`: the app's CPU time for the frame (ImGui NewFrame → Render); `total_ms`: the whole callback, with the
// GL submission and the mirror's sync. The page benchmark reads them.
EM_JS(void, js_frame_done, (int first, double build_ms, double total_ms), {
    const o = window.otbasy;
    o.frames += 1;
    o.frameMs = {build: build_ms, total: total_ms};
    if (first) {
        o.ready = true;
        document.documentElement.classList.add("otbasy-ready");
        document.dispatchEvent(new Event("otbasy:ready"));
    }
});

EM_JS(void, js_set_lang, (const char* code), {
    const c = UTF8ToString(code);
    if (document.documentElement.lang !== c) document.documentElement.lang = c;
    if (Module.otbasy && Module.otbasy.onLang) Module.otbasy.onLang(c);
});

EM_JS(void, js_quick_exit, (), {
    if (Module.otbasy && Module.otbasy.quickExit) Module.otbasy.quickExit();
});

// A new tab with an address. Returns 0 when the browser refused it (an embedding page's sandbox without
// allow-popups), so that the app can say so. "noopener" would hide that (window.open then returns null either way),
// so the opener link is cut by hand before the new page can run; the page's no-referrer policy applies.
EM_JS(int, js_open_url, (const char* url), {
    const w = window.open(UTF8ToString(url), "_blank");
    if (!w) return 0;
    try { w.opener = null; } catch (e) {}
    return 1;
});

// Saving a file the person asked for (their answers): a download from memory, nothing leaves the device.
EM_JS(void, js_save_file, (const char* name, const char* text), {
    const blob = new Blob([UTF8ToString(text)], {type: "application/json"});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 0);
});

// Opening a saved file: the browser's file picker; its text comes back as an action with the given id.
EM_JS(void, js_open_file, (const char* action_id), {
    const id = UTF8ToString(action_id);
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".json,application/json";
    input.addEventListener("change", () => {
        const f = input.files && input.files[0];
        if (f && f.size < 1000000) f.text().then((t) => window.otbasy.act(id, t));
    });
    input.click();
});

// The documents' files (documents.json: templates, court list, form strings) and engine (docs.js + docs.wasm),
// fetched the first time a document is opened; the engine is handed the files it reads, then the app is told with
// act("documents.loaded"). Only this page's own server is asked, and nothing of the person is sent.
EM_JS(void, js_load_documents, (), {
    const o = Module.otbasy;
    // This build's name of each file (content-hashed, see tools/make_dist.py); scripts through the page's Trusted
    // Types policy (loader.js).
    const url = (n) => (o.fileUrl ? o.fileUrl(n) : n);
    const fail = (e) => { o.documentsReady = null; console.error("documents: " + e); o.act("documents.loaded", ""); };
    if (!o.documentsReady) {
        const bundle = fetch(url("documents.json"), {credentials: "same-origin"}).then((r) => {
            if (!r.ok) throw new Error("documents.json: HTTP " + r.status);
            return r.json();
        });
        const engine = new Promise((resolve, reject) => {
            const s = document.createElement("script");
            try { s.src = o.scriptUrl ? o.scriptUrl("docs.js") : "docs.js"; } catch (e) { reject(e); return; }
            s.onload = () => window.OtbasyDocs({locateFile: (path) => url(path)}).then(resolve, reject);
            s.onerror = () => reject(new Error("docs.js did not load"));
            document.body.appendChild(s);
        });
        o.documentsReady = Promise.all([bundle, engine]).then(([files, docs]) => {
            o.lazyAssets = files;
            const give = (path, text) => {
                const p = docs._malloc(docs.lengthBytesUTF8(path) + 1), t = docs._malloc(docs.lengthBytesUTF8(text) + 1);
                docs.stringToUTF8(path, p, docs.lengthBytesUTF8(path) + 1);
                docs.stringToUTF8(text, t, docs.lengthBytesUTF8(text) + 1);
                docs._otbasy_docs_file(p, t);
                docs._free(p);
                docs._free(t);
            };
            // The bundle's files first (complete in both document languages), then the laws and the estimator's texts.
            Object.keys(files).forEach((k) => give(k, files[k]));
            Object.keys(o.assets).forEach((k) => {
                if (!(k in files) && (k.startsWith("law/") || k.startsWith("i18n/alimony/"))) give(k, o.assets[k]);
            });
            o.docs = docs;
        });
    }
    o.documentsReady.then(() => o.act("documents.loaded", "")).catch(fail);
});

// One request to the documents' engine (see core/documents/service.hpp); its reply copied into the app's memory.
EM_JS(char*, js_documents_call, (const char* request), {
    const d = Module.otbasy && Module.otbasy.docs;
    const req = UTF8ToString(request);
    let text = '{"ok":false,"errors":[{"field":"","code":"documents.error.invalid","message":"not loaded"}]}';
    if (d) {
        const n = d.lengthBytesUTF8(req) + 1, p = d._malloc(n);
        d.stringToUTF8(req, p, n);
        text = d.UTF8ToString(d._otbasy_docs_call(p));
        d._free(p);
        d._otbasy_docs_forget();
    }
    const m = lengthBytesUTF8(text) + 1, out = _malloc(m);
    stringToUTF8(text, out, m);
    return out;
});

// Printing the filled-in document, saving it as .docx, removing the print page: documents.js (loaded on first use)
// builds a print-only page from the document's model and calls the browser's print, or zips the .docx parts with
// the zip module (zip.js + zip.wasm, also loaded on first use) and offers the file as a download.
EM_JS(void, js_document, (const char* kind, const char* json), {
    const k = UTF8ToString(kind), j = UTF8ToString(json);
    const run = () => window.otbasyDocuments[k](j);
    if (window.otbasyDocuments) return run();
    if (k === "clear") return;
    let s = document.getElementById("otbasy-documents-js");
    if (!s) {
        s = document.createElement("script");
        s.id = "otbasy-documents-js";
        const o = Module.otbasy;
        try { s.src = o && o.scriptUrl ? o.scriptUrl("documents.js") : "documents.js"; } catch (e) { console.error("documents.js: " + e); return; }
        s.onerror = () => console.error("documents.js did not load");
        document.body.appendChild(s);
    }
    s.addEventListener("load", run, {once: true});
});

// The printable text version of a topic (the static HTML page), in a new tab.
EM_JS(int, js_print_view, (const char* path), {
    const w = window.open(UTF8ToString(path), "_blank");
    if (!w) return 0;
    try { w.opener = null; } catch (e) {}
    return 1;
});

// Focus moves to the mirror element of a node (a new view's heading, the control a pointer pressed); "" leaves the
// mirror. The loader applies it once the mirror has that element.
EM_JS(void, js_focus_node, (const char* id), {
    if (Module.otbasy && Module.otbasy.focusNode) Module.otbasy.focusNode(UTF8ToString(id));
});

EM_JS(void, js_set_title, (const char* title), {
    document.title = UTF8ToString(title);
});

// The theme the system asks for: 0 light, 1 dark, 2 more contrast.
EM_JS(int, js_system_theme, (), {
    const m = (q) => window.matchMedia && window.matchMedia(q).matches;
    return m("(prefers-contrast: more)") || m("(forced-colors: active)") ? 2 : m("(prefers-color-scheme: dark)") ? 1 : 0;
});

EM_JS(void, js_watch_system_theme, (), {
    if (!window.matchMedia) return;
    const tell = () => Module._otbasy_system_theme();
    for (const q of ["(prefers-color-scheme: dark)", "(prefers-contrast: more)", "(forced-colors: active)"])
        window.matchMedia(q).addEventListener("change", tell);
});

// The theme's colours and the text size, for the page around the canvas and a focused field's <input>.
EM_JS(void, js_theme, (const char* background, const char* surface, const char* text, const char* accent, float scale), {
    const s = document.documentElement.style;
    s.setProperty("--otbasy-background", UTF8ToString(background));
    s.setProperty("--otbasy-surface", UTF8ToString(surface));
    s.setProperty("--otbasy-text", UTF8ToString(text));
    s.setProperty("--otbasy-accent", UTF8ToString(accent));
    if (Module.otbasy) Module.otbasy.textScale = scale;
});

// The browser cannot draw the app (no WebGL2): the loader offers the text version instead.
EM_JS(void, js_no_webgl, (), {
    if (Module.otbasy && Module.otbasy.noWebGL) Module.otbasy.noWebGL();
});

// A real <input> over the field being edited: mobile keyboards, Kazakh layouts, IME and paste all work.
EM_JS(void, js_edit_text, (const char* id, const char* value, float x, float y, float w, float h, const char* mode,
                          int max_length), {
    if (Module.otbasy && Module.otbasy.editText)
        Module.otbasy.editText(UTF8ToString(id), UTF8ToString(value), x, y, w, h, UTF8ToString(mode), max_length);
});

EM_JS(void, js_edit_hide, (), {
    if (Module.otbasy && Module.otbasy.editHide) Module.otbasy.editHide();
});

// A file of the site fetched only when the app first needs it (the situation classifier): the loader fetches it
// (through the offline copy when there is one), puts its bytes in Module.otbasy.arrived[name] (null when it could
// not be had) and calls otbasy_asset_arrived(name), which copies them in and lets go of them.
EM_JS(void, js_fetch_asset, (const char* name), {
    if (Module.otbasy && Module.otbasy.fetchAsset) Module.otbasy.fetchAsset(UTF8ToString(name));
});

EM_JS(int, js_arrived_size, (const char* name), {
    const a = Module.otbasy && Module.otbasy.arrived;
    const b = a && a[UTF8ToString(name)];
    return b ? b.length : -1;
});

EM_JS(void, js_arrived_take, (const char* name, unsigned char* dst), {
    const a = Module.otbasy.arrived, n = UTF8ToString(name);
    if (dst && a[n]) HEAPU8.set(a[n], dst);
    delete a[n];
});

// A one-off timer for the UI (e.g. reading a text once typing pauses): after `ms` it sends an action, which draws a
// frame; nothing runs in between, so an idle page still draws no frames.
EM_JS(void, js_timer, (const char* action_id, const char* value, int ms), {
    const id = UTF8ToString(action_id), v = UTF8ToString(value);
    setTimeout(() => { if (window.otbasy) window.otbasy.act(id, v); }, ms);
});

// Browser history: 0 marks the page's own entry, 1 adds an entry, 2 steps back (the app's own Back button). The
// entry holds the serial number only; `index` is how many of the app's entries lie before it.
EM_JS(void, js_history, (int kind, int serial, int index), {
    if (Module.otbasy && Module.otbasy.history) Module.otbasy.history(kind, serial, index);
});

// Whether leaving the page now would lose the person's work: the loader asks before leaving only then.
EM_JS(void, js_set_unsaved, (int unsaved), {
    if (Module.otbasy && Module.otbasy.setUnsaved) Module.otbasy.setUnsaved(!!unsaved);
});

// The height the current screen needs, for an embedding page that sizes its frame to the content.
EM_JS(void, js_content_height, (float height), {
    if (Module.otbasy && Module.otbasy.contentHeight) Module.otbasy.contentHeight(height);
});

// The topic an embedding page (or a link) asked to start with: ?topic=…
EM_JS(char*, js_initial_topic, (), {
    const t = (Module.otbasy && Module.otbasy.topic) || "";
    const n = lengthBytesUTF8(t) + 1;
    const out = _malloc(n);
    stringToUTF8(t, out, n);
    return out;
});

// The browser's text size: the root font size the person chose (16 px by default) as a factor.
EM_JS(float, js_browser_text_scale, (), {
    const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
    return px > 0 ? px / 16 : 1;
});

// The visual viewport: what the person sees of the page. An on-screen keyboard shrinks it (the app keeps the field
// being edited above it), a pinch zooms it (the canvas is redrawn at the new resolution once the pinch rests).
EM_JS(void, js_watch_viewport, (), {
    const vv = window.visualViewport;
    if (!vv) return;
    let zoomTimer = 0;
    const report = () => {
        Module._otbasy_visible_area(vv.offsetTop, vv.offsetTop + vv.height);
        clearTimeout(zoomTimer);
        zoomTimer = setTimeout(() => Module._otbasy_zoom(vv.scale), 200);
    };
    vv.addEventListener("resize", report);
    vv.addEventListener("scroll", report);
});

// The semantic tree changed: the loader rebuilds the hidden accessible DOM from window.otbasy.snapshot().
EM_JS(void, js_tree_changed, (), {
    if (Module.otbasy && Module.otbasy.treeChanged) Module.otbasy.treeChanged();
});

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] State of the page (one app per page)
// ---------------------------------------------------------------------------------------------------------------

namespace {

using namespace otbasy;

// Touch: a finger is undecided until it moves; then it scrolls the content under it (when that content can move
// that way) or is left to the browser (sideways, at an end, a second finger: page scroll, pinch-zoom).
enum class TouchMode { none, undecided, scroll, browser };

struct Page {
    ui::App* app = nullptr;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    bool frame_pending = false;
    bool input_pending = false;  // input arrived since the last frame: what it changed is drawn by one more frame
    int tree_frames = 0;  // frames drawn in a row because the semantic tree was still changing
    bool first_frame_done = false;
    bool editing_shown = false;
    bool theme_chosen = false;
    int shown_theme = -1, shown_scale = 0;  // what js_theme() last told the page  // the person chose a theme in Settings: the system's setting no longer applies
    std::string last_tree;  // the semantic tree last sent to the accessible DOM
    double css_w = 0, css_h = 0, dpr = 1;
    double zoom = 1;  // the pinch-zoom of the visual viewport, as far as the canvas follows it
    int unsaved = -1;        // last value sent to the page
    float height_sent = -1;  // last content height sent to an embedding page

    TouchMode touch_mode = TouchMode::none;
    int touch_id = -1;
    double touch_start_x = 0, touch_start_y = 0, touch_y = 0;
    ImGuiID scroll_window = 0;
    double last_touch_ms = -1e9;
    struct Sample { double t, y; };
    Sample samples[8] = {};  // the finger's recent positions, for the fling's speed
    int sample_count = 0;
    // Momentum after a fling: px per ms, decaying.
    bool fling = false;
    double fling_v = 0, fling_t = 0;
    ImGuiID fling_window = 0;
};

Page page;

constexpr double touch_slop = 6.0;         // CSS px a finger moves before it is a drag
constexpr double fling_min_speed = 0.25;   // px/ms
constexpr double fling_stop_speed = 0.02;  // px/ms
constexpr double fling_time_constant = 325.0;  // ms: momentum decays like the platforms' own scroll views
constexpr double max_render_scale = 4.0;   // device pixels per CSS px the canvas may use (memory, texture limits)

// A frame soon. `input`: something happened (an event, an action) whose effects show one frame later.
void request_frame(bool input = true);

std::string take_c_string(char* s) {
    std::string out = s ? s : "";
    std::free(s);
    return out;
}

// Device pixels per CSS pixel of the canvas: the device's ratio, times the pinch-zoom, within a bound.
double render_scale() { return std::min(max_render_scale, std::max(page.dpr, page.dpr * page.zoom)); }

void update_canvas_size() {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    double dpr = emscripten_get_device_pixel_ratio();
    if (dpr <= 0) dpr = 1;
    page.css_w = w;
    page.css_h = h;
    page.dpr = dpr;
    const double k = render_scale();
    emscripten_set_canvas_element_size("#canvas", static_cast<int>(std::lround(w * k)),
                                       static_cast<int>(std::lround(h * k)));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(k), static_cast<float>(k));
    page.app->set_browser_text_scale(js_browser_text_scale());
    page.app->state().reveal_editing = true;
}

// [SUBSECTION] Scrolling by hand (touch, wheel): the innermost window under a point that can move that way.

float scroll_now(const ImGuiWindow* w) {
    // A scroll asked for since the last frame counts: several touch moves can arrive between two frames.
    return w->ScrollTarget.y < FLT_MAX ? std::clamp(w->ScrollTarget.y, 0.0f, w->ScrollMax.y) : w->Scroll.y;
}

// `finger_dy` > 0: the content should move down (towards its top).
ImGuiWindow* scrollable_at(ImVec2 p, double finger_dy) {
    ImGuiContext& g = *GImGui;
    for (int i = g.Windows.Size - 1; i >= 0; --i) {
        ImGuiWindow* w = g.Windows[i];
        if (!w->Active || w->Hidden || !w->OuterRectClipped.Contains(p)) continue;
        for (; w; w = w->ParentWindow) {
            if (w->ScrollMax.y <= 0.0f || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) continue;
            const float at = scroll_now(w);
            if (finger_dy > 0 ? at > 0.5f : at < w->ScrollMax.y - 0.5f) return w;
        }
        return nullptr;  // the topmost window under the point decides
    }
    return nullptr;
}

// Moves the content with the finger; returns how far it moved.
float scroll_by(ImGuiWindow* w, double finger_dy) {
    const float at = scroll_now(w);
    const float to = std::clamp(at - static_cast<float>(finger_dy), 0.0f, w->ScrollMax.y);
    ImGui::SetScrollY(w, to);
    return at - to;
}

void stop_fling() { page.fling = false; }

void run_effects() {
    auto& effects = page.app->state().effects;
    bool editing = false;
    for (const auto& e : effects) {
        switch (e.kind) {
            case ui::Effect::Kind::lang_changed: js_set_lang(e.value.c_str()); break;
            case ui::Effect::Kind::quick_exit: js_quick_exit(); break;
            case ui::Effect::Kind::open_url:
                if (!js_open_url(e.value.c_str())) page.app->platform_blocked("embed.popup_blocked", e.value);
                break;
            case ui::Effect::Kind::edit_text:
                editing = true;
                js_edit_text(e.target.c_str(), e.value.c_str(), e.x, e.y, e.w, e.h, e.input_mode.c_str(),
                             e.max_length);
                break;
            case ui::Effect::Kind::save_file: js_save_file(e.target.c_str(), e.value.c_str()); break;
            case ui::Effect::Kind::open_file: js_open_file(e.value.c_str()); break;
            case ui::Effect::Kind::print:
                if (!js_print_view(e.value.c_str())) page.app->platform_blocked("embed.popup_blocked", e.value);
                break;
            case ui::Effect::Kind::history_push: js_history(1, e.serial, page.app->history_index()); break;
            case ui::Effect::Kind::history_back: js_history(2, 0, page.app->history_index()); break;
            case ui::Effect::Kind::load_documents: js_load_documents(); break;
            case ui::Effect::Kind::print_document: js_document("print", e.value.c_str()); break;
            case ui::Effect::Kind::save_docx: js_document("docx", e.value.c_str()); break;
            case ui::Effect::Kind::clear_print: js_document("clear", ""); break;
            case ui::Effect::Kind::theme_changed: page.theme_chosen = true; break;
            case ui::Effect::Kind::focus: js_focus_node(e.value.c_str()); break;
            case ui::Effect::Kind::title: js_set_title(e.value.c_str()); break;
            case ui::Effect::Kind::apply_update: js_apply_update(e.value.c_str()); break;
            case ui::Effect::Kind::forget_device: js_forget_device(); break;
            case ui::Effect::Kind::fetch_asset: js_fetch_asset(e.value.c_str()); break;
            case ui::Effect::Kind::timer: js_timer(e.value.c_str(), e.target.c_str(), e.after_ms); break;
        }
    }
    if (!editing && page.editing_shown) js_edit_hide();
    page.editing_shown = editing;
    effects.clear();
    const int unsaved = page.app->has_unsaved_work() ? 1 : 0;
    if (unsaved != page.unsaved) js_set_unsaved(page.unsaved = unsaved);
    const float height = std::ceil(page.app->content_height());
    if (height != page.height_sent) js_content_height(page.height_sent = height);
}

std::string css_color(const ImVec4& c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", static_cast<int>(std::lround(c.x * 255)),
                  static_cast<int>(std::lround(c.y * 255)), static_cast<int>(std::lround(c.z * 255)));
    return buf;
}

void sync_theme() {
    const auto& st = page.app->state();
    if (static_cast<int>(st.theme) == page.shown_theme && st.text_scale_percent == page.shown_scale) return;
    page.shown_theme = static_cast<int>(st.theme);
    page.shown_scale = st.text_scale_percent;
    const ui::Palette& p = ui::palette(st.theme);
    js_theme(css_color(p.background).c_str(), css_color(p.surface).c_str(), css_color(p.text).c_str(),
             css_color(p.accent).c_str(), static_cast<float>(st.text_scale_percent) / 100.0f);
}

bool sync_tree() {
    std::string json = page.app->tree().to_json();
    if (json == page.last_tree) return false;
    page.last_tree = std::move(json);
    js_tree_changed();
    return true;
}

void step_fling(double now) {
    if (!page.fling) return;
    ImGuiWindow* w = ImGui::FindWindowByID(page.fling_window);
    const double dt = std::min(50.0, now - page.fling_t);
    page.fling_t = now;
    if (!w || dt <= 0) return;
    const float moved = scroll_by(w, page.fling_v * dt);
    page.fling_v *= std::exp(-dt / fling_time_constant);
    if (std::fabs(page.fling_v) < fling_stop_speed || (moved == 0.0f && dt > 0)) stop_fling();
}

EM_BOOL on_animation_frame(double, void*) {
    page.frame_pending = false;
    const bool had_input = page.input_pending;
    page.input_pending = false;
    ImGuiIO& io = ImGui::GetIO();
    const float scale = static_cast<float>(render_scale());
    if (page.app->fonts_need_rebuild(scale)) {
        page.app->rebuild_fonts(scale);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    const double now = emscripten_get_now();
    step_fling(now);
    page.app->set_now(now / 1000.0);
    page.app->set_today(otbasy::platform::today());
    io.DeltaTime = 1.0f / 60.0f;  // ImGui only needs a positive step; real time is irrelevant when drawing on demand
    const double t0 = emscripten_get_now();
    ImGui_ImplOpenGL3_NewFrame();
    // Up to three passes before anything is drawn: input that Dear ImGui holds back for the next frame (a press and
    // its release that arrived together) and a change of screen (whose first pass only measures) are answered in
    // this frame instead of the next ones. Only the last pass is drawn.
    for (int pass = 0;; ++pass) {
        ImGui::NewFrame();
        page.app->frame();
        ImGui::Render();
        if (pass == 2 || (ImGui::GetCurrentContext()->InputEventsQueue.Size == 0 && !page.app->screen_changed()))
            break;
    }
    const double t_built = emscripten_get_now();

    emscripten_webgl_make_context_current(page.gl);
    int fb_w = static_cast<int>(std::lround(page.css_w * scale)), fb_h = static_cast<int>(std::lround(page.css_h * scale));
    glViewport(0, 0, fb_w, fb_h);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    run_effects();
    sync_theme();
    const bool tree_changed = sync_tree();
    js_frame_done(page.first_frame_done ? 0 : 1, t_built - t0, emscripten_get_now() - t0);
    page.first_frame_done = true;

    // Another frame while there is something to draw: the frame after an input (a press changes the state after
    // its widget was drawn), input ImGui has not taken in yet (it takes fast taps over several frames), a screen
    // still settling (its semantic tree changed this frame), a fling, or the UI's own request. Otherwise the page
    // rests at 0 frames a second.
    page.tree_frames = tree_changed ? page.tree_frames + 1 : 0;
    if (had_input || GImGui->InputEventsQueue.Size > 0 || page.app->wants_frame() || page.fling ||
        (tree_changed && page.tree_frames < 8))
        request_frame(false);
    return EM_FALSE;
}

void request_frame(bool input) {
    page.input_pending |= input;
    if (page.frame_pending) return;
    page.frame_pending = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] Input
// ---------------------------------------------------------------------------------------------------------------

ImGuiKey key_from_dom(const char* code, const char* key) {
    struct Map { const char* dom; ImGuiKey key; };
    static const Map by_code[] = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End}, {"Insert", ImGuiKey_Insert},
        {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace}, {"Space", ImGuiKey_Space},
        {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Escape", ImGuiKey_Escape},
        {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl}, {"ShiftLeft", ImGuiKey_LeftShift},
        {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
        {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper}};
    for (const auto& m : by_code)
        if (std::strcmp(code, m.dom) == 0) return m.key;
    // Letters by the character typed, so that Ctrl+A/C/V/X/Z work on any layout (Kazakh, Russian, Latin).
    if (key[0] && !key[1]) {
        char c = key[0];
        if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    }
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && !code[4])
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    return ImGuiKey_None;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    // A touch is followed by the mouse events browsers make up for old pages: the touch was handled already.
    if (emscripten_get_now() - page.last_touch_ms < 1000.0) return EM_FALSE;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        int b = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
        if (b >= 0) io.AddMouseButtonEvent(b, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
        if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) stop_fling();
    }
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    request_frame();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    if (e->mouse.ctrlKey || e->mouse.metaKey) return EM_FALSE;  // the browser's zoom (and a touchpad's pinch)
    const double unit = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 : e->deltaMode == DOM_DELTA_LINE ? 40.0 : page.css_h * 0.9;
    const double dy = e->deltaY * unit;
    if (dy == 0.0 || std::fabs(e->deltaX) > std::fabs(e->deltaY)) return EM_FALSE;
    stop_fling();
    const ImVec2 p(static_cast<float>(e->mouse.targetX), static_cast<float>(e->mouse.targetY));
    ImGuiWindow* w = scrollable_at(p, -dy);
    if (!w) return EM_FALSE;  // nothing here scrolls that way: the embedding page may
    scroll_by(w, -dy);
    ImGui::GetIO().AddMousePosEvent(p.x, p.y);
    request_frame();
    return EM_TRUE;
}

// Presses go away from every widget before being released, so that a drag never activates anything.
void release_press_away() {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    io.AddMouseButtonEvent(0, false);
}

void add_sample(double t, double y) {
    if (page.sample_count == 8) {
        std::memmove(page.samples, page.samples + 1, sizeof(Page::Sample) * 7);
        page.sample_count = 7;
    }
    page.samples[page.sample_count++] = {t, y};
}

// The finger's speed over its last 100 ms (px/ms); 0 if it stopped before lifting.
double finger_speed(double now) {
    int first = page.sample_count - 1;
    while (first > 0 && now - page.samples[first - 1].t <= 100.0) --first;
    if (first < 0 || page.sample_count - 1 - first < 1) return 0.0;
    const auto& a = page.samples[first];
    const auto& b = page.samples[page.sample_count - 1];
    if (now - b.t > 60.0 || b.t - a.t <= 0) return 0.0;
    return (b.y - a.y) / (b.t - a.t);
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    // The event's own time (not when it is handled: a busy frame must not make a fling look like a resting finger).
    const double now = e->timestamp > 0 ? e->timestamp : emscripten_get_now();
    page.last_touch_ms = emscripten_get_now();
    int changed = 0;
    for (int i = 0; i < e->numTouches; ++i) changed += e->touches[i].isChanged ? 1 : 0;
    const bool ending = type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL;
    const int fingers = ending ? e->numTouches - changed : e->numTouches;
    ImGuiIO& io = ImGui::GetIO();

    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
        stop_fling();
        if (page.touch_mode != TouchMode::none || fingers > 1) {
            // A second finger: a pinch, the browser's.
            if (page.touch_mode == TouchMode::undecided) release_press_away();
            page.touch_mode = TouchMode::browser;
            request_frame();
            return EM_FALSE;
        }
        const EmscriptenTouchPoint* t = nullptr;
        for (int i = 0; i < e->numTouches && !t; ++i)
            if (e->touches[i].isChanged) t = &e->touches[i];
        if (!t) return EM_FALSE;
        page.touch_mode = TouchMode::undecided;
        page.touch_id = t->identifier;
        page.touch_start_x = t->targetX;
        page.touch_start_y = page.touch_y = t->targetY;
        page.sample_count = 0;
        add_sample(now, t->targetY);
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(static_cast<float>(t->targetX), static_cast<float>(t->targetY));
        io.AddMouseButtonEvent(0, true);
        request_frame();
        return EM_FALSE;  // not prevented: the browser may still pan or zoom if this becomes a gesture of its own
    }

    const EmscriptenTouchPoint* t = nullptr;
    for (int i = 0; i < e->numTouches && !t; ++i)
        if (e->touches[i].identifier == page.touch_id) t = &e->touches[i];

    if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
        if (!t || page.touch_mode == TouchMode::none || page.touch_mode == TouchMode::browser) return EM_FALSE;
        if (fingers > 1) {
            if (page.touch_mode == TouchMode::undecided) release_press_away();
            page.touch_mode = TouchMode::browser;
            request_frame();
            return EM_FALSE;
        }
        const double dx = t->targetX - page.touch_start_x, dy = t->targetY - page.touch_start_y;
        if (page.touch_mode == TouchMode::undecided) {
            if (std::hypot(dx, dy) < touch_slop) return EM_FALSE;
            release_press_away();
            ImGuiWindow* w = std::fabs(dx) > std::fabs(dy)
                                 ? nullptr
                                 : scrollable_at(ImVec2(static_cast<float>(page.touch_start_x),
                                                        static_cast<float>(page.touch_start_y)), dy);
            request_frame();
            if (!w) {
                page.touch_mode = TouchMode::browser;  // sideways, or the content is at its end: the page's
                return EM_FALSE;
            }
            page.touch_mode = TouchMode::scroll;
            page.scroll_window = w->ID;
            page.touch_y = page.touch_start_y;  // the content follows the finger from where it touched
        }
        ImGuiWindow* w = ImGui::FindWindowByID(page.scroll_window);
        if (w) scroll_by(w, t->targetY - page.touch_y);
        page.touch_y = t->targetY;
        add_sample(now, t->targetY);
        request_frame();
        return EM_TRUE;
    }

    // End or cancel.
    EM_BOOL prevent = EM_FALSE;
    if (t && page.touch_mode == TouchMode::undecided) {
        if (type == EMSCRIPTEN_EVENT_TOUCHEND) {
            // A tap: release where it was, then move the pointer away so that nothing stays highlighted.
            io.AddMousePosEvent(static_cast<float>(t->targetX), static_cast<float>(t->targetY));
            io.AddMouseButtonEvent(0, false);
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            prevent = EM_TRUE;  // no made-up mouse events or click after it
        } else {
            release_press_away();
        }
    } else if (t && page.touch_mode == TouchMode::scroll && type == EMSCRIPTEN_EVENT_TOUCHEND) {
        const double v = finger_speed(now);
        if (std::fabs(v) >= fling_min_speed) {
            page.fling = true;
            page.fling_v = v;
            page.fling_t = emscripten_get_now();
            page.fling_window = page.scroll_window;
        }
        prevent = EM_TRUE;
    }
    if (fingers == 0) {
        page.touch_mode = TouchMode::none;
        page.touch_id = -1;
    }
    request_frame();
    return prevent;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    update_canvas_size();
    request_frame();
    return EM_FALSE;
}

// A release build passes no expression text (src/ui/imgui_config.hpp): the file and line name the check.
void on_imgui_assert(const char* expr, const char* file, int line) {
    if (*expr) std::fprintf(stderr, "imgui assert: %s (%s:%d)\n", expr, file, line);
    else std::fprintf(stderr, "imgui assert at %s:%d\n", file, line);
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] Exports for window.otbasy (web/loader.js wraps them)
// ---------------------------------------------------------------------------------------------------------------

extern "C" {

// The current frame's semantic tree as JSON; the string stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* otbasy_snapshot() {
    static std::string json;  // the page's single snapshot buffer, not app state
    json = page.app ? page.app->tree().to_json() : "[]";
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE void otbasy_act(const char* id, const char* value) {
    if (!page.app) return;
    page.app->act(id ? id : "", value ? value : "");
    request_frame();
}

// The platform's <input> lost focus or the person pressed Enter: editing of the field ends.
EMSCRIPTEN_KEEPALIVE void otbasy_edit_end() {
    if (!page.app) return;
    page.app->end_editing();
    request_frame();
}

// Tab (or Shift+Tab) pressed in the platform's <input>: editing ended there; focus moves on to the next control.
EMSCRIPTEN_KEEPALIVE void otbasy_tab(int backwards) {
    if (!page.app) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, backwards != 0);
    io.AddKeyEvent(ImGuiKey_Tab, true);
    io.AddKeyEvent(ImGuiKey_Tab, false);
    io.AddKeyEvent(ImGuiMod_Shift, false);
    request_frame();
}

// The browser moved to another history entry (Back, Forward, Android's Back): show that place. Returns how many of
// the app's entries lie before it.
EMSCRIPTEN_KEEPALIVE int otbasy_history(int serial) {
    if (!page.app) return 0;
    const int index = page.app->history_go(serial);
    request_frame();
    return index;
}

// What the person can see of the canvas (CSS px from its top), when a keyboard or a pinch changes it.
EMSCRIPTEN_KEEPALIVE void otbasy_visible_area(float top, float bottom) {
    if (!page.app) return;
    page.app->set_visible_area(std::max(0.0f, top), bottom);
    request_frame();
}

// The pinch-zoom came to rest: draw at the new resolution, so that zoomed text stays sharp.
EMSCRIPTEN_KEEPALIVE void otbasy_zoom(float scale) {
    if (!page.app || !(scale > 0.0f)) return;
    if (std::fabs(scale - page.zoom) < 0.01) return;
    page.zoom = scale;
    update_canvas_size();
    request_frame();
}

// The embedding page (web/embed.js) said what its frame's sandbox allows.
EMSCRIPTEN_KEEPALIVE void otbasy_host(int downloads_allowed) {
    if (!page.app) return;
    page.app->state().downloads_blocked = downloads_allowed == 0;
}

// The loader replaced the asset bundle (another language): reload the content, keep the person's state.
EMSCRIPTEN_KEEPALIVE void otbasy_reload() {
    if (!page.app) return;
    for (const auto& e : page.app->reload())
        std::fprintf(stderr, "asset error: %s: %s\n", e.path.c_str(), e.message.c_str());
    request_frame();
}

// A file asked for with js_fetch_asset arrived, or could not be had.
EMSCRIPTEN_KEEPALIVE void otbasy_asset_arrived(const char* name) {
    if (!page.app || !name) return;
    int size = js_arrived_size(name);
    std::string bytes(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
    js_arrived_take(name, size > 0 ? reinterpret_cast<unsigned char*>(bytes.data()) : nullptr);
    page.app->asset_arrived(name, std::move(bytes), size >= 0);
    request_frame();
}

// The loader added the rest of the content (the second bundle, fetched after the first frame) to the assets.
EMSCRIPTEN_KEEPALIVE void otbasy_content_ready() {
    if (!page.app) return;
    for (const auto& e : page.app->load_rest())
        std::fprintf(stderr, "asset error: %s: %s\n", e.path.c_str(), e.message.c_str());
    request_frame();
}

// The second bundle could not be fetched (after retries): the screens that wait for it say so.
EMSCRIPTEN_KEEPALIVE void otbasy_content_failed() {
    if (!page.app) return;
    page.app->content_failed();
    request_frame();
}

// Redraws now (e.g. after the page becomes visible again).
EMSCRIPTEN_KEEPALIVE void otbasy_redraw() { request_frame(); }

// [SECTION] Keyboard. The mirror's elements hold focus, so the browser does Tab, Shift+Tab, Enter and Space; the
// loader reports focus here and passes the keys the app itself answers.

// The mirror element of node `id` got focus ("" when focus left the mirror); `visible`: the keyboard is in use.
EMSCRIPTEN_KEEPALIVE void otbasy_focus(const char* id, int visible) {
    if (!page.app) return;
    page.app->focus().set(id ? id : "", visible != 0);
    request_frame();
}

// The person switched between keyboard and pointer: the ring shows only for the keyboard.
EMSCRIPTEN_KEEPALIVE void otbasy_focus_visible(int visible) {
    if (!page.app || page.app->focus().visible() == (visible != 0)) return;
    page.app->focus().set_visible(visible != 0);
    request_frame();
}

// A key the app answers itself (Escape: closes a card; twice, the quick exit). `code` and `key` as in the DOM.
EMSCRIPTEN_KEEPALIVE void otbasy_key(const char* code, const char* key, int down) {
    if (!page.app) return;
    ImGuiKey k = key_from_dom(code ? code : "", key ? key : "");
    if (k == ImGuiKey_None) return;
    ImGui::GetIO().AddKeyEvent(k, down != 0);
    request_frame();
}

// A key that scrolls the content: 0 line up, 1 line down, 2 page up, 3 page down, 4 top, 5 bottom.
EMSCRIPTEN_KEEPALIVE void otbasy_scroll(int which) {
    if (!page.app || which < 0 || which > 5) return;
    page.app->focus().scroll(static_cast<ui::ScrollKey>(which));
    request_frame();
}

// The system's dark or contrast setting changed: follow it unless the person chose a theme.
EMSCRIPTEN_KEEPALIVE void otbasy_system_theme() {
    if (!page.app || page.theme_chosen) return;
    page.app->state().theme = static_cast<ui::ThemeKind>(js_system_theme());
    request_frame();
}

// The loader tells the app what it learnt about the page: the offline copy, a waiting update, a handed-over session.
EMSCRIPTEN_KEEPALIVE void otbasy_platform_event(const char* name, const char* value) {
    if (!page.app) return;
    page.app->platform_event(name ? name : "", value ? value : "");
    request_frame();
}

}  // extern "C"

// ---------------------------------------------------------------------------------------------------------------
// [SECTION] platform.hpp
// ---------------------------------------------------------------------------------------------------------------

namespace otbasy::platform {

core::Date today() {
    int v = js_today();
    auto d = core::Date::from_ymd(v / 10000, v / 100 % 100, v % 100);
    return d ? *d : *core::Date::from_ymd(2026, 1, 1);
}

core::AssetReader asset_reader() {
    core::AssetReader r;
    r.read = [](std::string_view path) -> std::optional<std::string> {
        char* s = js_asset_read(std::string(path).c_str());
        if (!s) return std::nullopt;
        return take_c_string(s);
    };
    r.list = [](std::string_view dir) {
        std::string all = take_c_string(js_asset_list(std::string(dir).c_str()));
        std::vector<std::string> out;
        std::size_t start = 0;
        while (start < all.size()) {
            std::size_t end = all.find('\n', start);
            if (end == std::string::npos) end = all.size();
            out.push_back(all.substr(start, end - start));
            start = end + 1;
        }
        return out;
    };
    return r;
}

void run(ui::App* app) {
    page.app = app;
    app->set_documents_service([](const std::string& request) { return take_c_string(js_documents_call(request.c_str())); });
    ui::set_imgui_assert_handler(on_imgui_assert);

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.premultipliedAlpha = EM_FALSE;
    attrs.enableExtensionsByDefault = EM_FALSE;  // Dear ImGui needs none in WebGL2; enabling each costs a round trip
    page.gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (page.gl <= 0) {
        // The loader checks for WebGL2 before it downloads the app; this is the rare browser that says yes and
        // then refuses the canvas. Say so in the loader and offer the text version (no console error: it is not
        // a bug of the page).
        std::printf("WebGL2 is not available: offering the text version\n");
        js_no_webgl();
        return;
    }
    emscripten_webgl_make_context_current(page.gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is written anywhere unless the person asks
    io.LogFilename = nullptr;
    // No ImGuiConfigFlags_NavEnableKeyboard: keyboard focus lives in the accessible mirror (ui/focus.hpp).
    io.ConfigInputTextCursorBlink = false;  // blinking would need frames while idle
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.BackendPlatformName = "otbasy_web";

    std::string regular(static_cast<std::size_t>(js_font_size(0)), '\0');
    std::string bold(static_cast<std::size_t>(js_font_size(1)), '\0');
    if (!regular.empty()) js_font_copy(0, reinterpret_cast<unsigned char*>(regular.data()));
    if (!bold.empty()) js_font_copy(1, reinterpret_cast<unsigned char*>(bold.data()));
    if (regular.empty() || bold.empty()) std::fprintf(stderr, "the font did not load\n");
    app->set_font_data(std::move(regular), std::move(bold));
    app->state().lang = static_cast<ui::Lang>(js_initial_lang());
    app->state().theme = static_cast<ui::ThemeKind>(js_system_theme());
    js_watch_system_theme();
    js_set_lang(std::string(core::i18n::code(app->state().lang)).c_str());

    ImGui_ImplOpenGL3_Init("#version 300 es");
    update_canvas_size();
    // A starting topic from the address (?topic=…, an embedding page's choice); unknown ones are ignored.
    if (std::string topic = take_c_string(js_initial_topic()); !topic.empty()) (void)app->open_topic(topic);
    js_history(0, app->history_serial(), 0);
    js_watch_viewport();

    const char* win = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousedown_callback("#canvas", nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseup_callback(win, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mousemove_callback("#canvas", nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseleave_callback("#canvas", nullptr, EM_TRUE, on_mouse);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
    emscripten_set_touchstart_callback("#canvas", nullptr, EM_TRUE, on_touch);
    emscripten_set_touchmove_callback("#canvas", nullptr, EM_TRUE, on_touch);
    emscripten_set_touchend_callback("#canvas", nullptr, EM_TRUE, on_touch);
    emscripten_set_touchcancel_callback("#canvas", nullptr, EM_TRUE, on_touch);
    emscripten_set_resize_callback(win, nullptr, EM_TRUE, on_resize);
    js_watch_day();
    request_frame();
}

}  // namespace otbasy::platform
