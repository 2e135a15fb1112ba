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
    // The writ alone reaches the cap: the agreement is left nothing to be withheld from (КоБС art. 166).
    EXPECT_EQ(e->orders[0].withheld, tenge("200000"));
    EXPECT_EQ(e->orders[1].withheld, tenge("0"));
    EXPECT_TRUE(cites(*e, "kobs-166"));
    EXPECT_TRUE(has_warning(*e, "alimony.warn.agreement_after_writs"));
}

TEST(alimony_cap, writs_come_first_and_an_agreement_takes_the_remainder_166) {
    // Net 400000: agreement 1/4 = 100000, court writ 1/3 = 133333.33; together 233333.33 > cap 200000.
    Order a;
    a.type = OrderType::agreement;
    a.fraction = Fraction(1, 4);
    EstimateInput in{{net("400000")}, PayerStatus::working, {a, share(2)}};
    auto e = estimate(in, params(), d("2026-03-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->orders[1].withheld, tenge("133333.33"));  // the writ in full
    EXPECT_EQ(e->orders[0].withheld, tenge("66666.67"));   // 200000 − 133333.33
    EXPECT_TRUE(has_step(*e, "alimony.step.cap_writs_first"));
    EXPECT_TRUE(has_step(*e, "alimony.step.cap_agreement_remainder"));
    // Two writs still share in proportion among themselves.
    EstimateInput writs{{net("400000")}, PayerStatus::working, {share(1), share(2)}};
    auto w = estimate(writs, params(), d("2026-03-01"));
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->orders[0].withheld + w->orders[1].withheld, tenge("200000"));
    EXPECT_EQ(w->orders[0].withheld, tenge("85714.29"));  // 200000 × 100000 / 233333.33
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
    EXPECT_EQ(e->orders[0].assessed, tenge("107342"));  // 2025 Q3, published by 24.11.2025: 429368 / 4
    EXPECT_FALSE(e->cap.has_value());
    EXPECT_TRUE(has_warning(*e, "alimony.warn.average_wage_figure"));
    EXPECT_TRUE(has_warning(*e, "alimony.warn.params_unconfirmed"));
    // A figure applies from its publication: on 23.11.2025 the Q2 figure (448620) still applies.
    auto before = estimate(in, params(), d("2025-11-23"));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->orders[0].assessed, tenge("112155"));
}

TEST(alimony_payer, a_payer_with_a_disability_who_does_not_work_pays_from_benefits_169_3) {
    EstimateInput in{{net("120000")}, PayerStatus::disabled_not_working, {share(1)}};
    auto e = estimate(in, params(), d("2026-03-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->base_kind, BaseKind::benefits);
    EXPECT_EQ(e->orders[0].assessed, tenge("30000"));
    EXPECT_EQ(e->cap, tenge("60000"));  // the 50 % rule applies
    EXPECT_TRUE(has_step(*e, "alimony.step.base_benefits"));
    IncomeSource gross = net("120000");
    gross.basis = IncomeBasis::gross;
    EstimateInput bad{{gross}, PayerStatus::disabled_not_working, {share(1)}};
    auto b = estimate(bad, params(), d("2026-03-01"));
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.errors()[0].path, "income[0].basis");
}

TEST(alimony_payer, prison_readings_that_are_not_confirmed_are_said) {
    Order agreed;
    agreed.type = OrderType::agreement;
    agreed.fraction = Fraction(1, 3);
    EstimateInput in{{}, PayerStatus::prison_not_working, {agreed}};
    auto e = estimate(in, params(), d("2026-05-01"));
    ASSERT_TRUE(e.ok());
    EXPECT_TRUE(has_warning(*e, "alimony.warn.prison_per_order"));
    EXPECT_TRUE(has_warning(*e, "alimony.warn.prison_agreement"));
    EstimateInput working{{net("100000")}, PayerStatus::prison_working, {share(1)}};
    auto w = estimate(working, params(), d("2026-05-01"));
    ASSERT_TRUE(w.ok());
    EXPECT_TRUE(has_warning(*w, "alimony.warn.prison_working_limit"));
}

TEST(alimony_payer, a_spouse_order_cites_147_2_during_the_marriage_and_148_1_after_it) {
    auto cites_of = [&](std::optional<bool> married) {
        Order o = fixed_mrp(OrderType::spouse, "5");
        o.married = married;
        EstimateInput in{{net("300000")}, PayerStatus::working, {o}};
        auto e = estimate(in, params(), d("2026-05-01"));
        EXPECT_TRUE(e.ok());
        return std::pair{cites(*e, "kobs-147-2"), cites(*e, "kobs-148-1")};
    };
    EXPECT_EQ(cites_of(true), (std::pair{true, false}));
    EXPECT_EQ(cites_of(false), (std::pair{false, true}));
    EXPECT_EQ(cites_of(std::nullopt), (std::pair{true, true}));
}

TEST(alimony_parameters, doubts_about_values_make_one_warning_each) {
    // In 2027 the 2026 budget values are past what their sources cover: one warning names them all.
    EstimateInput in{{net("300000")}, PayerStatus::working, {share(1), fixed_mrp(OrderType::fixed, "10")}};
    auto e = estimate(in, params(), d("2027-03-01"));
    ASSERT_TRUE(e.ok());
    int outdated = 0;
    for (const auto& w : e->explanation.warnings)
        if (w.id == "alimony.warn.params_outdated") {
            ++outdated;
            const Arg* list = w.arg("params");
            ASSERT_NE(list, nullptr);
            const auto items = list->items();
            EXPECT_NE(std::find(items.begin(), items.end(), "kz.mrp_social"), items.end());
            EXPECT_EQ(w.arg("until")->date, d("2026-12-31"));
        }
    EXPECT_EQ(outdated, 1);
    // Inside the budget year nothing is doubtful, however recently the values were checked.
    auto now = estimate(in, params(), d("2026-12-03"));
    ASSERT_TRUE(now.ok());
    EXPECT_FALSE(has_warning(*now, "alimony.warn.params_outdated"));
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
    EXPECT_TRUE(estimate(in, params(), d("2012-01-01")).ok());  // the Code's rules and the МРП reach 2012
    auto e = estimate(in, params(), d("2011-12-31"));
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.errors()[0].path, "as_of");
    EXPECT_EQ(e.errors()[0].code, "alimony.error.param_before_first");
}

TEST(alimony_errors, gross_pay_before_2020_asks_for_the_net_pay) {
    IncomeSource g = net("100000");
    g.basis = IncomeBasis::gross;
    EstimateInput in{{g}, PayerStatus::working, {share(1)}};
    auto e = estimate(in, params(), d("2019-06-01"));
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.errors()[0].code, "alimony.error.gross_before_tax_rules");
    EXPECT_EQ(e.errors()[0].path, "income[0]");
    EstimateInput n{{net("100000")}, PayerStatus::working, {share(1)}};
    EXPECT_TRUE(estimate(n, params(), d("2019-06-01")).ok());
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
