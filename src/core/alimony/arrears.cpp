// Alimony arrears and penalty, month by month. Layer: core/alimony. The day-counting convention is in arrears.hpp.
#include "core/alimony/arrears.hpp"

#include <algorithm>
#include <numeric>

#include "core/base/int128.hpp"

namespace otbasy::core::alimony {

namespace {

constexpr std::size_t max_months = 1200;  // a hundred years: far beyond any real schedule

void too_large(Errors& errors, const std::string& field) {
    errors.push_back(make_error(field, "alimony.error.too_large", "the result would exceed 1 000 000 000 000 ₸"));
}

}  // namespace

Date due_date_of(YearMonth month, int due_day) {
    const YearMonth next = month.next();
    if (next.year > 2200) return *Date::from_ymd(2200, 12, 31);  // beyond the calendar the app accepts
    return next.day_clamped(due_day);
}

Result<Arrears> arrears(const ArrearsInput& in, const law::ParameterSet& parameters, Date as_of) {
    Arrears out;
    out.as_of = as_of;
    out.from = in.from;
    out.due_day = in.due_day;
    Explanation& ex = out.explanation;
    Errors errors;
    ParamReader pr(parameters, ex);

    // The C++ API takes YearMonth as plain numbers: hold them to the calendar the app accepts.
    auto valid_month = [](YearMonth m) { return m.year >= 1900 && m.year <= 2200 && m.month >= 1 && m.month <= 12; };
    if (!valid_month(in.from)) errors.push_back(make_error("from", "alimony.error.month", "must be a month 1900-01 to 2200-12"));
    if (in.to && !valid_month(*in.to))
        errors.push_back(make_error("to", "alimony.error.month", "must be a month 1900-01 to 2200-12"));
    if (in.due_day < 1 || in.due_day > 31)
        errors.push_back(make_error("due_day", "alimony.error.range", "must be from 1 to 31"));
    for (std::size_t i = 0; i < in.payments.size(); ++i) {
        const std::string f = "payments[" + std::to_string(i) + "]";
        if (in.payments[i].date > as_of)
            errors.push_back(make_error(f + ".date", "alimony.error.after_as_of", "must not be after as_of"));
        if (in.payments[i].tenge.is_negative())
            errors.push_back(make_error(f + ".tenge", "alimony.error.range", "must be ≥ 0"));
    }
    if (in.presented_on && *in.presented_on > as_of)
        errors.push_back(make_error("presented_on", "alimony.error.after_as_of", "must not be after as_of"));
    for (std::size_t i = 0; i < in.monthly_due.size(); ++i)
        if (in.monthly_due[i].is_negative())
            errors.push_back(make_error(in.constant_due ? "monthly_due" : "monthly_due[" + std::to_string(i) + "]",
                                        "alimony.error.range", "must be ≥ 0"));
    if (in.order && in.order->set_on && *in.order->set_on > as_of)
        errors.push_back(make_error("order.set_on", "alimony.error.after_as_of", "must not be after as_of"));
    const bool by_amounts = !in.order;
    if (by_amounts && in.monthly_due.empty())
        errors.push_back(make_error("monthly_due", "alimony.error.missing", "is required (or give \"order\")"));
    if (!errors.empty()) return errors;

    // ---- The months: from `from` to `to` (explicit, the length of the list, or the last month due by as_of).
    YearMonth to = in.from;
    bool explicit_to = false;
    if (by_amounts && !in.constant_due) {
        if (in.monthly_due.size() > max_months) {
            errors.push_back(make_error("monthly_due", "alimony.error.too_many", "may hold at most 1200 months"));
            return errors;
        }
        const int last = in.from.index() + static_cast<int>(in.monthly_due.size()) - 1;
        to = YearMonth{last / 12, last % 12 + 1};
        if (in.to && *in.to != to) {
            errors.push_back(make_error("to", "alimony.error.conflict",
                                        "does not match the number of amounts in monthly_due (last month " +
                                            to.to_string() + ")"));
            return errors;
        }
        explicit_to = true;
    } else if (in.to) {
        to = *in.to;
        explicit_to = true;
    } else {
        // The last month whose due date is on or before as_of.
        YearMonth m = YearMonth::of(as_of);
        while (due_date_of(m, in.due_day) > as_of) m = YearMonth{(m.index() - 1) / 12, (m.index() - 1) % 12 + 1};
        to = m;
    }
    if (explicit_to && to < in.from) {
        errors.push_back(make_error("to", "alimony.error.range", "must not be before from"));
        return errors;
    }
    if (explicit_to && due_date_of(to, in.due_day) > as_of) {
        errors.push_back(make_error(by_amounts && !in.constant_due ? "monthly_due" : "to", "alimony.error.after_as_of",
                                    "the alimony for " + to.to_string() + " is not due until " +
                                        due_date_of(to, in.due_day).to_string() + ", after as_of"));
        return errors;
    }
    out.to = to;
    const int count = to.index() - in.from.index() + 1;
    if (count > static_cast<int>(max_months)) {
        errors.push_back(make_error("from", "alimony.error.too_many", "the schedule may cover at most 1200 months"));
        return errors;
    }

    // Basis: app-days, КоБС art. 165: the alimony for a month is due on `due_day` of the following month.
    ex.step(Step("alimony.arrears.step.due_day", {"app-days", "kobs-165"}).integer("due_day", in.due_day));

    if (count <= 0) {
        ex.warn(Step("alimony.arrears.warn.nothing_due", {"app-days"}).date("as_of", as_of));
        out.to = in.from;
        return out;
    }

    // ---- What was due each month.
    out.months.resize(static_cast<std::size_t>(count));
    std::int64_t total_due = 0;
    std::optional<IncomeBase> fixed_base;  // not working: the same base every month (the figure at collection)
    for (int i = 0; i < count; ++i) {
        ArrearsMonth& m = out.months[static_cast<std::size_t>(i)];
        const int idx = in.from.index() + i;
        m.month = YearMonth{idx / 12, idx % 12 + 1};
        m.due_date = due_date_of(m.month, in.due_day);
        if (by_amounts) {
            m.due = in.constant_due ? in.monthly_due.front() : in.monthly_due[static_cast<std::size_t>(i)];
        } else {
            const Date rules_on = m.month.day_clamped(1);
            ex.record_steps = i == 0;
            std::optional<IncomeBase> base;
            if (in.payer == PayerStatus::not_working || in.payer == PayerStatus::prison_not_working) {
                if (!fixed_base)
                    fixed_base = income_base({}, in.payer, parameters, rules_on, as_of, ex, errors, "income", "as_of");
                base = fixed_base;
            } else if (!in.incomes.empty()) {
                auto it = std::find_if(in.incomes.begin(), in.incomes.end(),
                                       [&](const MonthIncome& mi) { return mi.month == m.month; });
                if (it == in.incomes.end()) {
                    errors.push_back(make_error("incomes", "alimony.error.missing",
                                                "gives no income for " + m.month.to_string()));
                    ex.record_steps = true;
                    return errors;
                }
                const std::string f = "incomes[" + std::to_string(it - in.incomes.begin()) + "]";
                base = income_base({it->source}, in.payer, parameters, rules_on, as_of, ex, errors, f, "from");
            } else {
                base = income_base(in.income, in.payer, parameters, rules_on, as_of, ex, errors, "income", "from");
            }
            std::optional<Money> due;
            if (base) due = assess_order(*in.order, 0, *base, parameters, rules_on, ex, errors, "order", "from");
            ex.record_steps = true;
            if (!due) return errors;
            m.due = *due;
        }
        total_due += m.due.tiyn();
        if (total_due > Money::max_tiyn) {
            too_large(errors, by_amounts ? "monthly_due" : "order");
            return errors;
        }
    }
    out.total_due = Money::from_tiyn(total_due);
    if (by_amounts)
        ex.step(Step("alimony.arrears.step.due_amounts", {"kobs-169-3", "zip-99-2"})
                    .integer("months", count).month("from", in.from).month("to", to).money("total_due", out.total_due));
    else
        ex.step(Step("alimony.arrears.step.due_from_order", {"kobs-169-3", "zip-99-2", "app-days"})
                    .integer("months", count).month("from", in.from).month("to", to).money("total_due", out.total_due));

    // ---- Payments: oldest unpaid month first (app-days). Each settled part adds tiyn × days late to its month.
    std::vector<std::size_t> order(in.payments.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return in.payments[a].date < in.payments[b].date; });
    std::vector<i128> tiyn_days(out.months.size(), 0);
    std::vector<std::int64_t> left(out.months.size());
    for (std::size_t i = 0; i < out.months.size(); ++i) left[i] = out.months[i].due.tiyn();
    std::size_t head = 0;
    std::int64_t credit = 0, total_paid = 0;
    for (std::size_t k : order) {
        const Payment& p = in.payments[k];
        std::int64_t amount = p.tenge.tiyn();
        total_paid += amount;
        if (total_paid > Money::max_tiyn) {
            too_large(errors, "payments");
            return errors;
        }
        while (amount > 0) {
            while (head < left.size() && left[head] == 0) ++head;
            if (head == left.size()) break;
            const std::int64_t take = std::min(amount, left[head]);
            ArrearsMonth& m = out.months[head];
            const std::int32_t late = std::max<std::int32_t>(0, days_between(m.due_date, p.date));
            tiyn_days[head] += static_cast<i128>(take) * late;
            m.paid += Money::from_tiyn(take);
            left[head] -= take;
            amount -= take;
            if (left[head] == 0) m.paid_off_on = p.date;
        }
        credit += amount;
    }
    out.total_paid = Money::from_tiyn(total_paid);
    out.credit = Money::from_tiyn(credit);
    ex.step(Step("alimony.arrears.step.payments", {"app-days"})
                .integer("count", static_cast<std::int64_t>(in.payments.size())).money("total_paid", out.total_paid));

