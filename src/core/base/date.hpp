// Civil (proleptic Gregorian) dates without time zones or clocks, and year-months.
// Layer: core/base. Core never reads today's date: every calculation takes an explicit `as_of`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace otbasy::core {

class Date {
public:
    constexpr Date() = default;
    // Nullopt for impossible dates (2025-02-29, month 13) and years outside 1900..2200.
    static std::optional<Date> from_ymd(int year, int month, int day);
    // Strict "YYYY-MM-DD".
    static std::optional<Date> parse(std::string_view iso);
    static Date from_days(std::int32_t days_since_1970);

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }
    std::int32_t days_since_epoch() const;  // 1970-01-01 is 0
    std::string to_string() const;          // "YYYY-MM-DD"

    Date plus_days(std::int32_t n) const { return from_days(days_since_epoch() + n); }
    // Same day-of-month n months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
    Date plus_months(int n) const;
    Date plus_years(int n) const { return plus_months(12 * n); }

    friend bool operator==(Date a, Date b) { return a.key() == b.key(); }
    friend bool operator!=(Date a, Date b) { return a.key() != b.key(); }
    friend bool operator<(Date a, Date b) { return a.key() < b.key(); }
    friend bool operator>(Date a, Date b) { return a.key() > b.key(); }
    friend bool operator<=(Date a, Date b) { return a.key() <= b.key(); }
    friend bool operator>=(Date a, Date b) { return a.key() >= b.key(); }

private:
    constexpr Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
    int key() const { return year_ * 10000 + month_ * 100 + day_; }
    int year_ = 1970, month_ = 1, day_ = 1;
};

// Days from a to b (b - a); negative when b is earlier.
inline std::int32_t days_between(Date a, Date b) { return b.days_since_epoch() - a.days_since_epoch(); }

bool is_leap_year(int year);
int days_in_month(int year, int month);

// A calendar month, e.g. the month an alimony payment is due for.
struct YearMonth {
    int year = 1970;
    int month = 1;

    static std::optional<YearMonth> parse(std::string_view text);  // strict "YYYY-MM"
    static YearMonth of(Date d) { return {d.year(), d.month()}; }
    YearMonth next() const { return month == 12 ? YearMonth{year + 1, 1} : YearMonth{year, month + 1}; }
    int index() const { return year * 12 + (month - 1); }
    // The given day of this month, clamped to its last day (due day 31 in February is the 28th/29th).
    Date day_clamped(int day) const;
    std::string to_string() const;  // "YYYY-MM"

    friend bool operator==(YearMonth a, YearMonth b) { return a.index() == b.index(); }
    friend bool operator!=(YearMonth a, YearMonth b) { return a.index() != b.index(); }
    friend bool operator<(YearMonth a, YearMonth b) { return a.index() < b.index(); }
    friend bool operator<=(YearMonth a, YearMonth b) { return a.index() <= b.index(); }
};

}  // namespace otbasy::core
