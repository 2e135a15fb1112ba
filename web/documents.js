// Filled-in documents in the browser, loaded the first time one is printed or saved: a print-only page built from
// the document's model (real text, A4, the app's fonts) handed to the browser's own print (which also saves PDFs),
// and the .docx zipped by the zip module (zip.js + zip.wasm, loaded on first use) and offered as a download.
// Nothing leaves the device: no request carries the document; the page and the file exist only in this tab.
(function () {
  "use strict";

  var PRINT_ID = "otbasy-print";
  var cssReady = null, zipReady = null;

  // This build's name of a file (content-hashed, see tools/make_dist.py); scripts through the page's Trusted Types
  // policy (loader.js).
  var otbasy = window.otbasy || {};
  function fileUrl(name) { return otbasy.fileUrl ? otbasy.fileUrl(name) : name; }
  function scriptUrl(name) { return otbasy.scriptUrl ? otbasy.scriptUrl(name) : name; }

  // The print styles (document.css, this site's own file: the strict CSP allows it).
  function loadCss() {
    if (!cssReady) {
      cssReady = new Promise(function (resolve) {
        var link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = fileUrl("document.css");
        link.onload = resolve;
        link.onerror = function () { console.error("document.css did not load"); resolve(); };
        document.head.appendChild(link);
      });
    }
    return cssReady;
  }

  function clear() {
    var old = document.getElementById(PRINT_ID);
    if (old) old.remove();
  }

  function runs(el, list) {
    (list || []).forEach(function (r) {
      var node = document.createTextNode(r.text);
      if (r.bold) {
        var b = document.createElement("strong");
        b.appendChild(node);
        el.appendChild(b);
      } else {
        el.appendChild(node);
      }
    });
  }

  function cellRow(tag, cells, cellTag) {
    var tr = document.createElement("tr");
    cells.forEach(function (c) {
      var td = document.createElement(cellTag);
      td.textContent = c.text;
      if (c.numeric && cellTag === "td") td.className = "num";
      tr.appendChild(td);
    });
    var section = document.createElement(tag);
    section.appendChild(tr);
    return section;
  }

  // The model's blocks as elements; text only through text nodes (no markup is ever parsed).
  function build(model) {
    var article = document.createElement("article");
    article.id = PRINT_ID;
    article.className = "otbasy-doc";
    article.lang = model.lang;
    var addressee = null;
    model.blocks.forEach(function (b) {
      if (b.kind !== "addressee") addressee = null;
      var el;
      if (b.kind === "addressee") {
        if (!addressee) {
          addressee = document.createElement("div");
          addressee.className = "addressee";
          article.appendChild(addressee);
        }
        el = document.createElement("p");
        runs(el, b.runs);
        addressee.appendChild(el);
        return;
      }
      if (b.kind === "table") {
        el = document.createElement("table");
        el.appendChild(cellRow("thead", b.header, "th"));
        var body = document.createElement("tbody");
        b.rows.forEach(function (r) { body.appendChild(cellRow("tbody", r, "td").firstChild); });
        el.appendChild(body);
        if (b.footer) el.appendChild(cellRow("tfoot", b.footer, "td"));
      } else if (b.kind === "signature") {
        el = document.createElement("p");
        var left = document.createElement("span"), right = document.createElement("span");
        var side = left;
        (b.runs || []).forEach(function (r) {
          var parts = r.text.split("\t");
          parts.forEach(function (text, i) {
            if (i > 0) side = right;
            if (text) runs(side, [{ text: text, bold: r.bold }]);
          });
        });
        el.appendChild(left);
        el.appendChild(right);
      } else {
        el = document.createElement(b.kind === "title" ? "h1" : b.kind === "heading" ? "h2" : "p");
        if (b.number) el.appendChild(document.createTextNode(b.number + ". "));
        runs(el, b.runs);
      }
      el.className = b.kind + (b.page_break ? " page-break" : "");
      el.setAttribute("data-block", b.id);
      article.appendChild(el);
    });
    return article;
  }

  function print(json) {
    var model = JSON.parse(json);
    loadCss().then(function () {
      clear();
      var article = build(model);
      document.body.appendChild(article);
      var title = document.title;
      document.title = model.title;  // the suggested PDF file name
      var fonts = document.fonts && document.fonts.load ? Promise.all([
        document.fonts.load('1em "Otbasy Sans"'), document.fonts.load('bold 1em "Otbasy Sans"')]) : Promise.resolve();
      fonts.catch(function () {}).then(function () {
        window.print();
        document.title = title;
      });
    });
  }

  function loadZip() {
    if (!zipReady) {
      zipReady = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        try { s.src = scriptUrl("zip.js"); } catch (e) { reject(e); return; }
        s.onload = function () {
          window.OtbasyZip({ locateFile: function (path) { return fileUrl(path); } }).then(resolve, reject);
        };
        s.onerror = function () { reject(new Error("zip.js did not load")); };
        document.body.appendChild(s);
      });
    }
    return zipReady;
  }

  function docx(json) {
    var pkg = JSON.parse(json);
    loadZip().then(function (z) {
      var enc = new TextEncoder();
      z._otbasy_zip_begin(pkg.date[0], pkg.date[1], pkg.date[2]);
      pkg.parts.forEach(function (part) {
        var name = enc.encode(part[0] + "\0"), data = enc.encode(part[1]);
        var pn = z._malloc(name.length), pd = z._malloc(Math.max(1, data.length));
        z.HEAPU8.set(name, pn);
        z.HEAPU8.set(data, pd);
        z._otbasy_zip_add(pn, pd, data.length);
        z.HEAPU8.fill(0, pd, pd + data.length);
        z._free(pn);
        z._free(pd);
      });
      var p = z._otbasy_zip_finish();
      if (!p) throw new Error("the .docx could not be packed");
      var bytes = z.HEAPU8.slice(p, p + z._otbasy_zip_size());
      z._otbasy_zip_clear();
      var blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = pkg.file;
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
    }).catch(function (e) { console.error("docx: " + e); });
  }

  // The print page holds names and ИИН: it goes when printing ends.
  window.addEventListener("afterprint", clear);

  window.otbasyDocuments = { print: print, docx: docx, clear: clear };
})();
