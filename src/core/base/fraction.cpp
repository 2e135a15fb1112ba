// Exact rational numbers. Layer: core/base.
#include "core/base/fraction.hpp"

#include <cstdlib>

#include "core/base/int128.hpp"
#include <limits>

namespace otbasy::core {
namespace {


std::int64_t gcd64(std::int64_t a, std::int64_t b) {
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    while (b != 0) {
        std::int64_t t = a % b;
        a = b;
        b = t;
    }
    return a == 0 ? 1 : a;
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
    if (den == 0) den = 1;  // callers construct from literals; parse() and the ops reject zero denominators
    if (den < 0) {
        num = -num;
        den = -den;
    }
    std::int64_t g = gcd64(num, den);
    num_ = num / g;
    den_ = den / g;
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
