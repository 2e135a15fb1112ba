// The template engine: conditions, placeholders, choices, citations, word lists, bold, loops, numbered lists, and
// the checks against a document type's fields.
#include <gtest/gtest.h>

#include "core/documents/template.hpp"

using namespace otbasy::core;
using namespace otbasy::core::documents;

namespace {

Template make(const std::string& blocks_json, const std::string& extra = "") {
    const std::string text = R"J({"schema":1,"type":"t",
      "file_stem":{"kk":"f-{date}","ru":"f-{date}"},"doc_title":{"kk":"T","ru":"T"},)J" + extra + R"J("blocks":)J" + blocks_json + "}";
    auto t = parse_template(text, "t.json");
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.errors()[0].path + ": " + t.errors()[0].message);
    return t.ok() ? *t : Template{};
}

std::string rendered(const Template& t, const Json& ctx, Lang lang = Lang::ru) {
    RenderOptions o;
    o.lang = lang;
    o.cite_label = [](std::string_view id) { return "label:" + std::string(id); };
    auto d = render(t, ctx, o);
    if (!d.ok()) return "ERROR " + d.errors()[0].code + " " + d.errors()[0].path;
    return d->plain();
}

bool cite_exists(std::string_view id) { return id == "kobs-139-1" || id == "gpk-135"; }

}  // namespace

TEST(documents_template, conditions_combine_and_compare) {
    Json ctx = {{"a", true}, {"b", ""}, {"n", 2}, {"k", "share"}, {"list", Json::array({1})}, {"o", {{"x", "y"}}}};
    auto ev = [&](const char* s) { return evaluate(*parse_expr(s), ctx); };
    EXPECT_TRUE(ev("a"));
    EXPECT_FALSE(ev("b"));
    EXPECT_TRUE(ev("n && list"));
    EXPECT_TRUE(ev("!b && (a || missing)"));
    EXPECT_TRUE(ev("k == 'share'"));
    EXPECT_TRUE(ev("k != 'fixed'"));
    EXPECT_TRUE(ev("o.x == 'y'"));
    EXPECT_FALSE(ev("o.z"));
    EXPECT_FALSE(parse_expr("a &&").ok());
    EXPECT_FALSE(parse_expr("k == share").ok());
    EXPECT_FALSE(parse_expr("(a").ok());
}

TEST(documents_template, placeholders_choices_and_bold_make_runs) {
    auto t = make(R"J([{"id":"p","kind":"paragraph","text":{"kk":"x","ru":"**Истец:** {name}{?phone|, тел. {phone}|}{?one|ребёнок|дети}"}}])J");
    Json ctx = {{"name", "Иванова А."}, {"phone", ""}, {"one", false}, {"date", "d"}};
    RenderOptions o;
    auto d = render(t, ctx, o);
    ASSERT_TRUE(d.ok());
    ASSERT_EQ(d->blocks.size(), 1u);
    const auto& runs = d->blocks[0].runs;
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].text, "Истец:");
    EXPECT_TRUE(runs[0].bold);
    EXPECT_EQ(runs[1].text, " Иванова А.дети");
    EXPECT_FALSE(runs[1].bold);
}

TEST(documents_template, a_choice_condition_may_hold_or) {
    auto t = make(R"J([{"id":"p","kind":"paragraph","text":{"kk":"x","ru":"{?a || b|да|нет}"}}])J");
    EXPECT_EQ(rendered(t, {{"a", false}, {"b", true}, {"date", "d"}}), "да\n");
    EXPECT_EQ(rendered(t, {{"a", false}, {"b", false}, {"date", "d"}}), "нет\n");
}

TEST(documents_template, citations_show_their_words_and_are_recorded) {
    auto t = make(R"J([{"id":"p","kind":"paragraph","text":{"kk":"x","ru":"по {cite:kobs-139-1|статье 139} и ({cite:@duty.basis})"}}])J");
    Json ctx = {{"duty", {{"basis", "nk2026-668"}}}, {"date", "d"}};
    RenderOptions o;
    o.cite_label = [](std::string_view id) { return "label:" + std::string(id); };
    auto d = render(t, ctx, o);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->plain(), "по статье 139 и (label:nk2026-668)\n");
    EXPECT_EQ(d->citations, (std::vector<std::string>{"kobs-139-1", "nk2026-668"}));
}

TEST(documents_template, word_lists_translate_values_and_fall_back_to_the_value) {
    auto t = make(R"J([{"id":"p","kind":"paragraph","text":{"kk":"{w:share:s}","ru":"{w:share:s}"}}])J",
                  R"J("words":{"kk":{"share":{"1/4":"төрттен бір"}},"ru":{"share":{"1/4":"одной четверти"}}},)J");
    EXPECT_EQ(rendered(t, {{"s", "1/4"}, {"date", "d"}}, Lang::kk), "төрттен бір\n");
    EXPECT_EQ(rendered(t, {{"s", "1/4"}, {"date", "d"}}, Lang::ru), "одной четверти\n");
    EXPECT_EQ(rendered(t, {{"s", "1/5"}, {"date", "d"}}, Lang::ru), "1/5\n");
}

