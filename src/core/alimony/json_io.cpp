// The estimator's JSON input and output. Layer: core/alimony.
#include "core/alimony/json_io.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>

#include "core/alimony/limits.hpp"

namespace otbasy::core::alimony {

namespace {

constexpr std::size_t max_orders = limits::orders_max;
constexpr std::size_t max_sources = limits::sources_max;
constexpr std::size_t max_list = limits::months_max;        // months
constexpr std::size_t max_payments = limits::payments_max;  // a payment a day for 27 years

void fail_with(const JsonReader& r, std::string_view key, const limits::Problem& p) { r.fail(key, p.code, p.message); }

const Json* find(const Json& node, std::string_view key) {
    if (!node.is_object()) return nullptr;
    auto it = node.find(key);
    return it == node.end() ? nullptr : &*it;
}

void check_keys(const JsonReader& r, std::initializer_list<std::string_view> allowed) {
    if (!r.node().is_object()) return;
    for (auto it = r.node().begin(); it != r.node().end(); ++it) {
        const std::string& k = it.key();
        if (std::find(allowed.begin(), allowed.end(), std::string_view(k)) == allowed.end())
            r.fail(k, "alimony.error.unknown_field", "is not a known field");
    }
}

bool require_object(const JsonReader& r) {
    if (r.node().is_object()) return true;
    r.fail("", "alimony.error.type", "must be an object");
    return false;
}

// An exact number: a JSON integer, a JSON decimal (read back from its shortest form, no exponent), or a string
// "0.3" / "1/4".
std::optional<Fraction> exact_number(const JsonReader& r, std::string_view key, bool required) {
    const Json* v = find(r.node(), key);
    if (!v) {
        if (required) r.fail(key, "alimony.error.missing", "is required");
        return std::nullopt;
    }
    std::optional<Fraction> f;
    if (v->is_number_unsigned()) {
        if (v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
            r.fail(key, "alimony.error.range", "is too large");
            return std::nullopt;
        }
        f = Fraction(static_cast<std::int64_t>(v->get<std::uint64_t>()));
    } else if (v->is_number_integer()) {
        f = Fraction(v->get<std::int64_t>());
    } else if (v->is_number_float()) {
        if (!std::isfinite(v->get<double>())) {
            r.fail(key, "alimony.error.type", "must be a finite number");
            return std::nullopt;
        }
        const std::string text = v->dump();
        if (text.find_first_of("eE") != std::string::npos) {
            r.fail(key, "alimony.error.range", "is out of range");
            return std::nullopt;
        }
        f = Fraction::parse(text);
    } else if (v->is_string()) {
        f = Fraction::parse(v->get<std::string>());
    } else {
        r.fail(key, "alimony.error.type", "must be a number such as 0.3 or a string such as \"1/4\"");
        return std::nullopt;
    }
    if (!f) r.fail(key, "alimony.error.type", "must be a number such as 0.3 or a string such as \"1/4\"");
    return f;
}

std::optional<IncomeBasis> parse_basis(const JsonReader& r) {
    auto s = r.string("basis");
    if (!s) return std::nullopt;
    if (*s == "gross") return IncomeBasis::gross;
    if (*s == "net") return IncomeBasis::net;
    r.fail("basis", "alimony.error.unknown_value", "must be \"gross\" or \"net\"");
    return std::nullopt;
}

std::optional<IncomeSource> parse_source(const JsonReader& r, bool with_month) {
    if (!require_object(r)) return std::nullopt;
    if (with_month)
        check_keys(r, {"month", "monthly", "basis", "ipn_deduction", "label"});
    else
        check_keys(r, {"monthly", "basis", "ipn_deduction", "label"});
    IncomeSource s;
    auto monthly = r.money("monthly");
    auto basis = parse_basis(r);
    if (auto d = r.boolean("ipn_deduction", false)) s.ipn_deduction = *d;
    if (auto l = r.string("label", false)) s.label = *l;
    if (!monthly || !basis) return std::nullopt;
    s.monthly = *monthly;
    s.basis = *basis;
    return s;
}

// "income": one source as an object, or several as a list.
std::vector<IncomeSource> parse_income(const JsonReader& root) {
    std::vector<IncomeSource> out;
    const Json* v = find(root.node(), "income");
    if (!v) return out;
    if (v->is_object()) {
        if (auto s = parse_source(JsonReader(*v, root.field_path("income"), root.errors()), false))
            out.push_back(*s);
    } else if (v->is_array()) {
        JsonReader list(*v, root.field_path("income"), root.errors());
        if (v->empty()) list.fail("", "alimony.error.missing", "must hold at least one income source");
        if (v->size() > max_sources) {
            list.fail("", "alimony.error.too_many", "may hold at most 20 income sources");
            return out;
        }
        for (std::size_t i = 0; i < v->size(); ++i)
            if (auto s = parse_source(list.at(i), false)) out.push_back(*s);
    } else {
        root.fail("income", "alimony.error.type", "must be an object or a list of objects");
    }
    return out;
}

std::optional<PayerStatus> parse_payer(const JsonReader& root) {
    auto s = root.string("payer", false);
    if (!s) return root.has("payer") ? std::nullopt : std::optional<PayerStatus>(PayerStatus::working);
    if (*s == "working") return PayerStatus::working;
    if (*s == "not_working") return PayerStatus::not_working;
    if (*s == "prison_not_working") return PayerStatus::prison_not_working;
    if (*s == "prison_working") return PayerStatus::prison_working;
    if (*s == "disabled_not_working") return PayerStatus::disabled_not_working;
    root.fail("payer", "alimony.error.unknown_value",
              "must be \"working\", \"not_working\", \"prison_not_working\", \"prison_working\" or "
              "\"disabled_not_working\"");
    return std::nullopt;
}

// Income is required exactly when the payer has income.
void check_income_presence(const JsonReader& root, PayerStatus payer, bool has_income, const char* key) {
    const bool works = payer == PayerStatus::working || payer == PayerStatus::prison_working ||
                       payer == PayerStatus::disabled_not_working;
    if (works && !has_income) root.fail(key, "alimony.error.missing", "is required when the payer has income");
    if (!works && has_income)
        root.fail(key, "alimony.error.conflict", "must be left out when the payer does not work");
}

// An order. In an arrears input it may also list the children's birth dates (`birth_dates`, a share order only).
std::optional<Order> parse_order(const JsonReader& r, std::vector<Date>* birth_dates = nullptr) {
    if (!require_object(r)) return std::nullopt;
    if (birth_dates)
        check_keys(r, {"type", "children", "fraction", "mrp", "tenge", "set_on", "married", "label", "birth_dates"});
    else
        check_keys(r, {"type", "children", "fraction", "mrp", "tenge", "set_on", "married", "label"});
    const std::size_t errors_before = r.errors().size();
    Order o;
    auto type = r.string("type");
    if (!type) return std::nullopt;
    if (*type == "share") o.type = OrderType::share;
    else if (*type == "fixed") o.type = OrderType::fixed;
    else if (*type == "mixed") o.type = OrderType::mixed;
    else if (*type == "student") o.type = OrderType::student;
    else if (*type == "spouse") o.type = OrderType::spouse;
    else if (*type == "disabled_child") o.type = OrderType::disabled_child;
    else if (*type == "agreement") o.type = OrderType::agreement;
    else {
        r.fail("type", "alimony.error.unknown_value",
               "must be share, fixed, mixed, student, spouse, disabled_child or agreement");
        return std::nullopt;
    }
    if (auto l = r.string("label", false)) o.label = *l;

    const bool has_children = r.has("children"), has_fraction = r.has("fraction"), has_mrp = r.has("mrp"),
               has_tenge = r.has("tenge"), has_set_on = r.has("set_on");
    auto not_allowed = [&](bool present, std::string_view key, const std::string& why) {
        if (present) r.fail(key, "alimony.error.not_allowed", why);
    };
    const bool needs_children = o.type == OrderType::share || o.type == OrderType::mixed;
    const bool may_have_children = needs_children || o.type == OrderType::agreement;
    const bool share_allowed = needs_children || o.type == OrderType::agreement;
    const bool fixed_allowed = o.type != OrderType::share;
    const bool tenge_allowed = fixed_allowed && o.type != OrderType::spouse && o.type != OrderType::disabled_child;

    const bool has_birth_dates = birth_dates && r.has("birth_dates");
    if (has_birth_dates) {
        if (auto list = r.array("birth_dates")) {
            if (list->size() == 0) list->fail("", "alimony.error.missing", "must hold at least one date");
            if (list->size() > limits::birth_dates_max) {
                list->fail("", "alimony.error.too_many", "may hold at most 20 dates");
            } else {
                for (std::size_t i = 0; i < list->size(); ++i) {
                    const JsonReader e = list->at(i);
                    if (!e.node().is_string()) {
                        e.fail("", "alimony.error.date", "must be a date written YYYY-MM-DD");
                        continue;
                    }
                    if (auto d = Date::parse(e.node().get<std::string>()))
                        birth_dates->push_back(*d);
                    else
                        e.fail("", "alimony.error.date", "must be a real date written YYYY-MM-DD (years 1900–2200)");
                }
            }
        }
        if (o.type != OrderType::share)
            r.fail("birth_dates", "alimony.error.not_allowed", "go with a share order (КоБС art. 139(1))");
    }
    if (may_have_children) {
        // With birth dates the number of children is theirs (and may be left out).
        const bool required = needs_children && !has_birth_dates;
        if (auto c = r.integer("children", INT64_MIN, INT64_MAX, required)) {
            if (auto p = limits::check_children(*c))
                fail_with(r, "children", *p);
            else
                o.children = static_cast<int>(*c);
        }
        if (has_birth_dates && birth_dates && !birth_dates->empty()) {
            if (r.has("children") && o.children != static_cast<int>(birth_dates->size()))
                r.fail("children", "alimony.error.conflict", "must equal the number of birth dates");
            o.children = static_cast<int>(birth_dates->size());
        }
    } else {
        not_allowed(has_children, "children",
                    o.type == OrderType::student ? "a student of 18–21 gets a fixed sum only (КоБС art. 141(2))"
                                                 : "is not used by this order type");
    }
    if (share_allowed) {
        if (auto f = exact_number(r, "fraction", false)) {
            if (auto p = limits::check_share(*f))
                fail_with(r, "fraction", *p);
            else
                o.fraction = *f;
        }
    } else {
        not_allowed(has_fraction, "fraction",
                    o.type == OrderType::student ? "a student of 18–21 gets a fixed sum only (КоБС art. 141(2))"
                                                 : "is not used by this order type");
    }
    if (fixed_allowed) {
        if (auto m = exact_number(r, "mrp", false)) {
            if (auto p = limits::check_mrp_multiple(*m))
                fail_with(r, "mrp", *p);
            else
                o.mrp = *m;
        }
    } else {
        not_allowed(has_mrp, "mrp", "is not used by a share order (use \"mixed\" for a share and a fixed sum)");
    }
    if (tenge_allowed) {
        if (auto t = r.money("tenge", false)) {
            if (auto p = limits::check_fixed_tenge(*t))
                fail_with(r, "tenge", *p);
            else
                o.tenge = *t;
        }
    } else {
        not_allowed(has_tenge, "tenge",
                    o.type == OrderType::share ? "is not used by a share order (use \"mixed\")"
                    : o.type == OrderType::spouse
                        ? "alimony for a spouse is set as a multiple of МРП (КоБС art. 149): use \"mrp\""
                        : "alimony for an adult disabled child is set as a multiple of МРП (КоБС art. 143(2)): use \"mrp\"");
    }
    if (tenge_allowed && o.type != OrderType::agreement) {
        if (auto d = r.date("set_on", false)) o.set_on = *d;
        if (has_set_on && !has_tenge) r.fail("set_on", "alimony.error.not_allowed", "only goes with \"tenge\"");
        if (has_tenge && !has_set_on)
            r.fail("set_on", "alimony.error.missing", "is required with \"tenge\" (the date the sum was set)");
    } else {
        not_allowed(has_set_on, "set_on",
                    o.type == OrderType::agreement ? "an agreed sum is not indexed by МРП (КоБС art. 173 is for court orders)"
                                                   : "is not used by this order type");
    }
    if (o.type == OrderType::spouse) {
        if (auto m = r.boolean("married", false)) o.married = *m;
    } else if (r.has("married")) {
        r.fail("married", "alimony.error.not_allowed", "goes with a spouse order only");
    }
    // Exactly one amount where the type needs one.
    const int amounts = (has_mrp ? 1 : 0) + (has_tenge ? 1 : 0) + (o.type == OrderType::agreement && has_fraction ? 1 : 0);
    if (o.type == OrderType::agreement) {
        if (amounts == 0) r.fail("", "alimony.error.missing", "needs \"fraction\", \"mrp\" or \"tenge\"");
        if (amounts > 1) r.fail("", "alimony.error.conflict", "give only one of \"fraction\", \"mrp\" and \"tenge\"");
    } else if (fixed_allowed) {
        if (amounts == 0) r.fail("", "alimony.error.missing", tenge_allowed ? "needs \"mrp\" or \"tenge\"" : "needs \"mrp\"");
        if (amounts > 1) r.fail("", "alimony.error.conflict", "give either \"mrp\" or \"tenge\", not both");
    }
    if (r.errors().size() != errors_before) return std::nullopt;
    return o;
}

template <typename T>
Result<T> finish(Errors& errors, T value) {
    if (!errors.empty()) {
        qualify_error_codes(errors);
        cap_errors(errors);
        return errors;
    }
    return value;
}

}  // namespace

Result<EstimateRequest> parse_estimate_input(const Json& json) {
    Errors errors;
    JsonReader root(json, "", errors);
    EstimateRequest req;
    if (!require_object(root)) return finish(errors, req);
    check_keys(root, {"schema", "as_of", "income", "payer", "orders"});
    if (root.has("schema")) root.integer("schema", 1, 1);
    if (auto d = root.date("as_of")) req.as_of = *d;
    auto payer = parse_payer(root);
    req.input.income = parse_income(root);
    if (payer) {
        req.input.payer = *payer;
        check_income_presence(root, *payer, root.has("income"), "income");
    }
    if (auto orders = root.array("orders")) {
        if (orders->size() == 0) orders->fail("", "alimony.error.missing", "must hold at least one order");
        if (orders->size() > max_orders) {
            orders->fail("", "alimony.error.too_many", "may hold at most 20 orders");
        } else {
            for (std::size_t i = 0; i < orders->size(); ++i)
                if (auto o = parse_order(orders->at(i))) req.input.orders.push_back(std::move(*o));
        }
    }
    return finish(errors, std::move(req));
}

Result<EstimateRequest> parse_estimate_input(std::string_view json_text) {
    auto j = parse_json(json_text);
    if (!j) {
        Errors e = j.errors();
        qualify_error_codes(e);
        return e;
    }
    return parse_estimate_input(*j);
}

Result<ArrearsRequest> parse_arrears_input(const Json& json) {
    Errors errors;
    JsonReader root(json, "", errors);
    ArrearsRequest req;
    ArrearsInput& in = req.input;
    if (!require_object(root)) return finish(errors, req);
    check_keys(root, {"schema", "as_of", "from", "to", "due_day", "due_in", "start_on", "ends_on", "monthly_due", "order",
                      "payer", "income", "incomes", "payments", "presented_on", "wanted", "penalty"});
    if (root.has("schema")) root.integer("schema", 1, 1);
    if (auto d = root.date("as_of")) req.as_of = *d;
    // "from" (a month) or "start_on" (the day alimony runs from: its month is the first month); both must agree.
    if (auto d = root.date("start_on", false)) in.start_on = *d;
    if (auto m = root.year_month("from", !root.has("start_on"))) {
        in.from = *m;
    } else if (in.start_on) {
        in.from = YearMonth::of(*in.start_on);
    }
    if (auto d = root.date("ends_on", false)) in.ends_on = *d;
    if (auto m = root.year_month("to", false)) in.to = *m;
    if (auto d = root.integer("due_day", INT64_MIN, INT64_MAX)) {
        if (auto p = limits::check_due_day(*d))
            fail_with(root, "due_day", *p);
        else
            in.due_day = static_cast<int>(*d);
    }
    if (auto s = root.string("due_in", false)) {
        if (*s == "same_month")
            in.due_in = DueIn::same_month;
        else if (*s != "next_month")
            root.fail("due_in", "alimony.error.unknown_value", "must be \"next_month\" or \"same_month\"");
    }

    const Json* due = find(json, "monthly_due");
    const bool has_order = root.has("order");
    if (due && has_order) root.fail("order", "alimony.error.conflict", "give either \"monthly_due\" or \"order\"");
    if (!due && !has_order) root.fail("monthly_due", "alimony.error.missing", "is required (or give \"order\")");
    if (due) {
        if (due->is_array()) {
            JsonReader list(*due, "monthly_due", errors);
            if (due->empty()) list.fail("", "alimony.error.missing", "must hold at least one month");
            if (due->size() > max_list) {
                list.fail("", "alimony.error.too_many", "may hold at most 1200 months");
            } else {
                for (std::size_t i = 0; i < due->size(); ++i)
                    if (auto m = list.at(i).as_money()) in.monthly_due.push_back(*m);
            }
        } else if (auto m = root.money("monthly_due")) {
            in.monthly_due.push_back(*m);
            in.constant_due = true;
        }
        for (const char* k : {"payer", "income", "incomes"})
            if (root.has(k)) root.fail(k, "alimony.error.not_allowed", "goes with \"order\", not with \"monthly_due\"");
    }
    if (has_order && !due) {
        if (auto o = root.object("order")) {
            if (auto order = parse_order(*o, &in.birth_dates)) in.order = std::move(*order);
        }
        auto payer = parse_payer(root);
        if (payer) in.payer = *payer;
        in.income = parse_income(root);
        if (auto list = root.array("incomes", false)) {
            if (root.has("income")) root.fail("incomes", "alimony.error.conflict", "give either \"income\" or \"incomes\"");
            if (list->size() == 0) list->fail("", "alimony.error.missing", "must hold at least one month");
            if (list->size() > max_list) {
                list->fail("", "alimony.error.too_many", "may hold at most 1200 months");
            } else {
                // A month listed more than once is reported once, at its first repeat, with the count: a set, so that
                // the work stays linear however many repeats an input holds.
                std::map<int, std::pair<std::size_t, int>> seen;  // month index → (first repeat, times listed)
                for (std::size_t i = 0; i < list->size(); ++i) {
                    JsonReader r = list->at(i);
                    auto month = r.node().is_object() ? r.year_month("month") : std::nullopt;
                    auto s = parse_source(r, true);
                    if (!month || !s) continue;
                    auto [it, fresh] = seen.emplace(month->index(), std::make_pair(i, 1));
                    if (!fresh) {
                        if (it->second.second++ == 1) it->second.first = i;
                        continue;
                    }
                    in.incomes.push_back(MonthIncome{*month, *s});
                }
                for (const auto& [index, repeat] : seen)
                    if (repeat.second > 1)
                        list->at(repeat.first).fail("month", "alimony.error.duplicate",
                                                     "is listed " + std::to_string(repeat.second) + " times");
            }
        }
        // A fixed sum's arrears do not depend on the income: it may be left out.
        const bool has_income = root.has("income") || root.has("incomes");
        if (payer && (has_income || !in.order || needs_income_base(*in.order)))
            check_income_presence(root, *payer, has_income, "income");
    }
    if (auto list = root.array("payments", false)) {
        if (list->size() > max_payments) {
            list->fail("", "alimony.error.too_many", "may hold at most 10000 payments");
        } else {
            for (std::size_t i = 0; i < list->size(); ++i) {
                JsonReader r = list->at(i);
                if (!require_object(r)) continue;
                check_keys(r, {"date", "tenge", "label"});
                auto d = r.date("date");
                auto t = r.money("tenge");
                r.string("label", false);
                if (d && t) in.payments.push_back(Payment{*d, *t});
            }
        }
    }
    if (auto d = root.date("presented_on", false)) in.presented_on = *d;
    if (auto b = root.boolean("wanted", false)) in.wanted = *b;
    if (auto b = root.boolean("penalty", false)) in.penalty = *b;
    return finish(errors, std::move(req));
}

Result<ArrearsRequest> parse_arrears_input(std::string_view json_text) {
    auto j = parse_json(json_text);
    if (!j) {
        Errors e = j.errors();
        qualify_error_codes(e);
        return e;
    }
    return parse_arrears_input(*j);
}

// ---- Output ------------------------------------------------------------------------------------------------------

Json money_to_json(Money m) {
    if (m.tiyn() % 100 == 0) return Json(m.tiyn() / 100);
    // "1297.50" read as a JSON number: the shortest double for a decimal of at most 15 significant digits prints
    // back as the same decimal ("1297.5").
    Json j = Json::parse(m.to_decimal_string(), nullptr, /*allow_exceptions=*/false);
    return j.is_discarded() ? Json(m.to_decimal_string()) : j;
}

Json step_to_json(const Step& s) {
    Json args = Json::object();
    for (const Arg& a : s.args) {
        switch (a.kind) {
            case ArgKind::money: args[a.name] = money_to_json(a.money); break;
            case ArgKind::share: args[a.name] = a.exact.to_string(); break;
            case ArgKind::rate:
            case ArgKind::number: args[a.name] = exact_to_string(a.exact); break;
            case ArgKind::date: args[a.name] = a.date.to_string(); break;
            case ArgKind::month: args[a.name] = a.month.to_string(); break;
            case ArgKind::integer: args[a.name] = a.integer; break;
            case ArgKind::text: args[a.name] = a.text; break;
            case ArgKind::list: args[a.name] = a.items(); break;
        }
    }
    Json j = Json::object();
    j["id"] = s.id;
    j["args"] = std::move(args);
    j["cite"] = s.cite;
    return j;
}

namespace {
Json steps_json(const std::vector<Step>& steps) {
    Json a = Json::array();
    for (const auto& s : steps) a.push_back(step_to_json(s));
    return a;
}
}  // namespace

Json to_json(const Estimate& e) {
    Json j = Json::object();
    j["as_of"] = e.as_of.to_string();
    j["payer"] = std::string(payer_name(e.payer));
    j["income_basis"] = std::string(base_kind_name(e.base_kind));
    if (e.gross_income) j["gross_income"] = money_to_json(*e.gross_income);
    j["net_income"] = money_to_json(e.net_income);
    j["cap"] = e.cap ? money_to_json(*e.cap) : Json(nullptr);
    Json orders = Json::array();
    for (const auto& o : e.orders) {
        Json jo = Json::object();
        jo["type"] = std::string(order_type_name(o.type));
        if (!o.label.empty()) jo["label"] = o.label;
        jo["assessed"] = money_to_json(o.assessed);
        jo["withheld"] = money_to_json(o.withheld);
        orders.push_back(std::move(jo));
    }
    j["orders"] = std::move(orders);
    j["total_assessed"] = money_to_json(e.total_assessed);
    j["total_withheld"] = money_to_json(e.total_withheld);
    if (e.remaining) j["remaining"] = money_to_json(*e.remaining);
    j["steps"] = steps_json(e.explanation.steps);
    j["warnings"] = steps_json(e.explanation.warnings);
    return j;
}

Json to_json(const Arrears& a) {
    Json j = Json::object();
    j["as_of"] = a.as_of.to_string();
    j["from"] = a.from.to_string();
    j["to"] = a.to.to_string();
    j["due_day"] = a.due_day;
    j["due_in"] = std::string(due_in_name(a.due_in));
    j["total_due"] = money_to_json(a.total_due);
    j["total_paid"] = money_to_json(a.total_paid);
    j["debt"] = money_to_json(a.debt);
    j["penalty"] = money_to_json(a.penalty);
    j["total"] = money_to_json(a.debt + a.penalty);
    j["excluded_debt"] = money_to_json(a.excluded_debt);
    j["excluded_penalty"] = money_to_json(a.excluded_penalty);
    j["credit"] = money_to_json(a.credit);
    j["lookback_from"] = a.lookback_from ? Json(a.lookback_from->to_string()) : Json(nullptr);
    Json months = Json::array();
    for (const auto& m : a.months) {
        Json jm = Json::object();
        jm["month"] = m.month.to_string();
        jm["due_date"] = m.due_date.to_string();
        jm["days"] = m.days;
        jm["due"] = money_to_json(m.due);
        jm["paid"] = money_to_json(m.paid);
        jm["debt"] = money_to_json(m.debt);
        jm["days_late"] = m.days_late;
        jm["penalty"] = money_to_json(m.penalty);
        jm["in_lookback"] = m.in_lookback;
        jm["paid_off_on"] = m.paid_off_on ? Json(m.paid_off_on->to_string()) : Json(nullptr);
        months.push_back(std::move(jm));
    }
    j["months"] = std::move(months);
    j["steps"] = steps_json(a.explanation.steps);
    j["warnings"] = steps_json(a.explanation.warnings);
    return j;
}

void cap_errors(Errors& errors, std::size_t max) {
    // Already capped (the reader caps, and the CLI caps whatever reaches it): keep the count it gave.
    if (errors.size() <= max || errors.back().code == "alimony.error.more_errors") return;
    const std::size_t more = errors.size() - max;
    errors.resize(max);
    errors.push_back(make_error("", "alimony.error.more_errors", "and " + std::to_string(more) + " more errors"));
}

Json errors_to_json(const Errors& errors) {
    Json list = Json::array();
    for (const auto& e : errors) {
        Json j = Json::object();
        j["field"] = e.path;
        j["code"] = e.code;
        j["message"] = e.message;
        list.push_back(std::move(j));
    }
    Json out = Json::object();
    out["errors"] = std::move(list);
    return out;
}

}  // namespace otbasy::core::alimony
