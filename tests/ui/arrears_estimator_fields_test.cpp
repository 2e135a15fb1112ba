// The arrears and estimator screens' fields, headless: the arrears tool takes the presentation date, the wanted and
// penalty switches and order-based months, and says what an empty date means; both screens hold values to core's
// limits (the same the CLI applies). Tests assert node ids, states and amounts.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include <imgui.h>

#include "core/alimony/arrears.hpp"
#include "core/i18n/format.hpp"
#include "platform/assets_native.hpp"
#include "ui/app.hpp"
#include "headless.hpp"

using namespace otbasy;

namespace {

class fields : public ::testing::Test {
protected:
    void SetUp() override {
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        app = std::make_unique<ui::App>(platform::assets_from_dir(OTBASY_ASSETS_DIR));
        for (const auto& e : app->load()) ADD_FAILURE() << e.path << ": " << e.message;
        app->set_font_data(test::font_file("Regular"), test::font_file("Bold"));
        app->state().lang = core::i18n::Lang::ru;
        app->state().today = *core::Date::parse("2025-06-15");
    }
    void TearDown() override { ImGui::DestroyContext(); }

    void frames(int n = 2) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        test::upload_fonts(*app, 1);
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            app->frame();
            ImGui::Render();
        }
    }
    const ui::SemanticNode* node(const std::string& id) const { return app->tree().find(id); }
    std::string money(const char* tenge) const {
        return core::i18n::format_money(*core::Money::parse(tenge), core::i18n::Lang::ru);
    }
    bool label_has(const std::string& id, const std::string& text) const {
        const auto* n = node(id);
        return n && n->label.find(text) != std::string::npos;
    }
    std::unique_ptr<ui::App> app;
};

}  // namespace

TEST_F(fields, an_empty_presentation_date_counts_every_month_and_says_so) {
    auto& a = app->state().arrears;
    app->state().screen = ui::Screen::arrears;
    a.from = "01.2021";
    a.monthly_due = "50 000";
    a.due_day = "1";
    a.penalty = false;
    frames();
    ASSERT_NE(node("arrears.presented_on"), nullptr);
    ASSERT_NE(node("arrears.wanted"), nullptr);
    ASSERT_NE(node("arrears.penalty"), nullptr);
    ASSERT_NE(node("arrears.presented_on.assumed"), nullptr);  // what an empty date means, next to the field
    // January 2021 – May 2025: 53 months, nothing left out (before, the look-back from today hid 850 000 ₸).
    EXPECT_TRUE(label_has("arrears.total", money("2650000"))) << node("arrears.total")->label;
    EXPECT_EQ(node("arrears.excluded"), nullptr);
    // The real date, typed as ДД.ММ.ГГГГ: the three years run back from it.
    app->act("arrears.presented_on", "15.06.2025");
    frames();
    EXPECT_EQ(node("arrears.presented_on.assumed"), nullptr);
    EXPECT_TRUE(label_has("arrears.total", money("1800000")));
    EXPECT_TRUE(label_has("arrears.excluded", money("850000")));
    // The payer was wanted: the whole period again.
    app->act("arrears.wanted", "");
    frames();
    EXPECT_TRUE(app->state().arrears.wanted);
    EXPECT_TRUE(label_has("arrears.total", money("2650000")));
}

TEST_F(fields, months_can_be_a_share_of_income_or_a_sum_in_mrp) {
    auto& a = app->state().arrears;
    app->state().screen = ui::Screen::arrears;
    app->state().today = *core::Date::parse("2026-03-01");
    a.from = "10.2025";
    a.due_day = "10";
    a.penalty = false;
    a.mode = 1;  // a share of income
    a.children = "2";
    a.income = "300 000";
    frames();
    // October 2025 – January 2026, 300000 × 1/3 = 100000 a month.
    EXPECT_TRUE(label_has("arrears.total", money("400000"))) << node("arrears.total")->label;
    app->act("arrears.mode.2", "");  // a sum in МРП
    frames();
    app->act("arrears.mrp", "10");
    frames();
    // 10 МРП: 39 320 in Oct–Dec 2025, 43 250 in January 2026 → 161 210.
    EXPECT_TRUE(label_has("arrears.total", money("161210"))) << node("arrears.total")->label;
    // A first day instead of a month: the first month counts its days (from 16.10.2025: 16 of 31 days).
    app->act("arrears.from", "16.10.2025");
    frames();
    EXPECT_TRUE(label_has("arrears.total", money("142184.19"))) << node("arrears.total")->label;
}

