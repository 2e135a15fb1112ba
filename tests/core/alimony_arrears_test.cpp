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
    auto early = constant("2019-11", 10, "1000");
    auto b = arrears(early, params(), d("2020-06-01"));
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
