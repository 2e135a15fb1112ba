// Alimony arrears and penalty, month by month. Layer: core/alimony. The day-counting convention is in arrears.hpp.
#include "core/alimony/arrears.hpp"

#include <algorithm>
#include <numeric>

#include "core/alimony/limits.hpp"

#include "core/base/int128.hpp"

namespace otbasy::core::alimony {

namespace {

constexpr std::size_t max_months = limits::months_max;  // a hundred years: far beyond any real schedule

void too_large(Errors& errors, const std::string& field) {
    errors.push_back(make_error(field, "alimony.error.too_large", "the result would exceed 1 000 000 000 000 ₸"));
}

}  // namespace

Date due_date_of(YearMonth month, int due_day, DueIn due_in) {
    if (due_in == DueIn::same_month) return month.day_clamped(due_day);
    const YearMonth next = month.next();
    if (next.year > 2200) return *Date::from_ymd(2200, 12, 31);  // beyond the calendar the app accepts
    return next.day_clamped(due_day);
}

std::string_view due_in_name(DueIn d) { return d == DueIn::same_month ? "same_month" : "next_month"; }

namespace {

YearMonth month_at(int index) { return YearMonth{index / 12, index % 12 + 1}; }
Date last_day(YearMonth m) { return m.day_clamped(31); }

// amount × days / days_in_month, rounded once (app-rounding).
std::optional<Money> part_of(const Fraction& amount_tenge, int days, int days_in_month) {
    auto f = Fraction::mul(amount_tenge, Fraction(days, days_in_month));
    if (!f) return std::nullopt;
    return Money::from_fraction_tenge(*f);
}

}  // namespace

Result<Arrears> arrears(const ArrearsInput& in, const law::ParameterSet& parameters, Date as_of) {
    Arrears out;
    out.as_of = as_of;
    out.from = in.from;
    out.due_day = in.due_day;
    out.due_in = in.due_in;
    Explanation& ex = out.explanation;
    Errors errors;
    ParamReader pr(parameters, ex);

    // The C++ API takes YearMonth as plain numbers: hold them to the calendar the app accepts.
    auto valid_month = [](YearMonth m) { return m.year >= 1900 && m.year <= 2200 && m.month >= 1 && m.month <= 12; };
    if (!valid_month(in.from)) errors.push_back(make_error("from", "alimony.error.month", "must be a month 1900-01 to 2200-12"));
    if (in.to && !valid_month(*in.to))
        errors.push_back(make_error("to", "alimony.error.month", "must be a month 1900-01 to 2200-12"));
    if (auto p = limits::check_due_day(in.due_day)) errors.push_back(make_error("due_day", p->code, p->message));
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
    if (in.start_on) {
        if (*in.start_on > as_of)
            errors.push_back(make_error("start_on", "alimony.error.after_as_of", "must not be after as_of"));
        if (YearMonth::of(*in.start_on) != in.from)
            errors.push_back(make_error("from", "alimony.error.conflict", "must be the month of start_on"));
    }
    if (in.ends_on && in.start_on && *in.ends_on <= *in.start_on)
        errors.push_back(make_error("ends_on", "alimony.error.range", "must be after start_on"));
    if (by_amounts && !in.constant_due && (in.start_on || in.ends_on))
        errors.push_back(make_error(in.start_on ? "start_on" : "ends_on", "alimony.error.not_allowed",
                                    "goes with one monthly amount or an order, not with a list of amounts"));
    if (!in.birth_dates.empty()) {
        if (!in.order || in.order->type != OrderType::share || in.order->fraction)
            errors.push_back(make_error("order.birth_dates", "alimony.error.not_allowed",
                                        "go with a share order under КоБС art. 139(1) (a share the court set changes "
                                        "only by its decision, art. 175)"));
        if (in.birth_dates.size() > limits::birth_dates_max)
            errors.push_back(make_error("order.birth_dates", "alimony.error.too_many", "may hold at most 20 dates"));
        for (std::size_t i = 0; i < in.birth_dates.size(); ++i)
            if (in.birth_dates[i] > as_of)
                errors.push_back(make_error("order.birth_dates[" + std::to_string(i) + "]", "alimony.error.after_as_of",
                                            "must not be after as_of"));
    }
    if (!errors.empty()) return errors;

    // ---- When the alimony stops: ends_on, or the day the youngest child comes of age. Basis: КоБС art. 176(2)(1).
    std::optional<Date> end = in.ends_on;  // the first day no longer owed
    std::vector<Date> majority_on;          // each child's 18th birthday
    if (!in.birth_dates.empty()) {
        auto years = pr.get("kz.terms.majority_age_years", as_of, "as_of", errors);
        if (!years) return errors;
        if (years->den() != 1 || years->num() < 1 || years->num() > 100) {
            errors.push_back(make_error("kz.terms.majority_age_years", "alimony.error.range", "must be whole years"));
            return errors;
        }
        Date youngest = in.birth_dates.front();
        for (Date b : in.birth_dates) {
            majority_on.push_back(b.plus_years(static_cast<int>(years->num())));
            youngest = std::max(youngest, majority_on.back());
        }
        if (!end || youngest < *end) end = youngest;
    }

    // ---- The months: from `from` to `to` (explicit, the length of the list, or the last month due by as_of).
    YearMonth to = in.from;
    bool explicit_to = false;
    if (by_amounts && !in.constant_due) {
        if (in.monthly_due.size() > max_months) {
            errors.push_back(make_error("monthly_due", "alimony.error.too_many", "may hold at most 1200 months"));
            return errors;
        }
        const int last = in.from.index() + static_cast<int>(in.monthly_due.size()) - 1;
        to = month_at(last);
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
        while (due_date_of(m, in.due_day, in.due_in) > as_of) m = month_at(m.index() - 1);
        to = m;
        // Not past the end of the alimony.
        if (end) {
            const YearMonth last_owed = YearMonth::of(end->plus_days(-1));
            if (last_owed < to) to = last_owed;
        }
    }
    if (explicit_to && to < in.from) {
        errors.push_back(make_error("to", "alimony.error.range", "must not be before from"));
        return errors;
    }
    if (explicit_to && end && YearMonth::of(end->plus_days(-1)) < to) {
        errors.push_back(make_error("to", "alimony.error.conflict",
                                    "is after the alimony ended (" + end->to_string() + ")"));
        return errors;
    }
    if (explicit_to && due_date_of(to, in.due_day, in.due_in) > as_of) {
        errors.push_back(make_error(by_amounts && !in.constant_due ? "monthly_due" : "to", "alimony.error.after_as_of",
                                    "the alimony for " + to.to_string() + " is not due until " +
                                        due_date_of(to, in.due_day, in.due_in).to_string() + ", after as_of"));
        return errors;
    }
    out.to = to;
    const int count = to.index() - in.from.index() + 1;
    if (count > static_cast<int>(max_months)) {
        errors.push_back(make_error("from", "alimony.error.too_many", "the schedule may cover at most 1200 months"));
        return errors;
    }

    // Basis: app-days, КоБС art. 165: the alimony for a month is due on `due_day` of the following month (or, when
    // the order or agreement says so, of the month itself).
    if (in.due_in == DueIn::same_month)
        ex.step(Step("alimony.arrears.step.due_day_same_month", {"app-days", "kobs-139-1"}).integer("due_day", in.due_day));
    else
        ex.step(Step("alimony.arrears.step.due_day", {"app-days", "kobs-165"}).integer("due_day", in.due_day));

    const Date start = in.start_on ? *in.start_on : in.from.day_clamped(1);
    if (count <= 0 || (end && *end <= start)) {
        ex.warn(Step("alimony.arrears.warn.nothing_due", {"app-days"}).date("as_of", as_of));
        out.to = in.from;
        return out;
    }

    // ---- What was due each month.
    out.months.resize(static_cast<std::size_t>(count));
    std::int64_t total_due = 0;
    std::optional<IncomeBase> fixed_base;  // not working: the same base every month (the figure at collection)
    // Month offset from `from` → position in `incomes` (the first listed), or none.
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> income_at(static_cast<std::size_t>(count), none);
    for (std::size_t k = in.incomes.size(); k-- > 0;) {
        const int offset = in.incomes[k].month.index() - in.from.index();
        if (offset >= 0 && offset < count) income_at[static_cast<std::size_t>(offset)] = k;
    }
    std::vector<Step> day_steps;  // partial months and changes in the number of children, shown after the totals
    int children_before = -1;
    for (int i = 0; i < count; ++i) {
        ArrearsMonth& m = out.months[static_cast<std::size_t>(i)];
        m.month = month_at(in.from.index() + i);
        m.due_date = due_date_of(m.month, in.due_day, in.due_in);
        const int dim = days_in_month(m.month.year, m.month.month);
        const Date first = std::max(m.month.day_clamped(1), start);
        Date last = last_day(m.month);
        if (end && end->plus_days(-1) < last) last = end->plus_days(-1);
        m.days = last < first ? 0 : days_between(first, last) + 1;
        // Segments of the month with the same number of minor children: [day, next) with `n` children.
        struct Segment {
            Date from;
            int days;
            int children;
        };
        std::vector<Segment> segments;
        if (majority_on.empty()) {
            segments.push_back({first, m.days, 0});
        } else {
            std::vector<Date> cuts;
            for (Date d : majority_on)
                if (d > first && d <= last) cuts.push_back(d);
            std::sort(cuts.begin(), cuts.end());
            cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
            auto minors_on = [&](Date d) {
                int n = 0;
                for (Date b : majority_on) n += b > d ? 1 : 0;
                return n;
            };
            Date seg_from = first;
            for (Date c : cuts) {
                segments.push_back({seg_from, days_between(seg_from, c), minors_on(seg_from)});
                seg_from = c;
            }
            if (seg_from <= last) segments.push_back({seg_from, days_between(seg_from, last) + 1, minors_on(seg_from)});
            for (const auto& sg : segments) {
                // Basis: КоБС art. 176(2)(1): the alimony for a child stops when the child comes of age; art. 139(1):
                // the share follows the number of children still owed it.
                if (children_before >= 0 && sg.children != children_before)
                    day_steps.push_back(Step("alimony.arrears.step.children_change", {"kobs-176-2", "kobs-139-1"})
                                            .month("month", m.month).date("from", sg.from)
                                            .integer("children", sg.children));
                children_before = sg.children;
            }
        }
        std::optional<Money> full;  // the whole month's amount (for the partial-month step)
        if (by_amounts) {
            full = in.constant_due ? in.monthly_due.front() : in.monthly_due[static_cast<std::size_t>(i)];
            if (m.days == dim) {
                m.due = *full;
            } else {
                auto d = part_of(full->as_fraction_tenge(), m.days, dim);
                if (!d) {
                    too_large(errors, "monthly_due");
                    return errors;
                }
                m.due = *d;
            }
        } else {
            const Date rules_on = m.month.day_clamped(1);
            ex.record_steps = i == 0;
            std::optional<IncomeBase> base;
            if (!needs_income_base(*in.order) && in.payer != PayerStatus::prison_not_working) {
                // A fixed sum does not depend on the income: nothing to take from it.
                base = IncomeBase{};
            } else if (in.payer == PayerStatus::not_working || in.payer == PayerStatus::prison_not_working) {
                if (!fixed_base)
                    fixed_base = income_base({}, in.payer, parameters, rules_on, as_of, ex, errors, "income", "as_of");
                base = fixed_base;
            } else if (!in.incomes.empty()) {
                const std::size_t at = income_at[static_cast<std::size_t>(i)];
                if (at == none) {
                    errors.push_back(make_error("incomes", "alimony.error.missing",
                                                "gives no income for " + m.month.to_string()));
                    ex.record_steps = true;
                    return errors;
                }
                const std::string f = "incomes[" + std::to_string(at) + "]";
                base = income_base({in.incomes[at].source}, in.payer, parameters, rules_on, as_of, ex, errors, f,
                                   "from");
            } else {
                base = income_base(in.income, in.payer, parameters, rules_on, as_of, ex, errors, "income", "from");
            }
            // The month's amount: each segment's monthly amount for its number of children × its days / the days of
            // the month, summed exactly and rounded once.
            std::optional<Fraction> sum = Fraction(0);
            for (std::size_t k = 0; base && sum && k < segments.size(); ++k) {
                const Segment& sg = segments[k];
                if (sg.days <= 0) continue;
                Order o = *in.order;
                if (!majority_on.empty()) {
                    if (sg.children == 0) continue;
                    o.children = sg.children;
                }
                ex.record_steps = i == 0 && k == 0;
                auto a = assess_order(o, 0, *base, parameters, rules_on, ex, errors, "order", "from");
                if (!a) {
                    sum.reset();
                    break;
                }
                if (k == 0) full = *a;
                sum = Fraction::add(*sum, *Fraction::mul(a->as_fraction_tenge(), Fraction(sg.days, dim)));
            }
            ex.record_steps = true;
            if (!base || !sum) {
                if (errors.empty()) too_large(errors, "order");
                return errors;
            }
            auto d = Money::from_fraction_tenge(*sum);
            if (!d) {
                too_large(errors, "order");
                return errors;
            }
            m.due = *d;
        }
        if (m.days != dim && m.days > 0 && full)
            day_steps.push_back(Step("alimony.arrears.step.partial_month", {"kobs-164-2", "kobs-176-2", "app-rounding"})
                                    .month("month", m.month).date("from", first).date("to", last)
                                    .integer("days", m.days).integer("days_in_month", dim).money("full", *full)
                                    .money("amount", m.due));
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
    for (auto& st : day_steps) ex.step(std::move(st));
    if (end) ex.step(Step("alimony.arrears.step.ends", {"kobs-176-2"}).date("ends_on", *end));
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
        const Date asked = in.presented_on.value_or(as_of);
        auto years = pr.get("kz.alimony.lookback_years", asked, in.presented_on ? "presented_on" : "as_of", errors);
        if (!years) return errors;
        if (years->den() != 1 || years->num() < 0 || years->num() > 100) {
            errors.push_back(make_error("kz.alimony.lookback_years", "alimony.error.range", "must be whole years"));
            return errors;
        }
        lookback_years = years->num();
        if (in.presented_on) {
            cutoff = in.presented_on->plus_years(-static_cast<int>(lookback_years));
            out.lookback_from = cutoff;
        } else {
            // No presentation date: nothing is left out. The earliest month would fall outside only if the writ or
            // agreement had been presented after the end of that month + the look-back years.
            const Date latest = last_day(in.from).plus_years(static_cast<int>(lookback_years));
            if (as_of > latest)
                ex.warn(Step("alimony.arrears.warn.presented_on_missing", {"kobs-169-1", "kobs-164-2"})
                            .integer("years", lookback_years).date("latest", latest));
        }
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
        // The period test: the month counts when its last day owed lies on or after the cut-off.
        Date period_end = last_day(m.month);
        if (end && end->plus_days(-1) < period_end) period_end = end->plus_days(-1);
        m.in_lookback = !cutoff || period_end >= *cutoff;
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
                    .date("presented_on", *in.presented_on).integer("years", lookback_years)
                    .date("cutoff", *cutoff)
                    .integer("excluded_months", excluded_months).money("excluded_debt", out.excluded_debt));
        if (excluded_debt > 0)
            ex.warn(Step("alimony.arrears.warn.lookback_excluded", {"kobs-169-1", "kobs-169-2"})
                        .date("cutoff", *cutoff).money("excluded_debt", out.excluded_debt));
    } else if (in.wanted) {
        ex.step(Step("alimony.arrears.step.lookback_wanted", {"kobs-169-2"}));
    } else {
        ex.step(Step("alimony.arrears.step.lookback_not_applied", {"kobs-169-1"}));
    }
    // Basis: ГК art. 297: a court may reduce a penalty that is clearly out of proportion; after about 1 000 days the
    // 0.1 % a day exceeds the debt itself.
    if (out.penalty > out.debt && !out.penalty.is_zero())
        ex.warn(Step("alimony.arrears.warn.penalty_exceeds_debt", {"gk-297", "kobs-171-1"})
                    .money("penalty", out.penalty).money("debt", out.debt));
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
