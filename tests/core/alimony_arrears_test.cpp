// Arrears month by month: due dates (app-days), oldest-first payments, the 0.1 %-a-day penalty, the look-back.
#include <gtest/gtest.h>

#include "core/alimony/arrears.hpp"
#include "alimony_fixture.hpp"

using namespace otbasy::core;
using namespace otbasy::core::alimony;

namespace {

using otbasy::test::params;

using otbasy::test::d;
using otbasy::test::tenge;
using otbasy::test::ym;

ArrearsInput constant(const char* from, int due_day, const char* amount) {
    ArrearsInput in;
    in.from = ym(from);
    in.due_day = due_day;
    in.monthly_due = {tenge(amount)};
    in.constant_due = true;
    return in;
}

}  // namespace

TEST(alimony_arrears, a_month_is_due_on_the_due_day_of_the_next_month) {
    EXPECT_EQ(due_date_of(ym("2025-12"), 10), d("2026-01-10"));
    EXPECT_EQ(due_date_of(ym("2026-01"), 31), d("2026-02-28"));
    EXPECT_EQ(due_date_of(ym("2024-01"), 30), d("2024-02-29"));
    EXPECT_EQ(due_date_of(ym("2200-12"), 1), d("2200-12-31"));  // clamped to the calendar, never a crash
}

