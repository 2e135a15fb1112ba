// Reading what a person typed. Layer: ui.
#include "ui/screens/input.hpp"

#include <cstdio>

#include "core/alimony/limits.hpp"

namespace otbasy::ui {
namespace {

// Removes spaces (also no-break and thin ones), the tenge sign and "тг"; a decimal comma becomes a point.
std::string normalise_number(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\'') { ++i; continue; }
        if (text.compare(i, 2, "\u00A0") == 0 || text.compare(i, 3, "\u202F") == 0 || text.compare(i, 3, "\u2009") == 0) {
            i += text.compare(i, 2, "\u00A0") == 0 ? 2 : 3;
            continue;
        }
        if (text.compare(i, 3, "₸") == 0) { i += 3; continue; }
        if (text.compare(i, 4, "тг") == 0) { i += 4; continue; }
        out += c == ',' ? '.' : static_cast<char>(c);
        ++i;
    }
    if (out.size() > 1 && out.back() == '.') out.pop_back();
    return out;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

Parsed<core::Money> parse_money_text(const std::string& text, bool required) {
    Parsed<core::Money> p;
    if (blank(text)) {
        p.empty = true;
        if (required) p.error_key = "input.error.required";
        return p;
    }
    std::string n = normalise_number(text);
    if (!n.empty() && n[0] == '-') {
        p.error_key = "input.error.negative";
        return p;
    }
    auto dot = n.find('.');
    if (dot != std::string::npos && n.size() - dot - 1 > 2) {
        p.error_key = "input.error.decimals";
        return p;
    }
    p.value = core::Money::parse(n);
    if (!p.value) p.error_key = n.find_first_not_of("0123456789.") == std::string::npos && n.size() > 12
                                    ? "input.error.too_large" : "input.error.amount";
    return p;
}

Parsed<core::Date> parse_date_text(const std::string& text, bool required) {
    Parsed<core::Date> p;
    if (blank(text)) {
        p.empty = true;
        if (required) p.error_key = "input.error.required";
        return p;
    }
    std::string t = text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    int d = 0, m = 0, y = 0;
    char tail = 0;
    if (std::sscanf(t.c_str(), "%d.%d.%d%c", &d, &m, &y, &tail) == 3 && t.size() == 10)
        p.value = core::Date::from_ymd(y, m, d);
    else
        p.value = core::Date::parse(t);
    if (!p.value) p.error_key = "input.error.date";
    return p;
}

Parsed<core::YearMonth> parse_month_text(const std::string& text, bool required) {
    Parsed<core::YearMonth> p;
    if (blank(text)) {
        p.empty = true;
        if (required) p.error_key = "input.error.required";
        return p;
    }
    int m = 0, y = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%d.%d%c", &m, &y, &tail) == 2 && text.size() == 7 && m >= 1 && m <= 12)
        p.value = core::YearMonth::parse(text.substr(3, 4) + "-" + text.substr(0, 2));
    else
        p.value = core::YearMonth::parse(text);
    if (!p.value) p.error_key = "input.error.month";
    return p;
}

Parsed<int> parse_int_text(const std::string& text, int min, int max, bool required) {
    Parsed<int> p;
    if (blank(text)) {
        p.empty = true;
        if (required) p.error_key = "input.error.required";
        return p;
    }
    std::string n = normalise_number(text);
    if (n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos) {
        p.error_key = n.size() > 0 && n[0] == '-' ? "input.error.negative" : "input.error.whole";
        return p;
    }
    int v = std::stoi(n);
    if (v < min || v > max) {
        p.error_key = "input.error.range";
        return p;
    }
    p.value = v;
    return p;
}

Parsed<core::Fraction> parse_decimal_text(const std::string& text, bool required) {
    Parsed<core::Fraction> p;
    if (blank(text)) {
        p.empty = true;
        if (required) p.error_key = "input.error.required";
        return p;
    }
    std::string n = normalise_number(text);
    p.value = core::Fraction::parse(n);
    if (!p.value) p.error_key = "input.error.number";
    else if (p.value->is_negative()) { p.value.reset(); p.error_key = "input.error.negative"; }
    else if (*p.value > core::Fraction(100000)) { p.value.reset(); p.error_key = "input.error.too_large"; }
    return p;
}

namespace {
// Applies a core limit to a parsed value: the message is the core error code's words.
template <typename T, typename Check>
Parsed<T> held(Parsed<T> p, Check check) {
    if (!p.value) return p;
    if (auto problem = check(*p.value)) {
        p.value.reset();
        p.error_key = problem->code;
    }
    return p;
}
}  // namespace

Parsed<core::Fraction> parse_share_text(const std::string& text, bool required) {
    return held(parse_decimal_text(text, required), core::alimony::limits::check_share);
}

Parsed<core::Fraction> parse_mrp_text(const std::string& text, bool required) {
    return held(parse_decimal_text(text, required), core::alimony::limits::check_mrp_multiple);
}

Parsed<core::Money> parse_fixed_tenge_text(const std::string& text, bool required) {
    return held(parse_money_text(text, required), core::alimony::limits::check_fixed_tenge);
}

Parsed<int> parse_children_text(const std::string& text, bool required) {
    return held(parse_int_text(text, 0, 999999, required),
                [](int n) { return core::alimony::limits::check_children(n); });
}

Parsed<int> parse_due_day_text(const std::string& text, bool required) {
    return held(parse_int_text(text, 0, 999999, required),
                [](int n) { return core::alimony::limits::check_due_day(n); });
}

Parsed<StartText> parse_start_text(const std::string& text, bool required) {
    Parsed<StartText> p;
    auto month = parse_month_text(text, required);
    if (month.value) {
        p.value = StartText{*month.value, std::nullopt};
        return p;
    }
    p.empty = month.empty;
    if (month.empty) {
        p.error_key = month.error_key;
        return p;
    }
    auto day = parse_date_text(text, false);
    if (day.value) {
        p.value = StartText{core::YearMonth::of(*day.value), *day.value};
        return p;
    }
    p.error_key = "input.error.month_or_date";
    return p;
}

std::string format_date(core::Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", d.day(), d.month(), d.year());
    return buf;
}

std::string format_month(core::YearMonth m) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d.%04d", m.month, m.year);
    return buf;
}

}  // namespace otbasy::ui
