// The static HTML version of the guide: one accessible page per topic and language, a language-choice index and a
// stylesheet. It is the no-JavaScript, screen-reader and search-engine version, and the loader's fallback.
// Layer: core/guide. Pure: it returns files as strings; the CLI (`otbasy-cli export-html OUTDIR`) writes them.
//
// Layout: index.html (languages → topics), guide.css, <lang>/index.html, <lang>/<topic>.html. Pages have a lang
// attribute, real headings (h1 topic, h2 parts, h3 nodes, h4 result sections), options as links to the anchor of
// the node they lead to, citations as links to adilet, glossary terms linked to a glossary section of <dfn>s,
// parameter values rendered on one date, every text escaped, no script, no inline style (CSP: 'self' styles).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/assets.hpp"
#include "core/base/date.hpp"
#include "core/base/result.hpp"
#include "core/guide/checker.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::guide {

struct HtmlFile {
    std::string path;  // relative to the output folder: "kk/divorce.html"
    std::string content;
};

struct HtmlOptions {
    Date as_of;            // the date parameter values are rendered on
    std::string app_href;  // relative link from a topic page to the app ("../../" in dist/guide/); "" for none
    // The quick exit's neutral site (the app's own quick exit goes there too); it replaces the whole window.
    std::string exit_href = "https://www.google.kz/";
};

// The guide's UI strings (assets/i18n/guide/<lang>.json), kk, ru, en.
using GuideStrings = std::array<i18n::Catalog, 3>;
Result<GuideStrings> load_guide_strings(const AssetReader& assets);

// Every key the export reads from the guide's strings (a test checks that all three catalogs hold them).
const std::vector<std::string>& html_string_keys();

// The files of the static version. Errors only when a string key is missing; bad content is the checker's job
// (the CLI refuses to export content that fails it), but nothing here crashes on it.
Result<std::vector<HtmlFile>> export_html(const Content& content, const GuideStrings& strings,
                                          const HtmlOptions& options);

// Minimal HTML escaping of text and attribute values: & < > " '.
std::string html_escape(std::string_view s);

}  // namespace otbasy::core::guide
