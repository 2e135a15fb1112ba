// Search: folding, stemming, Latin-typed Kazakh, ranking and type-ahead, on a small guide in memory.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/guide/checker.hpp"
#include "core/guide/search.hpp"
#include "core/i18n/fold.hpp"
#include "guide_fixture.hpp"

using namespace otbasy::core;
using namespace otbasy::core::guide;
using guide_fixture::Fixture;
using guide_fixture::Json;
using guide_fixture::lt;
using otbasy::core::i18n::Lang;

namespace {

const Date as_of = *Date::parse("2026-06-01");

std::vector<std::string> ids(const std::vector<Hit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) out.push_back(h.id);
    return out;
}

bool contains(const std::vector<Hit>& hits, const std::string& id) {
    for (const auto& h : hits)
        if (h.id == id) return true;
    return false;
}

// The fixture with Kazakh and Russian texts that exercise folding and endings.
SearchIndex index_of(Fixture& f) {
    f.node("divorce", 3)["title"] = lt("Divorce at the registry office", "АХАТ органында ажырасу",
                                       "Расторжение брака в ЗАГСе");
    f.node("divorce", 3)["law"] = lt("Spouses who both agree and have no children divorce at the registry.",
                                     "Ерлі-зайыптылар келіссе, некені АХАТ органы бұзады. Алименттерді сот өндіреді.",
                                     "Супруги без детей расторгают брак в ЗАГСе. Алиментов там не взыскивают.");
    f.node("alimony", 2)["law"] = lt("Alimony payments in a fixed sum are set in tenge.",
                                     "Алимент тұрақты ақшалай сомада төленеді.",
                                     "Алименты в твёрдой денежной сумме.");
    auto l = lint(f.reader(), as_of);
    EXPECT_TRUE(l.report.ok());
    return SearchIndex::build(l.content.guide, &l.content.parameters, as_of);
}

}  // namespace

// --- folding --------------------------------------------------------------------------------------------------

TEST(guide_fold, case_yo_and_kazakh_letters_fold_to_a_russian_keyboard) {
    EXPECT_EQ(i18n::fold("ЁЛКА ӘҒҚҢӨҰҮҺІ әғқңөұүһі ABC"), "елка агкноуухи агкноуухи abc");
    EXPECT_EQ(i18n::fold("Қазақстан"), "казакстан");
    EXPECT_EQ(i18n::fold("Ёж"), "еж");
}

