// The guide engine on a small guide in memory: marks, loader, checker, session and the static HTML version.
// Tests assert node ids, codes and amounts, never wording.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/guide/checker.hpp"
#include "core/guide/html_export.hpp"
#include "core/guide/marks.hpp"
#include "core/guide/session.hpp"
#include "guide_fixture.hpp"

using namespace otbasy::core;
using namespace otbasy::core::guide;
using guide_fixture::Fixture;
using guide_fixture::Json;
using guide_fixture::lt;
using otbasy::core::i18n::Lang;
using otbasy::core::law::ParameterSet;

namespace {

const Date as_of = *Date::parse("2026-06-01");

bool has_code(const Issues& issues, const std::string& code, const std::string& node = "") {
    return std::any_of(issues.begin(), issues.end(),
                       [&](const Issue& i) { return i.code == code && (node.empty() || i.node == node); });
}

std::string dump(const Issues& issues) {
    std::string s;
    for (const auto& i : issues) s += i.to_string() + "\n";
    return s;
}

Linted lint_fixture(const Fixture& f) { return lint(f.reader(), as_of); }

Guide load(const Fixture& f) {
    auto g = load_guide(f.reader());
    EXPECT_TRUE(g.ok()) << (g.errors().empty() ? "" : g.errors()[0].path + ": " + g.errors()[0].message);
    return g.ok() ? std::move(g).value() : Guide();
}

ParameterSet params_of(const Fixture& f) {
    auto p = ParameterSet::load(f.reader());
    EXPECT_TRUE(p.ok());
    return p.ok() ? std::move(p).value() : ParameterSet();
}

}  // namespace

// --- marks -------------------------------------------------------------------------------------------------------

TEST(guide_marks, a_text_splits_into_plain_term_and_parameter_runs) {
    auto runs = parse_marks("Pay [[alimony|alimony]] of {p:kz.fees.registry} now");
    ASSERT_EQ(runs.size(), 5u);
    EXPECT_EQ(runs[0].kind, Run::Kind::plain);
    EXPECT_EQ(runs[0].text, "Pay ");
    EXPECT_EQ(runs[1].kind, Run::Kind::term);
    EXPECT_EQ(runs[1].id, "alimony");
    EXPECT_EQ(runs[1].text, "alimony");
    EXPECT_EQ(runs[3].kind, Run::Kind::param);
    EXPECT_EQ(runs[3].id, "kz.fees.registry");
    EXPECT_EQ(runs[4].text, " now");
}

TEST(guide_marks, malformed_marks_are_reported_and_kept_as_text) {
    for (const char* bad : {"a [[alimony] b", "[[alimony]]", "[[|words]]", "[[Bad Id|w]]", "[[a|]]", "{p:}",
                            "{p:kz.mrp", "x ]] y", "{p:kz mrp}", "a { b", "[[a|b [[c|d]]"}) {
        std::vector<MarkProblem> problems;
        auto runs = parse_marks(bad, &problems);
        EXPECT_FALSE(problems.empty()) << bad;
        std::string plain;
        for (const auto& r : runs) plain += r.text;
        EXPECT_FALSE(plain.empty()) << bad;
    }
    std::vector<MarkProblem> none;
    parse_marks("plain text, 1/4 of income (and more)", &none);
    EXPECT_TRUE(none.empty());
}

