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

// Lower case of a UTF-8 text for the letters the content uses (Latin, Russian, Kazakh); every change keeps the
// letter's byte length, so a position in the result is the same position in the text.
std::string lower_utf8(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if ((c == 0xD0 || c == 0xD2 || c == 0xD3) && i + 1 < out.size()) {
            char32_t cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(out[i + 1]) & 0x3F);
            char32_t low = lower(cp);
            if (low != cp) {
                out[i] = static_cast<char>(0xC0 | (low >> 6));
                out[i + 1] = static_cast<char>(0x80 | (low & 0x3F));
            }
            ++i;
        }
    }
    return out;
}

// The code point that starts at byte `i`, and the one that ends just before it (0 at the edges).
char32_t cp_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    auto d = decode(s.substr(i, std::min<std::size_t>(4, s.size() - i)));
    return d.empty() ? 0 : d[0].cp;
}

std::size_t start_before(std::string_view s, std::size_t i) {
    if (i == 0) return 0;
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}

// A sentence begins at the start of a text, after . ! ? … or a line break, with spaces and opening quotes or
// brackets in between.
bool begins_sentence(std::string_view text, std::size_t i) {
    while (i > 0) {
        std::size_t j = start_before(text, i);
        char32_t c = cp_at(text, j);
        if (c == U' ' || c == U'\u00A0' || c == U'«' || c == U'"' || c == U'(' || c == U'„' || c == U'“') {
            i = j;
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
    out.index();
    return out;
}

void StyleRules::index() {
    variants.clear();
    for (std::size_t r = 0; r < rules.size(); ++r)
        for (const auto& v : rules[r].banned)
            if (!v.empty()) variants.push_back(Variant{r, v, lower_utf8(v)});
}

std::vector<StyleHit> find_style_hits(const StyleRules& rules, std::string_view marked, i18n::Lang lang,
                                      std::string_view place, bool law_title) {
    std::vector<StyleHit> hits;
    if (rules.variants.empty() && !rules.rules.empty()) {
        StyleRules indexed = rules;  // a rule set built by hand: index a copy, report against the caller's rules
        indexed.index();
        for (auto h : find_style_hits(indexed, marked, lang, place, law_title)) {
            h.rule = &rules.rules[static_cast<std::size_t>(h.rule - indexed.rules.data())];
            hits.push_back(std::move(h));
        }
        return hits;
    }
    std::vector<bool> active(rules.rules.size());
    bool any = false;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const StyleRule& rule = rules.rules[r];
        active[r] = rule.lang == lang && (!law_title || rule.law_titles) &&
                    std::find(rule.allow_in.begin(), rule.allow_in.end(), place) == rule.allow_in.end();
        any = any || active[r];
    }
    if (!any) return hits;
    const bool marks = marked.find_first_of("[{") != std::string_view::npos;
    const std::string text = marks ? as_read(marked) : std::string(marked);
    const std::string low = lower_utf8(text);
    for (const auto& v : rules.variants) {
        if (!active[v.rule]) continue;
        const StyleRule& rule = rules.rules[v.rule];
        const bool exact_case = rule.match == StyleRule::Match::mid_sentence;
        const std::string& needle = exact_case ? v.text : v.lower;
        const std::string& hay = exact_case ? text : low;
        for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
            std::size_t end = at + needle.size();
            if (rule.match != StyleRule::Match::anywhere && at > 0 && is_letter(cp_at(text, start_before(text, at))))
                continue;
            if (rule.match == StyleRule::Match::mid_sentence && begins_sentence(text, at)) continue;
            if (rule.match == StyleRule::Match::whole_word && end < text.size() && is_letter(cp_at(text, end)))
                continue;
            hits.push_back(StyleHit{&rule, text.substr(at, end - at), at});
        }
    }
    return hits;
}

}  // namespace otbasy::core::guide
