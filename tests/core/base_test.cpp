// Money, Fraction, Date, JSON reading: the exact arithmetic every amount relies on. Runs natively and in wasm.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "core/base/date.hpp"
#include "core/base/fraction.hpp"
#include "core/base/json_read.hpp"
#include "core/base/money.hpp"

using namespace otbasy::core;

TEST(fraction, parses_decimals_and_ratios_exactly) {
    EXPECT_EQ(*Fraction::parse("0.3"), Fraction(3, 10));
    EXPECT_EQ(*Fraction::parse("1/4"), Fraction(1, 4));
    EXPECT_EQ(*Fraction::parse("4325"), Fraction(4325));
    EXPECT_EQ(*Fraction::parse("-1.25"), Fraction(-5, 4));
    EXPECT_EQ(*Fraction::parse("0.001"), Fraction(1, 1000));
}

TEST(fraction, rejects_anything_else) {
    for (const char* bad : {"", ".", "1.", ".5", "1..2", "1/0", "a", "1e3", "1/2/3", "0x10", "99999999999999999999"})
        EXPECT_FALSE(Fraction::parse(bad).has_value()) << bad;
}

TEST(fraction, arithmetic_is_exact_and_normalised) {
    EXPECT_EQ(*Fraction::add(Fraction(1, 4), Fraction(1, 12)), Fraction(1, 3));
    EXPECT_EQ(*Fraction::mul(Fraction(1, 3), Fraction(3, 5)), Fraction(1, 5));
    EXPECT_EQ(*Fraction::div(Fraction(4325), Fraction(3932)), Fraction(4325, 3932));
    EXPECT_TRUE(Fraction(1, 3) > Fraction(1, 4));
    EXPECT_FALSE(Fraction::div(Fraction(1), Fraction(0)).has_value());
}

TEST(fraction, the_extremes_of_int64_construct_compare_and_refuse_overflow_without_undefined_behaviour) {
    constexpr std::int64_t lo = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t hi = std::numeric_limits<std::int64_t>::max();
    EXPECT_EQ(Fraction(lo).num(), lo);
    EXPECT_EQ(Fraction(lo).den(), 1);
    EXPECT_EQ(Fraction(lo, lo), Fraction(1));
    EXPECT_EQ(Fraction(lo, 2), Fraction(lo / 2));
    EXPECT_EQ(Fraction(lo, -1), Fraction(hi));  // 2^63 cannot be held: it saturates
    EXPECT_EQ(Fraction(hi, lo), Fraction(-1));  // a denominator of 2^63 saturates as well
    EXPECT_EQ(Fraction(1, lo), Fraction(-1, hi));
    EXPECT_GT(Fraction(1, lo).den(), 0);
    EXPECT_TRUE(Fraction(lo) < Fraction(hi));
    EXPECT_TRUE(Fraction(lo) < Fraction(0));
    EXPECT_EQ(Fraction(lo).to_string(), "-9223372036854775808");
    EXPECT_FALSE(Fraction::add(Fraction(lo), Fraction(-1)).has_value());
    EXPECT_FALSE(Fraction::mul(Fraction(lo), Fraction(lo)).has_value());
    EXPECT_FALSE(Fraction::div(Fraction(lo), Fraction(-1)).has_value());
    EXPECT_FALSE(Fraction::parse("-9223372036854775808").has_value());
}

TEST(money, parses_tenge_with_at_most_two_decimals) {
    EXPECT_EQ(Money::parse("400000")->tiyn(), 40000000);
    EXPECT_EQ(Money::parse("400000.5")->tiyn(), 40000050);
    EXPECT_EQ(Money::parse("0.07")->tiyn(), 7);
    EXPECT_FALSE(Money::parse("1.005").has_value());
    EXPECT_FALSE(Money::parse("1000000000001").has_value());  // above one trillion tenge
    EXPECT_FALSE(Money::parse("12a").has_value());
}

TEST(money, a_share_rounds_once_half_up_to_the_tiyn) {
    // 400 000 ₸ / 3 = 133 333.333… → 133 333.33
    EXPECT_EQ(Money::from_tenge(400000).times(Fraction(1, 3))->tiyn(), 13333333);
    // 200 000.02 ₸ / 4 = 50 000.005 → 50 000.01 (half up)
    EXPECT_EQ(Money::from_tiyn(20000002).times(Fraction(1, 4))->tiyn(), 5000001);
    EXPECT_EQ(Money::from_tiyn(20000002).times(Fraction(1, 4), Rounding::down)->tiyn(), 5000000);
}

