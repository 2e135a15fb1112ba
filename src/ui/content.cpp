// Loading the content the screens read. Layer: ui.
#include "ui/content.hpp"

namespace otbasy::ui {

core::Errors Content::load(const core::AssetReader& assets, core::Date today) {
    core::Errors errors;
    auto take = [&errors](auto result, auto& into) {
        if (result.ok())
            into = std::move(result).value();
        else
            errors.insert(errors.end(), result.errors().begin(), result.errors().end());
    };
    take(core::law::ParameterSet::load(assets), params);
    take(core::law::Sources::load(assets), sources);
    take(core::guide::load_guide(assets), guide);
    take(core::triage::Lexicon::load(assets), lexicon);
    take(core::triage::Triage::load(assets), triage);
    search = core::guide::SearchIndex::build(guide, &params, today, &lexicon);
    take(core::documents::load_links(assets), document_links);
    return errors;
}

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

}  // namespace otbasy::ui
