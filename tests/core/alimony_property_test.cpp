// Properties over many generated inputs: amounts never negative, never above the 50 % cap, never more than an order
// asks; more income never means less alimony; more payments never mean more debt or penalty. A fixed-seed generator
// makes every run (native and wasm) see the same inputs.
#include <gtest/gtest.h>

#include <cstdint>

#include "core/alimony/arrears.hpp"
#include "core/alimony/estimate.hpp"
#include "alimony_fixture.hpp"

using namespace otbasy::core;
using namespace otbasy::core::alimony;

namespace {

using otbasy::test::params;

// PCG-style 64-bit LCG; the same sequence on every platform (no std::uniform_*_distribution, whose output differs).
struct Gen {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33);
    }
    std::int64_t in(std::int64_t lo, std::int64_t hi) {  // inclusive
        const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
        const std::uint64_t r = (static_cast<std::uint64_t>(next()) << 31) ^ next();
        return lo + static_cast<std::int64_t>(r % span);
    }
    Date date(int y0, int y1) {
        return *Date::from_ymd(static_cast<int>(in(y0, y1)), static_cast<int>(in(1, 12)), static_cast<int>(in(1, 28)));
    }
};

Order random_order(Gen& g, Date as_of) {
    Order o;
    switch (g.in(0, 7)) {
        case 0: o.type = OrderType::share; break;
        case 1: o.type = OrderType::fixed; break;
        case 2: o.type = OrderType::mixed; break;
        case 3: o.type = OrderType::student; break;
        case 4: o.type = OrderType::spouse; break;
        case 5: o.type = OrderType::disabled_child; break;
        default: o.type = OrderType::agreement; break;
    }
    const bool shared = o.type == OrderType::share || o.type == OrderType::mixed;
    if (shared || o.type == OrderType::agreement) o.children = static_cast<int>(g.in(1, 5));
    if (shared && g.in(0, 3) == 0) o.fraction = Fraction(g.in(1, 9), 10);
    if (o.type == OrderType::agreement && g.in(0, 2) == 0) {
        o.fraction = Fraction(g.in(1, 60), 100);
        return o;
    }
    if (o.type == OrderType::share) return o;
    const bool tenge_ok = o.type != OrderType::spouse && o.type != OrderType::disabled_child;
    if (tenge_ok && g.in(0, 1) == 0) {
        o.tenge = Money::from_tiyn(g.in(1, 30'000'000));
        if (o.type != OrderType::agreement) {
            Date set = g.date(2020, as_of.year());
            o.set_on = set > as_of ? as_of : set;
        }
    } else {
        o.mrp = Fraction(g.in(1, 400), 4);
    }
    return o;
}

EstimateInput random_input(Gen& g, Date as_of, std::int64_t income_tiyn, IncomeBasis basis) {
    EstimateInput in;
    IncomeSource s;
    s.monthly = Money::from_tiyn(income_tiyn);
    s.basis = basis;
    in.income = {s};
    const auto n = g.in(1, 4);
    for (std::int64_t i = 0; i < n; ++i) in.orders.push_back(random_order(g, as_of));
    return in;
}

void check_invariants(const Estimate& e) {
    EXPECT_FALSE(e.net_income.is_negative());
    ASSERT_TRUE(e.cap.has_value());
    EXPECT_LE(e.cap->tiyn() * 2, e.net_income.tiyn());  // at least half stays (ЗИП art. 95(1))
    std::int64_t assessed = 0, withheld = 0;
    for (const auto& o : e.orders) {
        EXPECT_FALSE(o.assessed.is_negative());
        EXPECT_FALSE(o.withheld.is_negative());
        EXPECT_LE(o.withheld, o.assessed);
        assessed += o.assessed.tiyn();
        withheld += o.withheld.tiyn();
    }
    EXPECT_EQ(assessed, e.total_assessed.tiyn());
    EXPECT_EQ(withheld, e.total_withheld.tiyn());
    EXPECT_EQ(e.total_withheld, min(e.total_assessed, *e.cap));
    ASSERT_TRUE(e.remaining.has_value());
    EXPECT_GE(e.remaining->tiyn() * 2, e.net_income.tiyn());
}

}  // namespace

