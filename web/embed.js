// Otbasy Komek inside another site (a court portal): include this script from where the app is served and mark
// where the app goes. Documented in docs/EMBED.md.
//
//   <div data-otbasy-embed data-lang="ru" data-topic="child_alimony"></div>
//   <script src="https://APP-ADDRESS/embed.js" async></script>
//
// The script puts an <iframe> of the app there and talks to it with postMessage, accepting messages only from that
// frame and the app's origin:
//  - the frame's height follows the app's screen (never taller than the window: a longer screen scrolls inside the
//    frame, and a scroll that reaches its end goes on with the page);
//  - when the person moves to another screen and the frame's top is above the window, the frame's top is brought
//    into view;
//  - the quick exit replaces this whole page with the neutral site, stepping back over the app's history entries;
//  - the app learns what the frame's sandbox allows, so that it can say "downloads are blocked here" instead of
//    failing silently.
// Attributes: data-lang (kk, ru, en), data-topic (a guide topic id), data-title (the frame's accessible name),
// data-sandbox (the frame's sandbox tokens; none by default), data-min-height / data-max-height (px; the max defaults
// to the window's height, "none" lets the frame grow to the whole screen's height).
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appUrl = new URL(".", script.src);
  var appOrigin = appUrl.origin;

  function px(value, fallback) {
    var n = parseInt(value, 10);
    return isFinite(n) && n > 0 ? n : fallback;
  }

  function mount(host) {
    if (host.getAttribute("data-otbasy-mounted")) return;
    host.setAttribute("data-otbasy-mounted", "1");
    var params = new URLSearchParams();
    var lang = host.getAttribute("data-lang");
    var topic = host.getAttribute("data-topic");
    if (lang) params.set("lang", lang);
    if (topic) params.set("topic", topic);
    var frame = document.createElement("iframe");
    frame.src = appUrl.href + (params.toString() ? "?" + params.toString() : "");
    frame.title = host.getAttribute("data-title") || "Отбасы көмек — Otbasy Komek";
    var sandbox = host.getAttribute("data-sandbox");
    if (sandbox !== null) frame.setAttribute("sandbox", sandbox);
    frame.setAttribute("referrerpolicy", "no-referrer");
    var minHeight = px(host.getAttribute("data-min-height"), 320);
    var maxAttr = host.getAttribute("data-max-height");
    var contentHeight = px(host.getAttribute("data-height"), 600);
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = contentHeight + "px";
    host.appendChild(frame);

    function maxHeight() {
      if (maxAttr === "none") return Infinity;
      return px(maxAttr, window.innerHeight || 600);
    }
    function fit() {
      var h = Math.max(minHeight, Math.min(contentHeight, maxHeight()));
      if (frame.style.height !== h + "px") frame.style.height = h + "px";
    }
    window.addEventListener("resize", fit);

    function allows(token) {
      return sandbox === null || (" " + sandbox + " ").indexOf(" " + token + " ") >= 0;
    }

    function quickExit(url) {
      if (!/^https:\/\//.test(url || "")) url = "https://www.google.kz/";
      frame.style.visibility = "hidden";
      document.title = "";
      location.replace(url);
    }

    window.addEventListener("message", function (e) {
      // Only the app in this frame, from the app's origin (or a sandbox without allow-same-origin, "null").
      if (e.source !== frame.contentWindow || (e.origin !== appOrigin && e.origin !== "null")) return;
      var d = e.data || {};
      switch (d.type) {
        case "otbasy:ready":
          frame.contentWindow.postMessage({ type: "otbasy:host", downloads: allows("allow-downloads"),
                                            popups: allows("allow-popups") }, e.origin === "null" ? "*" : appOrigin);
          break;
        case "otbasy:height":
          if (typeof d.height === "number" && d.height > 0) {
            contentHeight = Math.ceil(d.height);
            fit();
          }
          break;
        case "otbasy:navigated": {
          var top = frame.getBoundingClientRect().top;
          if (top < 0) window.scrollBy(0, top);
          break;
        }
        case "otbasy:quick-exit":
          quickExit(d.url);
          break;
      }
    });
  }

  function mountAll() {
    var hosts = document.querySelectorAll("[data-otbasy-embed]");
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
