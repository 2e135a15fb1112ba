// Test instrumentation for engines whose driver reports no console or network events (WebKit over classic
// WebDriver). The harness's server adds this script to index.html, before the loader, only in those runs. It
// records what the other engines' protocols report — uncaught errors, rejected promises, console.error, failed or
// non-2xx loads, and any request to another origin — and hands the list over through window.__otbasyProbe.drain().
(function () {
  "use strict";
  var found = [];
  function text(x) {
    if (x && typeof x === "object" && "message" in x) return String(x.message);
    try { return String(x); } catch (e) { return "?"; }
  }
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (t && t !== window && (t.src || t.href)) found.push("request failed: " + (t.src || t.href));
    else found.push("page error: " + (e.error ? text(e.error) : e.message));
  }, true);
  window.addEventListener("unhandledrejection", function (e) { found.push("page error: " + text(e.reason)); });
  var consoleError = console.error;
  console.error = function () {
    found.push("console: " + Array.prototype.map.call(arguments, text).join(" "));
    return consoleError.apply(console, arguments);
  };
  var realFetch = window.fetch;
  window.fetch = function (input) {
    var url = typeof input === "string" ? input : input && input.url;
    return realFetch.apply(this, arguments).then(function (r) {
      if (r.status >= 400) found.push("HTTP " + r.status + ": " + r.url);
      return r;
    }, function (e) {
      found.push("request failed: " + url + " " + text(e));
      throw e;
    });
  };
  if (window.PerformanceObserver) {
    try {
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (e) {
          if (new URL(e.name, location.href).origin !== location.origin) found.push("request to another origin: " + e.name);
          else if (e.initiatorType !== "fetch" && e.responseStatus >= 400) found.push("HTTP " + e.responseStatus + ": " + e.name);
        });
      }).observe({ type: "resource", buffered: true });
    } catch (e) { /* an engine without resource timing: the other checks still run */ }
  }
  Object.defineProperty(window, "__otbasyProbe", { value: { drain: function () { return found.splice(0); } } });
})();