TEST(alimony_arrears, the_schedule_ends_with_the_last_month_already_due) {
    auto in = constant("2025-10", 10, "1000");
    auto a = arrears(in, params(), d("2026-02-09"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->to, ym("2025-12"));  // January's alimony is due on 10.02.2026
    EXPECT_EQ(arrears(in, params(), d("2026-02-10"))->to, ym("2026-01"));
}

TEST(alimony_arrears, the_penalty_is_a_tenth_of_a_percent_per_day_late) {
    auto in = constant("2025-01", 10, "100000");
    in.payments = {{d("2025-02-20"), tenge("100000")}};  // 10 days late
    auto a = arrears(in, params(), d("2025-03-01"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->penalty, tenge("1000"));
    EXPECT_EQ(a->debt, tenge("0"));
    EXPECT_EQ(a->months[0].days_late, 10);
}

TEST(alimony_arrears, payments_go_to_the_oldest_month_first) {
    auto in = constant("2025-01", 5, "80000");
    in.payments = {{d("2025-04-20"), tenge("120000")}};
    auto a = arrears(in, params(), d("2025-05-01"));
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a->months.size(), 3u);
    EXPECT_EQ(a->months[0].debt, tenge("0"));
    EXPECT_EQ(a->months[1].debt, tenge("40000"));
    EXPECT_EQ(a->months[2].debt, tenge("80000"));
    EXPECT_EQ(a->penalty, tenge("12120"));  // 5920 + 4120 + 2080, see the case arrears_oldest_month_first
}

TEST(alimony_arrears, payments_are_applied_in_date_order_whatever_the_input_order) {
    auto in = constant("2025-01", 5, "80000");
    in.payments = {{d("2025-04-20"), tenge("40000")}, {d("2025-02-05"), tenge("80000")}};
    auto a = arrears(in, params(), d("2025-04-30"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->months[0].days_late, 0);
    EXPECT_EQ(a->months[1].paid, tenge("40000"));
}

TEST(alimony_arrears, the_look_back_counts_three_years_back_from_presentation) {
    auto in = constant("2021-01", 1, "50000");
    in.presented_on = d("2025-06-15");
    auto a = arrears(in, params(), d("2025-06-15"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(*a->lookback_from, d("2022-06-15"));
    EXPECT_EQ(a->debt, tenge("1800000"));
    EXPECT_EQ(a->excluded_debt, tenge("850000"));
    in.wanted = true;
    auto w = arrears(in, params(), d("2025-06-15"));
    EXPECT_EQ(w->debt, tenge("2650000"));
    EXPECT_FALSE(w->lookback_from.has_value());
}

TEST(alimony_arrears, an_overpayment_is_a_credit_not_a_negative_debt) {
    auto in = constant("2025-03", 1, "50000");
    in.payments = {{d("2025-04-01"), tenge("120000")}};
    auto a = arrears(in, params(), d("2025-05-15"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->credit, tenge("20000"));
    EXPECT_EQ(a->debt, tenge("0"));
}

TEST(alimony_arrears, an_order_is_assessed_with_each_months_parameters) {
    ArrearsInput in;
    in.from = ym("2025-12");
    in.to = ym("2026-01");
    in.due_day = 10;
    Order o;
    o.type = OrderType::spouse;
    o.mrp = Fraction(10);
    in.order = o;
    IncomeSource s;
    s.monthly = tenge("300000");
    in.income = {s};
    in.penalty = false;
    auto a = arrears(in, params(), d("2026-03-01"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->months[0].due, tenge("39320"));
    EXPECT_EQ(a->months[1].due, tenge("43250"));
}

TEST(alimony_arrears, bad_inputs_name_their_fields) {
    auto in = constant("2025-01", 10, "1000");
    in.payments = {{d("2026-01-01"), tenge("1")}};
    auto a = arrears(in, params(), d("2025-06-01"));
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.errors()[0].path, "payments[0].date");
    auto early = constant("2011-11", 10, "1000");
    auto b = arrears(early, params(), d("2012-06-01"));
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.errors()[0].path, "from");
    auto to = constant("2025-05", 10, "1000");
    to.to = ym("2025-04");
    EXPECT_EQ(arrears(to, params(), d("2025-12-01")).errors()[0].path, "to");
}

TEST(alimony_arrears, a_hundred_years_at_the_largest_amount_is_refused_not_overflowed) {
    auto in = constant("2020-01", 1, "1000000000000");
    auto a = arrears(in, params(), d("2119-12-31"));
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.errors()[0].code, "alimony.error.too_large");
}

TEST(alimony_arrears, a_month_due_within_the_same_month_when_the_order_says_so) {
    EXPECT_EQ(due_date_of(ym("2025-12"), 10, DueIn::same_month), d("2025-12-10"));
    EXPECT_EQ(due_date_of(ym("2026-02"), 31, DueIn::same_month), d("2026-02-28"));
    auto in = constant("2025-10", 10, "100000");
    in.due_in = DueIn::same_month;
    auto a = arrears(in, params(), d("2025-12-09"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->to, ym("2025-11"));  // December's is due on 10.12
    EXPECT_EQ(a->months[0].days_late, 60);  // 10.10 → 09.12
}

TEST(alimony_arrears, the_look_back_is_tested_on_the_period_not_the_due_date) {
    // Presented 01.11.2026: cut-off 01.11.2023. October 2023 (due 10.11.2023) lies wholly before it: out.
    auto in = constant("2023-09", 10, "10000");
    in.presented_on = d("2026-11-01");
    in.penalty = false;
    auto a = arrears(in, params(), d("2026-11-15"));
    ASSERT_TRUE(a.ok());
    EXPECT_FALSE(a->months[1].in_lookback);  // 2023-10
    EXPECT_TRUE(a->months[2].in_lookback);   // 2023-11
    // Presented mid-month: the month the cut-off falls in overlaps the three years and is kept whole.
    in.presented_on = d("2026-11-15");
    auto b = arrears(in, params(), d("2026-11-15"));
    ASSERT_TRUE(b.ok());
    EXPECT_FALSE(b->months[1].in_lookback);  // October 2023 ends 31.10 < 15.11.2023
    EXPECT_TRUE(b->months[2].in_lookback);   // November 2023 reaches past 15.11.2023
}

TEST(alimony_arrears, without_a_presentation_date_no_month_is_left_out_and_the_assumption_is_said) {
    auto in = constant("2021-01", 1, "50000");
    auto a = arrears(in, params(), d("2025-06-15"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->excluded_debt, tenge("0"));
    EXPECT_EQ(a->debt, tenge("2650000"));
    EXPECT_FALSE(a->lookback_from.has_value());
    const Step* w = nullptr;
    for (const auto& s : a->explanation.warnings)
        if (s.id == "alimony.arrears.warn.presented_on_missing") w = &s;
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->arg("latest")->date, d("2024-01-31"));  // January 2021 ends 31.01.2021, + 3 years
    // A short schedule can never be cut by three years: no warning.
    auto recent = constant("2025-01", 1, "50000");
    auto r = arrears(recent, params(), d("2025-06-15"));
    ASSERT_TRUE(r.ok());
    for (const auto& s : r->explanation.warnings) EXPECT_NE(s.id, "alimony.arrears.warn.presented_on_missing");
}

TEST(alimony_arrears, the_first_and_last_months_count_their_days) {
    // 100000 a month from 15.03.2024 (the claim was filed) to 10.06.2024 (the child turned 18).
    auto in = constant("2024-03", 10, "100000");
    in.start_on = d("2024-03-15");
    in.ends_on = d("2024-06-10");
    in.penalty = false;
    auto a = arrears(in, params(), d("2024-12-01"));
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a->months.size(), 4u);  // March to June
    EXPECT_EQ(a->months[0].days, 17);
    EXPECT_EQ(a->months[0].due, tenge("54838.71"));  // 100000 × 17/31
    EXPECT_EQ(a->months[3].days, 9);
    EXPECT_EQ(a->months[3].due, tenge("30000"));     // 100000 × 9/30
    EXPECT_EQ(a->total_due, tenge("284838.71"));
}

TEST(alimony_arrears, a_child_coming_of_age_changes_the_share_from_that_day) {
    // Two children under a share order; the elder turns 18 on 16.04.2025: 1/3 → 1/4 from that day.
    ArrearsInput in;
    in.from = ym("2025-03");
    in.to = ym("2025-05");
    in.due_day = 10;
    in.penalty = false;
    Order o;
    o.type = OrderType::share;
    o.children = 2;
    in.order = o;
    in.birth_dates = {d("2007-04-16"), d("2012-09-01")};
    IncomeSource s;
    s.monthly = tenge("300000");
    in.income = {s};
    auto a = arrears(in, params(), d("2025-07-01"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->months[0].due, tenge("100000"));  // March: 1/3
    // April: 15 days at 100000 and 15 days at 75000 → 87500.
    EXPECT_EQ(a->months[1].due, tenge("87500"));
    EXPECT_EQ(a->months[2].due, tenge("75000"));  // May: 1/4
}