TEST(money, fractions_of_tenge_round_to_the_tiyn) {
    // 0.3 МРП of 4 325 ₸ = 1 297.5 ₸
    EXPECT_EQ(Money::from_fraction_tenge(*Fraction::mul(Fraction(3, 10), Fraction(4325)))->tiyn(), 129750);
    EXPECT_EQ(Money::from_tenge(1297).to_decimal_string(), "1297.00");
    EXPECT_EQ(Money::from_tiyn(-5).to_decimal_string(), "-0.05");
}

TEST(money, sixty_four_bit_even_where_long_is_thirty_two) {
    // wasm32 has a 32-bit long: amounts above 21 474 836.47 ₸ must still be exact.
    Money m = Money::from_tenge(36'762'500);
    EXPECT_EQ(m.tiyn(), 3'676'250'000LL);
    EXPECT_EQ(m.times(Fraction(1, 2))->tiyn(), 1'838'125'000LL);
}

TEST(date, parses_only_real_dates) {
    EXPECT_TRUE(Date::parse("2024-02-29").has_value());
    EXPECT_FALSE(Date::parse("2025-02-29").has_value());
    EXPECT_FALSE(Date::parse("2025-13-01").has_value());
    EXPECT_FALSE(Date::parse("2025-1-01").has_value());
    EXPECT_FALSE(Date::parse("1899-12-31").has_value());
}

TEST(date, day_arithmetic_crosses_years_and_leap_days) {
    Date a = *Date::parse("2025-12-31");
    EXPECT_EQ(a.plus_days(1).to_string(), "2026-01-01");
    EXPECT_EQ(days_between(*Date::parse("2024-02-28"), *Date::parse("2024-03-01")), 2);
    EXPECT_EQ(Date::parse("1970-01-01")->days_since_epoch(), 0);
    EXPECT_EQ(Date::from_days(Date::parse("2026-11-25")->days_since_epoch()).to_string(), "2026-11-25");
}

TEST(date, adding_months_clamps_to_the_last_day) {
    EXPECT_EQ(Date::parse("2025-01-31")->plus_months(1).to_string(), "2025-02-28");
    EXPECT_EQ(Date::parse("2024-01-31")->plus_months(1).to_string(), "2024-02-29");
    EXPECT_EQ(Date::parse("2023-04-01")->plus_years(-3).to_string(), "2020-04-01");
    EXPECT_EQ(YearMonth::parse("2025-02")->day_clamped(31).to_string(), "2025-02-28");
}

TEST(json_read, money_from_json_numbers_is_exact) {
    Errors errors;
    auto j = parse_json(R"({"a": 400000.1, "b": 0.07, "c": -1, "d": 1e18, "e": 1.005, "f": "12", "g": true})");
    ASSERT_TRUE(j.ok());
    JsonReader r(*j, "income", errors);
    EXPECT_EQ(r.money("a")->tiyn(), 40000010);
    EXPECT_EQ(r.money("b")->tiyn(), 7);
    EXPECT_FALSE(r.money("c").has_value());
    EXPECT_FALSE(r.money("d").has_value());
    EXPECT_FALSE(r.money("e").has_value());
    EXPECT_EQ(r.money("f")->tiyn(), 1200);
    EXPECT_FALSE(r.money("g").has_value());
    EXPECT_FALSE(r.money("missing").has_value());
    ASSERT_EQ(errors.size(), 5u);
    EXPECT_EQ(errors[0].path, "income.c");
    EXPECT_EQ(errors[0].message, "must be ≥ 0");
    EXPECT_EQ(errors[4].path, "income.missing");
    EXPECT_EQ(errors[4].code, "missing");
}

TEST(json_read, syntax_errors_are_values_not_exceptions) {
    EXPECT_FALSE(parse_json("{\"a\": ").ok());
    EXPECT_FALSE(parse_json("").ok());
    EXPECT_FALSE(parse_json(std::string(100000, '[')).ok());
}