TEST(guide_marks, parameters_render_by_unit_on_the_date) {
    Fixture f;
    f.json["law/parameters/kz/terms/wait.json"] = {
        {"schema", 1}, {"id", "kz.terms.wait"}, {"unit", "months"}, {"checked_on", "2026-11-25"},
        {"title", lt("Wait")}, {"values", {{{"from", "2020-01-01"}, {"value", "1"}, {"source", {{"cite", "kobs-17"}}}}}}};
    f.json["law/parameters/kz/cap.json"] = {
        {"schema", 1}, {"id", "kz.cap"}, {"unit", "rate"}, {"checked_on", "2026-11-25"},
        {"title", lt("Cap")}, {"values", {{{"from", "2020-01-01"}, {"value", "0.5"}, {"source", {{"cite", "kobs-17"}}}}}}};
    f.json["law/parameters/kz/debt.json"] = {
        {"schema", 1}, {"id", "kz.debt"}, {"unit", "mrp"}, {"checked_on", "2026-11-25"},
        {"title", lt("Debt")}, {"values", {{{"from", "2020-01-01"}, {"value", "40"}, {"source", {{"cite", "kobs-17"}}}}}}};
    ParameterSet p = params_of(f);
    EXPECT_EQ(render_plain("{p:kz.mrp}", Lang::ru, &p, as_of), "4\u00A0325\u00A0₸");
    // A multiple of МРП shows its tenge as the text writes tenge: whole amounts without «,00».
    EXPECT_EQ(render_plain("{p:kz.debt}", Lang::kk, &p, as_of), "40\u00A0АЕК (173\u00A0000\u00A0₸)");
    EXPECT_EQ(render_plain("{p:kz.fees.registry}", Lang::kk, &p, as_of), "0,3\u00A0АЕК (1\u00A0297,50\u00A0₸)");
    EXPECT_EQ(render_plain("{p:kz.fees.registry}", Lang::ru, &p, *Date::parse("2025-06-01")),
              "0,3\u00A0МРП (1\u00A0179,60\u00A0₸)");
    EXPECT_EQ(render_plain("{p:kz.terms.wait}", Lang::ru, &p, as_of), "1\u00A0месяц");
    EXPECT_EQ(render_plain("{p:kz.terms.wait}", Lang::en, &p, as_of), "1 month");
    EXPECT_EQ(render_plain("{p:kz.cap}", Lang::en, &p, as_of), "50\u00A0%");
    EXPECT_EQ(render_plain("see [[alimony|алименты]]", Lang::ru, &p, as_of), "see алименты");

    RenderNotes notes;
    EXPECT_EQ(render_plain("{p:kz.nope} and {p:kz.fees.registry}", Lang::en, &p, as_of, &notes).substr(0, 3), "…");
    EXPECT_EQ(notes.missing, std::vector<std::string>{"kz.nope"});
    EXPECT_EQ(notes.unconfirmed, std::vector<std::string>{"kz.fees.registry"});
    RenderNotes early;
    render_plain("{p:kz.mrp}", Lang::en, &p, *Date::parse("2024-01-01"), &early);
    EXPECT_EQ(early.missing, std::vector<std::string>{"kz.mrp"});
    RenderNotes late;
    render_plain("{p:kz.mrp}", Lang::en, &p, *Date::parse("2027-01-01"), &late);
    EXPECT_EQ(late.may_be_outdated, std::vector<std::string>{"kz.mrp"});
}

