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

namespace {

// Up to `n` whole numbers separated by single dots, slashes, hyphens or spaces ("15.03.2025", "1/3/2025"), with
// how many digits each had. False for anything else (signs, letters, empty parts, more than n parts).
bool numbers(const std::string& t, int n, int value[], int digits[], int& parts) {
    parts = 0;
    std::size_t i = 0;
    while (i < t.size()) {
        if (parts == n) return false;
        int v = 0, k = 0;
        for (; i < t.size() && t[i] >= '0' && t[i] <= '9' && k < 9; ++i, ++k) v = v * 10 + (t[i] - '0');
        if (k == 0) return false;
        value[parts] = v;
        digits[parts++] = k;
        if (i == t.size()) break;
        if (t[i] != '.' && t[i] != '/' && t[i] != '-' && t[i] != ' ') return false;
        if (++i == t.size()) return false;
    }
    return parts > 0;
}

std::string trimmed(const std::string& text) {
    std::size_t a = text.find_first_not_of(' '), b = text.find_last_not_of(' ');
    return a == std::string::npos ? "" : text.substr(a, b - a + 1);
}

}  // namespace

Parsed<core::Date> parse_date_text(const std::string& text, bool required) {
    Parsed<core::Date> p;
    if (blank(text)) {
        p.empty = true;
        if (required) p.error_key = "input.error.required";
        return p;
    }
    // Day, month, year as the app asks (15.03.2025, also 1.3.2025, 15/03/2025 or 15032025), or ISO 2025-03-15.
    const std::string t = trimmed(text);
    int v[3] = {0, 0, 0}, k[3] = {0, 0, 0}, parts = 0;
    if (numbers(t, 3, v, k, parts) && parts == 3) {
        if (k[0] <= 2 && k[1] <= 2 && k[2] == 4) p.value = core::Date::from_ymd(v[2], v[1], v[0]);
        else if (k[0] == 4 && k[1] == 2 && k[2] == 2) p.value = core::Date::parse(t);
    } else if (parts == 1 && k[0] == 8) {  // 15032025, as pasted without its dots
        p.value = core::Date::from_ymd(v[0] % 10000, v[0] / 10000 % 100, v[0] / 1000000);
    }
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
    // Month and year (01.2024, 1.2024), or the ISO form 2024-01.
    const std::string t = trimmed(text);
    int v[2] = {0, 0}, k[2] = {0, 0}, parts = 0;
    if (numbers(t, 2, v, k, parts) && parts == 2) {
        if (k[0] <= 2 && k[1] == 4)
            p.value = core::YearMonth::parse(std::to_string(v[1]) + (v[0] < 10 ? "-0" : "-") + std::to_string(v[0]));
        else if (k[0] == 4 && k[1] == 2) p.value = core::YearMonth::parse(t);
    }
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
