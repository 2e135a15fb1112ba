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
                             "{\"theme\":99,\"text_scale\":-1}", "{\"arrears\":{\"payments\":{}}}"}) {
        ui::AppState s;
        ui::session_from_json(s, guide(), text);
        EXPECT_FALSE(s.estimator.income.empty()) << text;
        EXPECT_FALSE(s.estimator.orders.empty()) << text;
        EXPECT_EQ(s.theme, ui::ThemeKind::light) << text;
        EXPECT_EQ(s.text_scale_percent, 100) << text;
    }
}
