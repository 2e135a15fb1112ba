// Numbers, money and counted units written the way a reader of each language expects.
// Layer: core/i18n. "1 297,50 ₸" in kk and ru; "₸1,297.50"-style is avoided: en also uses the local style
// with a thin separator so that amounts read the same on every screen.
#pragma once

#include <cstdint>
#include <string>

#include "core/base/fraction.hpp"
#include "core/base/money.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::i18n {

// 1297.5 ₸ → "1 297,50 ₸" (a no-break space between thousands, a decimal comma). Whole amounts keep ",00" only
// when `always_cents`.
std::string format_money(Money m, Lang lang, bool always_cents = true);
// An integer with thousands separators: 36762500 → "36 762 500".
std::string format_int(std::int64_t n);
// An exact fraction as a decimal with at most `max_decimals` decimals (rounded half up), decimal comma: "0,3".
std::string format_decimal(const Fraction& f, Lang lang, int max_decimals = 4);
// A rate as a percentage: 1/10 → "10 %", 1/1000 → "0,1 %".
std::string format_percent(const Fraction& rate, Lang lang);

enum class CountUnit { days, working_days, months, years, children, mrp };
// "30 күн" / "30 дней" / "30 days"; Russian plural forms follow the number (1 день, 2 дня, 5 дней).
std::string format_count(const Fraction& n, CountUnit unit, Lang lang);

}  // namespace otbasy::core::i18n
