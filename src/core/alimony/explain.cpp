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

bool Explanation::note_once(const void* key, int kind) {
    for (const auto& n : noted_)
        if (n.first == key && n.second == kind) return false;
    noted_.emplace_back(key, kind);
    return true;
}

std::optional<Fraction> ParamReader::get(std::string_view id, Date on, const std::string& field,
                                         Errors& errors) const {
    last_ = nullptr;
    for (const auto& c : cache_) {
        if (c.id == id && on >= c.from && (c.open_ended || on < c.until) && (on > c.parameter->checked_on) == c.outdated) {
            last_ = c.value;
            return c.value->value;  // its warnings were given on the first lookup
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
    {
        Cached c;
        c.id = std::string(id);
        c.parameter = r->parameter;
        c.value = r->value;
        c.from = r->value->from;
        const auto* next = r->value + 1;
        c.open_ended = next == r->parameter->values.data() + r->parameter->values.size();
        if (!c.open_ended) c.until = next->from;
        c.outdated = r->may_be_outdated;
        if (cache_.size() >= 32) cache_.clear();
        cache_.push_back(std::move(c));
    }
    const bool outdated = r->may_be_outdated && ex_->note_once(r->parameter, 0);
    const bool unconfirmed = r->value->unconfirmed && ex_->note_once(r->value, 1);
    if (outdated || unconfirmed) {
        const std::string& cite = r->value->source.cite;
        std::vector<std::string> cites;
        if (!cite.empty()) cites.push_back(cite);
        if (outdated)
            ex_->warn(Step("alimony.warn.param_outdated", cites).text("param", std::string(id))
                          .date("checked_on", r->parameter->checked_on));
        if (unconfirmed)
            ex_->warn(Step("alimony.warn.param_unconfirmed", cites).text("param", std::string(id))
                          .date("from", r->value->from));
    }
    return r->amount();
}

const std::vector<TextId>& all_text_ids() {
    static const std::vector<TextId> ids = {
        // Estimate: income
        {"alimony.step.gross", "source gross"},
        {"alimony.step.opv", "source base rate cap_mzp cap amount"},
        {"alimony.step.vosms", "source base rate cap_mzp cap amount"},
        {"alimony.step.ipn_deduction", "source mrp_count mrp amount"},
        {"alimony.step.ipn_no_deduction", "source"},
        {"alimony.step.ipn", "source taxable rate amount"},
        {"alimony.step.ipn_progressive", "source taxable rate high_rate threshold_mrp threshold amount"},
        {"alimony.step.net_pay", "source gross opv vosms ipn net"},
        {"alimony.step.income_net", "source amount"},
        {"alimony.step.income_total", "sources amount"},
        {"alimony.step.base_average_wage", "amount from"},
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
        {"alimony.step.no_cap_prison", "cap"},
        {"alimony.step.no_cap_not_working", ""},
        {"alimony.step.result", "total_assessed total_withheld remaining"},
        {"alimony.step.result_no_income", "total_assessed total_withheld"},
        // Estimate: warnings
        {"alimony.warn.param_outdated", "param checked_on"},
        {"alimony.warn.param_unconfirmed", "param from"},
        {"alimony.warn.ipn_threshold_monthly", "threshold_mrp threshold"},
        {"alimony.warn.average_wage_figure", "amount from"},
        {"alimony.warn.indexation_applied", "order set_on mrp_then mrp_now"},
        {"alimony.warn.agreement_below_court_share", "order amount court_amount"},
        {"alimony.warn.cap_applied", "total cap shortfall"},
        // Arrears
        {"alimony.arrears.step.due_day", "due_day"},
        {"alimony.arrears.step.due_amounts", "months from to total_due"},
        {"alimony.arrears.step.due_from_order", "months from to total_due"},
        {"alimony.arrears.step.payments", "count total_paid"},
        {"alimony.arrears.step.penalty", "rate penalty"},
        {"alimony.arrears.step.penalty_off", ""},
        {"alimony.arrears.step.lookback", "presented_on years cutoff excluded_months excluded_debt"},
        {"alimony.arrears.step.lookback_wanted", ""},
        {"alimony.arrears.step.result", "debt penalty total"},
        {"alimony.arrears.warn.nothing_due", "as_of"},
        {"alimony.arrears.warn.presented_on_assumed", "as_of"},
        {"alimony.arrears.warn.penalty_fault", ""},
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
        {"alimony.error.invalid", ""},
    };
    return ids;
}

const std::vector<std::string_view>& parameter_ids() {
    static const std::vector<std::string_view> ids = {
        "kz.mrp", "kz.mzp", "kz.stat.average_wage",
        "kz.tax.ipn_rate", "kz.tax.ipn_high_rate", "kz.tax.ipn_high_threshold_mrp", "kz.tax.ipn_deduction_mrp",
        "kz.tax.opv_rate", "kz.tax.opv_cap_mzp", "kz.tax.vosms_rate", "kz.tax.vosms_cap_mzp",
        "kz.alimony.share_1", "kz.alimony.share_2", "kz.alimony.share_3", "kz.alimony.withholding_cap",
        "kz.alimony.penalty_daily_rate", "kz.alimony.lookback_years", "kz.alimony.prison_mrp",
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