    // ---- Look-back. Basis: КоБС art. 169(1), (2); art. 164(2).
    std::optional<Date> cutoff;
    std::int64_t lookback_years = 0;
    if (!in.wanted) {
        const Date presented = in.presented_on.value_or(as_of);
        auto years = pr.get("kz.alimony.lookback_years", presented, in.presented_on ? "presented_on" : "as_of", errors);
        if (!years) return errors;
        if (years->den() != 1 || years->num() < 0 || years->num() > 100) {
            errors.push_back(make_error("kz.alimony.lookback_years", "alimony.error.range", "must be whole years"));
            return errors;
        }
        lookback_years = years->num();
        cutoff = presented.plus_years(-static_cast<int>(years->num()));
        out.lookback_from = cutoff;
        if (!in.presented_on)
            ex.warn(Step("alimony.arrears.warn.presented_on_assumed", {"kobs-169-1"}).date("as_of", as_of));
    }

    // ---- Debt and penalty per month. Basis: КоБС art. 171(1), ЗИП art. 99(4): 0.1 % of the unpaid amount for each
    // day late; exact in tiyn × days, rounded once per month (app-rounding).
    std::int64_t debt = 0, penalty = 0, excluded_debt = 0, excluded_penalty = 0, excluded_months = 0;
    std::optional<Fraction> shown_rate;
    for (std::size_t i = 0; i < out.months.size(); ++i) {
        ArrearsMonth& m = out.months[i];
        m.debt = Money::from_tiyn(left[i]);
        if (left[i] > 0) {
            m.days_late = std::max<std::int32_t>(0, days_between(m.due_date, as_of));
            tiyn_days[i] += static_cast<i128>(left[i]) * m.days_late;
        } else if (m.paid_off_on) {
            m.days_late = std::max<std::int32_t>(0, days_between(m.due_date, *m.paid_off_on));
        }
        std::optional<Fraction> rate;
        if (in.penalty) {
            rate = pr.get("kz.alimony.penalty_daily_rate", m.month.day_clamped(1), "from", errors);
            if (!rate) return errors;
            if (!shown_rate) shown_rate = rate;
        }
        if (rate && tiyn_days[i] > 0) {
            auto p = round_ratio(tiyn_days[i] * rate->num(), rate->den(), Rounding::half_up);
            if (!p || *p > Money::max_tiyn) {
                too_large(errors, "monthly_due");
                return errors;
            }
            m.penalty = Money::from_tiyn(*p);
        }
        m.in_lookback = !cutoff || m.due_date >= *cutoff;
        if (m.in_lookback) {
            debt += m.debt.tiyn();
            penalty += m.penalty.tiyn();
        } else {
            excluded_debt += m.debt.tiyn();
            excluded_penalty += m.penalty.tiyn();
            if (m.debt.tiyn() > 0) ++excluded_months;
        }
        if (penalty > Money::max_tiyn || excluded_penalty > Money::max_tiyn) {
            too_large(errors, "monthly_due");
            return errors;
        }
    }
    out.debt = Money::from_tiyn(debt);
    out.penalty = Money::from_tiyn(penalty);
    out.excluded_debt = Money::from_tiyn(excluded_debt);
    out.excluded_penalty = Money::from_tiyn(excluded_penalty);

