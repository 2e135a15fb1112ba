// The citations registry: ids resolve to an act, an article and a paragraph; bad files report every problem.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/law/sources.hpp"
#include "guide_fixture.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy::core;
using namespace otbasy::core::law;
using otbasy::core::i18n::Lang;

namespace {
Sources fixture_sources() {
    guide_fixture::Fixture f;
    auto s = Sources::load(f.reader());
    EXPECT_TRUE(s.ok()) << (s.errors().empty() ? "" : s.errors()[0].path + ": " + s.errors()[0].message);
    return s.ok() ? std::move(s).value() : Sources();
}

bool has_code(const Errors& errors, const std::string& code) {
    return std::any_of(errors.begin(), errors.end(), [&](const Error& e) { return e.code == code; });
}
}  // namespace

TEST(sources, a_paragraph_citation_resolves_to_its_article) {
    Sources s = fixture_sources();
    auto c = s.resolve("kobs-139-1");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->act->id, "kobs");
    ASSERT_NE(c->article, nullptr);
    EXPECT_EQ(c->article->id, "kobs-139");
    EXPECT_EQ(c->paragraph, "1");
    EXPECT_EQ(c->label(Lang::ru), "КоБС, ст. 139, п. 1");
    EXPECT_EQ(c->label(Lang::kk), "НжОК, 139-бап, 1-тармақ");
    EXPECT_EQ(c->label(Lang::en), "Marriage and Family Code, art. 139(1)");
    EXPECT_EQ(c->url(Lang::ru), "https://adilet.zan.kz/rus/docs/K1100000518");
    EXPECT_EQ(c->title(Lang::en), "Amount of alimony");
}

TEST(sources, an_article_number_with_a_hyphen_is_written_with_a_dot) {
    Sources s = fixture_sources();
    auto c = s.resolve("kobs-73.1");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->article->number, "73-1");
    EXPECT_EQ(c->paragraph, "");
    EXPECT_EQ(c->label(Lang::ru), "КоБС, ст. 73-1");
    auto p = s.resolve("kobs-73.1-2");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->label(Lang::en), "Marriage and Family Code, art. 73-1(2)");
}

TEST(sources, a_whole_act_can_be_cited) {
    Sources s = fixture_sources();
    auto c = s.resolve("budget2026");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->article, nullptr);
    EXPECT_EQ(c->title(Lang::en), "Law on the republican budget for 2026");
    EXPECT_EQ(c->label(Lang::en), "Budget Law 2026");
}

TEST(sources, unknown_or_malformed_citations_are_errors) {
    Sources s = fixture_sources();
    EXPECT_EQ(s.resolve("kobs-999").errors()[0].code, "cite.article");
    EXPECT_EQ(s.resolve("kobs-999-1").errors()[0].code, "cite.article");
    EXPECT_EQ(s.resolve("nope-1").errors()[0].code, "cite.act");
    for (const char* bad : {"", "-1", "kobs-", "kobs--1", "Kobs-139", "kobs-139-", "kobs-1 39", "kobs-.1",
                            "kobs-139-1-2-3", "1kobs-1"})
        EXPECT_EQ(s.resolve(bad).errors()[0].code, "cite.syntax") << bad;
}

TEST(sources, bad_files_report_every_problem) {
    auto r = Sources::parse(R"({"schema": 1, "checked_on": "2026-02-30",
        "acts": [
          {"id": "kobs", "short": {"kk": "", "ru": "x", "en": "x"}, "title": {"kk": "x", "ru": "x", "en": "x"},
           "url": {"kk": "http://a", "ru": "https://a", "en": "https://a"}},
          {"id": "kobs", "short": {"kk": "x", "ru": "x", "en": "x"}, "title": {"kk": "x", "ru": "x", "en": "x"},
           "url": {"kk": "https://a", "ru": "https://a", "en": "https://a"}}],
        "articles": [
          {"id": "kobs-73-1", "act": "kobs", "number": "73-1", "title": {"kk": "x", "ru": "x", "en": "x"}},
          {"id": "gk-1", "act": "gk", "number": "1", "title": {"kk": "x", "ru": "x", "en": "x"}, "extra": 1}]})",
                            "law/sources.json");
    ASSERT_FALSE(r.ok());
    for (const char* code : {"date", "empty", "source.url", "source.duplicate", "source.id", "source.act",
                             "unknown_field"})
        EXPECT_TRUE(has_code(r.errors(), code)) << code;
    EXPECT_EQ(r.errors()[0].path.rfind("law/sources.json: ", 0), 0u);
}

TEST(sources, invalid_json_is_one_error_not_a_crash) {
    auto r = Sources::parse("{\"schema\": 1, \"acts\": [", "law/sources.json");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors()[0].code, "json.syntax");
    EXPECT_FALSE(Sources::parse("[]", "x").ok());
    EXPECT_FALSE(Sources::parse("{\"schema\":1,\"checked_on\":\"2026-01-01\",\"acts\":[1],\"articles\":[null]}", "x").ok());
}

TEST(sources, sub_items_and_named_conventions_are_written_as_a_lawyer_would) {
    auto s = Sources::load(otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR));
    ASSERT_TRUE(s.ok());
    // ГПК art. 135 has sub-items only: "пп. 4)", not "п. 4".
    auto c = s->resolve("gpk-135-4");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->label(Lang::ru), "Гражданский процессуальный кодекс (ГПК), ст. 135, пп. 4)");
    EXPECT_EQ(c->label(Lang::kk), "Азаматтық процестік кодекс (АПК), 135-бап, 4) тармақша");
    EXPECT_EQ(c->label(Lang::en), "Civil Procedure Code, art. 135, item 4)");
    EXPECT_EQ(s->resolve("gpk-243-1")->label(Lang::en), "Civil Procedure Code, art. 243, item 1)");
    // A paragraph's sub-item.
    auto p = s->resolve("kobs-176-2-1");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->label(Lang::ru), "Кодекс о браке и семье (КоБС), ст. 176, п. 2, пп. 1)");
    EXPECT_EQ(p->label(Lang::en), "Marriage and Family Code, art. 176(2)(1)");
    EXPECT_EQ(s->resolve("kobs-139-1")->label(Lang::en), "Marriage and Family Code, art. 139(1)");
    // The app's own conventions read as named rules, never as an article "rounding".
    auto r = s->resolve("app-rounding");
    ASSERT_TRUE(r.ok());
    for (auto lang : otbasy::core::i18n::all_langs) {
        EXPECT_EQ(r->label(lang).find("rounding-"), std::string::npos);
        EXPECT_EQ(r->label(lang).find("ст. rounding"), std::string::npos);
        EXPECT_EQ(r->label(lang).find("art. rounding"), std::string::npos);
    }
    EXPECT_EQ(r->label(Lang::ru), "Правило «Отбасы көмек»: округление");
}