TEST(alimony_property, never_negative_never_above_the_cap_never_above_the_order) {
    Gen g{20260101};
    for (int i = 0; i < 1500; ++i) {
        const Date as_of = g.date(2020, 2027);
        const auto basis = g.in(0, 1) == 0 ? IncomeBasis::net : IncomeBasis::gross;
        const std::int64_t income = g.in(0, 3) == 0 ? g.in(0, 10'000'000) : g.in(0, 1'000'000'000);
        auto in = random_input(g, as_of, income, basis);
        auto e = estimate(in, params(), as_of);
        ASSERT_TRUE(e.ok()) << i << ": " << e.errors()[0].path << " " << e.errors()[0].message;
        check_invariants(*e);
        if (HasFailure()) return;
    }
}

TEST(alimony_property, more_income_never_means_less_alimony) {
    Gen g{42};
    for (int i = 0; i < 300; ++i) {
        const Date as_of = g.date(2020, 2026);
        const bool net = g.in(0, 1) == 0;
        auto in = random_input(g, as_of, 0, net ? IncomeBasis::net : IncomeBasis::gross);
        Money last_withheld, last_assessed;
        std::int64_t income = 0;
        for (int step = 0; step < 40; ++step) {
            // Net income: any tiyn. Gross income: whole tenge (a 1-tiyn rise may round three deductions up at once).
            income += net ? g.in(1, 30'000'000) : 100 * g.in(1, 300'000);
            in.income[0].monthly = Money::from_tiyn(income);
            auto e = estimate(in, params(), as_of);
            ASSERT_TRUE(e.ok());
            EXPECT_GE(e->total_withheld, last_withheld) << i << " " << step;
            EXPECT_GE(e->total_assessed, last_assessed) << i << " " << step;
            last_withheld = e->total_withheld;
            last_assessed = e->total_assessed;
        }
        if (HasFailure()) return;
    }
}

TEST(alimony_property, payments_never_increase_debt_or_penalty_and_every_tiyn_is_accounted_for) {
    Gen g{7};
    for (int i = 0; i < 200; ++i) {
        ArrearsInput in;
        const Date as_of = g.date(2023, 2026);
        in.from = YearMonth{static_cast<int>(g.in(2020, 2022)), static_cast<int>(g.in(1, 12))};
        in.due_day = static_cast<int>(g.in(1, 31));
        const auto months = g.in(1, 60);
        for (std::int64_t k = 0; k < months; ++k) in.monthly_due.push_back(Money::from_tiyn(g.in(0, 20'000'000)));
        if (g.in(0, 1) == 0) {
            const Date presented = g.date(2022, as_of.year());
            in.presented_on = presented > as_of ? as_of : presented;
        }
        in.wanted = g.in(0, 4) == 0;
        Money last_debt = Money::from_tiyn(Money::max_tiyn), last_penalty = Money::from_tiyn(Money::max_tiyn);
        for (int p = 0; p < 12; ++p) {
            auto a = arrears(in, params(), as_of);
            if (!a.ok()) {
                // Only "not due yet" schedules may be refused here.
                ASSERT_EQ(a.errors()[0].code, "alimony.error.after_as_of") << a.errors()[0].path;
                break;
            }
            std::int64_t paid = 0, debt = 0, due = 0;
            for (const auto& m : a->months) {
                EXPECT_FALSE(m.debt.is_negative());
                EXPECT_FALSE(m.penalty.is_negative());
                EXPECT_GE(m.days_late, 0);
                EXPECT_EQ(m.paid.tiyn() + m.debt.tiyn(), m.due.tiyn());
                paid += m.paid.tiyn();
                debt += m.debt.tiyn();
                due += m.due.tiyn();
            }
            EXPECT_EQ(due, a->total_due.tiyn());
            EXPECT_EQ(paid + a->credit.tiyn(), a->total_paid.tiyn());
            EXPECT_EQ(debt, a->debt.tiyn() + a->excluded_debt.tiyn());
            EXPECT_LE(a->debt, last_debt);
            EXPECT_LE(a->penalty, last_penalty);
            last_debt = a->debt;
            last_penalty = a->penalty;
            const Date paid_on = g.date(2020, as_of.year());
            in.payments.push_back(Payment{paid_on > as_of ? as_of : paid_on, Money::from_tiyn(g.in(1, 15'000'000))});
        }
        if (HasFailure()) return;
    }
}
