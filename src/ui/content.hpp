// Everything the screens read from assets/: dated parameters, the citable sources, the guide. Loaded once.
// Layer: ui (it only gathers core loaders).
#pragma once

#include <memory>

#include "core/assets.hpp"
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
    core::triage::Triage triage;      // safety words and help numbers, facts → answers (the situation box)
    // The situation classifier: fetched when the box is first used (App::asset_arrived), kept across reloads.
    std::shared_ptr<const core::triage::Model> triage_model;

    core::Errors load(const core::AssetReader& assets, core::Date today);
};

}  // namespace otbasy::ui
