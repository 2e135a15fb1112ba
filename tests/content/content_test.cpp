// The real content (assets/), read through the same loaders as the app and checked by the same checker as
// `otbasy-cli guide lint`: every problem is collected and printed with its file and node id, then the test fails.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/guide/checker.hpp"
#include "core/guide/html_export.hpp"
#include "core/guide/search.hpp"
#include "core/guide/style.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy;
using namespace otbasy::core;
using namespace otbasy::core::guide;
using otbasy::core::i18n::Lang;

namespace {

AssetReader assets() { return platform::assets_from_dir(OTBASY_ASSETS_DIR); }

// Checked on the latest date any source or parameter was checked: deterministic, and what the app shows on that day.
Date content_date(const Content& c) {
    Date d = c.sources.checked_on();
    for (const auto& [id, p] : c.parameters.all()) d = std::max(d, p.checked_on);
    return d;
}

const Linted& linted() {
    static const Linted l = [] {
        Linted first = lint(assets(), *Date::parse("2026-01-01"));
        return lint(assets(), content_date(first.content));
    }();
    return l;
}

std::string report(const Issues& issues, std::size_t max = 200) {
    std::string s;
    for (std::size_t i = 0; i < issues.size() && i < max; ++i) s += "  " + issues[i].to_string() + "\n";
    if (issues.size() > max) s += "  … and " + std::to_string(issues.size() - max) + " more\n";
    return s;
}

}  // namespace

TEST(content, the_guide_passes_the_checker) {
    const auto& r = linted().report;
    EXPECT_TRUE(r.ok()) << r.errors.size() << " content errors:\n" << report(r.errors);
    if (!r.warnings.empty()) std::printf("%zu warnings (not fatal):\n%s", r.warnings.size(), report(r.warnings, 50).c_str());
    const Counts& c = r.counts;
    std::printf("%zu topics, %zu nodes (%zu questions, %zu info, %zu results), %zu glossary terms, %zu citations\n",
                c.topics, c.nodes(), c.questions, c.infos, c.results, c.glossary_terms, c.citations);
    for (auto l : i18n::all_langs)
        std::printf("  %s: %zu texts, %zu words\n", std::string(i18n::code(l)).c_str(),
                    c.texts[static_cast<std::size_t>(l)], c.words[static_cast<std::size_t>(l)]);
}

TEST(content, the_house_style_rules_are_loaded_and_applied) {
    // lint/style.json is read by the same lint: the check above applied it to every text and UI string. Here: it
    // is there, it covers kk, ru and en, and it still catches what it was written for.
    const StyleRules& style = linted().content.style;
    ASSERT_GE(style.rules.size(), 20u);
    std::set<Lang> langs;
    for (const auto& r : style.rules) langs.insert(r.lang);
    EXPECT_EQ(langs.size(), 3u);
    auto hits = [&](const char* text, Lang lang) { return find_style_hits(style, text, lang, "q_any").size(); };
    EXPECT_GT(hits("Неке тіркеуші органда бұзылады.", Lang::kk), 0u);
    EXPECT_GT(hits("Екеуіңіз бірлескен арыз бересіз.", Lang::kk), 0u);
    EXPECT_GT(hits("Айыпты Сіз өзіңіз талап етесіз.", Lang::kk), 0u);
    EXPECT_GT(hits("Баланың туғанына {p:kz.terms.child_opinion_age_years} толса", Lang::kk), 0u);
    EXPECT_GT(hits("{p:kz.terms.travel_ban_after_months} шегінен ұзақ", Lang::kk), 0u);
    EXPECT_GT(hits("төленбеген соманың {p:kz.alimony.penalty_daily_rate}.", Lang::kk), 0u);
    EXPECT_GT(hits("Вы подаете общее заявление.", Lang::ru), 0u);
    EXPECT_GT(hits("Ребёнок живет с матерью.", Lang::ru), 0u);
    EXPECT_GT(hits("на срок не меньше {p:kz.terms.divorce_special_prison_years}", Lang::ru), 0u);
    EXPECT_GT(hits("соглашение по итогам медиации", Lang::ru), 0u);
    EXPECT_GT(hits("Current MRP: 4 325", Lang::en), 0u);
    EXPECT_EQ(hits("Бала {p:kz.terms.child_opinion_age_years|age_dat} толса, АХАТ органына барыңыз.", Lang::kk), 0u);
    EXPECT_EQ(hits("на {p:kz.terms.divorce_special_prison_years} или больше, не меньше {p:kz.x|gen}", Lang::ru), 0u);
}

TEST(content, the_guide_is_as_large_as_issue_4_asks) {
    const auto& c = linted().report.counts;
    const auto& listed = linted().content.guide.listed;
    for (const char* t : {"divorce", "child_alimony", "unpaid_alimony", "change_alimony", "other_alimony", "mediation",
                          "residence_contact", "minors_property", "paternity", "juvenile_court"})
        EXPECT_NE(std::find(listed.begin(), listed.end(), t), listed.end()) << "topic " << t << " is not listed";
    EXPECT_GE(c.nodes(), 120u);
    EXPECT_GE(c.results, 45u);
    EXPECT_GE(c.glossary_terms, 40u);
    // Every text in all three languages: the same number of non-empty texts in each.
    EXPECT_EQ(c.texts[0], c.texts[1]);
    EXPECT_EQ(c.texts[1], c.texts[2]);
}

