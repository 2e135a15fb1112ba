// UI strings in three languages. Layer: ui.
#include "ui/strings.hpp"

namespace otbasy::ui {

core::Errors Strings::load(const core::AssetReader& assets, bool complete) {
    core::Errors errors;
    for (auto lang : core::i18n::all_langs) {
        // i18n/<lang>.json and i18n/<area>/<lang>.json (estimator, guide...), merged; a key defined twice is an error.
        const std::string file = std::string(core::i18n::code(lang)) + ".json";
        auto& target = catalogs_[static_cast<std::size_t>(lang)];
        bool any = false;
        for (const auto& path : assets.list("i18n/")) {
            if (path.size() < file.size() || path.compare(path.size() - file.size(), file.size(), file) != 0 ||
                (path.size() > file.size() && path[path.size() - file.size() - 1] != '/'))
                continue;
            auto text = assets.read(path);
            if (!text) {
                errors.push_back(core::make_error(path, "asset.missing", "cannot be read"));
                continue;
            }
            auto c = core::i18n::Catalog::load(*text, path);
            if (!c) {
                errors.insert(errors.end(), c.errors().begin(), c.errors().end());
                continue;
            }
            if (c->lang() != lang) errors.push_back(core::make_error(path, "i18n.lang", "declares another language"));
            if (auto clash = target.merge(std::move(c).value()); !clash.empty())
                errors.push_back(core::make_error(path, "i18n.duplicate", "key defined twice: " + clash));
            any = true;
        }
        if (!any && complete) errors.push_back(core::make_error("i18n/" + file, "asset.missing", "cannot be read"));
    }
    return errors;
}

const std::string& Strings::get(core::i18n::Lang lang, std::string_view key) const {
    if (const std::string* s = catalogs_[static_cast<std::size_t>(lang)].find(key)) return *s;
    // A language whose catalogs have not arrived yet (a switch during the first visit's loading): the language
    // that is here, until they do.
    if (catalogs_[static_cast<std::size_t>(lang)].strings().empty())
        for (const auto& c : catalogs_)
            if (const std::string* s = c.find(key)) return *s;
    missing_.emplace(std::string(core::i18n::code(lang)) + ":" + std::string(key));
    return *missing_text_.emplace("⟦" + std::string(key) + "⟧").first;
}

}  // namespace otbasy::ui
