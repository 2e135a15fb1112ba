// The alimony estimator. Layer: core/alimony.
#include "core/alimony/estimate.hpp"

#include <algorithm>
#include <numeric>

#include "core/alimony/deductions.hpp"
#include "core/base/int128.hpp"

namespace otbasy::core::alimony {

std::string_view order_type_name(OrderType t) {
    switch (t) {
        case OrderType::share: return "share";
        case OrderType::fixed: return "fixed";
        case OrderType::mixed: return "mixed";
        case OrderType::student: return "student";
        case OrderType::spouse: return "spouse";
        case OrderType::disabled_child: return "disabled_child";
        case OrderType::agreement: return "agreement";
    }
    return "share";
}

std::string_view base_kind_name(BaseKind k) {
    switch (k) {
        case BaseKind::wages: return "wages";
        case BaseKind::average_wage: return "average_wage";
        case BaseKind::prison: return "prison";
    }
    return "wages";
}

namespace {

std::string at(const std::string& field, std::string_view key) { return field + "." + std::string(key); }

void too_large(Errors& errors, const std::string& field) {
    errors.push_back(make_error(field, "alimony.error.too_large", "the result would exceed 1 000 000 000 000 ₸"));
}

std::optional<Money> tenge_of(const Fraction& a, const Fraction& b) {
    auto f = Fraction::mul(a, b);
    if (!f) return std::nullopt;
    return Money::from_fraction_tenge(*f);
}

// Basis: КоБС art. 139(1): 1/4 for one child, 1/3 for two, 1/2 for three or more.
std::optional<Fraction> statutory_share(int children, const ParamReader& pr, Date on, const std::string& on_field,
                                        Errors& errors) {
    const char* id = children <= 1 ? "kz.alimony.share_1" : children == 2 ? "kz.alimony.share_2" : "kz.alimony.share_3";
    return pr.get(id, on, on_field, errors);
}

// 1 МРП a month for a debtor in prison who did not work. Basis: КоБС art. 169(3) para 2.
std::optional<Money> prison_amount(std::size_t index, const ParamReader& pr, Date on, Explanation& ex,
                                   Errors& errors, const std::string& field, const std::string& on_field) {
    auto count = pr.get("kz.alimony.prison_mrp", on, on_field, errors);
    auto mrp = pr.get("kz.mrp", on, on_field, errors);
    if (!count || !mrp) return std::nullopt;
    auto amount = tenge_of(*count, *mrp);
    if (!amount) {
        too_large(errors, field);
        return std::nullopt;
    }
    ex.step(Step("alimony.step.share_prison", {"kobs-169-3"})
                .integer("order", static_cast<std::int64_t>(index + 1)).number("mrp_count", *count)
                .money("mrp", tenge_of(*mrp, Fraction(1)).value_or(Money())).money("amount", *amount));
    return amount;
}

// The share part of an order: a share of the base (wages or the average wage), or 1 МРП in prison.
std::optional<Money> share_part(const Order& o, std::size_t index, const IncomeBase& base, const ParamReader& pr,
                                Date on, Explanation& ex, Errors& errors, const std::string& field,
                                const std::string& on_field) {
    const auto n = static_cast<std::int64_t>(index + 1);
    if (base.kind == BaseKind::prison) return prison_amount(index, pr, on, ex, errors, field, on_field);
    const bool agreed = o.type == OrderType::agreement;
    std::optional<Fraction> share = o.fraction;
    if (!share) share = statutory_share(o.children, pr, on, on_field, errors);
    if (!share) return std::nullopt;
    auto amount = base.amount.times(*share);  // Basis: app-rounding (half up to the tiyn)
    if (!amount) {
        too_large(errors, field);
        return std::nullopt;
    }
    Step s;
    if (agreed) {
        // Basis: КоБС arts 161(1), 162(2): the parties set the share in their agreement.
        s = Step("alimony.step.agreement_share", {"kobs-161-1", "kobs-162-2", "app-rounding"});
    } else if (o.fraction) {
        // Basis: КоБС art. 139(2): the court may reduce or increase the statutory share.
        s = Step("alimony.step.share_court", {"kobs-139-2", "app-rounding"});
    } else {
        // Basis: КоБС art. 139(1).
        s = Step("alimony.step.share", {"kobs-139-1", "app-rounding"});
    }
    // Basis: КоБС art. 169(3), ЗИП art. 99(3): a payer who does not work pays from the average monthly wage.
    if (base.kind == BaseKind::average_wage) s.cite.push_back("kobs-169-3");
    s.integer("order", n);
    if (!agreed) s.integer("children", o.children);
    ex.step(s.share("share", *share).money("base", base.amount).money("amount", *amount));
    return amount;
}

// The fixed part of an order: a multiple of МРП in force on `on`, or tenge set on a date and indexed by МРП.
std::optional<Money> fixed_part(const Order& o, std::size_t index, std::vector<std::string> basis,
                                const ParamReader& pr, Date on, Explanation& ex, Errors& errors,
                                const std::string& field, const std::string& on_field) {
    const auto n = static_cast<std::int64_t>(index + 1);
    if (o.mrp) {
        // Basis: КоБС arts 141(3), 143(2), 149: a multiple of the МРП in force when the alimony is paid.
        auto mrp = pr.get("kz.mrp", on, on_field, errors);
        if (!mrp) return std::nullopt;
        auto amount = tenge_of(*o.mrp, *mrp);
        if (!amount) {
            too_large(errors, at(field, "mrp"));
            return std::nullopt;
        }
        basis.push_back("app-rounding");
        ex.step(Step("alimony.step.fixed_mrp", basis)
                    .integer("order", n).number("mrp_count", *o.mrp)
                    .money("mrp", tenge_of(*mrp, Fraction(1)).value_or(Money())).money("amount", *amount));
        return amount;
    }
    if (!o.tenge) {
        errors.push_back(make_error(field, "alimony.error.missing", "needs \"mrp\" or \"tenge\""));
        return std::nullopt;
    }
    if (o.type == OrderType::agreement) {
        // Basis: КоБС arts 161(1), 162(2): an agreed periodic sum. Indexation by МРП (art. 173) is for sums a court
        // ordered; an agreement indexes only if it says so.
        ex.step(Step("alimony.step.agreement_fixed", {"kobs-161-1", "kobs-162-2"})
                    .integer("order", n).money("amount", *o.tenge));
        return o.tenge;
    }
    if (!o.set_on) {
        errors.push_back(make_error(at(field, "set_on"), "alimony.error.missing", "is required with \"tenge\""));
        return std::nullopt;
    }
    ex.step(Step("alimony.step.fixed_tenge", basis).integer("order", n).money("tenge", *o.tenge).date("set_on", *o.set_on));
    // Basis: КоБС art. 173: a fixed sum ordered by a court is indexed in proportion to the МРП. A month before the
    // order was set (arrears) keeps the sum as set: indexation never lowers it.
    auto mrp_then = pr.get("kz.mrp", *o.set_on, at(field, "set_on"), errors);
    auto mrp_now = pr.get("kz.mrp", std::max(on, *o.set_on), on_field, errors);
    if (!mrp_then || !mrp_now) return std::nullopt;
    if (*mrp_then == *mrp_now) {
        ex.step(Step("alimony.step.indexation_none", {"kobs-173"})
                    .integer("order", n).money("mrp", tenge_of(*mrp_now, Fraction(1)).value_or(Money())));
        return o.tenge;
    }
    auto ratio = Fraction::div(*mrp_now, *mrp_then);
    auto amount = ratio ? o.tenge->times(*ratio) : std::nullopt;  // Basis: app-rounding, once, on the result
    if (!amount) {
        too_large(errors, at(field, "tenge"));
        return std::nullopt;
    }
    const Money then_m = tenge_of(*mrp_then, Fraction(1)).value_or(Money());
    const Money now_m = tenge_of(*mrp_now, Fraction(1)).value_or(Money());
    ex.step(Step("alimony.step.indexation", {"kobs-173", "app-rounding"})
                .integer("order", n).money("tenge", *o.tenge).date("set_on", *o.set_on).money("mrp_then", then_m)
                .money("mrp_now", now_m).money("amount", *amount));
    ex.warn(Step("alimony.warn.indexation_applied", {"kobs-173"})
                .integer("order", n).date("set_on", *o.set_on).money("mrp_then", then_m).money("mrp_now", now_m));
    return amount;
}

}  // namespace

std::optional<IncomeBase> income_base(const std::vector<IncomeSource>& income, PayerStatus payer,
                                      const law::ParameterSet& parameters, Date rules_on, Date as_of,
                                      Explanation& ex, Errors& errors, const std::string& field,
                                      const std::string& as_of_field) {
    ParamReader pr(parameters, ex);
    const std::size_t errors_before = errors.size();
    IncomeBase base;
    if (payer == PayerStatus::not_working || payer == PayerStatus::prison_not_working) {
        if (!income.empty()) {
            errors.push_back(make_error(field, "alimony.error.conflict",
                                        "must be left out when the payer does not work"));
            return std::nullopt;
        }
        if (payer == PayerStatus::prison_not_working) {
            base.kind = BaseKind::prison;
            ex.step(Step("alimony.step.base_prison", {"kobs-169-3"}));
            return base;
        }
        // Basis: КоБС art. 169(3) para 1, ЗИП art. 99(3): the average monthly wage in Kazakhstan "at the time the
        // arrears are collected". Which statistics figure, and whether a share applies to that gross figure, is
        // UNCONFIRMED: we take the latest figure in the parameter file and apply shares to it as it is.
        auto avg = pr.get("kz.stat.average_wage", as_of, as_of_field, errors);
        if (!avg) return std::nullopt;
        const law::DatedValue* v = pr.last();
        auto amount = Money::from_fraction_tenge(*avg);
        if (!amount) return std::nullopt;
        base.kind = BaseKind::average_wage;
        base.amount = *amount;
        ex.step(Step("alimony.step.base_average_wage", {"kobs-169-3", "zip-99-3", "bns-1"})
                    .money("amount", *amount).date("from", v ? v->from : as_of));
        ex.warn(Step("alimony.warn.average_wage_figure", {"kobs-169-3", "bns-1", "app-estimate"})
                    .money("amount", *amount).date("from", v ? v->from : as_of));
        return base;
    }
    if (income.empty()) {
        errors.push_back(make_error(field, "alimony.error.missing", "is required when the payer has income"));
        return std::nullopt;
    }
    // Basis: НК-2017 / НК-2026: the basic deduction is applied by one tax agent, on the employee's application.
    std::optional<std::size_t> deduction_at;
    for (std::size_t i = 0; i < income.size(); ++i) {
        if (income[i].ipn_deduction.value_or(false)) {
            if (deduction_at) {
                errors.push_back(make_error(field + "[" + std::to_string(i) + "].ipn_deduction",
                                            "alimony.error.one_deduction",
                                            "only one income source may apply the basic deduction"));
                return std::nullopt;
            }
            deduction_at = i;
        }
    }
    if (!deduction_at) {
        for (std::size_t i = 0; i < income.size(); ++i)
            if (income[i].basis == IncomeBasis::gross && income[i].ipn_deduction.value_or(true)) {
                deduction_at = i;
                break;
            }
    }
    ParamReader tax(parameters, ex);
    std::int64_t total = 0, gross_total = 0;
    bool any_gross = false;
    for (std::size_t i = 0; i < income.size(); ++i) {
        const IncomeSource& s = income[i];
        const auto n = static_cast<std::int64_t>(i + 1);
        if (s.basis == IncomeBasis::net) {
            ex.step(Step("alimony.step.income_net", {"zip-94"}).integer("source", n).money("amount", s.monthly));
            total += s.monthly.tiyn();
        } else {
            auto p = net_of_gross(s.monthly, deduction_at == i, i + 1, tax, rules_on, ex, errors,
                                  field + "[" + std::to_string(i) + "]", as_of_field);
            if (!p) {
                if (errors.size() == errors_before) too_large(errors, field);
                return std::nullopt;
            }
            total += p->net.tiyn();
            gross_total += s.monthly.tiyn();
            any_gross = true;
        }
        if (total > Money::max_tiyn || gross_total > Money::max_tiyn) {
            too_large(errors, field);
            return std::nullopt;
        }
    }
    base.kind = BaseKind::wages;
    base.amount = Money::from_tiyn(total);
    if (any_gross) base.gross = Money::from_tiyn(gross_total);
    // Basis: ЗИП art. 94; КоБС art. 140 and MoJ order No. 372: alimony comes from all kinds of pay and other income.
    ex.step(Step("alimony.step.income_total", {"zip-94", "kobs-140", "moj372-1"})
                .integer("sources", static_cast<std::int64_t>(income.size())).money("amount", base.amount));
    return base;
}

std::optional<Money> assess_order(const Order& o, std::size_t index, const IncomeBase& base,
                                  const law::ParameterSet& parameters, Date on, Explanation& ex, Errors& errors,
                                  const std::string& field, const std::string& on_field) {
    ParamReader pr(parameters, ex);
    const std::size_t errors_before = errors.size();
    std::optional<Money> amount;
    switch (o.type) {
        case OrderType::share:
            amount = share_part(o, index, base, pr, on, ex, errors, field, on_field);
            break;
        case OrderType::fixed:
            // Basis: КоБС art. 141(1), (3): a fixed monthly sum set from the МРП.
            amount = fixed_part(o, index, {"kobs-141-1", "kobs-141-3"}, pr, on, ex, errors, field, on_field);
            break;
        case OrderType::mixed: {
            // Basis: КоБС art. 141(1): a share and a fixed sum at the same time.
            auto s = share_part(o, index, base, pr, on, ex, errors, field, on_field);
            auto f = fixed_part(o, index, {"kobs-141-1", "kobs-141-3"}, pr, on, ex, errors, field, on_field);
            if (s && f) {
                if (s->tiyn() + f->tiyn() > Money::max_tiyn) {
                    too_large(errors, field);
                    break;
                }
                amount = *s + *f;
                ex.step(Step("alimony.step.mixed", {"kobs-141-1"})
                            .integer("order", static_cast<std::int64_t>(index + 1)).money("share_amount", *s)
                            .money("fixed_amount", *f).money("amount", *amount));
            }
            break;
        }
        case OrderType::student:
            // Basis: КоБС arts 138(2), 141(2): a child of 18–21 in full-time education: a fixed sum only.
            amount = fixed_part(o, index, {"kobs-141-2", "kobs-138-2"}, pr, on, ex, errors, field, on_field);
            break;
        case OrderType::spouse:
            // Basis: КоБС arts 147(2), 148(1), 149: a multiple of the МРП in force when paid.
            amount = fixed_part(o, index, {"kobs-149", "kobs-148-1"}, pr, on, ex, errors, field, on_field);
            break;
        case OrderType::disabled_child:
            // Basis: КоБС art. 143(2): a multiple of the МРП in force when paid.
            amount = fixed_part(o, index, {"kobs-143-2"}, pr, on, ex, errors, field, on_field);
            break;
        case OrderType::agreement: {
            if (o.fraction)
                amount = share_part(o, index, base, pr, on, ex, errors, field, on_field);
            else
                amount = fixed_part(o, index, {"kobs-161-1", "kobs-162-2"}, pr, on, ex, errors, field, on_field);
            if (amount && o.children > 0) {
                // Basis: КоБС art. 161(2): for minors, an agreement may not give less than a court would (art. 139);
                // such an agreement can be invalidated (art. 160).
                Explanation quiet;
                quiet.record_steps = false;
                Order court;
                court.type = OrderType::share;
                court.children = o.children;
                ParamReader qpr(parameters, quiet);
                auto court_amount = share_part(court, index, base, qpr, on, quiet, errors, field, on_field);
                for (auto& w : quiet.warnings) ex.warn(std::move(w));
                if (!court_amount) break;
                const auto n = static_cast<std::int64_t>(index + 1);
                ex.step(Step("alimony.step.agreement_check", {"kobs-161-2", "kobs-139-1"})
                            .integer("order", n).integer("children", o.children)
                            .money("court_amount", *court_amount).money("amount", *amount));
                if (*amount < *court_amount)
                    ex.warn(Step("alimony.warn.agreement_below_court_share", {"kobs-161-2", "kobs-160"})
                                .integer("order", n).money("amount", *amount).money("court_amount", *court_amount));
            }
            break;
        }
    }
    if (!amount && errors.size() == errors_before) too_large(errors, field);
    return amount;
}

Result<Estimate> estimate(const EstimateInput& input, const law::ParameterSet& parameters, Date as_of) {
    Estimate out;
    out.as_of = as_of;
    out.payer = input.payer;
    Explanation& ex = out.explanation;
    Errors errors;

    if (input.orders.empty())
        errors.push_back(make_error("orders", "alimony.error.missing", "must hold at least one order"));
    for (std::size_t i = 0; i < input.orders.size(); ++i) {
        const Order& o = input.orders[i];
        if (o.set_on && *o.set_on > as_of)
            errors.push_back(make_error("orders[" + std::to_string(i) + "].set_on", "alimony.error.after_as_of",
                                        "must not be after as_of"));
    }
    if (!errors.empty()) return errors;

    auto base = income_base(input.income, input.payer, parameters, as_of, as_of, ex, errors, "income", "as_of");
    if (!base) return errors;
    out.base_kind = base->kind;
    out.net_income = base->amount;
    out.gross_income = base->gross;

    std::int64_t total = 0;
    for (std::size_t i = 0; i < input.orders.size(); ++i) {
        const Order& o = input.orders[i];
        auto a = assess_order(o, i, *base, parameters, as_of, ex, errors, "orders[" + std::to_string(i) + "]",
                              "as_of");
        if (!a) continue;
        out.orders.push_back(OrderResult{o.type, o.label, *a, *a});
        total += a->tiyn();
        if (total > Money::max_tiyn) {
            too_large(errors, "orders");
            return errors;
        }
    }
    if (!errors.empty()) return errors;
    out.total_assessed = Money::from_tiyn(total);

    ParamReader pr(parameters, ex);
    const bool has_income = input.payer == PayerStatus::working || input.payer == PayerStatus::prison_working;
    if (input.payer == PayerStatus::working) {
        // Basis: ЗИП art. 95(1), ТК art. 115(3): under one or several writs at least 50 % of the income stays with
        // the payer; КоБС art. 166: agreements count towards the same limit. Rounded down so that at least half stays.
        auto rate = pr.get("kz.alimony.withholding_cap", as_of, "as_of", errors);
        if (!rate) return errors;
        auto cap = base->amount.times(*rate, Rounding::down);
        if (!cap) return errors;
        out.cap = *cap;
        Step s("alimony.step.cap", {"zip-95-1", "tk-115-3"});
        if (std::any_of(input.orders.begin(), input.orders.end(),
                        [](const Order& o) { return o.type == OrderType::agreement; }))
            s.cite.push_back("kobs-166");
        s.cite.push_back("app-rounding");
        ex.step(s.money("income", base->amount).rate("rate", *rate).money("cap", *cap));
    } else if (input.payer == PayerStatus::prison_working) {
        // Basis: ЗИП art. 95(1) last paragraph: the 50 % rule does not apply to persons serving a prison sentence.
        // No more than the income itself can be withheld.
        out.cap = base->amount;
        ex.step(Step("alimony.step.no_cap_prison", {"zip-95-1"}).money("cap", base->amount));
    } else {
        // Basis: КоБС art. 169(3), ЗИП art. 99(1): with no wages there is nothing to withhold from; the amounts fall
        // due every month and, unpaid, are recovered as arrears from other property.
        ex.step(Step("alimony.step.no_cap_not_working", {"kobs-169-3", "zip-99-1"}));
    }

    if (out.cap && out.total_assessed > *out.cap) {
        // Basis: ЗИП art. 95(3), art. 110(2): several writs share what can be withheld in proportion to each
        // claim (all alimony is first priority, art. 111). Each share is rounded down to the tiyn, and the tiyn
        // left over go one each to the largest remainders (earlier order first on a tie): the total is exact.
        const i128 cap_t = out.cap->tiyn(), tot = out.total_assessed.tiyn();
        std::vector<i128> rem(out.orders.size());
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < out.orders.size(); ++i) {
            const i128 num = cap_t * out.orders[i].assessed.tiyn();
            out.orders[i].withheld = Money::from_tiyn(static_cast<std::int64_t>(num / tot));
            rem[i] = num % tot;
            sum += out.orders[i].withheld.tiyn();
        }
        std::vector<std::size_t> idx(out.orders.size());
        std::iota(idx.begin(), idx.end(), std::size_t{0});
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return rem[a] > rem[b]; });
        for (std::int64_t left = out.cap->tiyn() - sum, k = 0; left > 0; --left, ++k)
            out.orders[idx[static_cast<std::size_t>(k)]].withheld += Money::from_tiyn(1);
        for (std::size_t i = 0; i < out.orders.size(); ++i)
            ex.step(Step("alimony.step.cap_share", {"zip-95-3", "zip-110-2", "app-rounding"})
                        .integer("order", static_cast<std::int64_t>(i + 1)).money("assessed", out.orders[i].assessed)
                        .money("total", out.total_assessed).money("cap", *out.cap)
                        .money("withheld", out.orders[i].withheld));
        ex.warn(Step("alimony.warn.cap_applied", {"zip-95-1", "zip-95-3", "kobs-168-1"})
                    .money("total", out.total_assessed).money("cap", *out.cap)
                    .money("shortfall", out.total_assessed - *out.cap));
    } else if (out.cap) {
        ex.step(Step("alimony.step.within_cap", {"zip-95-1"}).money("total", out.total_assessed).money("cap", *out.cap));
    }

    std::int64_t withheld = 0;
    for (const auto& r : out.orders) withheld += r.withheld.tiyn();
    out.total_withheld = Money::from_tiyn(withheld);
    if (has_income) {
        out.remaining = out.net_income - out.total_withheld;
        ex.step(Step("alimony.step.result", {"app-estimate"})
                    .money("total_assessed", out.total_assessed).money("total_withheld", out.total_withheld)
                    .money("remaining", *out.remaining));
    } else {
        ex.step(Step("alimony.step.result_no_income", {"app-estimate"})
                    .money("total_assessed", out.total_assessed).money("total_withheld", out.total_withheld));
    }
    return out;
}

}  // namespace otbasy::core::alimony
