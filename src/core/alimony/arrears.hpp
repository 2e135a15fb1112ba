// Alimony arrears: a month-by-month schedule of what was due, what was paid and when, the debt left, days late and
// the 0.1 %-a-day penalty, with the three-year look-back. Layer: core/alimony.
//
// The day-counting convention ("app-days"; the law does not spell it out):
// - By default the alimony for month M is due on `due_day` of month M+1 (clamped to that month's last day). Basis:
//   КоБС art. 139(1) (monthly), art. 165 (the employer withholds from pay when it is paid and transfers it within
//   3 days); pay for a month is paid in the following month. Agreements and payers who pay directly often owe a
//   month's alimony within that month ("до N числа текущего месяца"): `due_in` = same_month puts the due date on
//   `due_day` of month M itself.
// - An amount is late from the day after its due date: paid on the due date = 0 days, the next day = 1 day.
//   The penalty (КоБС art. 171(1)) runs on each unpaid tiyn for each day from the day after the due date up to and
//   including the day it is paid, or up to as_of if still unpaid. It is simple (never charged on penalty).
// - A payment goes to the oldest unpaid month first; what is left after the last month is a credit. The law is
//   silent; oldest-first is the usual rule for periodic debts (the earliest obligation is settled first) and is
//   what a bailiff's running balance does. Payments settle alimony, not the penalty, which the recipient claims
//   separately (art. 171(1)).
// - The parameters of a month (МРП, tax rules, the penalty rate) are those in force on the first day of that month.
// - Partial months. Alimony is awarded from the day the claim was filed (КоБС art. 164(2)) and stops when the child
//   comes of age (art. 176(2)(1)): with `start_on` the first month counts from that day, with `ends_on` (or the
//   youngest child's 18th birthday) the last month counts up to the day before. A part of a month is the monthly
//   amount × the days of it / the days of the month, rounded once (app-rounding). When a child of a share order
//   comes of age, the share changes on that day (1/3 → 1/4): a month is split by days the same way.
// - Look-back (КоБС art. 169(1), art. 164(2)): alimony for the past is recovered within the `lookback_years` before
//   the writ or agreement was presented; everything after it in full; the whole period if the payer was on the
//   wanted list (art. 169(2)). The test is on the period: a month counts when any day of it lies on or after the
//   cut-off (the months are owed as whole months, art. 139(1), so the month the cut-off falls in is kept, not
//   split). Without a presentation date no month is left out (as if the writ were presented when the alimony
//   began), and a warning says from which presentation date the earliest months would fall outside.
//   Payments still go to the oldest month first, excluded months included: they record what happened.
#pragma once

#include <optional>
#include <vector>

#include "core/alimony/estimate.hpp"

namespace otbasy::core::alimony {

struct Payment {
    Date date;
    Money tenge;
};

struct MonthIncome {
    YearMonth month;
    IncomeSource source;
};

enum class DueIn { next_month, same_month };

struct ArrearsInput {
    YearMonth from;               // the first month (the month of start_on when that is given)
    std::optional<YearMonth> to;  // unset: the last month already due on as_of (or the length of monthly_due)
    int due_day = 1;
    DueIn due_in = DueIn::next_month;
    std::optional<Date> start_on;  // the first day alimony runs from (КоБС art. 164(2)): the first month is partial
    std::optional<Date> ends_on;   // the day alimony stops (art. 176(2)(1)): due up to the day before
    // A share order's children by birth date: each stops counting on the 18th birthday, the share follows the
    // number of minors, and the alimony ends with the youngest's (unless ends_on is earlier).
    std::vector<Date> birth_dates;
    // Either the amounts due, one per month from `from` (or one amount for every month when `constant_due`)...
    std::vector<Money> monthly_due;
    bool constant_due = false;
    // ...or an order whose amount is computed for each month with that month's parameters and income.
    std::optional<Order> order;
    PayerStatus payer = PayerStatus::working;
    std::vector<IncomeSource> income;  // the same every month
    std::vector<MonthIncome> incomes;  // or month by month
    std::vector<Payment> payments;
    std::optional<Date> presented_on;  // when the writ or agreement was presented; unset: no month is left out
    bool wanted = false;               // the payer was on the wanted list (no look-back limit)
    bool penalty = true;               // false: the arrears are not the payer's fault (no penalty)
};

struct ArrearsMonth {
    YearMonth month;
    Date due_date;
    int days = 0;  // days of the month the alimony ran (all of them but in a first or last partial month)
    Money due;
    Money paid;
    Money debt;  // still unpaid on as_of
    std::int32_t days_late = 0;  // to as_of if unpaid, else to the day it was paid off (0 if on time)
    Money penalty;
    bool in_lookback = true;
    std::optional<Date> paid_off_on;
};

struct Arrears {
    Date as_of;
    YearMonth from, to;
    int due_day = 1;
    DueIn due_in = DueIn::next_month;
    std::vector<ArrearsMonth> months;
    Money total_due;
    Money total_paid;
    Money debt;              // unpaid, recoverable months only
    Money penalty;           // on recoverable months only
    Money excluded_debt;     // unpaid in months outside the look-back
    Money excluded_penalty;
    Money credit;            // paid beyond everything due
    std::optional<Date> lookback_from;  // the cut-off: months ending before it are not recoverable (unset: none)
    Explanation explanation;
};

// The due date of month M's alimony: `due_day` of month M+1 (or of M itself), clamped. Basis: app-days.
Date due_date_of(YearMonth month, int due_day, DueIn due_in = DueIn::next_month);
std::string_view due_in_name(DueIn d);

Result<Arrears> arrears(const ArrearsInput& input, const law::ParameterSet& parameters, Date as_of);

}  // namespace otbasy::core::alimony