TEST(documents_template, loops_repeat_blocks_and_lists_number_through_the_document) {
    auto t = make(R"J([
      {"id":"r1","kind":"item","list":"req","text":{"kk":"x","ru":"первое"}},
      {"id":"c","kind":"item","list":"kids","each":"children","as":"child","text":{"kk":"x","ru":"{child.name}{?child.last|.|;}"}},
      {"id":"skip","kind":"item","list":"req","if":"never","text":{"kk":"x","ru":"пропущено"}},
      {"id":"r2","kind":"item","list":"req","text":{"kk":"x","ru":"второе"}}])J");
    Json ctx = {{"children", Json::array({{{"name", "А"}, {"last", false}}, {{"name", "Б"}, {"last", true}}})}, {"date", "d"}};
    RenderOptions o;
    auto d = render(t, ctx, o);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->plain(), "1. первое\n1. А;\n2. Б.\n2. второе\n");
    EXPECT_NE(d->find("c.2"), nullptr);
    EXPECT_EQ(d->find("skip"), nullptr);
}

TEST(documents_template, tables_take_their_rows_from_a_list) {
    auto t = make(R"J([{"id":"t","kind":"table","each":"rows","as":"r","columns":[
      {"header":{"kk":"Ай","ru":"Месяц"},"cell":{"kk":"{r.m}","ru":"{r.m}"},"footer":{"kk":"Барлығы","ru":"Итого"}},
      {"header":{"kk":"Сома","ru":"Сумма"},"cell":{"kk":"{r.v}","ru":"{r.v}"},"footer":{"kk":"{total}","ru":"{total}"},"numeric":true}]}])J");
    Json ctx = {{"rows", Json::array({{{"m", "01.2026"}, {"v", "10,00"}}, {{"m", "02.2026"}, {"v", "5,00"}}})},
                {"total", "15,00"}, {"date", "d"}};
    EXPECT_EQ(rendered(t, ctx), "Месяц\tСумма\n01.2026\t10,00\n02.2026\t5,00\nИтого\t15,00\n");
}

TEST(documents_template, a_missing_or_empty_field_is_an_error_not_a_blank) {
    auto t = make(R"J([{"id":"p","kind":"paragraph","text":{"kk":"x","ru":"{name}"}}])J");
    EXPECT_EQ(rendered(t, {{"date", "d"}}), "ERROR documents.render.missing blocks.p");
    EXPECT_EQ(rendered(t, {{"name", ""}, {"date", "d"}}), "ERROR documents.render.missing blocks.p");
}

TEST(documents_template, malformed_texts_are_reported) {
    EXPECT_FALSE(parse_text("{name").ok());
    EXPECT_FALSE(parse_text("name}").ok());
    EXPECT_FALSE(parse_text("**bold").ok());
    EXPECT_FALSE(parse_text("{?a|yes}").ok());
    EXPECT_FALSE(parse_text("{Name}").ok());
    EXPECT_FALSE(parse_text("{cite:|x}").ok());
    EXPECT_TRUE(parse_text("{?a|{b}|{?c|d|}}").ok());
}

TEST(documents_template, the_check_reports_unknown_fields_citations_words_and_languages) {
    auto t = make(R"J([
      {"id":"a","kind":"paragraph","text":{"kk":"{claimant.name}","ru":"{claimant.nmae}"}},
      {"id":"b","kind":"paragraph","if":"unknown_flag","text":{"kk":"{cite:kobs-999|x}","ru":"{cite:gpk-135|статья 135}"}},
      {"id":"c","kind":"paragraph","each":"claimant","as":"x","text":{"kk":"x","ru":"x"}},
      {"id":"d","kind":"paragraph","text":{"kk":"{w:nope:date}","ru":"{cite:@date}"}}])J");
    Json schema = {{"date", "text"}, {"claimant", {{"name", "text"}}}};
    auto errors = check_template(t, schema, "t.json", cite_exists);
    auto has = [&](const std::string& where, const std::string& code) {
        for (const auto& e : errors)
            if (e.path == "t.json: " + where && e.code == code) return true;
        return false;
    };
    EXPECT_TRUE(has("blocks.a.ru", "documents.template.field"));
    EXPECT_FALSE(has("blocks.a.kk", "documents.template.field"));
    EXPECT_TRUE(has("blocks.b", "documents.template.field"));
    EXPECT_TRUE(has("blocks.b.kk", "cite.article"));
    EXPECT_TRUE(has("blocks.c", "documents.template.field_kind"));
    EXPECT_TRUE(has("blocks.d.kk", "documents.template.words"));
    EXPECT_TRUE(has("blocks.d.ru", "documents.template.field_kind"));
}

TEST(documents_template, every_text_needs_both_languages) {
    auto parse = [](const std::string& text) {
        return parse_template(R"J({"schema":1,"type":"t",
          "file_stem":{"kk":"f","ru":"f"},"doc_title":{"kk":"T","ru":"T"},"blocks":[{"id":"e","kind":"paragraph","text":)J" +
                              text + "}]}", "t.json");
    };
    EXPECT_TRUE(parse(R"J({"kk":"бар","ru":"есть"})J").ok());
    EXPECT_FALSE(parse(R"J({"kk":"","ru":"есть"})J").ok());
    EXPECT_FALSE(parse(R"J({"ru":"есть"})J").ok());
    EXPECT_FALSE(parse(R"J({"kk":"бар","ru":"есть","en":"is"})J").ok());
}
