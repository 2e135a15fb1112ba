// Money as integer tiyn. Layer: core/base.
#include "core/base/money.hpp"

namespace otbasy::core {

std::optional<std::int64_t> round_ratio(i128 num, i128 den, Rounding rounding) {
    if (den <= 0) return std::nullopt;
    bool negative = num < 0;
    i128 a = negative ? -num : num;
    i128 q = a / den, r = a % den;
    switch (rounding) {
        case Rounding::half_up:  // half away from zero, symmetric for negatives
            if (r * 2 >= den) ++q;
            break;
        case Rounding::down:  // towards zero
            break;
        case Rounding::up:  // away from zero
            if (r != 0) ++q;
            break;
    }
    if (q > static_cast<i128>(Money::max_tiyn) * 1000) return std::nullopt;
    return static_cast<std::int64_t>(negative ? -q : q);
}

std::optional<Money> Money::parse(std::string_view text) {
    if (text.empty() || text.size() > 24) return std::nullopt;
    bool negative = false;
    std::size_t i = 0;
    if (text[0] == '-') {
        negative = true;
        i = 1;
    }
    i128 whole = 0;
    int decimals = -1;  // -1: no dot seen
    i128 frac = 0;
    bool digits = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '.') {
            if (decimals >= 0 || !digits) return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        if (decimals >= 0) {
            if (++decimals > 2) return std::nullopt;
            frac = frac * 10 + (c - '0');
        } else {
            digits = true;
            whole = whole * 10 + (c - '0');
            if (whole > max_tiyn) return std::nullopt;
        }
    }
    if (!digits || decimals == 0) return std::nullopt;
    if (decimals == 1) frac *= 10;
    i128 tiyn = whole * 100 + frac;
    if (tiyn > max_tiyn) return std::nullopt;
    return Money(static_cast<std::int64_t>(negative ? -tiyn : tiyn));
}

std::optional<Money> Money::from_fraction_tenge(const Fraction& tenge, Rounding rounding) {
    auto t = round_ratio(static_cast<i128>(tenge.num()) * 100, tenge.den(), rounding);
    if (!t || *t > max_tiyn || *t < -max_tiyn) return std::nullopt;
    return Money(*t);
}

std::optional<Money> Money::times(const Fraction& share, Rounding rounding) const {
    auto t = round_ratio(static_cast<i128>(tiyn_) * share.num(), share.den(), rounding);
    if (!t || *t > max_tiyn || *t < -max_tiyn) return std::nullopt;
    return Money(*t);
}

std::string Money::to_decimal_string() const {
    std::int64_t a = tiyn_ < 0 ? -tiyn_ : tiyn_;
    std::string cents = std::to_string(a % 100);
    if (cents.size() < 2) cents.insert(0, "0");
    return (tiyn_ < 0 ? "-" : "") + std::to_string(a / 100) + "." + cents;
}

}  // namespace otbasy::core
