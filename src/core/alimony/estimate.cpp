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

bool needs_income_base(const Order& o) {
    return o.type == OrderType::share || o.type == OrderType::mixed ||
           (o.type == OrderType::agreement && o.fraction.has_value());
}

std::string_view base_kind_name(BaseKind k) {
    switch (k) {
        case BaseKind::wages: return "wages";
        case BaseKind::average_wage: return "average_wage";
        case BaseKind::prison: return "prison";
        case BaseKind::benefits: return "benefits";
    }
    return "wages";
}

std::string_view payer_name(PayerStatus p) {
    switch (p) {
        case PayerStatus::working: return "working";
        case PayerStatus::not_working: return "not_working";
        case PayerStatus::prison_not_working: return "prison_not_working";
        case PayerStatus::prison_working: return "prison_working";
        case PayerStatus::disabled_not_working: return "disabled_not_working";
    }
    return "working";
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

// The МРП an alimony amount is counted in (kz.mrp_social). From 1 April to 31 December 2022 the budget law split
// the МРП: 3 180 ₸ "for benefits and other social payments", 3 063 ₸ for taxes, fines and other payments (kz.mrp).
// Which one applies to alimony is UNCONFIRMED; this app takes 3 180: a fixed sum is meant to keep the child's
// standard of living (КоБС art. 141(3)) and its indexation by МРП exists to protect it from rising prices
// (art. 173), the purpose the April 2022 rise served. When the two differ, a warning gives both.
std::optional<Fraction> alimony_mrp(const ParamReader& pr, Date on, const std::string& on_field, Explanation& ex,
                                    Errors& errors) {
    auto social = pr.get("kz.mrp_social", on, on_field, errors);
    if (!social) return std::nullopt;
    auto general = pr.peek("kz.mrp", on);
    if (general && *general != *social)
        ex.warn(Step("alimony.warn.mrp_split_2022", {"budget2022-1", "kobs-141-3", "kobs-173", "app-estimate"})
                    .money("mrp", Money::from_fraction_tenge(*social).value_or(Money()))
                    .money("mrp_tax", Money::from_fraction_tenge(*general).value_or(Money())));
    return social;
}

// 1 МРП a month for a debtor in prison who did not work. Basis: КоБС art. 169(3) para 2. Two readings in it are
// UNCONFIRMED and said in warnings: that the 1 МРП is owed per order (not per debtor or per child), and that it
// also replaces an agreed share (the paragraph speaks of alimony for minors under art. 139).
std::optional<Money> prison_amount(const Order& o, std::size_t index, const ParamReader& pr, Date on,
                                   Explanation& ex, Errors& errors, const std::string& field,
                                   const std::string& on_field) {
    auto count = pr.get("kz.alimony.prison_mrp", on, on_field, errors);
    auto mrp = alimony_mrp(pr, on, on_field, ex, errors);
    if (!count || !mrp) return std::nullopt;
    ex.warn(Step("alimony.warn.prison_per_order", {"kobs-169-3", "app-estimate"}));
    if (o.type == OrderType::agreement)
        ex.warn(Step("alimony.warn.prison_agreement", {"kobs-169-3", "kobs-139-1", "kobs-161-1"})
                    .integer("order", static_cast<std::int64_t>(index + 1)));
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
    if (base.kind == BaseKind::prison) return prison_amount(o, index, pr, on, ex, errors, field, on_field);
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
    // Basis: КоБС art. 169(3), ЗИП art. 99(3): a payer who does not work pays from the average monthly wage; a
    // payer with a disability who does not work, from the benefits and social payments received.
    if (base.kind == BaseKind::average_wage || base.kind == BaseKind::benefits) s.cite.push_back("kobs-169-3");
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
        auto mrp = alimony_mrp(pr, on, on_field, ex, errors);
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
    auto mrp_then = alimony_mrp(pr, *o.set_on, at(field, "set_on"), ex, errors);
    auto mrp_now = alimony_mrp(pr, std::max(on, *o.set_on), on_field, ex, errors);
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


Money sum_assessed(const std::vector<OrderResult>& orders, const std::vector<std::size_t>& members) {
    std::int64_t t = 0;
    for (std::size_t i : members) t += orders[i].assessed.tiyn();
    return Money::from_tiyn(t);
}

// Shares `pool` among `members` in proportion to what each was assessed: in full when the pool suffices; else each
// share rounded down to the tiyn and the tiyn left over given one each to the largest remainders (the earlier order
// first on a tie), so that the shares add up to the pool exactly. Basis: ЗИП art. 95(3), art. 110(2); app-rounding.
void share_out(std::vector<OrderResult>& orders, const std::vector<std::size_t>& members, Money pool) {
    const Money total = sum_assessed(orders, members);
    if (total <= pool) {
        for (std::size_t i : members) orders[i].withheld = orders[i].assessed;
        return;
    }
    const i128 pool_t = pool.tiyn(), tot = total.tiyn();
    std::vector<i128> rem(members.size());
    std::int64_t sum = 0;
    for (std::size_t k = 0; k < members.size(); ++k) {
        const i128 num = pool_t * orders[members[k]].assessed.tiyn();
        orders[members[k]].withheld = Money::from_tiyn(static_cast<std::int64_t>(num / tot));
        rem[k] = num % tot;
        sum += orders[members[k]].withheld.tiyn();
    }
    std::vector<std::size_t> idx(members.size());
    std::iota(idx.begin(), idx.end(), std::size_t{0});
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return rem[a] > rem[b]; });
    for (std::int64_t left = pool.tiyn() - sum, k = 0; left > 0; --left, ++k)
        orders[members[idx[static_cast<std::size_t>(k)]]].withheld += Money::from_tiyn(1);
}

