// The session handed over across an update (ui/handover): what a person typed and answered comes back whole in the
// new page; a session from another version is read as far as it goes; nothing malformed can crash the reader.
#include <gtest/gtest.h>

#include "core/guide/model.hpp"
#include "core/guide/session.hpp"
#include "platform/assets_native.hpp"
#include "ui/handover.hpp"

using namespace otbasy;

namespace {

const core::guide::Guide& guide() {
    static const core::guide::Guide g = [] {
        auto r = core::guide::load_guide(platform::assets_from_dir(OTBASY_ASSETS_DIR));
        EXPECT_TRUE(r.ok());
        return std::move(r).value();
    }();
    return g;
}

ui::AppState typed() {
    ui::AppState s;
    s.lang = ui::Lang::ru;
    s.screen = ui::Screen::estimator;
    s.theme = ui::ThemeKind::dark;
    s.text_scale_percent = 130;
    s.estimator.income = {{"400 000", false}, {"150000,50", true}};
    s.estimator.payer = 1;
    s.estimator.orders[0].children = "2";
    s.estimator.orders.push_back({});
    s.estimator.orders[1].kind = 1;
    s.estimator.orders[1].mrp = "abc";  // kept as typed, even when it does not parse
    s.arrears.from = "2025-11";
    s.arrears.monthly_due = "100000";
    s.arrears.payments = {{"2025-12-20", "50000"}};
    s.arrears.mode = 1;
    s.arrears.income = "300 000";
    s.arrears.presented_on = "15.03.2024";
    s.arrears.wanted = true;
    s.arrears.penalty = false;
    s.arrears.due_in = 1;
    s.arrears.ends_on = "14.02.2026";
    s.arrears.children = "3";
    s.arrears.income_gross = true;
    s.arrears.mrp = "7,5";
    s.ticked_documents = {"r_x#1"};
    s.search_query = "алимент";
    auto session = core::guide::Session::start(guide(), "divorce");
    EXPECT_TRUE(session.ok());
    s.guide = std::move(session).value();
    const auto& first = s.guide->current();
    if (!first.options.empty()) {
        EXPECT_TRUE(s.guide->answer(first.options.front().id).ok());
    }
    return s;
}

}  // namespace

TEST(handover, everything_typed_and_answered_comes_back) {
    const ui::AppState before = typed();
    ui::AppState after;
    ASSERT_TRUE(ui::session_from_json(after, guide(), ui::session_to_json(before)));
    EXPECT_EQ(after.screen, ui::Screen::estimator);
    EXPECT_EQ(after.theme, ui::ThemeKind::dark);
    EXPECT_EQ(after.text_scale_percent, 130);
    ASSERT_EQ(after.estimator.income.size(), 2u);
    EXPECT_EQ(after.estimator.income[1].amount, "150000,50");
    EXPECT_TRUE(after.estimator.income[1].gross);
    EXPECT_EQ(after.estimator.payer, 1);
    ASSERT_EQ(after.estimator.orders.size(), 2u);
    EXPECT_EQ(after.estimator.orders[0].children, "2");
    EXPECT_EQ(after.estimator.orders[1].kind, 1);
    EXPECT_EQ(after.estimator.orders[1].mrp, "abc");
    EXPECT_EQ(after.arrears.from, "2025-11");
    ASSERT_EQ(after.arrears.payments.size(), 1u);
    EXPECT_EQ(after.arrears.payments[0].amount, "50000");
    EXPECT_EQ(after.arrears.mode, 1);
    EXPECT_EQ(after.arrears.income, "300 000");
    EXPECT_EQ(after.arrears.presented_on, "15.03.2024");
    EXPECT_TRUE(after.arrears.wanted);
    EXPECT_FALSE(after.arrears.penalty);
    EXPECT_EQ(after.arrears.due_in, 1);
    EXPECT_EQ(after.arrears.ends_on, "14.02.2026");
    EXPECT_EQ(after.arrears.children, "3");
    EXPECT_TRUE(after.arrears.income_gross);
    EXPECT_EQ(after.arrears.mrp, "7,5");
    EXPECT_EQ(after.ticked_documents, before.ticked_documents);
    EXPECT_EQ(after.search_query, "алимент");
    ASSERT_TRUE(after.guide.has_value());
    EXPECT_EQ(after.guide->to_json(), before.guide->to_json());
}

