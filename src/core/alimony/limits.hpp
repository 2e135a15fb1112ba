// What a person may enter into the estimator and the arrears tool, defined once: the CLI's JSON reader and the
// screens call the same checks and show the same error codes (their words are in assets/i18n/alimony/*.json).
// Layer: core/alimony.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/base/fraction.hpp"
#include "core/base/money.hpp"

namespace otbasy::core::alimony::limits {

// A problem with one value: a catalog id ("alimony.error.mrp_range") and an English message for logs and the CLI.
struct Problem {
    std::string code;
    std::string message;
};

// Children an order covers: 1 to 20 (three or more already take the largest share, КоБС art. 139(1)).
inline constexpr std::int64_t children_min = 1, children_max = 20;
// The day of the month alimony is due by.
inline constexpr std::int64_t due_day_min = 1, due_day_max = 31;
// A fixed sum as a multiple of МРП: at least 0.01, at most 10 000, at most two decimals. Courts set whole or
// simple multiples; 10 000 МРП a month is far above any real order.
inline constexpr std::int64_t mrp_max = 10000;
inline constexpr int mrp_decimals = 2;
// Lists: orders, income sources, months, payments. Bounds on the work one input can ask for.
inline constexpr std::size_t orders_max = 20, sources_max = 20, months_max = 1200, payments_max = 10000;
// Birth dates of the children an order covers.
inline constexpr std::size_t birth_dates_max = 20;
// Errors reported for one input: the rest are counted in one closing error.
inline constexpr std::size_t errors_max = 100;

std::optional<Problem> check_children(std::int64_t n);
std::optional<Problem> check_due_day(std::int64_t day);
std::optional<Problem> check_mrp_multiple(const Fraction& mrp);
// A share of income set by a court (КоБС art. 139(2)) or agreed (art. 162): more than 0, at most 1.
std::optional<Problem> check_share(const Fraction& share);
// A fixed sum in tenge: more than 0 (Money's own range already bounds it above).
std::optional<Problem> check_fixed_tenge(Money tenge);

}  // namespace otbasy::core::alimony::limits
