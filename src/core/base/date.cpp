// Civil dates. Layer: core/base.
// Day arithmetic follows Howard Hinnant's public-domain days_from_civil / civil_from_days algorithms.
#include "core/base/date.hpp"

#include <cstdio>

namespace otbasy::core {
namespace {

constexpr int min_year = 1900;
constexpr int max_year = 2200;

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

}  // namespace

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

std::optional<Date> Date::from_ymd(int y, int m, int d) {
    if (y < min_year || y > max_year || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return Date(y, m, d);
}

std::optional<Date> Date::parse(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    return from_ymd(to_int(y), to_int(m), to_int(d));
}

std::int32_t Date::days_since_epoch() const {
    int y = year_ - (month_ <= 2 ? 1 : 0);
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int mp = (month_ + 9) % 12;
    int doy = (153 * mp + 2) / 5 + day_ - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_days(std::int32_t z) {
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    return Date(y + (m <= 2 ? 1 : 0), m, d);
}

Date Date::plus_months(int n) const {
    int index = year_ * 12 + (month_ - 1) + n;
    int y = index / 12, m = index % 12 + 1;
    int d = day_ > days_in_month(y, m) ? days_in_month(y, m) : day_;
    return Date(y, m, d);
}

std::string Date::to_string() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
    return buf;
}

std::optional<YearMonth> YearMonth::parse(std::string_view s) {
    if (s.size() != 7 || s[4] != '-') return std::nullopt;
    auto y = s.substr(0, 4), m = s.substr(5, 2);
    if (!all_digits(y) || !all_digits(m)) return std::nullopt;
    int yy = to_int(y), mm = to_int(m);
    if (yy < min_year || yy > max_year || mm < 1 || mm > 12) return std::nullopt;
    return YearMonth{yy, mm};
}

Date YearMonth::day_clamped(int day) const {
    int last = days_in_month(year, month);
    return *Date::from_ymd(year, month, day < 1 ? 1 : (day > last ? last : day));
}

std::string YearMonth::to_string() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

}  // namespace otbasy::core
