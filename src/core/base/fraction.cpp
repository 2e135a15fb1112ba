// Exact rational numbers. Layer: core/base.
#include "core/base/fraction.hpp"

#include <cstdint>
#include <limits>

#include "core/base/int128.hpp"

namespace otbasy::core {
namespace {


// The greatest common divisor of |a| and |b|, computed on unsigned magnitudes: |INT64_MIN| does not fit int64.
std::uint64_t gcd_abs(std::int64_t a, std::int64_t b) {
    auto mag = [](std::int64_t v) { return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v); };
    std::uint64_t x = mag(a), y = mag(b);
    while (y != 0) {
        std::uint64_t t = x % y;
        x = y;
        y = t;
    }
    return x == 0 ? 1 : x;
}

bool fits(i128 v) {
    return v >= std::numeric_limits<std::int64_t>::min() + 1 && v <= std::numeric_limits<std::int64_t>::max();
}

std::optional<Fraction> make(i128 num, i128 den) {
    if (den == 0) return std::nullopt;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    i128 a = num < 0 ? -num : num, b = den;
    while (b != 0) {
        i128 t = a % b;
        a = b;
        b = t;
    }
    if (a > 1) {
        num /= a;
        den /= a;
    }
    if (!fits(num) || !fits(den)) return std::nullopt;
    return Fraction(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den));
}

}  // namespace

Fraction::Fraction(std::int64_t num, std::int64_t den) {
    // Callers construct from literals and JSON integers (den = 1); parse() and the operations reject zero
    // denominators. The arithmetic runs in 128 bits so that INT64_MIN never overflows a negation; the one result
    // that cannot be held (INT64_MIN / -1 = 2^63) saturates to INT64_MAX.
    if (den == 0) den = 1;
    const i128 g = static_cast<i128>(gcd_abs(num, den));
    i128 n = static_cast<i128>(num) / g, d = static_cast<i128>(den) / g;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    constexpr i128 max = std::numeric_limits<std::int64_t>::max();
    if (n > max) n = max;
    if (d > max) {
        // A denominator of INT64_MIN made positive (2^63) cannot be held either: it saturates too, and the
        // fraction is normalised again.
        d = max;
        const i128 g2 = static_cast<i128>(gcd_abs(static_cast<std::int64_t>(n), static_cast<std::int64_t>(d)));
        n /= g2;
        d /= g2;
    }
    num_ = static_cast<std::int64_t>(n);
    den_ = static_cast<std::int64_t>(d);
}

std::optional<Fraction> Fraction::parse(std::string_view text) {
    if (text.empty() || text.size() > 40) return std::nullopt;
    auto slash = text.find('/');
    if (slash != std::string_view::npos) {
        auto a = parse(text.substr(0, slash));
        auto b = parse(text.substr(slash + 1));
        if (!a || !b || b->is_zero() || a->den() != 1 || b->den() != 1) return std::nullopt;
        return make(a->num(), b->num());
    }
    bool negative = false;
    std::size_t i = 0;
    if (text[0] == '-') {
        negative = true;
        i = 1;
    }
    i128 num = 0, den = 1;
    bool digits = false, dot = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '.') {
            if (dot || !digits) return std::nullopt;
            dot = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        digits = true;
        num = num * 10 + (c - '0');
        if (dot) den *= 10;
        if (num > std::numeric_limits<std::int64_t>::max() || den > std::numeric_limits<std::int64_t>::max())
            return std::nullopt;
    }
    if (!digits || text.back() == '.') return std::nullopt;
    return make(negative ? -num : num, den);
}

std::optional<Fraction> Fraction::add(const Fraction& a, const Fraction& b) {
    return make(static_cast<i128>(a.num_) * b.den_ + static_cast<i128>(b.num_) * a.den_,
                static_cast<i128>(a.den_) * b.den_);
}

std::optional<Fraction> Fraction::mul(const Fraction& a, const Fraction& b) {
    return make(static_cast<i128>(a.num_) * b.num_, static_cast<i128>(a.den_) * b.den_);
}

std::optional<Fraction> Fraction::div(const Fraction& a, const Fraction& b) {
    if (b.num_ == 0) return std::nullopt;
    return make(static_cast<i128>(a.num_) * b.den_, static_cast<i128>(a.den_) * b.num_);
}

bool operator<(const Fraction& a, const Fraction& b) {
    return static_cast<i128>(a.num_) * b.den_ < static_cast<i128>(b.num_) * a.den_;
}

std::string Fraction::to_string() const {
    if (den_ == 1) return std::to_string(num_);
    return std::to_string(num_) + "/" + std::to_string(den_);
}

}  // namespace otbasy::core
