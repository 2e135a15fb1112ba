// Languages, localized texts and the UI string catalog.
// Layer: core/i18n. Kazakh and Russian are first-class; English is the third language.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/json_read.hpp"

namespace otbasy::core::i18n {

enum class Lang { kk, ru, en };
inline constexpr std::array<Lang, 3> all_langs{Lang::kk, Lang::ru, Lang::en};

std::string_view code(Lang lang);                      // "kk"
std::optional<Lang> parse_lang(std::string_view code);  // "kk" | "ru" | "en"

// A text in all three languages. Loaders require all three, non-empty; the browser's asset bundles, which carry one
// language each, hold {"*": text} instead (never the files in assets/: the build refuses them).
struct LocalizedText {
    std::string kk, ru, en;
    const std::string& get(Lang lang) const { return lang == Lang::kk ? kk : lang == Lang::ru ? ru : en; }
    std::string& get(Lang lang) { return lang == Lang::kk ? kk : lang == Lang::ru ? ru : en; }
};

// Reads {kk, ru, en} at `key` of `r`; errors name the missing language.
std::optional<LocalizedText> read_text(const JsonReader& r, std::string_view key, bool required = true);
std::optional<LocalizedText> read_text_node(const JsonReader& r);

// UI strings for one language, by dotted key ("home.title").
class Catalog {
public:
    static Result<Catalog> load(std::string_view json_text, const std::string& path);
    Lang lang() const { return lang_; }
    // The string, or nullopt if the key is absent.
    const std::string* find(std::string_view key) const;
    const std::map<std::string, std::string, std::less<>>& strings() const { return strings_; }
    // Adds another file's strings of the same language; returns the first key both define ("" if none).
    std::string merge(Catalog other);

private:
    Lang lang_ = Lang::kk;
    std::map<std::string, std::string, std::less<>> strings_;
};

}  // namespace otbasy::core::i18n