TEST(guide_marks, a_parameter_mark_may_name_a_form) {
    auto runs = parse_marks("more than {p:kz.terms.wait|abl} and {p:kz.mrp}");
    ASSERT_EQ(runs.size(), 4u);
    EXPECT_EQ(runs[1].id, "kz.terms.wait");
    EXPECT_EQ(runs[1].form, "abl");
    EXPECT_EQ(runs[3].form, "");
    for (const char* bad : {"{p:kz.mrp|}", "{p:kz.mrp|Abl}", "{p:kz.mrp|abl|gen}", "{p:|abl}"}) {
        std::vector<MarkProblem> problems;
        parse_marks(bad, &problems);
        EXPECT_FALSE(problems.empty()) << bad;
    }

    Fixture f;
    f.json["law/parameters/kz/terms/wait.json"] = {
        {"schema", 1}, {"id", "kz.terms.wait"}, {"unit", "months"}, {"checked_on", "2026-11-25"},
        {"title", lt("Wait")}, {"values", {{{"from", "2020-01-01"}, {"value", "3"}, {"source", {{"cite", "kobs-17"}}}}}}};
    f.json["law/parameters/kz/terms/age.json"] = {
        {"schema", 1}, {"id", "kz.terms.age"}, {"unit", "years"}, {"checked_on", "2026-11-25"},
        {"title", lt("Age")}, {"values", {{{"from", "2020-01-01"}, {"value", "10"}, {"source", {{"cite", "kobs-17"}}}}}}};
    f.json["law/parameters/kz/penalty.json"] = {
        {"schema", 1}, {"id", "kz.penalty"}, {"unit", "rate"}, {"checked_on", "2026-11-25"},
        {"title", lt("Penalty")}, {"values", {{{"from", "2020-01-01"}, {"value", "0.001"}, {"source", {{"cite", "kobs-17"}}}}}}};
    ParameterSet p = params_of(f);
    const std::string nb = "\u00A0";
    EXPECT_EQ(render_plain("{p:kz.terms.wait|abl} астам", Lang::kk, &p, as_of), "3" + nb + "айдан астам");
    EXPECT_EQ(render_plain("{p:kz.terms.age|age_dat} толса", Lang::kk, &p, as_of), "10" + nb + "жасқа толса");
    EXPECT_EQ(render_plain("{p:kz.penalty|poss}", Lang::kk, &p, as_of), "0,1" + nb + "%-ы");
    EXPECT_EQ(render_plain("не менее {p:kz.terms.wait|gen}", Lang::ru, &p, as_of), "не менее 3" + nb + "месяцев");
    EXPECT_EQ(render_plain("turns {p:kz.terms.age|age}", Lang::en, &p, as_of), "turns 10");
    // A form the language does not have, or one that does not fit the unit, renders plain (the checker objects).
    EXPECT_EQ(render_plain("{p:kz.terms.wait|abl}", Lang::ru, &p, as_of), "3" + nb + "месяца");
    EXPECT_EQ(render_plain("{p:kz.terms.wait|age_dat}", Lang::kk, &p, as_of), "3" + nb + "ай");
    EXPECT_EQ(render_plain("{p:kz.mrp|dat}", Lang::kk, &p, as_of), "4" + nb + "325" + nb + "₸");

    EXPECT_EQ(form_problem(law::Unit::months, "abl", Lang::kk), "");
    EXPECT_EQ(form_problem(law::Unit::years, "age_dat", Lang::kk), "");
    EXPECT_EQ(form_problem(law::Unit::years, "gen", Lang::ru), "");
    EXPECT_EQ(form_problem(law::Unit::tenge, "gen", Lang::ru), "");
    EXPECT_NE(form_problem(law::Unit::months, "abl", Lang::ru), "");
    EXPECT_NE(form_problem(law::Unit::months, "gen", Lang::en), "");
    EXPECT_NE(form_problem(law::Unit::months, "age_dat", Lang::kk), "");
    EXPECT_NE(form_problem(law::Unit::tenge, "dat", Lang::kk), "");
    EXPECT_NE(form_problem(law::Unit::mrp, "abl", Lang::kk), "");
    EXPECT_NE(form_problem(law::Unit::days, "ablative", Lang::kk), "");
}

// --- loader --------------------------------------------------------------------------------------------------------

TEST(guide_loader, topics_load_in_topics_json_order_with_nodes_by_id) {
    Fixture f;
    Guide g = load(f);
    ASSERT_EQ(g.topics.size(), 2u);
    EXPECT_EQ(g.topics[0].id, "divorce");
    EXPECT_EQ(g.topics[1].id, "alimony");
    const Topic* t = nullptr;
    const Node* n = g.node("r_ali_fixed", &t);
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(t->id, "alimony");
    EXPECT_EQ(n->type, NodeType::result);
    EXPECT_EQ(g.topic("divorce")->start_node()->id, "q_div_children");
    EXPECT_EQ(g.topic("divorce")->find("q_div_agree")->option("no")->next, "r_div_court");
    EXPECT_EQ(g.glossary.find("alimony")->citations, std::vector<std::string>{"kobs-139"});
    ASSERT_EQ(g.node("r_div_court")->actions.size(), 1u);
    EXPECT_EQ(g.node("r_div_court")->actions[0].prefill["orders"][0]["children"], 1);
}