TEST(guide_fold, words_split_on_punctuation_and_invalid_bytes) {
    EXPECT_EQ(i18n::fold_words("Күтіп-бағу, «алимент»! 2026 ж."),
              (std::vector<std::string>{"кутип", "багу", "алимент", "2026", "ж"}));
    EXPECT_EQ(i18n::fold_words(std::string("a\xff\xfe" "b\xc3") + "c"), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_TRUE(i18n::fold_words("").empty());
    EXPECT_TRUE(i18n::fold_words(" ,.;— ").empty());
}

TEST(guide_fold, kazakh_and_russian_endings_reach_one_stem) {
    auto kk = [](const char* w) { return i18n::stem(i18n::fold(w), Lang::kk); };
    auto ru = [](const char* w) { return i18n::stem(i18n::fold(w), Lang::ru); };
    for (const char* w : {"алименттер", "алименттерді", "Алименттердің", "алименты", "алиментке", "алимент"})
        EXPECT_EQ(kk(w), "алимент") << w;
    for (const char* w : {"алиментов", "алименты", "алиментам", "алиментами", "алимент"}) EXPECT_EQ(ru(w), "алимент") << w;
    EXPECT_EQ(kk("ажырасуға"), kk("ажырасу"));
    EXPECT_EQ(kk("ажырасқан"), kk("ажырасу"));
    EXPECT_EQ(kk("соттар"), "сот");
    EXPECT_EQ(kk("сотқа"), "сот");
    EXPECT_EQ(kk("балалар"), kk("бала"));
    EXPECT_EQ(ru("развода"), ru("развод"));
    EXPECT_EQ(ru("детей"), ru("дети"));
    EXPECT_EQ(kk("сот"), "сот");  // never below three letters
}

TEST(guide_fold, every_form_shares_a_search_key_with_the_others) {
    auto keys = [](const char* w, Lang l) { return i18n::stem_keys(i18n::fold(w), l); };
    const char* forms[] = {"алименттер", "алиментов", "алименты", "алимент", "алименттерді", "алиментами"};
    for (Lang l : {Lang::kk, Lang::ru})
        for (const char* a : forms)
            for (const char* b : forms) {
                auto ka = keys(a, l), kb = keys(b, l);
                bool shared = std::any_of(ka.begin(), ka.end(),
                                          [&](const std::string& k) { return std::count(kb.begin(), kb.end(), k) > 0; });
                EXPECT_TRUE(shared) << a << " / " << b;
            }
    EXPECT_EQ(i18n::stem_keys("payments", Lang::en), std::vector<std::string>{"payment"});
    EXPECT_EQ(i18n::stem_keys("egov", Lang::kk), std::vector<std::string>{"egov"});
}

TEST(guide_fold, english_plurals) {
    EXPECT_EQ(i18n::stem("payments", Lang::en), "payment");
    EXPECT_EQ(i18n::stem("parties", Lang::en), "party");
    EXPECT_EQ(i18n::stem("taxes", Lang::en), "tax");
    EXPECT_EQ(i18n::stem("address", Lang::en), "address");
    EXPECT_EQ(i18n::stem("bus", Lang::en), "bus");
}

TEST(guide_fold, latin_typed_kazakh_reads_as_cyrillic) {
    EXPECT_EQ(i18n::latin_to_cyrillic("ajyrasu"), "ажырасу");
    EXPECT_EQ(i18n::latin_to_cyrillic("aliment"), "алимент");
    EXPECT_EQ(i18n::latin_to_cyrillic("shesh"), "шеш");
    EXPECT_EQ(i18n::latin_to_cyrillic("sot"), "сот");
    EXPECT_EQ(i18n::latin_to_cyrillic(i18n::fold("Äke")), "аке");
    EXPECT_TRUE(i18n::is_latin_word("aliment"));
    EXPECT_FALSE(i18n::is_latin_word("алимент"));
    EXPECT_FALSE(i18n::is_latin_word("2026"));
    EXPECT_EQ(i18n::latin_to_cyrillic("2026"), "");
}

// --- search -------------------------------------------------------------------------------------------------------

TEST(guide_search, word_forms_find_the_same_results) {
    Fixture f;
    SearchIndex idx = index_of(f);
    for (const char* q : {"алименттер", "алиментов", "алименты", "алимент", "АЛИМЕНТТЕРДІ"}) {
        auto kk = idx.search(q, Lang::kk);
        EXPECT_TRUE(contains(kk, "r_div_registry")) << q;
        EXPECT_TRUE(contains(kk, "r_ali_fixed")) << q;
        auto ru = idx.search(q, Lang::ru);
        EXPECT_TRUE(contains(ru, "r_div_registry")) << q;
        EXPECT_TRUE(contains(ru, "r_ali_fixed")) << q;
    }
}

TEST(guide_search, kazakh_letters_typed_as_russian_ones_match) {
    Fixture f;
    SearchIndex idx = index_of(f);
    EXPECT_EQ(ids(idx.search("ажырасу", Lang::kk)), ids(idx.search("АЖЫРАСУ", Lang::kk)));
    EXPECT_TRUE(contains(idx.search("туракты", Lang::kk), "r_ali_fixed"));  // тұрақты typed without ұ and қ
    EXPECT_TRUE(contains(idx.search("твердой", Lang::ru), "r_ali_fixed"));  // твёрдой typed with е
}

TEST(guide_search, latin_typed_kazakh_finds_cyrillic_texts) {
    Fixture f;
    SearchIndex idx = index_of(f);
    auto hits = idx.search("ajyrasu", Lang::kk);
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits[0].topic, "divorce");
    EXPECT_TRUE(contains(idx.search("aliment", Lang::kk), "r_ali_fixed"));
    EXPECT_TRUE(idx.search("ajyrasu", Lang::en).empty());  // English texts are not transliterated
}

