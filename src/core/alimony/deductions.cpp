// Gross pay → net pay for one income source. Layer: core/alimony.
#include "core/alimony/deductions.hpp"

namespace otbasy::core::alimony {

namespace {

void add_cite(Step& s, const ParamReader& params) {
    if (const law::DatedValue* v = params.last(); v && !v->source.cite.empty()) {
        for (const auto& c : s.cite)
            if (c == v->source.cite) return;
        s.cite.push_back(v->source.cite);
    }
}

// a × b tenge, rounded half up to the tiyn; nullopt on overflow.
std::optional<Money> tenge_of(const Fraction& a, const Fraction& b) {
    auto f = Fraction::mul(a, b);
    if (!f) return std::nullopt;
    return Money::from_fraction_tenge(*f);
}

std::optional<Fraction> sub(const Fraction& a, const Fraction& b) {
    auto nb = Fraction::mul(b, Fraction(-1));
    if (!nb) return std::nullopt;
    return Fraction::add(a, *nb);
}

}  // namespace

std::optional<NetPay> net_of_gross(Money gross, bool apply_deduction, std::size_t source, const ParamReader& params,
                                   Date on, Explanation& ex, Errors& errors, const std::string& field,
                                   const std::string& on_field) {
    const auto n = static_cast<std::int64_t>(source);
    const std::size_t errors_before = errors.size();
    // The payroll rules are known from 2020 (the first year with employees' health insurance contributions and the
    // 90 % adjustment). Earlier months can be counted from the net pay, which a person enters directly.
    if (auto first = params.first_date("kz.tax.ipn_rate"); !first || on < *first) {
        errors.push_back(make_error(field, "alimony.error.gross_before_tax_rules",
                                    "gross pay can be converted to net from " +
                                        (first ? first->to_string() : std::string("?")) +
                                        "; for earlier months give the net pay (\"basis\": \"net\")"));
        return std::nullopt;
    }
    // kz.mrp is the МРП for taxes, fees and fines (in April–December 2022 it stayed 3 063 while the МРП for
    // benefits rose to 3 180): the deduction and the tax thresholds use it.
    auto mzp = params.get("kz.mzp", on, on_field, errors);
    auto mrp = params.get("kz.mrp", on, on_field, errors);
    if (!mzp || !mrp) return std::nullopt;

    NetPay p;
    p.gross = gross;
    ex.step(Step("alimony.step.gross", {"zip-94"}).integer("source", n).money("gross", gross));

    // Basis: Social Code art. 249(1) from 01.07.2023; before it the Law on pension provision of 21.06.2013
    // No. 105-V: ОПВ 10 % of monthly income, the base capped at 50 МЗП. The parameter's source names the act.
    {
        auto rate = params.get("kz.tax.opv_rate", on, on_field, errors);
        Step s("alimony.step.opv", {});
        add_cite(s, params);
        auto cap_mzp = params.get("kz.tax.opv_cap_mzp", on, on_field, errors);
        if (!rate || !cap_mzp) return std::nullopt;
        auto cap = tenge_of(*cap_mzp, *mzp);
        if (!cap) return std::nullopt;
        Money base = min(gross, *cap);
        // Basis: app-rounding: half up to the tiyn.
        p.opv = *base.times(*rate);
        s.cite.push_back("app-rounding");
        ex.step(s.integer("source", n).money("base", base).rate("rate", *rate).number("cap_mzp", *cap_mzp)
                    .money("cap", *cap).money("amount", p.opv));
    }
    // Basis: Law on ОСМС arts 27, 29: ВОСМС 2 % (1 % in 2020), base capped at 10 МЗП, 20 МЗП from 2026.
    {
        auto rate = params.get("kz.tax.vosms_rate", on, on_field, errors);
        Step s("alimony.step.vosms", {"osms-27", "osms-29", "app-rounding"});
        auto cap_mzp = params.get("kz.tax.vosms_cap_mzp", on, on_field, errors);
        if (!rate || !cap_mzp) return std::nullopt;
        auto cap = tenge_of(*cap_mzp, *mzp);
        if (!cap) return std::nullopt;
        Money base = min(gross, *cap);
        p.vosms = *base.times(*rate);
        ex.step(s.integer("source", n).money("base", base).rate("rate", *rate).number("cap_mzp", *cap_mzp)
                    .money("cap", *cap).money("amount", p.vosms));
    }
    // Basis: НК-2017: 1 МЗП a month in 2020–2021, 14 МРП from 2022; НК-2026: 30 МРП. Applied by one tax agent
    // only. Two dated parameters say which kind applies: a number of МЗП and a number of МРП (one of them 0).
    {
        auto ded_mzp = params.get("kz.tax.ipn_deduction_mzp", on, on_field, errors);
        const law::DatedValue* mzp_value = params.last();
        auto ded_mrp = params.get("kz.tax.ipn_deduction_mrp", on, on_field, errors);
        const law::DatedValue* mrp_value = params.last();
        if (!ded_mzp || !ded_mrp) return std::nullopt;
        const bool by_mzp = !ded_mzp->is_zero();
        if (apply_deduction) {
            auto a = tenge_of(*ded_mzp, *mzp), b = tenge_of(*ded_mrp, *mrp);
            if (!a || !b) return std::nullopt;
            p.deduction = *a + *b;
            Step s(by_mzp ? "alimony.step.ipn_deduction_mzp" : "alimony.step.ipn_deduction", {});
            const law::DatedValue* v = by_mzp ? mzp_value : mrp_value;
            if (v && !v->source.cite.empty()) s.cite.push_back(v->source.cite);
            s.integer("source", n);
            if (by_mzp)
                s.number("mzp_count", *ded_mzp).money("mzp", tenge_of(*mzp, Fraction(1)).value_or(Money()));
            else
                s.number("mrp_count", *ded_mrp).money("mrp", tenge_of(*mrp, Fraction(1)).value_or(Money()));
            ex.step(s.money("amount", p.deduction));
        } else {
            // Basis: the same rule: another source's tax agent applies it (or none, if the person asked for none).
            Step s("alimony.step.ipn_no_deduction", {});
            const law::DatedValue* v = by_mzp ? mzp_value : mrp_value;
            if (v && !v->source.cite.empty()) s.cite.push_back(v->source.cite);
            ex.step(s.integer("source", n));
        }
    }
    {
        Money t = gross - p.opv - p.vosms - p.deduction;
        p.taxable = t.is_negative() ? Money() : t;
    }
    // Basis: НК-2017 (2020–2025): an employee's monthly income of at most 25 МРП is adjusted by 90 % for ИПН: the
    // tax is taken from a tenth of the base (article unconfirmed; abolished by НК-2026). Dated parameters: the limit
    // in МРП and the share taken off (0 when there is none).
    {
        auto limit_mrp = params.get("kz.tax.ipn_adjustment_limit_mrp", on, on_field, errors);
        Step s("alimony.step.ipn_adjustment", {});
        add_cite(s, params);
        auto rate = params.get("kz.tax.ipn_adjustment_rate", on, on_field, errors);
        if (!limit_mrp || !rate) return std::nullopt;
        if (!rate->is_zero() && !limit_mrp->is_zero() && p.taxable.tiyn() > 0) {
            auto limit = tenge_of(*limit_mrp, *mrp);
            if (!limit) return std::nullopt;
            if (gross <= *limit) {
                p.adjustment = *p.taxable.times(*rate);  // Basis: app-rounding
                s.cite.push_back("app-rounding");
                ex.step(s.integer("source", n).money("gross", gross).number("limit_mrp", *limit_mrp)
                            .money("limit", *limit).money("taxable", p.taxable).rate("rate", *rate)
                            .money("adjustment", p.adjustment));
                p.taxable = p.taxable - p.adjustment;
            }
        }
    }
    // Basis: НК-2017 (art. 320, number unconfirmed): 10 %; НК-2026: 10 % up to 8 500 МРП a year, 15 % above. How a
    // tax agent applies the annual threshold month by month is UNCONFIRMED: we spread it evenly (8 500 МРП / 12 a
    // month), as for a steady monthly income, and say so in a warning whenever it matters.
    {
        auto rate = params.get("kz.tax.ipn_rate", on, on_field, errors);
        Step s("alimony.step.ipn", {});
        add_cite(s, params);
        auto high = params.get("kz.tax.ipn_high_rate", on, on_field, errors);
        if (!rate || !high) return std::nullopt;
        std::optional<Fraction> monthly_threshold;
        std::optional<Fraction> threshold_mrp;
        if (*high > *rate) {
            threshold_mrp = params.get("kz.tax.ipn_high_threshold_mrp", on, on_field, errors);
            if (!threshold_mrp) return std::nullopt;
            auto annual = Fraction::mul(*threshold_mrp, *mrp);
            if (!annual) return std::nullopt;
            monthly_threshold = Fraction::div(*annual, Fraction(12));
        }
        const Fraction taxable = p.taxable.as_fraction_tenge();
        if (!monthly_threshold || taxable <= *monthly_threshold) {
            p.ipn = *p.taxable.times(*rate);
            s.cite.push_back("app-rounding");
            ex.step(s.integer("source", n).money("taxable", p.taxable).rate("rate", *rate).money("amount", p.ipn));
        } else {
            auto above = sub(taxable, *monthly_threshold);
            auto low_tax = Fraction::mul(*monthly_threshold, *rate);
            auto high_tax = above ? Fraction::mul(*above, *high) : std::nullopt;
            auto total = low_tax && high_tax ? Fraction::add(*low_tax, *high_tax) : std::nullopt;
            auto ipn = total ? Money::from_fraction_tenge(*total) : std::nullopt;
            auto threshold_money = Money::from_fraction_tenge(*monthly_threshold);
            if (!ipn || !threshold_money) {
                errors.push_back(make_error(field, "alimony.error.too_large", "is too large to compute"));
                return std::nullopt;
            }
            p.ipn = *ipn;
            Step ps("alimony.step.ipn_progressive", s.cite);
            ps.cite.push_back("app-rounding");
            ex.step(ps.integer("source", n).money("taxable", p.taxable).rate("rate", *rate).rate("high_rate", *high)
                        .number("threshold_mrp", *threshold_mrp).money("threshold", *threshold_money)
                        .money("amount", p.ipn));
            ex.warn(Step("alimony.warn.ipn_threshold_monthly", {"nk2026", "app-estimate"})
                        .number("threshold_mrp", *threshold_mrp).money("threshold", *threshold_money));
        }
    }
    p.net = gross - p.opv - p.vosms - p.ipn;
    // Basis: ЗИП art. 94: withholdings are computed from the pay due to be received (after compulsory deductions).
    ex.step(Step("alimony.step.net_pay", {"zip-94"})
                .integer("source", n).money("gross", gross).money("opv", p.opv).money("vosms", p.vosms)
                .money("ipn", p.ipn).money("net", p.net));
    if (errors.size() != errors_before) return std::nullopt;
    return p;
}

}  // namespace otbasy::core::alimony