TEST(content, the_app_loader_accepts_the_guide) {
    auto g = load_guide(assets());
    std::string errors;
    for (const auto& e : g.errors()) errors += "  " + e.path + ": " + e.message + "\n";
    EXPECT_TRUE(g.ok()) << errors;
    auto s = law::Sources::load(assets());
    EXPECT_TRUE(s.ok()) << (s.errors().empty() ? "" : s.errors()[0].path + ": " + s.errors()[0].message);
}

TEST(content, every_topic_has_at_least_two_path_cases) {
    std::map<std::string, int> cases;
    for (const auto& e : std::filesystem::directory_iterator(std::string(OTBASY_TEST_CASES_DIR) + "/guide_paths")) {
        if (e.path().extension() != ".json") continue;
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        auto j = parse_json(ss.str(), "");
        ASSERT_TRUE(j.ok()) << e.path();
        if (j->is_object() && j->contains("topic") && (*j)["topic"].is_string()) cases[(*j)["topic"].get<std::string>()]++;
    }
    for (const auto& t : linted().content.guide.listed) EXPECT_GE(cases[t], 2) << "topic " << t;
}

TEST(content, the_guide_strings_hold_every_key_in_three_languages) {
    auto strings = load_guide_strings(assets());
    ASSERT_TRUE(strings.ok()) << (strings.errors().empty() ? "" : strings.errors()[0].path + ": " + strings.errors()[0].message);
    for (auto l : i18n::all_langs)
        for (const auto& k : html_string_keys())
            EXPECT_NE((*strings)[static_cast<std::size_t>(l)].find(k), nullptr) << i18n::code(l) << ": " << k;
    // The three files hold the same keys.
    std::set<std::string> kk, other;
    for (const auto& [k, v] : (*strings)[0].strings()) kk.insert(k);
    for (std::size_t i = 1; i < 3; ++i) {
        other.clear();
        for (const auto& [k, v] : (*strings)[i].strings()) other.insert(k);
        EXPECT_EQ(kk, other);
    }
    for (const auto& k : kk) EXPECT_EQ(k.rfind("guide.", 0), 0u) << k;
}

TEST(content, the_static_version_renders_every_topic_linked_and_resolved) {
    const Linted& l = linted();
    if (!l.report.ok()) GTEST_SKIP() << "the content has errors (see content.the_guide_passes_the_checker)";
    auto strings = load_guide_strings(assets());
    ASSERT_TRUE(strings.ok());
    HtmlOptions o;
    o.as_of = content_date(l.content);
    o.app_href = "../../";
    auto files = export_html(l.content, *strings, o);
    ASSERT_TRUE(files.ok());
    EXPECT_EQ(files->size(), 2 + 3 * (1 + l.content.guide.topics.size()));
    for (const auto& f : *files) {
        if (f.path.size() < 5 || f.path.compare(f.path.size() - 5, 5, ".html") != 0) continue;
        const std::string& h = f.content;
        EXPECT_EQ(h.find("<script"), std::string::npos) << f.path;
        EXPECT_EQ(h.find("{p:"), std::string::npos) << f.path;
        EXPECT_EQ(h.find("[["), std::string::npos) << f.path;
        EXPECT_EQ(h.find("…</strong>"), std::string::npos) << f.path;
        for (auto at = h.find("href=\"#"); at != std::string::npos; at = h.find("href=\"#", at + 1)) {
            auto start = at + 7, end = h.find('"', start);
            std::string anchor = h.substr(start, end - start);
            EXPECT_NE(h.find("id=\"" + anchor + "\""), std::string::npos) << f.path << " #" << anchor;
        }
    }
}

TEST(content, word_forms_of_alimony_find_the_same_results) {
    const Linted& l = linted();
    auto idx = SearchIndex::build(l.content.guide, &l.content.parameters, content_date(l.content));
    for (Lang lang : {Lang::kk, Lang::ru}) {
        std::set<std::string> first;
        for (const char* q : {"алименттер", "алиментов", "алименты", "алимент"}) {
            std::set<std::string> ids;
            for (const auto& h : idx.search(q, lang, 10000)) ids.insert(h.id);
            EXPECT_FALSE(ids.empty()) << q;
            if (first.empty())
                first = ids;
            else
                EXPECT_EQ(ids, first) << q << " in " << i18n::code(lang);
        }
    }
    auto divorce = idx.search("ajyrasu", Lang::kk, 5);
    ASSERT_FALSE(divorce.empty());
    EXPECT_EQ(divorce[0].topic, "divorce");
    EXPECT_FALSE(idx.search("aliment", Lang::kk).empty());
    auto en = idx.search("divorce", Lang::en, 1);
    ASSERT_EQ(en.size(), 1u);
    EXPECT_EQ(en[0].id, "divorce");
}

TEST(content, old_and_everyday_names_of_the_registry_office_find_it) {
    const Linted& l = linted();
    auto idx = SearchIndex::build(l.content.guide, &l.content.parameters, content_date(l.content));
    auto finds = [&](const char* q, Lang lang) {
        for (const auto& h : idx.search(q, lang, 20))
            if (h.id == "registry_office") return true;
        return false;
    };
    for (const char* q : {"АХАЖ", "загс", "РАГС"}) EXPECT_TRUE(finds(q, Lang::kk)) << q;
    for (const char* q : {"РАГС", "ЗАГС", "АХАЖ"}) EXPECT_TRUE(finds(q, Lang::ru)) << q;
}