TEST(guide_loader, shape_errors_carry_file_node_and_field) {
    Fixture f;
    f.node("divorce", 0)["id"] = "x_div_children";                        // wrong prefix
    f.node("divorce", 2)["options"][1]["label"].erase("en");              // missing language
    f.node("divorce", 3)["nxt"] = "r_div_court";                          // unknown field
    f.node("alimony", 0)["options"][1]["id"] = "share";                   // duplicate option
    f.node("alimony", 1)["type"] = "answer";                              // unknown type
    f.json["guide/glossary.json"]["terms"][0]["definition"]["kk"] = " ";  // blank text
    auto loaded = load_guide_partial(f.reader());
    const Issues& is = loaded.issues;
    EXPECT_TRUE(has_code(is, "guide.prefix", "x_div_children")) << dump(is);
    EXPECT_TRUE(has_code(is, "missing", "q_div_agree")) << dump(is);
    EXPECT_TRUE(has_code(is, "guide.field", "r_div_registry")) << dump(is);
    EXPECT_TRUE(has_code(is, "guide.option_duplicate", "q_ali_kind")) << dump(is);
    EXPECT_TRUE(has_code(is, "guide.type", "r_ali_share")) << dump(is);
    EXPECT_TRUE(has_code(is, "empty", "alimony")) << dump(is);
    for (const auto& i : is) {
        if (i.code != "missing") continue;
        EXPECT_EQ(i.file, "guide/divorce.json");
        EXPECT_EQ(i.field, "nodes[2].options[1].label.en");
        EXPECT_EQ(i.to_error().path, "guide/divorce.json: nodes[2].options[1].label.en");
    }
    EXPECT_FALSE(load_guide(f.reader()).ok());
}

TEST(guide_loader, broken_files_are_reported_never_a_crash) {
    Fixture f;
    f.json["guide/divorce.json"] = "not an object";
    f.json["guide/alimony.json"] = nullptr;  // absent
    auto loaded = load_guide_partial(f.reader());
    EXPECT_TRUE(has_code(loaded.issues, "type")) << dump(loaded.issues);
    EXPECT_TRUE(has_code(loaded.issues, "guide.missing_topic")) << dump(loaded.issues);
    EXPECT_TRUE(loaded.guide.topics.empty());

    Issues issues;
    EXPECT_FALSE(parse_topic("{\"schema\":1, \"nodes\": [", "guide/x.json", issues));
    EXPECT_EQ(issues.back().code, "json.syntax");
    auto t = parse_topic(R"({"schema":2,"topic":"x","order":1,"title":1,"summary":{},"start":"q","nodes":[1,{},
        {"id":"q_a","type":"question","options":"no"},{"id":"i_b","type":"info","next":3}]})", "guide/x.json", issues);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->nodes.size(), 2u);
}

// --- checker ------------------------------------------------------------------------------------------------------

TEST(guide_checker, a_sound_guide_has_no_errors) {
    Fixture f;
    auto l = lint_fixture(f);
    EXPECT_TRUE(l.report.ok()) << dump(l.report.errors);
    EXPECT_EQ(l.report.counts.topics, 2u);
    EXPECT_EQ(l.report.counts.questions, 3u);
    EXPECT_EQ(l.report.counts.infos, 1u);
    EXPECT_EQ(l.report.counts.results, 4u);
    EXPECT_EQ(l.report.counts.glossary_terms, 1u);
    EXPECT_GT(l.report.counts.words[0], 0u);
    // The fee's value is unconfirmed: a warning, once.
    EXPECT_TRUE(has_code(l.report.warnings, "param.unconfirmed", "r_div_registry")) << dump(l.report.warnings);
}