TEST_F(fields, the_screens_refuse_what_the_cli_refuses) {
    auto& e = app->state().estimator;
    app->state().screen = ui::Screen::estimator;
    e.income = {{"300000", false}};
    e.orders = {ui::OrderRow{}};
    e.orders[0].kind = 1;  // fixed in МРП
    const std::string mrp_words = app->strings().get(core::i18n::Lang::ru, "alimony.error.mrp_range");
    frames();
    for (const char* bad : {"0", "-0", "0,000000001", "10001"}) {
        app->act("estimator.order.0.mrp", bad);  // typed by the person: its error is theirs to see
        frames();
        const auto* alert = node("estimator.order.0.mrp.error");
        ASSERT_NE(alert, nullptr) << bad;
        EXPECT_EQ(alert->label, mrp_words) << bad;
        EXPECT_EQ(node("estimator.table"), nullptr) << bad;
        EXPECT_EQ(e.orders[0].mrp, bad);  // what was typed is kept
    }
    e.orders[0].mrp = "10";
    frames();
    EXPECT_NE(node("estimator.table"), nullptr);
    e.orders[0].kind = 2;  // fixed in tenge
    e.orders[0].set_on = "01.01.2026";
    frames();
    app->act("estimator.order.0.tenge", "0");
    frames();
    ASSERT_NE(node("estimator.order.0.tenge.error"), nullptr);
    EXPECT_EQ(node("estimator.order.0.tenge.error")->label,
              app->strings().get(core::i18n::Lang::ru, "alimony.error.tenge_zero"));
    // The due day and the number of children use core's limits too.
    app->state().screen = ui::Screen::arrears;
    frames();
    app->act("arrears.due_day", "32");
    frames();
    ASSERT_NE(node("arrears.due_day.error"), nullptr);
    EXPECT_EQ(node("arrears.due_day.error")->label,
              app->strings().get(core::i18n::Lang::ru, "alimony.error.due_day_range"));
}

TEST_F(fields, a_field_tells_the_mirror_its_keyboard_and_its_length) {
    // The accessible mirror's <input> must take what the field takes: its keyboard and its longest value.
    app->state().screen = ui::Screen::arrears;
    frames();
    app->act("arrears.payment.add", "");
    frames();
    const auto* date = node("arrears.payment.0.date");
    const auto* amount = node("arrears.monthly_due");
    ASSERT_NE(date, nullptr);
    ASSERT_NE(amount, nullptr);
    EXPECT_EQ(date->input_mode, "date");
    EXPECT_EQ(amount->input_mode, "decimal");
    EXPECT_GT(amount->max_length, 0);
    // The limit is the one the field applies: a longer value is cut to it.
    app->act("arrears.monthly_due", std::string(static_cast<std::size_t>(amount->max_length) + 10, '7'));
    frames();
    EXPECT_EQ(node("arrears.monthly_due")->value.size(), static_cast<std::size_t>(amount->max_length));
    const std::string json = app->tree().to_json();
    EXPECT_NE(json.find("\"inputmode\":\"date\""), std::string::npos);
    EXPECT_NE(json.find("\"maxlength\":" + std::to_string(amount->max_length)), std::string::npos);
    // A button carries neither.
    const auto* add = node("arrears.payment.add");
    ASSERT_NE(add, nullptr);
    EXPECT_TRUE(add->input_mode.empty());
    EXPECT_EQ(add->max_length, 0);
}
