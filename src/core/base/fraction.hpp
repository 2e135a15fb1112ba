// Exact rational numbers for shares and rates (1/4, 1/3, 0.1 %), parsed from decimal or "a/b" strings.
// Layer: core/base. Never a double: shares of money must be exact.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace otbasy::core {

// Always normalised: den > 0, gcd(num, den) == 1.
class Fraction {
public:
    constexpr Fraction() = default;
    Fraction(std::int64_t num, std::int64_t den = 1);

    std::int64_t num() const { return num_; }
    std::int64_t den() const { return den_; }

    // "4325", "0.3", "-1.25", "1/4". Returns nullopt for anything else, or when it does not fit in int64.
    static std::optional<Fraction> parse(std::string_view text);

    // Exact arithmetic; nullopt on int64 overflow.
    static std::optional<Fraction> add(const Fraction& a, const Fraction& b);
    static std::optional<Fraction> mul(const Fraction& a, const Fraction& b);
    static std::optional<Fraction> div(const Fraction& a, const Fraction& b);

    bool is_zero() const { return num_ == 0; }
    bool is_negative() const { return num_ < 0; }
    std::string to_string() const;  // "1/4", "3"

    friend bool operator==(const Fraction& a, const Fraction& b) { return a.num_ == b.num_ && a.den_ == b.den_; }
    friend bool operator!=(const Fraction& a, const Fraction& b) { return !(a == b); }
    friend bool operator<(const Fraction& a, const Fraction& b);
    friend bool operator>(const Fraction& a, const Fraction& b) { return b < a; }
    friend bool operator<=(const Fraction& a, const Fraction& b) { return !(b < a); }
    friend bool operator>=(const Fraction& a, const Fraction& b) { return !(a < b); }

private:
    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
};

}  // namespace otbasy::core