TEST(guide_checker, every_routing_problem_is_reported_with_its_node) {
    Fixture f;
    f.node("divorce", 2)["options"][1]["next"] = "r_div_nowhere";  // next does not exist
    f.node("alimony", 0)["options"][1]["next"] = "r_div_court";    // next in another topic; r_ali_fixed unreachable
    f.node("divorce", 1)["next"] = "q_div_children";               // a loop back to the start
    f.node("divorce", 0)["options"].erase(1);                      // one option left: q_div_agree unreachable too
    auto l = lint_fixture(f);
    const Issues& e = l.report.errors;
    EXPECT_TRUE(has_code(e, "guide.next", "q_div_agree")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.next", "q_ali_kind")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.unreachable", "r_ali_fixed")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.unreachable", "q_div_agree")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.cycle", "i_div_children")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.dead_end", "q_div_children")) << dump(e);
    for (const auto& i : e) {
        if (i.code == "guide.next" && i.node == "q_div_agree") {
            EXPECT_EQ(i.field, "nodes[2].options[1].next");
        }
    }
}

TEST(guide_checker, references_must_exist) {
    Fixture f;
    f.node("divorce", 4)["citations"].push_back("kobs-999");
    f.node("divorce", 1)["citations"].push_back("nope-1");
    f.node("alimony", 1)["law"]["ru"] = "[[nosuch|слово]] и {p:kz.nosuch}";
    f.node("alimony", 2)["law"]["en"] = "{p:kz.mrp}";
    f.json["law/parameters/kz/mrp.json"]["values"].erase(0);  // kz.mrp now starts on 2026-01-01
    f.topic("alimony")["start"] = "q_nowhere";
    f.node("divorce", 4)["actions"][0]["prefill"] = {{"orders", {{{"type", "share"}, {"children", 0}}}}, {"x", 1}};
    auto l = lint_fixture(f);
    const Issues& e = l.report.errors;
    EXPECT_TRUE(has_code(e, "cite.article", "r_div_court")) << dump(e);
    EXPECT_TRUE(has_code(e, "cite.act", "i_div_children")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.term", "r_ali_share")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.param", "r_ali_share")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.start")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.prefill", "r_div_court")) << dump(e);
    EXPECT_FALSE(has_code(e, "guide.param_date")) << dump(e);

    auto early = lint(f.reader(), *Date::parse("2025-06-01"));  // kz.mrp has no value yet
    EXPECT_TRUE(has_code(early.report.errors, "guide.param_date", "r_ali_fixed")) << dump(early.report.errors);
}

