// UI strings in three languages, loaded from assets/i18n/. A missing key shows as ⟦key⟧ and is recorded, so the
// headless test can fail on any untranslated key that reaches the screen. Layer: ui.
#pragma once

#include <array>
#include <set>
#include <string>
#include <string_view>

#include "core/assets.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::ui {

class Strings {
public:
    // `complete`: every language must be there. Otherwise (the browser's first bundle holds only the language of
    // the page's main catalog) the languages found are loaded and the others wait for the next load.
    core::Errors load(const core::AssetReader& assets, bool complete = true);
    const std::string& get(core::i18n::Lang lang, std::string_view key) const;
    const std::set<std::string, std::less<>>& missing() const { return missing_; }
    const core::i18n::Catalog& catalog(core::i18n::Lang lang) const {
        return catalogs_[static_cast<std::size_t>(lang)];
    }

private:
    std::array<core::i18n::Catalog, 3> catalogs_;
    mutable std::set<std::string, std::less<>> missing_;
    mutable std::set<std::string, std::less<>> missing_text_;  // owns the ⟦key⟧ strings handed out
};

}  // namespace otbasy::ui