TEST(handover, unknown_fields_and_screens_are_ignored_missing_ones_kept) {
    ui::AppState s;
    s.arrears.due_day = "15";
    ASSERT_TRUE(ui::session_from_json(s, guide(), R"({"v":9,"screen":"documents","future":{"x":1},
                                                      "estimator":{"payer":2}})"));
    EXPECT_EQ(s.screen, ui::Screen::home);
    EXPECT_EQ(s.estimator.payer, 2);
    EXPECT_EQ(s.arrears.due_day, "15");
    ASSERT_EQ(s.estimator.orders.size(), 1u);
}

TEST(handover, guide_answers_that_no_longer_fit_are_reported_the_rest_restored) {
    ui::AppState s;
    EXPECT_FALSE(ui::session_from_json(s, guide(), R"({"guide":{"schema":1,"topic":"no_such_topic","answers":{}},
                                                       "estimator":{"income":[{"amount":"5"}]}})"));
    EXPECT_FALSE(s.guide.has_value());
    EXPECT_EQ(s.estimator.income[0].amount, "5");
}

TEST(handover, malformed_text_of_any_shape_is_harmless) {
    for (const char* text : {"", "null", "[]", "{", "{\"screen\":5}", "{\"estimator\":[]}",
                             "{\"estimator\":{\"income\":[1,null,\"x\"],\"orders\":[[]]}}", "{\"ticked\":[1,2]}",
                             "{\"theme\":99,\"text_scale\":-1}", "{\"arrears\":{\"payments\":{}}}",
                             "{\"arrears\":{\"mode\":7,\"due_in\":-1,\"wanted\":\"yes\",\"presented_on\":5}}",
                             "{\"triage\":[]}", "{\"triage\":{\"text\":5,\"facts_off\":{},\"topic\":null}}"}) {
        ui::AppState s;
        ui::session_from_json(s, guide(), text);
        EXPECT_FALSE(s.estimator.income.empty()) << text;
        EXPECT_FALSE(s.estimator.orders.empty()) << text;
        EXPECT_EQ(s.theme, ui::ThemeKind::light) << text;
        EXPECT_EQ(s.text_scale_percent, 100) << text;
        EXPECT_EQ(s.arrears.mode, 0) << text;
        EXPECT_EQ(s.arrears.due_in, 0) << text;
        EXPECT_FALSE(s.arrears.wanted) << text;
        EXPECT_TRUE(s.arrears.penalty) << text;
        EXPECT_TRUE(s.arrears.presented_on.empty()) << text;
    }
}

