// Everything the screens read from assets/: dated parameters, the citable sources, the guide. Loaded once.
// Layer: ui (it only gathers core loaders).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <memory>

#include "core/assets.hpp"
#include "core/documents/library.hpp"
#include "core/guide/model.hpp"
#include "core/guide/search.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"
#include "core/triage/triage.hpp"

namespace otbasy::ui {

struct Content {
    core::law::ParameterSet params;
    core::law::Sources sources;
    core::guide::Guide guide;
    core::triage::Lexicon lexicon;    // stop words and synonyms, shared by the search and the situation box
    core::guide::SearchIndex search;  // built once; parameter values in hit titles as of `today`
    core::documents::Links document_links;  // which results lead to which documents (small: read at start)
    // The court list, read when the platform has fetched the documents' files (a document was opened).
    std::optional<core::documents::Courts> courts;
    core::Errors documents_errors;
    // The documents' engine: a JSON request in, the document or the mistakes out (core::documents::Service). The
    // platform provides it: in the browser a module loaded with the documents' files, natively the engine itself.
    std::function<std::string(const std::string&)> documents_call;
    core::triage::Triage triage;      // safety words and help numbers, facts → answers (the situation box)
    // The situation classifier: fetched when the box is first used (App::asset_arrived), kept across reloads.
    std::shared_ptr<const core::triage::Model> triage_model;

    core::Errors load(const core::AssetReader& assets, core::Date today);
    void load_documents(const core::AssetReader& assets);
    bool documents_ready() const { return courts.has_value() && static_cast<bool>(documents_call); }
};

}  // namespace otbasy::ui
