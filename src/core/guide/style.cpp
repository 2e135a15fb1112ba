// House style for words. Layer: core/guide.
#include "core/guide/style.hpp"

#include <algorithm>

#include "core/base/json_read.hpp"
#include "core/guide/marks.hpp"

namespace otbasy::core::guide {

namespace {

// One decoded letter with where it starts in the text.
struct Letter {
    char32_t cp;
    std::size_t at;
};

std::vector<Letter> decode(std::string_view s) {
    std::vector<Letter> out;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        if (i + static_cast<std::size_t>(len) > s.size()) len = 1;
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (int k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(Letter{cp, i});
        i += static_cast<std::size_t>(len);
    }
    return out;
}

char32_t lower(char32_t c) {
    if (c >= U'A' && c <= U'Z') return c + 32;
    if (c >= U'А' && c <= U'Я') return c + 0x20;
    if (c >= U'Ѐ' && c <= U'Џ') return c + 0x50;
    switch (c) {
        case U'Ә': return U'ә';
        case U'Ғ': return U'ғ';
        case U'Қ': return U'қ';
        case U'Ң': return U'ң';
        case U'Ө': return U'ө';
        case U'Ұ': return U'ұ';
        case U'Ү': return U'ү';
        case U'Һ': return U'һ';
        case U'І': return U'і';
        default: return c;
    }
}

bool is_letter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0x400 && c <= 0x4FF) || (c >= U'0' && c <= U'9');
}

// A sentence begins at the start of a text, after . ! ? … or a line break, with spaces and opening quotes or
// brackets in between.
bool begins_sentence(const std::vector<Letter>& text, std::size_t i) {
    while (i > 0) {
        char32_t c = text[i - 1].cp;
        if (c == U' ' || c == U'\u00A0' || c == U'«' || c == U'"' || c == U'(' || c == U'„' || c == U'“') {
            --i;
            continue;
        }
        return c == U'.' || c == U'!' || c == U'?' || c == U'…' || c == U'\n';
    }
    return true;
}

// The text as the reader sees it: term marks become their words; a parameter mark becomes "{p}", or "{p|form}"
// when it names a form, so that a rule can ban a bare value where the grammar needs a form («больше {p}»).
std::string as_read(std::string_view text) {
    std::string out;
    for (const auto& run : parse_marks(text)) {
        if (run.kind != Run::Kind::param)
            out += run.text;
        else
            out += run.form.empty() ? std::string("{p}") : "{p|" + run.form + "}";
    }
    return out;
}

}  // namespace

Result<StyleRules> StyleRules::parse(std::string_view json_text, const std::string& path) {
    auto json = parse_json(json_text, path);
    if (!json) return json.errors();
    Errors errors;
    JsonReader root(*json, path, errors);
    StyleRules out;
    if (!root.check_schema(1)) return errors;
    auto rules = root.array("rules");
    if (!rules) return errors;
    for (std::size_t i = 0; i < rules->size(); ++i) {
        JsonReader r = rules->at(i);
        StyleRule rule;
        auto id = r.string("id");
        auto lang = r.string("lang");
        auto preferred = r.string("preferred");
        auto why = r.string("why", false);
        auto match = r.string("match", false);
        if (auto t = r.boolean("law_titles", false)) rule.law_titles = *t;
        if (id) rule.id = *id;
        if (lang) {
            if (auto l = i18n::parse_lang(*lang))
                rule.lang = *l;
            else
                r.fail("lang", "style.lang", "must be kk, ru or en");
        }
        if (preferred) rule.preferred = *preferred;
        if (why) rule.why = *why;
        if (match) {
            if (*match == "word") rule.match = StyleRule::Match::word;
            else if (*match == "whole_word") rule.match = StyleRule::Match::whole_word;
            else if (*match == "anywhere") rule.match = StyleRule::Match::anywhere;
            else if (*match == "mid_sentence") rule.match = StyleRule::Match::mid_sentence;
            else r.fail("match", "style.match", "must be word, whole_word, anywhere or mid_sentence");
        }
        for (const char* key : {"banned", "allow_in"}) {
            bool required = std::string_view(key) == "banned";
            auto list = r.array(key, required);
            if (!list) continue;
            for (std::size_t k = 0; k < list->size(); ++k) {
                const Json& v = list->node()[k];
                if (!v.is_string() || v.get<std::string>().empty()) {
                    list->at(k).fail("", "style.type", "must be a non-empty string");
                    continue;
                }
                (required ? rule.banned : rule.allow_in).push_back(v.get<std::string>());
            }
        }
        if (rule.banned.empty() && r.has("banned")) r.fail("banned", "style.empty", "names no variant");
        out.rules.push_back(std::move(rule));
    }
    if (!errors.empty()) return errors;
    return out;
}

std::vector<StyleHit> find_style_hits(const StyleRules& rules, std::string_view marked, i18n::Lang lang,
                                      std::string_view place, bool law_title) {
    std::vector<StyleHit> hits;
    std::string text = as_read(marked);
    std::vector<Letter> letters = decode(text);
    for (const auto& rule : rules.rules) {
        if (rule.lang != lang || (law_title && !rule.law_titles)) continue;
        if (std::find(rule.allow_in.begin(), rule.allow_in.end(), place) != rule.allow_in.end()) continue;
        bool exact_case = rule.match == StyleRule::Match::mid_sentence;
        for (const auto& variant : rule.banned) {
            std::vector<Letter> v = decode(variant);
            if (v.empty()) continue;
            for (std::size_t i = 0; i + v.size() <= letters.size(); ++i) {
                bool same = true;
                for (std::size_t k = 0; k < v.size() && same; ++k) {
                    char32_t a = letters[i + k].cp, b = v[k].cp;
                    same = exact_case ? a == b : lower(a) == lower(b);
                }
                if (!same) continue;
                if (rule.match != StyleRule::Match::anywhere && i > 0 && is_letter(letters[i - 1].cp)) continue;
                if (rule.match == StyleRule::Match::mid_sentence && begins_sentence(letters, i)) continue;
                if (rule.match == StyleRule::Match::whole_word && i + v.size() < letters.size() &&
                    is_letter(letters[i + v.size()].cp))
                    continue;
                std::size_t end = i + v.size() < letters.size() ? letters[i + v.size()].at : text.size();
                hits.push_back(StyleHit{&rule, text.substr(letters[i].at, end - letters[i].at), letters[i].at});
            }
        }
    }
    return hits;
}

}  // namespace otbasy::core::guide