TEST(handover, the_document_form_comes_back_as_typed) {
    ui::AppState before;
    before.screen = ui::Screen::document;
    auto& d = before.document;
    d.type = "court_order";
    d.doc_lang = 0;
    d.preview = true;
    d.attempted = true;
    d.from = "estimator";
    d.date = "2026-12-03";
    d.place = "Астана";
    d.court_typed = true;
    d.court_name = "Сотта жазылған сот";
    d.court_address = "мекенжай";
    d.people["claimant"] = {"Ахметова Айгүл", "12345", "1990-01-01", "Астана, 1", "+7 700", "a@b.kz", "ЖШС"};
    d.children = {{"Ахметов Нұрлан", "2031-02-30", ""}};  // kept as typed, even when it is wrong
    d.fields["claim.form"] = "share";
    d.payments = {{"2026-01-10", "50000"}};
    d.annexes_off = {"birth_certificate"};
    d.annexes_extra = {"Анықтама"};
    d.keep_personal = false;  // about the saved-answers file only: the handover keeps everything in memory

    ui::AppState after;
    ASSERT_TRUE(ui::session_from_json(after, guide(), ui::session_to_json(before)));
    EXPECT_EQ(after.screen, ui::Screen::document);
    const auto& a = after.document;
    EXPECT_EQ(a.type, "court_order");
    EXPECT_EQ(a.doc_lang, 0);
    EXPECT_TRUE(a.preview);
    EXPECT_TRUE(a.attempted);
    EXPECT_EQ(a.from, "estimator");
    EXPECT_EQ(a.date, "2026-12-03");
    EXPECT_EQ(a.place, "Астана");
    EXPECT_TRUE(a.court_typed);
    EXPECT_EQ(a.court_name, "Сотта жазылған сот");
    EXPECT_EQ(a.court_address, "мекенжай");
    ASSERT_EQ(a.people.count("claimant"), 1u);
    EXPECT_EQ(a.people.at("claimant").name, "Ахметова Айгүл");
    EXPECT_EQ(a.people.at("claimant").iin, "12345");
    EXPECT_EQ(a.people.at("claimant").work, "ЖШС");
    ASSERT_EQ(a.children.size(), 1u);
    EXPECT_EQ(a.children[0].birth_date, "2031-02-30");
    EXPECT_EQ(a.fields.at("claim.form"), "share");
    ASSERT_EQ(a.payments.size(), 1u);
    EXPECT_EQ(a.payments[0].amount, "50000");
    EXPECT_EQ(a.annexes_off.count("birth_certificate"), 1u);
    EXPECT_EQ(a.annexes_extra, d.annexes_extra);
    EXPECT_FALSE(a.keep_personal);
    EXPECT_FALSE(a.library_requested);  // the new page fetches the templates itself
}

TEST(handover, a_malformed_document_leaves_the_form_empty) {
    for (const char* text : {R"({"document":[]})", R"({"document":{"kind":"otbasy-document","type":"nope"}})",
                             R"({"document":{"kind":"otbasy-document","type":"court_order","people":[1],
                                 "children":{"x":1},"court":5,"date":7,"preview":"yes"}})"}) {
        ui::AppState s;
        ui::session_from_json(s, guide(), text);
        EXPECT_FALSE(s.document.preview) << text;
        EXPECT_TRUE(s.document.people.empty()) << text;
        EXPECT_TRUE(s.document.date.empty()) << text;
    }
}

TEST(handover, the_situation_box_text_and_corrections_come_back) {
    ui::AppState before;
    before.triage.text = "бывший муж не платит алименты";
    before.triage.read = before.triage.text;
    before.triage.facts_off = {"role", "unpaid"};
    before.triage.topic = "child_alimony";
    before.triage.prefilled = 2;
    before.triage.prefilled_topic = "child_alimony";
    ui::AppState after;
    ASSERT_TRUE(ui::session_from_json(after, guide(), ui::session_to_json(before)));
    EXPECT_EQ(after.triage.text, before.triage.text);
    EXPECT_TRUE(after.triage.read.empty()) << "the new page reads the text again";
    EXPECT_EQ(after.triage.facts_off, before.triage.facts_off);
    EXPECT_EQ(after.triage.topic, "child_alimony");
    EXPECT_TRUE(after.triage.keep_choices);
    EXPECT_EQ(after.triage.prefilled, 2);
    EXPECT_EQ(after.triage.prefilled_topic, "child_alimony");

    // A topic the new content does not have, a text longer than the box holds: not restored.
    ui::AppState odd;
    ASSERT_TRUE(ui::session_from_json(odd, guide(), R"({"triage":{"text":"алимент","topic":"no_such_topic",
                                                        "facts_off":[1,"role"],"prefilled":-4}})"));
    EXPECT_EQ(odd.triage.text, "алимент");
    EXPECT_TRUE(odd.triage.topic.empty());
    EXPECT_EQ(odd.triage.facts_off, (std::set<std::string>{"role"}));
    EXPECT_EQ(odd.triage.prefilled, 0);
    ui::AppState long_text;
    ASSERT_TRUE(ui::session_from_json(long_text, guide(),
                                      "{\"triage\":{\"text\":\"" + std::string(1001, 'a') + "\"}}"));
    EXPECT_TRUE(long_text.triage.text.empty());
    // An empty box hands nothing over.
    EXPECT_EQ(ui::session_to_json(ui::AppState()).find("triage"), std::string::npos);
}
