// Loading the content the screens read, in one go or in two stages (content.hpp). Layer: ui.
#include "ui/content.hpp"

namespace otbasy::ui {

const core::guide::SearchIndex& LazySearchIndex::index() const {
    if (!index_) {
        static const core::guide::Guide no_guide;
        index_ = core::guide::SearchIndex::build(guide_ ? *guide_ : no_guide, params_, as_of_, lexicon_);
    }
    return *index_;
}

void LazySearchIndex::reset(const core::guide::Guide* guide, const core::law::ParameterSet* params, core::Date as_of,
                            const core::triage::Lexicon* lexicon) {
    guide_ = guide;
    lexicon_ = lexicon;
    params_ = params;
    as_of_ = as_of;
    index_.reset();
}

core::Errors Content::load(const core::AssetReader& assets, core::Date today) {
    core::Errors errors;
    auto take = [&errors](auto result, auto& into) {
        if (result.ok())
            into = std::move(result).value();
        else
            errors.insert(errors.end(), result.errors().begin(), result.errors().end());
    };
    params = {};
    sources = {};
    guide = {};
    lexicon = {};
    triage = {};
    document_links = {};
    const bool whole = assets.read && assets.read(core::guide::topics_file).has_value();
    if (whole) {
        take(core::law::ParameterSet::load(assets), params);
        take(core::law::Sources::load(assets), sources);
        take(core::guide::load_guide(assets), guide);
        take(core::triage::Lexicon::load(assets), lexicon);
        take(core::triage::Triage::load(assets), triage);
        take(core::documents::load_links(assets), document_links);
    } else {
        take(load_topic_index(assets), guide);
    }
    complete = whole;
    search.reset(&guide, &params, today, &lexicon);
    return errors;
}

void Content::set_today(core::Date today) { search.reset(&guide, &params, today, &lexicon); }

void Content::load_documents(const core::AssetReader& assets) {
    auto text = assets.read(core::documents::courts_file);
    auto c = text ? core::documents::parse_courts(*text, core::documents::courts_file)
                  : core::Result<core::documents::Courts>(
                        core::make_error(core::documents::courts_file, "asset.missing", "cannot be read"));
    if (c.ok()) {
        courts = std::move(c).value();
        documents_errors.clear();
    } else {
        documents_errors = c.errors();
    }
}

core::Result<core::guide::Guide> load_topic_index(const core::AssetReader& assets) {
    const std::string file = topic_index_file;
    auto text = assets.read ? assets.read(file) : std::nullopt;
    if (!text) return core::Errors{core::make_error(file, "asset.missing", "cannot be read")};
    auto parsed = core::parse_json(*text, file);
    if (!parsed) return parsed.errors();
    core::Errors errors;
    core::JsonReader root(*parsed, file, errors);
    root.check_schema(1);
    core::guide::Guide g;
    if (auto list = root.array("topics")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            core::JsonReader t = list->at(i);
            core::guide::Topic topic;
            auto id = t.string("topic");
            auto order = t.integer("order", 0, 1000);
            auto title = core::i18n::read_text(t, "title");
            auto summary = core::i18n::read_text(t, "summary");
            auto start = t.string("start");
            if (!id || !order || !title || !summary || !start) continue;
            topic.id = *id;
            topic.file = std::string(core::guide::guide_dir) + *id + ".json";
            topic.order = static_cast<int>(*order);
            topic.title = std::move(*title);
            topic.summary = std::move(*summary);
            topic.start = std::move(*start);
            g.listed.push_back(topic.id);
            g.topics.push_back(std::move(topic));
        }
    }
    if (!errors.empty()) return errors;
    g.reindex();
    return g;
}

}  // namespace otbasy::ui