    if (in.penalty) {
        if (!shown_rate) shown_rate = pr.get("kz.alimony.penalty_daily_rate", as_of, "as_of", errors);
        if (!shown_rate) return errors;
        ex.step(Step("alimony.arrears.step.penalty", {"kobs-171-1", "zip-99-4", "app-days", "app-rounding"})
                    .rate("rate", *shown_rate).money("penalty", out.penalty));
        if (out.penalty.tiyn() > 0)
            ex.warn(Step("alimony.arrears.warn.penalty_fault", {"kobs-171-1", "kobs-170-2"}));
    } else {
        ex.step(Step("alimony.arrears.step.penalty_off", {"kobs-171-1"}));
    }
    if (cutoff) {
        ex.step(Step("alimony.arrears.step.lookback", {"kobs-169-1", "kobs-164-2"})
                    .date("presented_on", in.presented_on.value_or(as_of)).integer("years", lookback_years)
                    .date("cutoff", *cutoff)
                    .integer("excluded_months", excluded_months).money("excluded_debt", out.excluded_debt));
        if (excluded_debt > 0)
            ex.warn(Step("alimony.arrears.warn.lookback_excluded", {"kobs-169-1", "kobs-169-2"})
                        .date("cutoff", *cutoff).money("excluded_debt", out.excluded_debt));
    } else {
        ex.step(Step("alimony.arrears.step.lookback_wanted", {"kobs-169-2"}));
    }
    if (credit > 0) ex.warn(Step("alimony.arrears.warn.credit", {"kobs-172"}).money("credit", out.credit));
    if (debt + penalty > Money::max_tiyn) {
        too_large(errors, "monthly_due");
        return errors;
    }
    ex.step(Step("alimony.arrears.step.result", {"app-estimate"})
                .money("debt", out.debt).money("penalty", out.penalty).money("total", out.debt + out.penalty));
    return out;
}

}  // namespace otbasy::core::alimony
