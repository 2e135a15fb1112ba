// House style for words: one term for each thing, and the variants no text may use (lint/style.json). The content
// checker applies the rules to every guide text, the glossary and every UI string, and reports each variant found
// as an error with the preferred wording. Layer: core/guide.
//
// lint/style.json:
//   { "schema": 1, "rules": [ { "id": "registry_office", "lang": "kk", "preferred": "АХАТ органы",
//                               "banned": ["тіркеуші орган"], "match": "word", "allow_in": ["registry_office"],
//                               "why": "…" } ] }
//   match: "word"         a banned variant begins a word (any ending may follow), in any letter case;
//          "whole_word"   a banned variant is a whole word (nothing may follow), in any letter case;
//          "anywhere"     a banned variant anywhere, in any letter case (e.g. the letter «ё»);
//          "mid_sentence" a banned variant as written (capitals count) that begins a word which does not begin a
//                         sentence (e.g. «Сіз» after a comma).
//   allow_in: node ids, glossary term ids or UI string keys where the variant is right (a glossary entry that names
//             the statutory term, say).
//   law_titles: true when the rule also binds the titles of acts and articles in law/sources.json. Those titles are
//             the statutes' own headings («…в регистрирующих органах»), so a term rule does not rewrite them; a
//             spelling convention (no «ё», MCI in English) does.
// The file is lint data, not app content: the app never reads it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::guide {

inline constexpr const char* style_file = "lint/style.json";

struct StyleRule {
    enum class Match { word, whole_word, anywhere, mid_sentence };
    std::string id;
    i18n::Lang lang = i18n::Lang::kk;
    std::string preferred;
    std::vector<std::string> banned;
    Match match = Match::word;
    std::vector<std::string> allow_in;
    bool law_titles = false;
    std::string why;
};

struct StyleRules {
    std::vector<StyleRule> rules;
    static Result<StyleRules> parse(std::string_view json_text, const std::string& path);

    // Every banned variant as written and in lower case (UTF-8; lower-casing keeps every letter's byte length, so
    // offsets agree), found with a plain substring search. parse() builds it; call index() after changing `rules`.
    struct Variant {
        std::size_t rule = 0;
        std::string text, lower;
    };
    std::vector<Variant> variants;
    void index();
};

struct StyleHit {
    const StyleRule* rule = nullptr;
    std::string found;       // the variant as it stands in the text
    std::size_t offset = 0;  // byte offset in the text as read
};

// The banned variants in one text of `lang`. Term marks are read as their words; a parameter mark is read as
// "{p}", or "{p|form}" when it names a form, so a rule can ban a bare value where the grammar needs a form
// (ru «больше {p}», kk «туғанына {p}»). `place` is the node id, glossary term id or UI key, for the rules' allow_in.
// `offset` is a byte offset in the text as read.
// `law_title`: the text is an act's or article's title (only rules with law_titles apply).
std::vector<StyleHit> find_style_hits(const StyleRules& rules, std::string_view text, i18n::Lang lang,
                                      std::string_view place, bool law_title = false);

}  // namespace otbasy::core::guide
