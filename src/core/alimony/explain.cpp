// Steps, warnings and the registry of their text ids. Layer: core/alimony.
#include "core/alimony/explain.hpp"

#include <algorithm>

namespace otbasy::core::alimony {

std::string_view arg_kind_name(ArgKind kind) {
    switch (kind) {
        case ArgKind::money: return "money";
        case ArgKind::share: return "share";
        case ArgKind::rate: return "rate";
        case ArgKind::number: return "number";
        case ArgKind::date: return "date";
        case ArgKind::month: return "month";
        case ArgKind::integer: return "integer";
        case ArgKind::text: return "text";
        case ArgKind::list: return "list";
    }
    return "text";
}

namespace {
Arg make_arg(std::string name, ArgKind kind) {
    Arg a;
    a.name = std::move(name);
    a.kind = kind;
    return a;
}

bool same_arg(const Arg& a, const Arg& b) {
    if (a.name != b.name || a.kind != b.kind) return false;
    switch (a.kind) {
        case ArgKind::money: return a.money == b.money;
        case ArgKind::share:
        case ArgKind::rate:
        case ArgKind::number: return a.exact == b.exact;
        case ArgKind::date: return a.date == b.date;
        case ArgKind::month: return a.month == b.month;
        case ArgKind::integer: return a.integer == b.integer;
        case ArgKind::text: return a.text == b.text;
        case ArgKind::list: return a.text == b.text;
    }
    return false;
}
}  // namespace

Step& Step::money(std::string name, Money m) {
    args.push_back(make_arg(std::move(name), ArgKind::money));
    args.back().money = m;
    return *this;
}
Step& Step::share(std::string name, const Fraction& f) {
    args.push_back(make_arg(std::move(name), ArgKind::share));
    args.back().exact = f;
    return *this;
}
Step& Step::rate(std::string name, const Fraction& f) {
    args.push_back(make_arg(std::move(name), ArgKind::rate));
    args.back().exact = f;
    return *this;
}
Step& Step::number(std::string name, const Fraction& f) {
    args.push_back(make_arg(std::move(name), ArgKind::number));
    args.back().exact = f;
    return *this;
}
Step& Step::date(std::string name, Date d) {
    args.push_back(make_arg(std::move(name), ArgKind::date));
    args.back().date = d;
    return *this;
}
Step& Step::month(std::string name, YearMonth m) {
    args.push_back(make_arg(std::move(name), ArgKind::month));
    args.back().month = m;
    return *this;
}
Step& Step::integer(std::string name, std::int64_t n) {
    args.push_back(make_arg(std::move(name), ArgKind::integer));
    args.back().integer = n;
    return *this;
}
Step& Step::text(std::string name, std::string t) {
    args.push_back(make_arg(std::move(name), ArgKind::text));
    args.back().text = std::move(t);
    return *this;
}

Step& Step::list(std::string name, std::vector<std::string> items) {
    args.push_back(make_arg(std::move(name), ArgKind::list));
    for (const auto& item : items) args.back().text += (args.back().text.empty() ? "" : "\n") + item;
    return *this;
}

std::vector<std::string> Arg::items() const {
    std::vector<std::string> out;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

const Arg* Step::arg(std::string_view name) const {
    for (const auto& a : args)
        if (a.name == name) return &a;
    return nullptr;
}

void Explanation::warn(Step w) {
    for (const auto& existing : warnings) {
        if (existing.id != w.id || existing.args.size() != w.args.size()) continue;
        if (std::equal(existing.args.begin(), existing.args.end(), w.args.begin(), same_arg)) return;
    }
    warnings.push_back(std::move(w));
}

void Explanation::warn_param(const std::string& warning_id, const std::string& param, const std::string& cite,
                             std::optional<Date> until) {
    for (auto& w : warnings) {
        if (w.id != warning_id) continue;
        for (auto& a : w.args) {
            if (a.kind == ArgKind::list) {
                auto items = a.items();
                if (std::find(items.begin(), items.end(), param) == items.end()) a.text += "\n" + param;
            }
            if (a.kind == ArgKind::date && until && *until < a.date) a.date = *until;
        }
        if (!cite.empty() && std::find(w.cite.begin(), w.cite.end(), cite) == w.cite.end()) w.cite.push_back(cite);
        return;
    }
    Step w(warning_id, {});
    if (!cite.empty()) w.cite.push_back(cite);
    w.list("params", {param});
    if (until) w.date("until", *until);
    warnings.push_back(std::move(w));
}

bool Explanation::note_once(const void* key, int kind) {
    for (const auto& n : noted_)
        if (n.first == key && n.second == kind) return false;
    noted_.emplace_back(key, kind);
    return true;
}

std::optional<Fraction> ParamReader::peek(std::string_view id, Date on) const {
    auto r = set_->lookup(id, on);
    if (!r) return std::nullopt;
    return r->amount();
}

std::optional<Date> ParamReader::first_date(std::string_view id) const {
    const law::Parameter* p = set_->find(id);
    if (!p || p->values.empty()) return std::nullopt;
    return p->values.front().from;
}

void ParamReader::note(const Cached& c, Date on) const {
    // Basis: app-estimate. A value is doubtful only past the period its source covers (the budget year of an МРП,
    // the expected next publication of a statistic), not because its file was checked some days ago.
    if (c.open_ended && on > c.covered_until && ex_->note_once(c.parameter, 0))
        ex_->warn_param("alimony.warn.params_outdated", c.id, "app-estimate", c.covered_until);
    if (c.value->unconfirmed && ex_->note_once(c.value, 1))
        ex_->warn_param("alimony.warn.params_unconfirmed", c.id, c.value->source.cite);
}

std::optional<Fraction> ParamReader::get(std::string_view id, Date on, const std::string& field,
                                         Errors& errors) const {
    last_ = nullptr;
    for (const auto& c : cache_) {
        if (c.id == id && on >= c.from && (c.open_ended || on < c.until)) {
            last_ = c.value;
            note(c, on);
            return c.value->value;
        }
    }
    auto r = set_->lookup(id, on);
    if (!r) {
        for (const auto& e : r.errors()) {
            if (e.code == "param.before_first") {
                const law::Parameter* p = set_->find(id);
                const std::string first = p && !p->values.empty() ? p->values.front().from.to_string() : "?";
                errors.push_back(make_error(field, "alimony.error.param_before_first",
                                            "is before the first known value of " + std::string(id) + " (" + first +
                                                ")"));
            } else {
                errors.push_back(make_error(field, "alimony.error.param_unknown",
                                            "needs the parameter " + std::string(id) + ", which is missing"));
            }
        }
        return std::nullopt;
    }
    last_ = r->value;
    Cached c;
    c.id = std::string(id);
    c.parameter = r->parameter;
    c.value = r->value;
    c.from = r->value->from;
    const auto* next = r->value + 1;
    c.open_ended = next == r->parameter->values.data() + r->parameter->values.size();
    if (!c.open_ended) c.until = next->from;
    c.covered_until = r->covered_until;
    note(c, on);
    if (cache_.size() >= 32) cache_.clear();
    cache_.push_back(std::move(c));
    return r->amount();
}

const std::vector<TextId>& all_text_ids() {
    static const std::vector<TextId> ids = {
        // Estimate: income
        {"alimony.step.gross", "source gross"},
        {"alimony.step.opv", "source base rate cap_mzp cap amount"},
        {"alimony.step.vosms", "source base rate cap_mzp cap amount"},
        {"alimony.step.ipn_deduction", "source mrp_count mrp amount"},
        {"alimony.step.ipn_deduction_mzp", "source mzp_count mzp amount"},
        {"alimony.step.ipn_no_deduction", "source"},
        {"alimony.step.ipn_adjustment", "source gross limit_mrp limit taxable rate adjustment"},
        {"alimony.step.ipn", "source taxable rate amount"},
        {"alimony.step.ipn_progressive", "source taxable rate high_rate threshold_mrp threshold amount"},
        {"alimony.step.net_pay", "source gross opv vosms ipn net"},
        {"alimony.step.income_net", "source amount"},
        {"alimony.step.income_total", "sources amount"},
        {"alimony.step.base_average_wage", "amount from"},
        {"alimony.step.base_benefits", "amount"},
        {"alimony.step.base_prison", ""},
        // Estimate: orders
        {"alimony.step.share", "order children share base amount"},
        {"alimony.step.share_court", "order children share base amount"},
        {"alimony.step.share_prison", "order mrp_count mrp amount"},
        {"alimony.step.agreement_share", "order share base amount"},
        {"alimony.step.agreement_fixed", "order amount"},
        {"alimony.step.agreement_check", "order children court_amount amount"},
        {"alimony.step.fixed_mrp", "order mrp_count mrp amount"},
        {"alimony.step.fixed_tenge", "order tenge set_on"},
        {"alimony.step.indexation", "order tenge set_on mrp_then mrp_now amount"},
        {"alimony.step.indexation_none", "order mrp"},
        {"alimony.step.mixed", "order share_amount fixed_amount amount"},
        // Estimate: cap and result
        {"alimony.step.cap", "income rate cap"},
        {"alimony.step.within_cap", "total cap"},
        {"alimony.step.cap_share", "order assessed total cap withheld"},
        {"alimony.step.cap_writs_first", "writs cap"},
        {"alimony.step.cap_agreement_remainder", "order assessed remainder withheld"},
        {"alimony.step.no_cap_prison", "cap"},
        {"alimony.step.no_cap_not_working", ""},
        {"alimony.step.result", "total_assessed total_withheld remaining"},
        {"alimony.step.result_no_income", "total_assessed total_withheld"},
        // Estimate: warnings
        {"alimony.warn.params_outdated", "params until"},
        {"alimony.warn.params_unconfirmed", "params"},
        {"alimony.warn.ipn_threshold_monthly", "threshold_mrp threshold"},
        {"alimony.warn.average_wage_figure", "amount from"},
        {"alimony.warn.indexation_applied", "order set_on mrp_then mrp_now"},
        {"alimony.warn.mrp_split_2022", "mrp mrp_tax"},
        {"alimony.warn.agreement_below_court_share", "order amount court_amount"},
        {"alimony.warn.agreement_after_writs", "order amount withheld"},
        {"alimony.warn.cap_applied", "total cap shortfall"},
        {"alimony.warn.prison_per_order", ""},
        {"alimony.warn.prison_agreement", "order"},
        {"alimony.warn.prison_working_limit", ""},
        // Arrears
        {"alimony.arrears.step.due_day", "due_day"},
        {"alimony.arrears.step.due_day_same_month", "due_day"},
        {"alimony.arrears.step.due_amounts", "months from to total_due"},
        {"alimony.arrears.step.due_from_order", "months from to total_due"},
        {"alimony.arrears.step.partial_month", "month from to days days_in_month full amount"},
        {"alimony.arrears.step.children_change", "month from children"},
        {"alimony.arrears.step.ends", "ends_on"},
        {"alimony.arrears.step.payments", "count total_paid"},
        {"alimony.arrears.step.penalty", "rate penalty"},
        {"alimony.arrears.step.penalty_off", ""},
        {"alimony.arrears.step.lookback", "presented_on years cutoff excluded_months excluded_debt"},
        {"alimony.arrears.step.lookback_wanted", ""},
        {"alimony.arrears.step.lookback_not_applied", ""},
        {"alimony.arrears.step.result", "debt penalty total"},
        {"alimony.arrears.warn.nothing_due", "as_of"},
        {"alimony.arrears.warn.presented_on_missing", "years latest"},
        {"alimony.arrears.warn.penalty_fault", ""},
        {"alimony.arrears.warn.penalty_exceeds_debt", "penalty debt"},
        {"alimony.arrears.warn.lookback_excluded", "cutoff excluded_debt"},
        {"alimony.arrears.warn.credit", "credit"},
        // Errors (the field is shown beside the message)
        {"alimony.error.json_syntax", ""},
        {"alimony.error.missing", ""},
        {"alimony.error.type", ""},
        {"alimony.error.range", ""},
        {"alimony.error.amount", ""},
        {"alimony.error.date", ""},
        {"alimony.error.month", ""},
        {"alimony.error.schema", ""},
        {"alimony.error.unknown_field", ""},
        {"alimony.error.unknown_value", ""},
        {"alimony.error.not_allowed", ""},
        {"alimony.error.conflict", ""},
        {"alimony.error.after_as_of", ""},
        {"alimony.error.too_many", ""},
        {"alimony.error.too_large", ""},
        {"alimony.error.one_deduction", ""},
        {"alimony.error.param_before_first", ""},
        {"alimony.error.param_unknown", ""},
        {"alimony.error.gross_before_tax_rules", ""},
        {"alimony.error.children_range", ""},
        {"alimony.error.due_day_range", ""},
        {"alimony.error.mrp_range", ""},
        {"alimony.error.share_range", ""},
        {"alimony.error.tenge_zero", ""},
        {"alimony.error.duplicate", ""},
        {"alimony.error.more_errors", ""},
        {"alimony.error.invalid", ""},
    };
    return ids;
}

const std::vector<std::string_view>& parameter_ids() {
    static const std::vector<std::string_view> ids = {
        "kz.mrp", "kz.mrp_social", "kz.mzp", "kz.stat.average_wage",
        "kz.tax.ipn_rate", "kz.tax.ipn_high_rate", "kz.tax.ipn_high_threshold_mrp",
        "kz.tax.ipn_deduction_mrp", "kz.tax.ipn_deduction_mzp",
        "kz.tax.ipn_adjustment_limit_mrp", "kz.tax.ipn_adjustment_rate",
        "kz.tax.opv_rate", "kz.tax.opv_cap_mzp", "kz.tax.vosms_rate", "kz.tax.vosms_cap_mzp",
        "kz.alimony.share_1", "kz.alimony.share_2", "kz.alimony.share_3", "kz.alimony.withholding_cap",
        "kz.alimony.penalty_daily_rate", "kz.alimony.lookback_years", "kz.alimony.prison_mrp",
        "kz.terms.majority_age_years",
    };
    return ids;
}

void qualify_error_codes(Errors& errors, std::size_t from) {
    const auto& ids = all_text_ids();
    for (std::size_t i = from; i < errors.size(); ++i) {
        std::string& code = errors[i].code;
        if (code.rfind("alimony.", 0) != 0) {
            std::string c = code;
            std::replace(c.begin(), c.end(), '.', '_');
            code = "alimony.error." + c;
        }
        const bool known = std::any_of(ids.begin(), ids.end(), [&](const TextId& t) { return t.id == code; });
        if (!known) code = "alimony.error.invalid";
    }
}

std::string exact_to_string(const Fraction& f) {
    // Terminating decimal iff the denominator has no prime factors other than 2 and 5.
    std::int64_t d = f.den();
    int twos = 0, fives = 0;
    while (d % 2 == 0) {
        d /= 2;
        ++twos;
    }
    while (d % 5 == 0) {
        d /= 5;
        ++fives;
    }
    if (d != 1 || twos > 18 || fives > 18) return f.to_string();
    const int digits = std::max(twos, fives);
    if (digits == 0) return std::to_string(f.num());
    // num/den = num × 10^digits / den / 10^digits, exact in 128 bits.
    i128 scaled = static_cast<i128>(f.num());
    for (int i = 0; i < digits; ++i) scaled *= 10;
    scaled /= f.den();
    const bool negative = scaled < 0;
    if (negative) scaled = -scaled;
    std::string s;
    for (int i = 0; i < digits || scaled > 0; ++i) {
        s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(scaled % 10)));
        scaled /= 10;
        if (i == digits - 1) s.insert(s.begin(), '.');
    }
    if (s.front() == '.') s.insert(s.begin(), '0');
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return (negative ? "-" : "") + s;
}

}  // namespace otbasy::core::alimony
