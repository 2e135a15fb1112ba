// What documents read from assets/: the six templates (documents/<type>.json), the links from guide results and
// the calculators to documents (documents/links.json), and the dated list of the specialised interdistrict juvenile
// courts (law/courts.json). Layer: core/documents.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assets.hpp"
#include "core/base/date.hpp"
#include "core/base/json_read.hpp"
#include "core/base/result.hpp"
#include "core/documents/template.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::documents {

// The document types, in the order the app lists them.
inline constexpr std::array<std::string_view, 6> document_types = {
    "court_order", "alimony_claim", "divorce_claim", "alimony_agreement", "mediated_agreement", "bailiff_application"};
bool is_document_type(std::string_view type);

// Where a list entry was read.
struct CourtSource {
    std::string id;
    std::string cite;      // a citation id of law/sources.json, or ""
    std::string url;       // a public page, or ""
    std::string title;
    std::string read_on;   // YYYY-MM-DD, or "" for a citation
};

struct Court {
    std::string id;                // "astana"
    i18n::LocalizedText region;    // the region or city, for the chooser (kk, ru, en)
    DocText name;                  // the court's name (nominative)
    DocText to;                    // the heading block's line: to this court (kk dative, ru «В …»)
    std::optional<DocText> address;  // null while no official source was read
    std::vector<std::string> sources;  // ids of CourtSource
    bool unconfirmed = false;      // the name or the seat was not read in a primary source
    std::string note;              // what is not confirmed, in English for maintainers
};

struct Courts {
    Date checked_on;
    std::vector<CourtSource> sources;
    std::vector<Court> courts;
    const Court* find(std::string_view id) const;
};

// Which documents a guide result or a calculator leads to, and what the form starts with.
struct Link {
    std::vector<std::string> documents;
    Json prefill = Json::object();  // input fields the result implies ({"consent": "objects"})
};

struct Links {
    std::map<std::string, Link, std::less<>> results;  // guide result id → link
    std::map<std::string, Link, std::less<>> tools;    // "estimator" | "arrears" → link
};

inline constexpr const char* links_file = "documents/links.json";
inline constexpr const char* courts_file = "law/courts.json";

Result<Courts> parse_courts(std::string_view json_text, const std::string& file);
Result<Links> parse_links(std::string_view json_text, const std::string& file);

// The links only: the app reads them at start (small); the templates and the courts come when a document is opened.
Result<Links> load_links(const AssetReader& assets);

struct Library {
    std::map<std::string, Template, std::less<>> templates;
    Courts courts;
    const Template* find(std::string_view type) const;
    // Reads every template and the court list.
    static Result<Library> load(const AssetReader& assets);
};

// The checks of `guide lint` for documents: every template parses and matches its type's fields, cites only
// articles of law/sources.json, holds kk and ru; the links name known results, tools, documents and input fields;
// the court list is well formed and every court names a source. `result_exists` answers for guide result ids.
Errors lint_documents(const AssetReader& assets, const std::function<bool(std::string_view)>& cite_exists,
                      const std::function<bool(std::string_view)>& result_exists);

}  // namespace otbasy::core::documents
