// Everything the screens read from assets/: dated parameters, the citable sources, the guide, and the search over
// it. Layer: ui (it only gathers core loaders).
//
// Two stages, for the browser's first visit (docs/ARCHITECTURE.md §4): the first asset bundle holds only the UI
// strings and a topic index (guide/index.json, written by tools/make_dist.py from the topic files), enough to draw
// the home screen and the list of topics; the rest arrives right after the first frame. Until then `complete` is
// false and the screens that need more show a short "loading" state. Where every file is at hand (the CLI, the
// tests) one load gives the whole content.
#pragma once

#include <optional>

#include "core/assets.hpp"
#include "core/guide/model.hpp"
#include "core/guide/search.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"

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
    void reset(const core::guide::Guide* guide, const core::law::ParameterSet* params, core::Date as_of);

    const core::guide::Guide* guide_ = nullptr;
    const core::law::ParameterSet* params_ = nullptr;
    core::Date as_of_ = *core::Date::from_ymd(2026, 1, 1);
    mutable std::optional<core::guide::SearchIndex> index_;
};

struct Content {
    core::law::ParameterSet params;
    core::guide::Guide guide;  // until complete: the topics (id, order, title, summary, start) without their nodes
    core::law::Sources sources;
    LazySearchIndex search;    // parameter values in hit titles as of `today`
    bool complete = false;     // everything is loaded (not only the first bundle's topic index)

    // Loads the whole content when the guide's files are there, else the topic index of the first bundle.
    core::Errors load(const core::AssetReader& assets, core::Date today);
    // The day changed: the search index (which holds parameter values in its titles) is rebuilt on its next use.
    void set_today(core::Date today);

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
