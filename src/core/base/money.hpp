// Money as integer tiyn (1 ₸ = 100 tiyn), with one named rounding step when a fraction is applied.
// Layer: core/base. Never double: wasm32 has 32-bit long, so every amount is std::int64_t.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/fraction.hpp"
#include "core/base/int128.hpp"

namespace otbasy::core {

// How a fractional tiyn becomes a whole one. Basis: app-rounding (the law is silent; we round half up to the tiyn,
// the usual accounting convention, and show the rounded figure at each step).
enum class Rounding { half_up, down, up };

class Money {
public:
    // The largest amount the app accepts anywhere: one trillion tenge. Far above any income, small enough that
    // every product with a share or rate stays exact in 128-bit intermediates and fits int64 afterwards.
    static constexpr std::int64_t max_tiyn = 100'000'000'000'000;  // 1e12 ₸

    constexpr Money() = default;
    static constexpr Money from_tiyn(std::int64_t tiyn) { return Money(tiyn); }
    static constexpr Money from_tenge(std::int64_t tenge) { return Money(tenge * 100); }

    // "400000", "400000.5", "400000.50". At most two decimals, optional leading '-'. Nullopt otherwise or when the
    // magnitude exceeds max_tiyn.
    static std::optional<Money> parse(std::string_view decimal_tenge);
    // An exact fraction of tenge (e.g. an МРП multiple times the МРП), rounded to the tiyn.
    static std::optional<Money> from_fraction_tenge(const Fraction& tenge, Rounding rounding = Rounding::half_up);

    std::int64_t tiyn() const { return tiyn_; }
    Fraction as_fraction_tenge() const { return Fraction(tiyn_, 100); }
    bool is_negative() const { return tiyn_ < 0; }
    bool is_zero() const { return tiyn_ == 0; }

    // amount × share, rounded once. Nullopt if the result leaves the accepted range.
    std::optional<Money> times(const Fraction& share, Rounding rounding = Rounding::half_up) const;

    // "1297.50" (always two decimals, '.' separator): the machine form used in JSON and tests.
    std::string to_decimal_string() const;

    friend Money operator+(Money a, Money b) { return Money(a.tiyn_ + b.tiyn_); }
    friend Money operator-(Money a, Money b) { return Money(a.tiyn_ - b.tiyn_); }
    Money& operator+=(Money o) { tiyn_ += o.tiyn_; return *this; }
    Money& operator-=(Money o) { tiyn_ -= o.tiyn_; return *this; }
    friend bool operator==(Money a, Money b) { return a.tiyn_ == b.tiyn_; }
    friend bool operator!=(Money a, Money b) { return a.tiyn_ != b.tiyn_; }
    friend bool operator<(Money a, Money b) { return a.tiyn_ < b.tiyn_; }
    friend bool operator>(Money a, Money b) { return a.tiyn_ > b.tiyn_; }
    friend bool operator<=(Money a, Money b) { return a.tiyn_ <= b.tiyn_; }
    friend bool operator>=(Money a, Money b) { return a.tiyn_ >= b.tiyn_; }

private:
    constexpr explicit Money(std::int64_t tiyn) : tiyn_(tiyn) {}
    std::int64_t tiyn_ = 0;
};

inline Money min(Money a, Money b) { return a < b ? a : b; }
inline Money max(Money a, Money b) { return a < b ? b : a; }

// Rounds num/den (den > 0) to an integer. Shared by Money and by per-day penalty arithmetic.
std::optional<std::int64_t> round_ratio(i128 num, i128 den, Rounding rounding);

}  // namespace otbasy::core
