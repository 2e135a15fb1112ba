// The alimony estimator: shares, fixed sums and indexation, several orders under the 50 % cap, agreements, a payer
// who does not work. Amounts are worked out by hand in the comments. Runs natively and in wasm.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/alimony/estimate.hpp"
#include "alimony_fixture.hpp"

using namespace otbasy::core;
using namespace otbasy::core::alimony;

namespace {

using otbasy::test::params;

using otbasy::test::d;
using otbasy::test::tenge;

IncomeSource net(const char* amount) {
    IncomeSource s;
    s.monthly = tenge(amount);
    s.basis = IncomeBasis::net;
    return s;
}

Order share(int children) {
    Order o;
    o.type = OrderType::share;
    o.children = children;
    return o;
}

Order fixed_mrp(OrderType type, const char* mrp) {
    Order o;
    o.type = type;
    o.mrp = *Fraction::parse(mrp);
    return o;
}

bool has_step(const Estimate& e, const std::string& id) {
    return std::any_of(e.explanation.steps.begin(), e.explanation.steps.end(), [&](const Step& s) { return s.id == id; });
}
bool has_warning(const Estimate& e, const std::string& id) {
    return std::any_of(e.explanation.warnings.begin(), e.explanation.warnings.end(),
                       [&](const Step& s) { return s.id == id; });
}
bool cites(const Estimate& e, const std::string& cite) {
    for (const auto& s : e.explanation.steps)
        if (std::find(s.cite.begin(), s.cite.end(), cite) != s.cite.end()) return true;
    return false;
}

}  // namespace

TEST(alimony_shares, one_two_three_children_take_a_quarter_a_third_a_half) {
    for (auto [children, expected] : {std::pair{1, "100000.00"}, {2, "133333.33"}, {3, "200000.00"}, {7, "200000.00"}}) {
        EstimateInput in{{net("400000")}, PayerStatus::working, {share(children)}};
        auto e = estimate(in, params(), d("2025-06-01"));
        ASSERT_TRUE(e.ok());
        EXPECT_EQ(e->orders[0].assessed.to_decimal_string(), expected) << children;
        EXPECT_TRUE(cites(*e, "kobs-139-1"));
    }
}

