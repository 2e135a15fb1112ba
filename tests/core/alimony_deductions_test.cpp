// Gross → net pay: ОПВ, ВОСМС, ИПН with the rates, caps and deductions of each year (2025 vs 2026).
#include <gtest/gtest.h>

#include "core/alimony/deductions.hpp"
#include "alimony_fixture.hpp"

using namespace otbasy::core;
using namespace otbasy::core::alimony;

namespace {

using otbasy::test::params;

std::optional<NetPay> run(const char* gross, const char* on, bool deduction = true) {
    Explanation ex;
    Errors errors;
    ParamReader pr(params(), ex);
    auto p = net_of_gross(*Money::parse(gross), deduction, 1, pr, *Date::parse(on), ex, errors, "income", "as_of");
    EXPECT_TRUE(errors.empty());
    return p;
}

std::string s(Money m) { return m.to_decimal_string(); }

}  // namespace

TEST(alimony_deductions, in_2025_the_deduction_is_14_mrp_and_vosms_caps_at_10_mzp) {
    auto p = run("500000", "2025-12-31");
    ASSERT_TRUE(p);
    EXPECT_EQ(s(p->opv), "50000.00");
    EXPECT_EQ(s(p->vosms), "10000.00");
    EXPECT_EQ(s(p->deduction), "55048.00");  // 14 × 3932
    EXPECT_EQ(s(p->ipn), "38495.20");        // (500000 − 50000 − 10000 − 55048) × 10 %
    EXPECT_EQ(s(p->net), "401504.80");
}

TEST(alimony_deductions, in_2026_the_deduction_is_30_mrp) {
    auto p = run("500000", "2026-01-01");
    ASSERT_TRUE(p);
    EXPECT_EQ(s(p->deduction), "129750.00");  // 30 × 4325
    EXPECT_EQ(s(p->ipn), "31025.00");
    EXPECT_EQ(s(p->net), "408975.00");
}

TEST(alimony_deductions, contribution_bases_are_capped) {
    auto p25 = run("5000000", "2025-06-01");
    EXPECT_EQ(s(p25->opv), "425000.00");  // 10 % of 50 МЗП
    EXPECT_EQ(s(p25->vosms), "17000.00");  // 2 % of 10 МЗП
    auto p26 = run("5000000", "2026-06-01");
    EXPECT_EQ(s(p26->vosms), "34000.00");  // 2 % of 20 МЗП
}

TEST(alimony_deductions, the_15_percent_rate_applies_above_a_twelfth_of_8500_mrp_in_2026) {
    // taxable 4411250; threshold 8500 × 4325 / 12 = 3063541.666…; 306354.1666… + 1347708.333… × 15 % = 508510.4166…
    auto p = run("5000000", "2026-06-01");
    EXPECT_EQ(s(p->taxable), "4411250.00");
    EXPECT_EQ(s(p->ipn), "508510.42");
    // Below the threshold, the flat rate.
    auto q = run("2000000", "2026-06-01");
    EXPECT_EQ(s(q->ipn), s(*q->taxable.times(Fraction(1, 10))));
}

TEST(alimony_deductions, taxable_income_never_goes_below_zero) {
    auto p = run("100000", "2026-03-01");
    EXPECT_EQ(s(p->taxable), "0.00");
    EXPECT_EQ(s(p->ipn), "0.00");
    EXPECT_EQ(s(p->net), "88000.00");
}

TEST(alimony_deductions, without_the_deduction_all_pay_above_contributions_is_taxed) {
    auto p = run("200000", "2026-02-01", false);
    EXPECT_EQ(s(p->ipn), "17600.00");  // (200000 − 20000 − 4000) × 10 %
}

TEST(alimony_deductions, net_pay_grows_with_gross_pay_in_whole_tenge) {
    for (const char* on : {"2020-06-01", "2023-06-01", "2025-06-01", "2026-06-01"}) {
        Money last;
        for (std::int64_t g = 0; g <= 8'000'000; g += 7'919) {
            auto p = run(std::to_string(g).c_str(), on);
            ASSERT_TRUE(p);
            EXPECT_GE(p->net, last) << on << " " << g;
            EXPECT_FALSE(p->net.is_negative());
            last = p->net;
        }
    }
}
