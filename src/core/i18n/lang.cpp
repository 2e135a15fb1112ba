// Languages and the UI string catalog. Layer: core/i18n.
#include "core/i18n/lang.hpp"

namespace otbasy::core::i18n {

std::string_view code(Lang lang) {
    switch (lang) {
        case Lang::kk: return "kk";
        case Lang::ru: return "ru";
        case Lang::en: return "en";
    }
    return "kk";
}

std::optional<Lang> parse_lang(std::string_view c) {
    if (c == "kk") return Lang::kk;
    if (c == "ru") return Lang::ru;
    if (c == "en") return Lang::en;
    return std::nullopt;
}

std::optional<LocalizedText> read_text_node(const JsonReader& r) {
    if (!r.node().is_object()) {
        r.fail("", "type", "must be an object with kk, ru and en texts");
        return std::nullopt;
    }
    LocalizedText t;
    // The browser's one-language bundles (tools/make_dist.py) write a text as {"*": text}: that language's text,
    // kept for all three so that a screen drawn in another language before its bundle has arrived shows it.
    if (r.node().size() == 1 && r.has("*")) {
        auto s = r.string("*");
        if (!s) return std::nullopt;
        t.kk = t.ru = t.en = std::move(*s);
        return t;
    }
    bool ok = true;
    for (Lang lang : all_langs) {
        auto s = r.string(code(lang));
        if (!s) {
            ok = false;
        } else if (s->find_first_not_of(" \t\n") == std::string::npos) {
            r.fail(code(lang), "empty", "must not be empty");
            ok = false;
        } else {
            t.get(lang) = std::move(*s);
        }
    }
    if (!ok) return std::nullopt;
    return t;
}

std::optional<LocalizedText> read_text(const JsonReader& r, std::string_view key, bool required) {
    auto o = r.object(key, required);
    if (!o) return std::nullopt;
    return read_text_node(*o);
}

Result<Catalog> Catalog::load(std::string_view json_text, const std::string& path) {
    auto parsed = parse_json(json_text, path);
    if (!parsed) return parsed.errors();
    Errors errors;
    JsonReader root(*parsed, path, errors);
    root.check_schema(1);
    Catalog c;
    if (auto l = root.string("lang")) {
        if (auto lang = parse_lang(*l))
            c.lang_ = *lang;
        else
            root.fail("lang", "lang", "must be kk, ru or en");
    }
    if (auto strings = root.object("strings")) {
        for (auto& [key, value] : strings->node().items()) {
            if (!value.is_string() || value.get<std::string>().empty())
                strings->fail(key, "empty", "must be a non-empty string");
            else
                c.strings_.emplace(key, value.get<std::string>());
        }
    }
    if (!errors.empty()) return errors;
    return c;
}

std::string Catalog::merge(Catalog other) {
    lang_ = other.lang_;
    std::string clash;
    for (auto& [key, value] : other.strings_) {
        if (!strings_.emplace(key, std::move(value)).second && clash.empty()) clash = key;
    }
    return clash;
}

const std::string* Catalog::find(std::string_view key) const {
    auto it = strings_.find(key);
    return it == strings_.end() ? nullptr : &it->second;
}

}  // namespace otbasy::core::i18n