TEST(guide_checker, ids_are_unique_across_topics_and_topics_json_lists_every_file) {
    Fixture f;
    f.node("alimony", 2)["id"] = "r_div_court";
    f.node("alimony", 0)["options"][1]["next"] = "r_div_court";
    f.json["guide/extra.json"] = f.json["guide/alimony.json"];
    f.json["guide/topics.json"]["topics"].push_back("missing");
    auto l = lint_fixture(f);
    const Issues& e = l.report.errors;
    EXPECT_TRUE(has_code(e, "guide.duplicate_id", "r_div_court")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.unlisted")) << dump(e);
    EXPECT_TRUE(has_code(e, "guide.missing_topic")) << dump(e);
}

TEST(guide_checker, a_parameter_form_must_be_one_of_the_language_and_fit_the_unit) {
    Fixture f;
    f.node("divorce", 3)["terms"][0] = lt("Fee: {p:kz.fees.registry}.", "Баж: {p:kz.fees.registry|dat}.",
                                          "Пошлина: {p:kz.fees.registry|abl}.");
    auto l = lint_fixture(f);
    const Issues& e = l.report.errors;
    int n = 0;
    for (const auto& i : e)
        if (i.code == "guide.param_form" && i.node == "r_div_registry") {
            ++n;
            EXPECT_TRUE(i.field == "nodes[3].terms[0].kk" || i.field == "nodes[3].terms[0].ru") << i.field;
        }
    EXPECT_EQ(n, 2) << dump(e);  // kk: no ending on an amount; ru: no ablative

    Fixture good;
    good.node("divorce", 3)["terms"][0] = lt("Fee: {p:kz.fees.registry}.", "Баж: {p:kz.fees.registry} мөлшерінде.",
                                             "Пошлина: не более {p:kz.fees.registry|gen}.");
    auto ok = lint_fixture(good);
    EXPECT_FALSE(has_code(ok.report.errors, "guide.param_form")) << dump(ok.report.errors);
}

TEST(guide_checker, warnings_do_not_fail_the_check) {
    Fixture f;
    f.node("divorce", 3)["terms"][0]["en"] = "Fee: 1 297 ₸.";         // a literal amount, and params differ
    f.node("divorce", 4)["citations"] = Json::array();                // a result without citations
    f.json["guide/glossary.json"]["terms"].push_back(
        {{"id", "unused_term"}, {"term", lt("t")}, {"definition", lt("d")}});
    auto l = lint_fixture(f);
    EXPECT_TRUE(l.report.ok()) << dump(l.report.errors);
    const Issues& w = l.report.warnings;
    EXPECT_TRUE(has_code(w, "guide.literal", "r_div_registry")) << dump(w);
    EXPECT_TRUE(has_code(w, "guide.param_langs", "r_div_registry")) << dump(w);
    EXPECT_TRUE(has_code(w, "guide.no_citations", "r_div_court")) << dump(w);
    EXPECT_TRUE(has_code(w, "glossary.unused", "unused_term")) << dump(w);
}

// --- session ------------------------------------------------------------------------------------------------------

TEST(guide_session, answers_route_from_the_start_to_a_result) {
    Fixture f;
    Guide g = load(f);
    auto s = Session::start(g, "divorce");
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->current().id, "q_div_children");
    ASSERT_TRUE(s.value().answer("yes").ok());
    EXPECT_EQ(s->current().id, "i_div_children");
    EXPECT_EQ(s.value().answer("yes").errors()[0].code, "session.not_question");
    ASSERT_TRUE(s.value().proceed().ok());
    EXPECT_EQ(s->current().id, "q_div_agree");
    EXPECT_EQ(s.value().answer("maybe").errors()[0].code, "session.option");
    ASSERT_TRUE(s.value().answer("no").ok());
    EXPECT_TRUE(s->at_result());
    EXPECT_EQ(s->path(), (std::vector<std::string>{"q_div_children", "i_div_children", "q_div_agree", "r_div_court"}));
    auto review = s->review();
    ASSERT_EQ(review.size(), 2u);
    EXPECT_EQ(review[0].question->id, "q_div_children");
    EXPECT_EQ(review[0].option->id, "yes");
    EXPECT_EQ(review[1].option->id, "no");
}

TEST(guide_session, back_keeps_later_answers_and_a_new_choice_hides_them) {
    Fixture f;
    Guide g = load(f);
    Session s = Session::start(g, "divorce").value();
    s.answer("yes");
    s.proceed();
    s.answer("no");  // r_div_court
    ASSERT_TRUE(s.back());
    ASSERT_TRUE(s.back());
    ASSERT_TRUE(s.back());
    EXPECT_FALSE(s.back());
    EXPECT_EQ(s.current().id, "q_div_children");
    // Going back kept every answer: the path still reaches the result.
    EXPECT_EQ(s.path().back(), "r_div_court");
    EXPECT_EQ(s.answer_of("q_div_agree"), "no");

    // The same choice again: the later answers still apply.
    s.answer("yes");
    EXPECT_EQ(s.current().id, "i_div_children");
    EXPECT_EQ(s.path().back(), "r_div_court");

    // Another choice skips the info node; q_div_agree's answer still applies on the new path.
    ASSERT_TRUE(s.jump("q_div_children").ok());
    s.answer("no");
    EXPECT_EQ(s.current().id, "q_div_agree");
    EXPECT_EQ(s.path(), (std::vector<std::string>{"q_div_children", "q_div_agree", "r_div_court"}));
}

