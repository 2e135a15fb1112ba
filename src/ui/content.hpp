// Everything the screens read from assets/: dated parameters, the citable sources, the guide, and the search over
// it. Layer: ui (it only gathers core loaders).
//
// Two stages, for the browser's first visit (docs/ARCHITECTURE.md §4): the first asset bundle holds only the UI
// strings and a topic index (guide/index.json, written by tools/make_dist.py from the topic files), enough to draw
// the home screen and the list of topics; the rest arrives right after the first frame. Until then `complete` is
// false and the screens that need more show a short "loading" state. Where every file is at hand (the CLI, the
// tests) one load gives the whole content.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/assets.hpp"
#include "core/documents/library.hpp"
#include "core/guide/model.hpp"
#include "core/guide/search.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"
#include "core/triage/triage.hpp"

namespace otbasy::ui {

// The search index, built on first use rather than at load (building it stems every text of the guide): a first
// visit that never searches never pays for it. Rebuilt on the next use after the content or the day changed.
class LazySearchIndex {
public:
    std::vector<core::guide::Hit> search(std::string_view query, core::i18n::Lang lang, std::size_t limit = 20) const {
        return index().search(query, lang, limit);
    }
    const core::guide::SearchIndex& index() const;
    bool built() const { return index_.has_value(); }

private:
    friend struct Content;
    void reset(const core::guide::Guide* guide, const core::law::ParameterSet* params, core::Date as_of,
               const core::triage::Lexicon* lexicon);

    const core::guide::Guide* guide_ = nullptr;
    const core::law::ParameterSet* params_ = nullptr;
    const core::triage::Lexicon* lexicon_ = nullptr;
    core::Date as_of_ = *core::Date::from_ymd(2026, 1, 1);
    mutable std::optional<core::guide::SearchIndex> index_;
};

struct Content {
    core::law::ParameterSet params;
    core::guide::Guide guide;  // until complete: the topics (id, order, title, summary, start) without their nodes
    core::law::Sources sources;
    core::triage::Lexicon lexicon;  // stop words and synonyms, shared by the search and the situation box
    LazySearchIndex search;    // parameter values in hit titles as of `today`
    bool complete = false;     // everything is loaded (not only the first bundle's topic index)
    core::documents::Links document_links;  // which results lead to which documents (with the rest of the content)
    // The court list, read when the platform has fetched the documents' files (a document was opened).
    std::optional<core::documents::Courts> courts;
    core::Errors documents_errors;
    // The documents' engine: a JSON request in, the document or the mistakes out (core::documents::Service). The
    // platform provides it: in the browser a module loaded with the documents' files, natively the engine itself.
    std::function<std::string(const std::string&)> documents_call;
    core::triage::Triage triage;      // safety words and help numbers, facts → answers (the situation box)
    // The situation classifier: fetched when the box is first used (App::asset_arrived), kept across reloads.
    std::shared_ptr<const core::triage::Model> triage_model;

    // Loads the whole content when the guide's files are there, else the topic index of the first bundle. What is
    // not part of a language's bundle (the court list, the documents' engine, the classifier) is kept.
    core::Errors load(const core::AssetReader& assets, core::Date today);
    // The day changed: the search index (which holds parameter values in its titles) is rebuilt on its next use.
    void set_today(core::Date today);
    // Loads what needs the documents' files (fetched when a document is first opened): the court list.
    void load_documents(const core::AssetReader& assets);
    bool documents_ready() const { return courts.has_value() && static_cast<bool>(documents_call); }

    Content() = default;
    Content(const Content&) = delete;  // the search index points into this object
    Content& operator=(const Content&) = delete;
    Content(Content&&) = delete;
    Content& operator=(Content&&) = delete;
};

// The first bundle's topic index: guide/index.json ({"schema": 1, "topics": [{topic, order, title, summary,
// start}]}, in topics.json's order). Errors are values, with the file's path.
inline constexpr const char* topic_index_file = "guide/index.json";
core::Result<core::guide::Guide> load_topic_index(const core::AssetReader& assets);

}  // namespace otbasy::ui
