// Locale formatting of numbers and units. Layer: core/i18n.
#include "core/i18n/format.hpp"

namespace otbasy::core::i18n {
namespace {

const char* const nbsp = "\u00A0";

std::string group(std::string digits) {
    std::string out;
    int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[static_cast<std::size_t>(i)];
        int left = n - 1 - i;
        if (left > 0 && left % 3 == 0) out += nbsp;
    }
    return out;
}

// Russian: 1 → form 0, 2–4 → form 1, 0/5–20 → form 2, by the last two digits; fractions take form 1 ("0,5 дня").
int ru_form(const Fraction& n) {
    if (n.den() != 1) return 1;
    std::int64_t v = n.num() < 0 ? -n.num() : n.num();
    std::int64_t last2 = v % 100, last = v % 10;
    if (last2 >= 11 && last2 <= 14) return 2;
    if (last == 1) return 0;
    if (last >= 2 && last <= 4) return 1;
    return 2;
}

}  // namespace

std::string format_int(std::int64_t n) {
    bool neg = n < 0;
    std::string s = group(std::to_string(neg ? -n : n));
    return neg ? "-" + s : s;
}

std::string format_money(Money m, Lang lang, bool always_cents) {
    (void)lang;  // the same style in all three languages: the app's amounts must read identically on every screen
    std::int64_t t = m.tiyn();
    bool neg = t < 0;
    if (neg) t = -t;
    std::string s = (neg ? "-" : "") + group(std::to_string(t / 100));
    if (always_cents || t % 100 != 0) {
        std::string c = std::to_string(t % 100);
        if (c.size() < 2) c.insert(0, "0");
        s += "," + c;
    }
    return s + nbsp + "₸";
}

std::string format_decimal(const Fraction& f, Lang lang, int max_decimals) {
    (void)lang;
    i128 scale = 1;
    for (int i = 0; i < max_decimals; ++i) scale *= 10;
    auto scaled = round_ratio(static_cast<i128>(f.num()) * scale, f.den(), Rounding::half_up).value_or(0);
    bool neg = scaled < 0;
    if (neg) scaled = -scaled;
    std::int64_t whole = static_cast<std::int64_t>(scaled / scale), frac = static_cast<std::int64_t>(scaled % scale);
    std::string s = (neg ? "-" : "") + group(std::to_string(whole));
    if (frac != 0) {
        std::string d = std::to_string(frac);
        while (static_cast<int>(d.size()) < max_decimals) d.insert(0, "0");
        while (!d.empty() && d.back() == '0') d.pop_back();
        s += "," + d;
    }
    return s;
}

std::string format_percent(const Fraction& rate, Lang lang) {
    auto pct = Fraction::mul(rate, Fraction(100)).value_or(Fraction(0));
    return format_decimal(pct, lang, 3) + nbsp + "%";
}

std::string format_count(const Fraction& n, CountUnit unit, Lang lang) {
    std::string num = format_decimal(n, lang, 3);
    bool one = n == Fraction(1);
    switch (lang) {
        case Lang::kk: {
            // Kazakh nouns stay singular after a numeral.
            const char* w = unit == CountUnit::days           ? "күн"
                            : unit == CountUnit::working_days ? "жұмыс күні"
                            : unit == CountUnit::months       ? "ай"
                            : unit == CountUnit::years        ? "жыл"
                            : unit == CountUnit::children     ? "бала"
                                                              : "АЕК";
            return num + nbsp + w;
        }
        case Lang::ru: {
            static const char* forms[][3] = {{"день", "дня", "дней"},
                                             {"рабочий день", "рабочих дня", "рабочих дней"},
                                             {"месяц", "месяца", "месяцев"},
                                             {"год", "года", "лет"},
                                             {"ребёнок", "ребёнка", "детей"},
                                             {"МРП", "МРП", "МРП"}};
            return num + nbsp + forms[static_cast<int>(unit)][ru_form(n)];
        }
        case Lang::en: {
            static const char* forms[][2] = {{"day", "days"},     {"working day", "working days"},
                                             {"month", "months"}, {"year", "years"},
                                             {"child", "children"}, {"MCI", "MCI"}};
            return num + " " + forms[static_cast<int>(unit)][one ? 0 : 1];
        }
    }
    return num;
}

}  // namespace otbasy::core::i18n
