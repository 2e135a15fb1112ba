// The house style for words (lint/style.json): banned variants are found in guide texts and UI strings, where
// they are allowed they pass, and the content checker reports each one as an error.
#include <gtest/gtest.h>

#include "core/guide/checker.hpp"
#include "core/guide/style.hpp"
#include "guide_fixture.hpp"

using namespace otbasy::core;
using namespace otbasy::core::guide;
using guide_fixture::Fixture;
using guide_fixture::Json;
using guide_fixture::lt;
using otbasy::core::i18n::Lang;

namespace {

const Json rules_json = {
    {"schema", 1},
    {"rules",
     {{{"id", "registry_office"},
       {"lang", "kk"},
       {"preferred", "АХАТ органы"},
       {"banned", {"тіркеуші орган"}},
       {"allow_in", {"registry_office"}},
       {"why", "the plain name in running text"}},
      {{"id", "joint_application"}, {"lang", "ru"}, {"preferred", "совместное заявление"},
       {"banned", {"общее заявление", "общему заявлению"}}},
      {{"id", "yo"}, {"lang", "ru"}, {"preferred", "е"}, {"banned", {"ё"}}, {"match", "anywhere"}},
      {{"id", "siz"}, {"lang", "kk"}, {"preferred", "сіз"}, {"banned", {"Сіз"}}, {"match", "mid_sentence"}},
      {{"id", "penalty"}, {"lang", "kk"}, {"preferred", "тұрақсыздық айыбы"}, {"banned", {"айып"}}, {"match", "whole_word"}},
      {{"id", "mci"}, {"lang", "en"}, {"preferred", "MCI"}, {"banned", {"MRP"}}, {"match", "whole_word"}},
      {{"id", "genitive"}, {"lang", "ru"}, {"preferred", "больше {p|gen}"}, {"banned", {"больше {p}"}}}}}};

StyleRules rules() {
    auto r = StyleRules::parse(rules_json.dump(), "lint/style.json");
    EXPECT_TRUE(r.ok());
    return r.ok() ? std::move(r).value() : StyleRules{};
}

std::vector<std::string> ids(const std::vector<StyleHit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) out.push_back(h.rule->id + ":" + h.found);
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(style, banned_variants_are_found_in_any_letter_case_and_with_endings) {
    StyleRules r = rules();
    EXPECT_EQ(ids(find_style_hits(r, "Құжатты тіркеуші органға апарыңыз.", Lang::kk, "r_x")),
              V{"registry_office:тіркеуші орган"});
    EXPECT_EQ(ids(find_style_hits(r, "Тіркеуші орган бұзады.", Lang::kk, "r_x")), V{"registry_office:Тіркеуші орган"});
    EXPECT_EQ(ids(find_style_hits(r, "Вы подаете общее заявление.", Lang::ru, "r_x")),
              V{"joint_application:общее заявление"});
    // Inside a glossary mark the shown words count.
    EXPECT_EQ(ids(find_style_hits(r, "Развод по [[x|общему заявлению]].", Lang::ru, "r_x")),
              V{"joint_application:общему заявлению"});
    // Not inside another word; not in another language.
    EXPECT_TRUE(find_style_hits(r, "Нетіркеуші органдар", Lang::kk, "r_x").empty());
    EXPECT_TRUE(find_style_hits(r, "тіркеуші орган", Lang::ru, "r_x").empty());
    EXPECT_TRUE(find_style_hits(r, "АХАТ органына барыңыз.", Lang::kk, "r_x").empty());
}

TEST(style, a_whole_word_rule_leaves_longer_words_alone) {
    StyleRules r = rules();
    EXPECT_EQ(ids(find_style_hits(r, "Айып: 0,1 %.", Lang::kk, "k")), V{"penalty:Айып"});
    EXPECT_TRUE(find_style_hits(r, "Әкімшілік айыппұл салынады.", Lang::kk, "k").empty());
    EXPECT_TRUE(find_style_hits(r, "Тұрақсыздық айыбы есептеледі.", Lang::kk, "k").empty());
}

TEST(style, a_letter_rule_finds_the_letter_anywhere) {
    StyleRules r = rules();
    EXPECT_EQ(ids(find_style_hits(r, "Ребёнок и её мать", Lang::ru, "k")), (V{"yo:ё", "yo:ё"}));
    EXPECT_EQ(ids(find_style_hits(r, "ЁЛКА", Lang::ru, "k")), V{"yo:Ё"});
    EXPECT_TRUE(find_style_hits(r, "Ребенок и ее мать", Lang::ru, "k").empty());
}

TEST(style, a_capital_is_banned_only_in_the_middle_of_a_sentence) {
    StyleRules r = rules();
    EXPECT_TRUE(find_style_hits(r, "Сіз арыз бересіз. Сіздің жұбайыңыз келіседі.", Lang::kk, "q").empty());
    EXPECT_TRUE(find_style_hits(r, "«Сіз келісесіз бе?» деп сұрайды.", Lang::kk, "q").empty());
    EXPECT_TRUE(find_style_hits(r, "Мұны\nСіз білесіз.", Lang::kk, "q").empty());
    EXPECT_EQ(ids(find_style_hits(r, "Айыпты Сіз өзіңіз талап етесіз.", Lang::kk, "q")), V{"siz:Сіз"});
    EXPECT_EQ(ids(find_style_hits(r, "Файл тек Сіздің құрылғыңызға жүктеледі.", Lang::kk, "q")), V{"siz:Сіз"});
    EXPECT_EQ(ids(find_style_hits(r, "Болса, Сізге {p:kz.x} береді.", Lang::kk, "q")), V{"siz:Сіз"});
    EXPECT_TRUE(find_style_hits(r, "Айыпты сіз өзіңіз талап етесіз.", Lang::kk, "q").empty());
}

TEST(style, a_bare_parameter_can_be_banned_where_the_grammar_needs_a_form) {
    StyleRules r = rules();
    EXPECT_EQ(ids(find_style_hits(r, "не больше {p:kz.terms.wait} подряд", Lang::ru, "q")), V{"genitive:больше {p}"});
    EXPECT_TRUE(find_style_hits(r, "не больше {p:kz.terms.wait|gen} подряд", Lang::ru, "q").empty());
    EXPECT_TRUE(find_style_hits(r, "больше, чем {p:kz.terms.wait}", Lang::ru, "q").empty());
}

TEST(style, a_variant_is_allowed_where_the_rule_says) {
    StyleRules r = rules();
    EXPECT_TRUE(find_style_hits(r, "тіркеуші орган (АХАТ)", Lang::kk, "registry_office").empty());
    EXPECT_FALSE(find_style_hits(r, "тіркеуші орган (АХАТ)", Lang::kk, "paternity_registry").empty());
}

TEST(style, bad_rule_files_are_rejected) {
    for (const char* bad : {R"({"schema":1,"rules":[{"id":"a","lang":"de","preferred":"x","banned":["y"]}]})",
                            R"({"schema":1,"rules":[{"id":"a","lang":"kk","preferred":"x","banned":[]}]})",
                            R"({"schema":1,"rules":[{"id":"a","lang":"kk","preferred":"x","banned":[""]}]})",
                            R"({"schema":1,"rules":[{"id":"a","lang":"kk","preferred":"x","banned":["y"],"match":"x"}]})",
                            R"({"schema":1,"rules":[{"lang":"kk","preferred":"x","banned":["y"]}]})",
                            R"({"schema":2,"rules":[]})", "not json"})
        EXPECT_FALSE(StyleRules::parse(bad, "lint/style.json").ok()) << bad;
}

TEST(style, the_checker_reports_banned_variants_in_guide_texts_and_ui_strings) {
    Fixture f;
    f.json["lint/style.json"] = rules_json;
    f.node("divorce", 3)["law"]["ru"] = "Вы подаете общее заявление в ЗАГС.";
    f.node("divorce", 3)["law"]["kk"] = "Екеуіңіз тіркеуші органға барасыз.";
    f.json["guide/glossary.json"]["terms"][0]["definition"]["ru"] = "Деньги на ребёнка.";
    f.json["i18n/kk.json"] = {{"schema", 1}, {"lang", "kk"}, {"strings", {{"a.b", "Файл тек Сіздің құрылғыңызда."}}}};
    f.json["i18n/guide/ru.json"] = {{"schema", 1}, {"lang", "ru"}, {"strings", {{"guide.x", "Всё хорошо"}}}};
    // A {placeholder} is not a word: {mrp} does not break the rule against «MRP».
    f.json["i18n/en.json"] = {{"schema", 1}, {"lang", "en"},
                              {"strings", {{"a.placeholder", "{mrp_count} MCI × {mrp}"}, {"a.word", "10 MRP"}}}};
    auto l = lint(f.reader(), *Date::parse("2026-06-01"));
    auto has = [&](const std::string& file, const std::string& node, const std::string& field) {
        for (const auto& e : l.report.errors)
            if (e.code == "style.term" && e.file == file && e.node == node && e.field == field) return true;
        return false;
    };
    std::string all;
    for (const auto& e : l.report.errors) all += e.to_string() + "\n";
    EXPECT_TRUE(has("guide/divorce.json", "r_div_registry", "nodes[3].law.ru")) << all;
    EXPECT_TRUE(has("guide/divorce.json", "r_div_registry", "nodes[3].law.kk")) << all;
    EXPECT_TRUE(has("guide/glossary.json", "alimony", "terms[0].definition.ru")) << all;
    EXPECT_TRUE(has("i18n/kk.json", "a.b", "")) << all;
    EXPECT_TRUE(has("i18n/guide/ru.json", "guide.x", "")) << all;
    EXPECT_TRUE(has("i18n/en.json", "a.word", "")) << all;
    EXPECT_FALSE(has("i18n/en.json", "a.placeholder", "")) << all;

    // The same content without the rule file: no style errors.
    f.json.erase("lint/style.json");
    auto none = lint(f.reader(), *Date::parse("2026-06-01"));
    for (const auto& e : none.report.errors) EXPECT_NE(e.code, "style.term") << e.to_string();
}
