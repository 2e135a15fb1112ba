// The limits on input. Layer: core/alimony.
#include "core/alimony/limits.hpp"

namespace otbasy::core::alimony::limits {

std::optional<Problem> check_children(std::int64_t n) {
    if (n < children_min || n > children_max)
        return Problem{"alimony.error.children_range", "must be a whole number from 1 to 20"};
    return std::nullopt;
}

std::optional<Problem> check_due_day(std::int64_t day) {
    if (day < due_day_min || day > due_day_max)
        return Problem{"alimony.error.due_day_range", "must be a day from 1 to 31"};
    return std::nullopt;
}

std::optional<Problem> check_mrp_multiple(const Fraction& mrp) {
    // At most two decimals: the denominator divides 100.
    const bool two_decimals = 100 % mrp.den() == 0;
    if (mrp.is_negative() || mrp.is_zero() || mrp > Fraction(mrp_max) || !two_decimals ||
        mrp < Fraction(1, 100))
        return Problem{"alimony.error.mrp_range",
                       "must be a number of МРП from 0.01 to 10000 with at most two decimals"};
    return std::nullopt;
}

std::optional<Problem> check_share(const Fraction& share) {
    if (share.is_negative() || share.is_zero() || share > Fraction(1))
        return Problem{"alimony.error.share_range", "must be more than 0 and at most 1"};
    return std::nullopt;
}

std::optional<Problem> check_fixed_tenge(Money tenge) {
    if (tenge.is_negative() || tenge.is_zero()) return Problem{"alimony.error.tenge_zero", "must be more than 0"};
    return std::nullopt;
}

}  // namespace otbasy::core::alimony::limits