TEST(alimony_shares, a_court_set_share_is_used_and_cited_139_2) {
    Order o = share(1);
    o.fraction = Fraction(1, 5);
    EstimateInput in{{net("300000")}, PayerStatus::working, {o}};
    auto e = estimate(in, params(), d("2025-06-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->orders[0].assessed, tenge("60000"));  // 300000 × 1/5
    EXPECT_TRUE(has_step(*e, "alimony.step.share_court"));
    EXPECT_TRUE(cites(*e, "kobs-139-2"));
}

TEST(alimony_fixed, mrp_multiples_follow_the_mrp_in_force_on_as_of) {
    EstimateInput in{{net("300000")}, PayerStatus::working, {fixed_mrp(OrderType::spouse, "6")}};
    EXPECT_EQ(estimate(in, params(), d("2025-12-31"))->orders[0].assessed, tenge("23592"));  // 6 × 3932
    EXPECT_EQ(estimate(in, params(), d("2026-01-01"))->orders[0].assessed, tenge("25950"));  // 6 × 4325
    EXPECT_EQ(estimate(in, params(), d("2020-03-31"))->orders[0].assessed, tenge("15906"));  // 6 × 2651
    EXPECT_EQ(estimate(in, params(), d("2020-04-01"))->orders[0].assessed, tenge("16668"));  // 6 × 2778
}

TEST(alimony_fixed, a_tenge_sum_is_indexed_by_the_mrp_ratio_173) {
    Order o;
    o.type = OrderType::fixed;
    o.tenge = tenge("50000");
    o.set_on = d("2025-05-01");
    EstimateInput in{{net("300000")}, PayerStatus::working, {o}};
    auto e = estimate(in, params(), d("2026-01-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->orders[0].assessed, tenge("54997.46"));  // 50000 × 4325 / 3932 = 54997.4567…
    EXPECT_TRUE(has_warning(*e, "alimony.warn.indexation_applied"));
    EXPECT_TRUE(cites(*e, "kobs-173"));
    // No МРП change: no indexation, no warning.
    auto same = estimate(in, params(), d("2025-12-31"));
    EXPECT_EQ(same->orders[0].assessed, tenge("50000"));
    EXPECT_FALSE(has_warning(*same, "alimony.warn.indexation_applied"));
}

TEST(alimony_fixed, a_set_on_after_as_of_is_an_error) {
    Order o;
    o.type = OrderType::fixed;
    o.tenge = tenge("50000");
    o.set_on = d("2026-02-01");
    EstimateInput in{{net("300000")}, PayerStatus::working, {o}};
    auto e = estimate(in, params(), d("2026-01-01"));
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.errors()[0].path, "orders[0].set_on");
}

TEST(alimony_fixed, mixed_adds_the_share_and_the_fixed_sum) {
    Order o = share(1);
    o.type = OrderType::mixed;
    o.mrp = Fraction(5);
    EstimateInput in{{net("300000")}, PayerStatus::working, {o}};
    auto e = estimate(in, params(), d("2026-02-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->orders[0].assessed, tenge("96625"));  // 75000 + 5 × 4325
}

TEST(alimony_cap, several_orders_share_half_the_income_in_proportion_to_the_tiyn) {
    EstimateInput in{{net("600000")}, PayerStatus::working, {share(1), share(2)}};
    auto e = estimate(in, params(), d("2025-07-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(*e->cap, tenge("300000"));
    EXPECT_EQ(e->orders[0].withheld, tenge("128571.43"));
    EXPECT_EQ(e->orders[1].withheld, tenge("171428.57"));
    EXPECT_EQ(e->total_withheld, *e->cap);
    EXPECT_EQ(*e->remaining, tenge("300000"));
    EXPECT_TRUE(has_warning(*e, "alimony.warn.cap_applied"));
}

TEST(alimony_cap, an_odd_income_keeps_at_least_half_by_rounding_the_cap_down) {
    EstimateInput in{{net("100000.01")}, PayerStatus::working, {share(3), share(3)}};
    auto e = estimate(in, params(), d("2025-07-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(*e->cap, tenge("50000.00"));  // 50000.005 rounded down
    EXPECT_EQ(e->total_withheld, tenge("50000.00"));
    EXPECT_GE(e->remaining->tiyn() * 2, e->net_income.tiyn());
}

TEST(alimony_cap, agreements_count_towards_the_cap_166) {
    Order a = fixed_mrp(OrderType::agreement, "20");
    EstimateInput in{{net("400000")}, PayerStatus::working, {share(3), a}};
    auto e = estimate(in, params(), d("2026-03-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->total_withheld, tenge("200000"));
    EXPECT_EQ(e->orders[0].withheld, tenge("139616.06"));
    EXPECT_EQ(e->orders[1].withheld, tenge("60383.94"));
    EXPECT_TRUE(cites(*e, "kobs-166"));
}

TEST(alimony_agreement, an_agreement_below_the_court_share_is_flagged_161_2) {
    Order a;
    a.type = OrderType::agreement;
    a.tenge = tenge("50000");
    a.children = 1;
    EstimateInput in{{net("300000")}, PayerStatus::working, {a}};
    auto e = estimate(in, params(), d("2025-08-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_TRUE(has_warning(*e, "alimony.warn.agreement_below_court_share"));
    a.tenge = tenge("75000");  // exactly the court's 1/4: fine
    EstimateInput ok{{net("300000")}, PayerStatus::working, {a}};
    EXPECT_FALSE(has_warning(*estimate(ok, params(), d("2025-08-01")), "alimony.warn.agreement_below_court_share"));
}

TEST(alimony_payer, not_working_uses_the_average_wage_and_says_it_is_unconfirmed) {
    EstimateInput in{{}, PayerStatus::not_working, {share(1)}};
    auto e = estimate(in, params(), d("2026-02-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->base_kind, BaseKind::average_wage);
    EXPECT_EQ(e->orders[0].assessed, tenge("112155"));  // 448620 / 4
    EXPECT_FALSE(e->cap.has_value());
    EXPECT_TRUE(has_warning(*e, "alimony.warn.average_wage_figure"));
    EXPECT_TRUE(has_warning(*e, "alimony.warn.param_unconfirmed"));
}

TEST(alimony_payer, prison_not_working_pays_one_mrp_per_share_order) {
    EstimateInput in{{}, PayerStatus::prison_not_working, {share(2), fixed_mrp(OrderType::spouse, "2")}};
    auto e = estimate(in, params(), d("2026-05-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->orders[0].assessed, tenge("4325"));
    EXPECT_EQ(e->orders[1].assessed, tenge("8650"));
}

TEST(alimony_payer, income_and_not_working_contradict_each_other) {
    EstimateInput in{{net("1000")}, PayerStatus::not_working, {share(1)}};
    auto e = estimate(in, params(), d("2026-05-01"));
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.errors()[0].path, "income");
}

TEST(alimony_errors, a_date_before_the_first_parameter_names_as_of) {
    EstimateInput in{{net("1000")}, PayerStatus::working, {share(1)}};
    auto e = estimate(in, params(), d("2019-12-31"));
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.errors()[0].path, "as_of");
    EXPECT_EQ(e.errors()[0].code, "alimony.error.param_before_first");
}

TEST(alimony_errors, no_orders_is_an_error) {
    EstimateInput in{{net("1000")}, PayerStatus::working, {}};
    EXPECT_FALSE(estimate(in, params(), d("2025-01-01")).ok());
}

TEST(alimony_errors, the_largest_amounts_do_not_overflow) {
    Order o;
    o.type = OrderType::fixed;
    o.tenge = Money::from_tiyn(Money::max_tiyn);
    o.set_on = d("2020-01-01");
    EstimateInput in{{net("1000000000000")}, PayerStatus::working, {o, o}};
    auto e = estimate(in, params(), d("2026-01-01"));  // indexed ×4325/2651: above the accepted range
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.errors()[0].code, "alimony.error.too_large");
}

TEST(alimony_explanation, every_step_has_a_citation) {
    EstimateInput in{{net("400000")}, PayerStatus::working, {share(1), fixed_mrp(OrderType::student, "3")}};
    auto e = estimate(in, params(), d("2025-06-01"));
    ASSERT_TRUE(e.ok());
    for (const auto& s : e->explanation.steps) EXPECT_FALSE(s.cite.empty()) << s.id;
}