TEST(guide_session, answers_off_the_path_are_kept_but_not_shown) {
    Fixture f;
    f.node("divorce", 0)["options"][1]["next"] = "r_div_registry";  // "no" now ends at once
    Guide g = load(f);
    Session s = Session::start(g, "divorce").value();
    s.answer("yes");
    s.proceed();
    s.answer("no");
    ASSERT_TRUE(s.jump("q_div_children").ok());
    s.answer("no");
    EXPECT_EQ(s.current().id, "r_div_registry");
    EXPECT_EQ(s.review().size(), 1u);                // q_div_agree is no longer on the path
    EXPECT_EQ(s.answer_of("q_div_agree"), "no");     // but its answer is remembered
    EXPECT_EQ(s.jump("q_div_agree").errors()[0].code, "session.not_visited");
    s.jump("q_div_children");
    s.answer("yes");                                 // back on that branch: the old answer applies again
    EXPECT_EQ(s.path().back(), "r_div_court");
    EXPECT_EQ(s.review().size(), 2u);
    s.restart();
    EXPECT_EQ(s.path(), std::vector<std::string>{"q_div_children"});
    EXPECT_TRUE(s.answers().empty());
}

TEST(guide_session, state_round_trips_through_json) {
    Fixture f;
    Guide g = load(f);
    Session s = Session::start(g, "divorce").value();
    s.answer("yes");
    s.proceed();
    s.answer("yes");
    s.back();
    Json state = s.to_json();
    EXPECT_EQ(state["schema"], 1);
    EXPECT_EQ(state["current"], "q_div_agree");
    auto r = Session::from_json_text(g, state.dump());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->current().id, "q_div_agree");
    EXPECT_EQ(r->path(), s.path());
    EXPECT_EQ(r->answers(), s.answers());
}

TEST(guide_session, bad_saved_states_are_rejected_with_errors) {
    Fixture f;
    Guide g = load(f);
    auto code = [&](const std::string& text) {
        auto r = Session::from_json_text(g, text);
        return r.ok() ? std::string("ok") : r.errors()[0].code;
    };
    EXPECT_EQ(code(R"({"schema":1,"topic":"nope","answers":{}})"), "session.topic");
    EXPECT_EQ(code(R"({"schema":1,"topic":"divorce","answers":{"q_nope":"yes"}})"), "session.node");
    EXPECT_EQ(code(R"({"schema":1,"topic":"divorce","answers":{"r_div_court":"yes"}})"), "session.node");
    EXPECT_EQ(code(R"({"schema":1,"topic":"divorce","answers":{"q_div_children":"maybe"}})"), "session.option");
    EXPECT_EQ(code(R"({"schema":1,"topic":"divorce","answers":{"q_div_children":7}})"), "session.option");
    EXPECT_EQ(code(R"({"schema":1,"topic":"divorce","answers":{},"current":"r_div_court"})"), "session.not_visited");
    EXPECT_EQ(code(R"({"schema":2,"topic":"divorce","answers":{}})"), "schema");
    EXPECT_EQ(code(R"({"topic":"divorce","answers":{}})"), "missing");
    EXPECT_EQ(code(R"([1,2])"), "type");
    EXPECT_EQ(code("{"), "json.syntax");
    EXPECT_EQ(code(R"({"schema":1,"topic":"divorce","answers":{"q_div_children":"no"}})"), "ok");
}

TEST(guide_session, replay_checks_each_answer_against_the_walk) {
    Fixture f;
    Guide g = load(f);
    auto r = replay(g, "divorce", {{"q_div_children", "yes"}, {"q_div_agree", "yes"}});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->current().id, "r_div_registry");
    auto wrong = replay(g, "divorce", {{"q_div_agree", "yes"}});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.errors()[0].code, "session.replay");
    EXPECT_EQ(replay(g, "divorce", {{"q_div_children", "x"}}).errors()[0].code, "session.option");
    EXPECT_EQ(replay(g, "nope", {}).errors()[0].code, "session.topic");
}

// --- static HTML ----------------------------------------------------------------------------------------------

namespace {
GuideStrings strings_for_test() {
    GuideStrings s;
    for (auto lang : i18n::all_langs) {
        Json strings = Json::object();
        for (const auto& k : html_string_keys()) strings[k] = std::string(i18n::code(lang)) + " " + k + " <&>";
        Json doc = {{"schema", 1}, {"lang", std::string(i18n::code(lang))}, {"strings", strings}};
        s[static_cast<std::size_t>(lang)] = i18n::Catalog::load(doc.dump(), "x").value();
    }
    return s;
}
}  // namespace

