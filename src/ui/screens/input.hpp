// Reading what a person typed: amounts in the local style ("250 000", "250 000,50 ₸"), dates ("25.11.2026" or
// "2026-11-25"), months, whole numbers, shares ("1/5"). Each returns the value or the key of a message to show
// under the field; the typed text itself is never changed. The limits of the estimator's values (an МРП multiple,
// a share, the number of children, a due day) are core's (core/alimony/limits), the same the CLI applies: their
// messages are the core error codes' words. Layer: ui.
#pragma once

#include <optional>
#include <string>

#include "core/base/date.hpp"
#include "core/base/fraction.hpp"
#include "core/base/money.hpp"
#include "core/alimony/explain.hpp"

namespace otbasy::ui {

template <typename T>
struct Parsed {
    std::optional<T> value;
    std::string error_key;  // "" when the field is fine (or empty and optional)
    bool empty = false;
};

Parsed<core::Money> parse_money_text(const std::string& text, bool required);
Parsed<core::Date> parse_date_text(const std::string& text, bool required);
Parsed<core::YearMonth> parse_month_text(const std::string& text, bool required);
Parsed<int> parse_int_text(const std::string& text, int min, int max, bool required);
Parsed<core::Fraction> parse_decimal_text(const std::string& text, bool required);
Parsed<core::Fraction> parse_share_text(const std::string& text, bool required);
// The estimator's values, held to core's limits.
Parsed<core::Fraction> parse_mrp_text(const std::string& text, bool required);
Parsed<core::Money> parse_fixed_tenge_text(const std::string& text, bool required);
Parsed<int> parse_children_text(const std::string& text, bool required);
Parsed<int> parse_due_day_text(const std::string& text, bool required);

// When alimony runs from: a month ("01.2024", "2024-01") or a day ("15.01.2024": the first month counts from it).
struct StartText {
    core::YearMonth month;
    std::optional<core::Date> day;
};
Parsed<StartText> parse_start_text(const std::string& text, bool required);

std::string format_date(core::Date d);         // "25.11.2026"
std::string format_month(core::YearMonth m);   // "11.2026"

}  // namespace otbasy::ui