void cap_share_step(Explanation& ex, const std::vector<OrderResult>& orders, std::size_t i, Money total, Money cap) {
    ex.step(Step("alimony.step.cap_share", {"zip-95-3", "zip-110-2", "app-rounding"})
                .integer("order", static_cast<std::int64_t>(i + 1)).money("assessed", orders[i].assessed)
                .money("total", total).money("cap", cap).money("withheld", orders[i].withheld));
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
    if (payer == PayerStatus::disabled_not_working) {
        // Benefits and social payments from the budget or the State Social Insurance Fund are paid as they are:
        // there is no payroll to convert.
        for (std::size_t i = 0; i < income.size(); ++i)
            if (income[i].basis == IncomeBasis::gross) {
                errors.push_back(make_error(field + "[" + std::to_string(i) + "].basis", "alimony.error.not_allowed",
                                            "benefits are given as paid (\"net\")"));
                return std::nullopt;
            }
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
    base.amount = Money::from_tiyn(total);
    if (any_gross) base.gross = Money::from_tiyn(gross_total);
    if (payer == PayerStatus::disabled_not_working) {
        // Basis: КоБС art. 169(3) para 3, ЗИП art. 99(3) para 2: a debtor with a disability who does not work pays
        // from the monthly benefits and social payments; ЗИП art. 97: such payments can be levied for alimony.
        base.kind = BaseKind::benefits;
        ex.step(Step("alimony.step.base_benefits", {"kobs-169-3", "zip-99-3", "zip-97"}).money("amount", base.amount));
        return base;
    }
    base.kind = BaseKind::wages;
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
        case OrderType::spouse: {
            // Basis: КоБС art. 149: a multiple of the МРП in force when paid; the right to it: art. 147(2) while the
            // spouses are married, art. 148(1) after the divorce (both cited when the input does not say which).
            std::vector<std::string> basis{"kobs-149"};
            if (!o.married || *o.married) basis.push_back("kobs-147-2");
            if (!o.married || !*o.married) basis.push_back("kobs-148-1");
            amount = fixed_part(o, index, basis, pr, on, ex, errors, field, on_field);
            break;
        }
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
    const bool has_income = input.payer == PayerStatus::working || input.payer == PayerStatus::prison_working ||
                            input.payer == PayerStatus::disabled_not_working;
    if (input.payer == PayerStatus::working || input.payer == PayerStatus::disabled_not_working) {
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
        // How much of a convict's pay may be withheld, and what must be credited to the convict's own account, is
        // set by the Penal Enforcement Code: not modelled here.
        ex.warn(Step("alimony.warn.prison_working_limit", {"zip-95-1", "uik"}));
    } else {
        // Basis: КоБС art. 169(3), ЗИП art. 99(1): with no wages there is nothing to withhold from; the amounts fall
        // due every month and, unpaid, are recovered as arrears from other property.
        ex.step(Step("alimony.step.no_cap_not_working", {"kobs-169-3", "zip-99-1"}));
    }

    if (out.cap && out.total_assessed > *out.cap) {
        // Basis: ЗИП arts 95(3), 110(2): several writs share what can be withheld in proportion to each claim (all
        // alimony is first priority, art. 111). An agreement is not an enforcement document (ЗИП art. 9), and
        // КоБС art. 166 lets an agreement be withheld only while agreement and writs together stay within 50 %: the
        // writs are withheld first, the agreements share what is left.
        std::vector<std::size_t> writs, agreements;
        for (std::size_t i = 0; i < out.orders.size(); ++i)
            (input.orders[i].type == OrderType::agreement ? agreements : writs).push_back(i);
        if (writs.empty() || agreements.empty()) {
            std::vector<std::size_t> all(out.orders.size());
            std::iota(all.begin(), all.end(), std::size_t{0});
            share_out(out.orders, all, *out.cap);
            for (std::size_t i : all) cap_share_step(ex, out.orders, i, sum_assessed(out.orders, all), *out.cap);
        } else {
            const Money writs_total = sum_assessed(out.orders, writs);
            const Money to_writs = min(writs_total, *out.cap);
            ex.step(Step("alimony.step.cap_writs_first", {"kobs-166", "zip-9-1", "zip-95-3", "zip-110-2"})
                        .money("writs", writs_total).money("cap", *out.cap));
            share_out(out.orders, writs, to_writs);
            if (writs_total > *out.cap)
                for (std::size_t i : writs) cap_share_step(ex, out.orders, i, writs_total, *out.cap);
            const Money remainder = *out.cap - to_writs;
            share_out(out.orders, agreements, remainder);
            for (std::size_t i : agreements) {
                const auto n = static_cast<std::int64_t>(i + 1);
                ex.step(Step("alimony.step.cap_agreement_remainder", {"kobs-166", "app-rounding"})
                            .integer("order", n).money("assessed", out.orders[i].assessed)
                            .money("remainder", remainder).money("withheld", out.orders[i].withheld));
                if (out.orders[i].withheld < out.orders[i].assessed)
                    ex.warn(Step("alimony.warn.agreement_after_writs", {"kobs-166", "zip-9-1", "kobs-168-1"})
                                .integer("order", n).money("amount", out.orders[i].assessed)
                                .money("withheld", out.orders[i].withheld));
            }
        }
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