TEST(guide_html, every_topic_gets_a_page_per_language) {
    Fixture f;
    auto l = lint_fixture(f);
    HtmlOptions o;
    o.as_of = as_of;
    auto files = export_html(l.content, strings_for_test(), o);
    ASSERT_TRUE(files.ok());
    std::set<std::string> paths;
    for (const auto& file : *files) paths.insert(file.path);
    for (const char* p : {"index.html", "guide.css", "kk/index.html", "ru/index.html", "en/index.html",
                          "kk/divorce.html", "ru/divorce.html", "en/alimony.html"})
        EXPECT_TRUE(paths.count(p)) << p;
    EXPECT_EQ(files->size(), 2u + 3u * 3u);
}

TEST(guide_html, a_topic_page_is_linked_escaped_and_script_free) {
    Fixture f;
    f.node("divorce", 4)["law"]["ru"] = "Суд <b>решает</b> & \"всё\"";
    auto l = lint_fixture(f);
    HtmlOptions o;
    o.as_of = as_of;
    auto files = export_html(l.content, strings_for_test(), o);
    ASSERT_TRUE(files.ok());
    const std::string* page = nullptr;
    for (const auto& file : *files)
        if (file.path == "ru/divorce.html") page = &file.content;
    ASSERT_NE(page, nullptr);
    const std::string& h = *page;
    EXPECT_NE(h.find("<html lang=\"ru\">"), std::string::npos);
    EXPECT_NE(h.find("<h1>Развод</h1>"), std::string::npos);
    EXPECT_NE(h.find("href=\"../guide.css\""), std::string::npos);
    EXPECT_EQ(h.find("<script"), std::string::npos);
    EXPECT_EQ(h.find("style="), std::string::npos);
    EXPECT_EQ(h.find("<b>"), std::string::npos);
    EXPECT_NE(h.find("Суд &lt;b&gt;решает&lt;/b&gt; &amp; &quot;всё&quot;"), std::string::npos);
    EXPECT_NE(h.find("ru guide.law &lt;&amp;&gt;"), std::string::npos);
    // Citations link to adilet in the page's language, with the article's label.
    EXPECT_NE(h.find("<a href=\"https://adilet.zan.kz/rus/docs/K1100000518\" hreflang=\"ru\">КоБС, ст. 73-1</a>"),
              std::string::npos);
    // Parameter values on the date, with the unconfirmed note and its section.
    EXPECT_NE(h.find("0,3\u00A0МРП (1\u00A0297,50\u00A0₸)"), std::string::npos);
    EXPECT_NE(h.find("id=\"unconfirmed\""), std::string::npos);
    // Glossary: the marked term links to its <dfn>.
    EXPECT_NE(h.find("href=\"#g-alimony\""), std::string::npos);
    EXPECT_NE(h.find("<dt id=\"g-alimony\"><dfn>алименты</dfn></dt>"), std::string::npos);
    // Every in-page link has its anchor.
    std::size_t links = 0;
    for (auto at = h.find("href=\"#"); at != std::string::npos; at = h.find("href=\"#", at + 1)) {
        auto start = at + 7, end = h.find('"', start);
        std::string anchor = h.substr(start, end - start);
        EXPECT_NE(h.find("id=\"" + anchor + "\""), std::string::npos) << anchor;
        ++links;
    }
    EXPECT_GT(links, 5u);
    // Each option of q_div_agree links to its next node.
    EXPECT_NE(h.find("<a href=\"#r_div_court\">"), std::string::npos);
    EXPECT_NE(h.find("<section class=\"node\" id=\"r_div_court\""), std::string::npos);
}

TEST(guide_html, a_missing_string_is_an_error) {
    Fixture f;
    auto l = lint_fixture(f);
    GuideStrings none;
    HtmlOptions o;
    o.as_of = as_of;
    auto files = export_html(l.content, none, o);
    ASSERT_FALSE(files.ok());
    EXPECT_EQ(files.errors()[0].code, "i18n.missing");
}