TEST(guide_search, titles_rank_above_texts_above_the_glossary) {
    Fixture f;
    SearchIndex idx = index_of(f);
    auto hits = idx.search("alimony", Lang::en);
    ASSERT_GE(hits.size(), 3u);
    EXPECT_EQ(hits[0].id, "alimony");  // the topic's own title: "Child alimony"
    EXPECT_EQ(hits[0].topic, "alimony");
    // The glossary term comes after every node hit.
    std::size_t glossary_at = hits.size();
    for (std::size_t i = 0; i < hits.size(); ++i)
        if (hits[i].topic == "glossary") glossary_at = i;
    ASSERT_LT(glossary_at, hits.size());
    EXPECT_EQ(hits[glossary_at].id, "alimony");
    for (std::size_t i = glossary_at + 1; i < hits.size(); ++i) EXPECT_EQ(hits[i].topic, "glossary");
    EXPECT_GT(hits[0].score, hits[glossary_at].score);
}

TEST(guide_search, hits_matching_more_words_rank_first_and_not_every_word_is_needed) {
    Fixture f;
    SearchIndex idx = index_of(f);
    auto hits = idx.search("alimony fixed sum", Lang::en);
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits[0].id, "r_ali_fixed");
    EXPECT_FALSE(contains(hits, "r_div_registry"));
    // A word the guide does not have does not hide the hits of the others.
    auto partial = idx.search("alimony fixed sum zzzzqqq", Lang::en);
    ASSERT_FALSE(partial.empty());
    EXPECT_EQ(partial[0].id, "r_ali_fixed");
}

TEST(guide_search, the_last_word_matches_as_a_prefix_while_typing) {
    Fixture f;
    SearchIndex idx = index_of(f);
    EXPECT_TRUE(contains(idx.search("алим", Lang::ru), "r_ali_fixed"));
    EXPECT_TRUE(contains(idx.search("registry off", Lang::en), "r_div_registry"));
    EXPECT_TRUE(idx.search("алим ", Lang::ru).empty());      // a finished word is not a prefix
    // Only the last word is: "алим" matches nothing, so the hits are those with "сумм…", not the alimony topic.
    auto partial = idx.search("алим сумм", Lang::ru);
    EXPECT_TRUE(contains(partial, "r_ali_fixed"));
    EXPECT_FALSE(contains(partial, "alimony"));
}

TEST(guide_search, hits_carry_id_topic_and_title_in_the_language) {
    Fixture f;
    SearchIndex idx = index_of(f);
    auto hits = idx.search("загс", Lang::ru);
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits[0].id, "r_div_registry");
    EXPECT_EQ(hits[0].topic, "divorce");
    EXPECT_EQ(hits[0].title, "Расторжение брака в ЗАГСе");
    auto g = idx.search("алименты", Lang::ru, 100);
    bool glossary = false;
    for (const auto& h : g)
        if (h.topic == "glossary") glossary = h.id == "alimony" && h.title == "алименты";
    EXPECT_TRUE(glossary);
}

TEST(guide_search, odd_queries_give_no_hits_and_never_crash) {
    Fixture f;
    SearchIndex idx = index_of(f);
    for (const char* q : {"", " ", "?!", "\xff\xfe", "и", "the", "zzzzqqq"}) EXPECT_TRUE(idx.search(q, Lang::ru).empty()) << q;
    EXPECT_LE(idx.search("a", Lang::en, 2).size(), 2u);
    EXPECT_TRUE(idx.search("alimony", Lang::en, 0).empty());
    std::string huge(100000, 'a');
    idx.search(huge, Lang::kk);
    std::string words;
    for (int i = 0; i < 500; ++i) words += "alimony ";
    EXPECT_FALSE(idx.search(words, Lang::en).empty());
    SearchIndex empty = SearchIndex::build(Guide(), nullptr, as_of);
    EXPECT_TRUE(empty.search("alimony", Lang::en).empty());
}
