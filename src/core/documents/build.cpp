// From answers to a document: input checks, amounts, duty, court, context, rendering. Layer: core/documents.
#include "core/documents/build.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/alimony/arrears.hpp"
#include "core/alimony/estimate.hpp"
#include "core/alimony/json_io.hpp"
#include "core/documents/iin.hpp"
#include "core/i18n/format.hpp"

namespace otbasy::core::documents {

namespace {

using i18n::Lang;
namespace al = core::alimony;

constexpr std::size_t max_name = 200, max_address = 300, max_short = 120, max_free_text = 4000, max_children = 20;

// ---- Small readers ----------------------------------------------------------------------------------------------

std::string trim(std::string s) {
    const char* ws = " \t\r\n";
    auto a = s.find_first_not_of(ws);
    if (a == std::string::npos) return "";
    auto b = s.find_last_not_of(ws);
    return s.substr(a, b - a + 1);
}

// UTF-8 code points, for length limits that mean characters.
std::size_t chars(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

void check_keys(const JsonReader& r, std::initializer_list<std::string_view> allowed) {
    if (!r.node().is_object()) return;
    for (auto it = r.node().begin(); it != r.node().end(); ++it)
        if (std::find(allowed.begin(), allowed.end(), std::string_view(it.key())) == allowed.end())
            r.fail(it.key(), "documents.error.unknown_field", "is not a known field");
}

// A text field: trimmed; empty counts as absent. Errors: required, too long, a control character.
std::optional<std::string> text(const JsonReader& r, std::string_view key, bool required, std::size_t max_chars) {
    auto s = r.string(key, false);
    if (!s && r.has(key)) return std::nullopt;  // wrong type: already reported
    std::string v = s ? trim(*s) : "";
    if (v.empty()) {
        if (required) r.fail(key, "documents.error.required", "is required");
        return std::nullopt;
    }
    if (chars(v) > max_chars) {
        r.fail(key, "documents.error.too_long", "is longer than " + std::to_string(max_chars) + " characters");
        return std::nullopt;
    }
    for (unsigned char c : v)
        if (c < 0x20 && c != '\n') {
            r.fail(key, "documents.error.characters", "holds a control character");
            return std::nullopt;
        }
    return v;
}

// One of the given values.
std::optional<std::string> choice(const JsonReader& r, std::string_view key, bool required,
                                  std::initializer_list<std::string_view> values) {
    auto s = r.string(key, false);
    if (!s) {
        if (r.has(key)) return std::nullopt;
        if (required) r.fail(key, "documents.error.required", "is required");
        return std::nullopt;
    }
    if (std::find(values.begin(), values.end(), std::string_view(*s)) == values.end()) {
        std::string list;
        for (auto v : values) list += (list.empty() ? "" : ", ") + std::string(v);
        r.fail(key, "documents.error.choice", "must be one of: " + list);
        return std::nullopt;
    }
    return *s;
}

bool flag(const JsonReader& r, std::string_view key) {
    auto b = r.boolean(key, false);
    return b && *b;
}

int full_years(Date birth, Date on) {
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) --years;
    return years;
}

// ---- Parties ----------------------------------------------------------------------------------------------------

struct Person {
    std::string name, address, phone, email, work;
    std::optional<Iin> iin;
    std::optional<Date> birth_date;
};

struct PersonRules {
    bool iin = false;                // ИИН required
    bool address = true;             // address required
    bool birth_date_without_iin = false;  // a birth date required when no ИИН is given (court orders: ГПК 136)
};

bool valid_phone(const std::string& p) {
    int digits = 0;
    for (char c : p) {
        if (c >= '0' && c <= '9') ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')') return false;
    }
    return digits >= 10 && digits <= 15;
}

bool valid_email(const std::string& e) {
    auto at = e.find('@');
    return at != std::string::npos && at > 0 && e.find('.', at) != std::string::npos && e.back() != '.' &&
           e.find(' ') == std::string::npos && e.find('@', at + 1) == std::string::npos;
}

std::optional<Person> read_person(const JsonReader& root, std::string_view key, const PersonRules& rules, Date date) {
    auto r = root.object(key, true);
    if (!r) return std::nullopt;
    check_keys(*r, {"name", "iin", "birth_date", "address", "phone", "email", "work"});
    Person p;
    const std::size_t before = r->errors().size();
    if (auto v = text(*r, "name", true, max_name)) {
        if (std::any_of(v->begin(), v->end(), [](char c) { return c >= '0' && c <= '9'; }))
            r->fail("name", "documents.error.name_digits", "a name has no digits");
        else
            p.name = *v;
    }
    if (auto v = text(*r, "iin", rules.iin, 40)) {
        auto iin = check_iin(*v, r->field_path("iin"), date);
        if (iin) p.iin = *iin;
        else r->errors().insert(r->errors().end(), iin.errors().begin(), iin.errors().end());
    }
    if (auto d = r->date("birth_date", false)) {
        if (*d > date) r->fail("birth_date", "documents.error.date_future", "is after the document's date");
        else if (p.iin && p.iin->birth_date != *d)
            r->fail("birth_date", "documents.error.iin_birth_mismatch", "differs from the birth date in the ИИН");
        else p.birth_date = *d;
    }
    if (p.iin && !p.birth_date) p.birth_date = p.iin->birth_date;
    if (rules.birth_date_without_iin && !p.iin && !r->has("iin") && !r->has("birth_date"))
        r->fail("birth_date", "documents.error.birth_date_or_iin", "give the birth date when the ИИН is not known");
    if (auto v = text(*r, "address", rules.address, max_address)) p.address = *v;
    if (auto v = text(*r, "phone", false, 40)) {
        if (valid_phone(*v)) p.phone = *v;
        else r->fail("phone", "documents.error.phone", "is not a phone number");
    }
    if (auto v = text(*r, "email", false, max_short)) {
        if (valid_email(*v)) p.email = *v;
        else r->fail("email", "documents.error.email", "is not an e-mail address");
    }
    if (auto v = text(*r, "work", false, max_address)) p.work = *v;
    if (r->errors().size() != before) return std::nullopt;
    return p;
}

struct Child {
    std::string name;
    Date birth;
    std::optional<Iin> iin;
};

// Children: at least `min`; each a minor on the document's date when `minors` (the age of majority is a parameter).
std::vector<Child> read_children(const JsonReader& root, std::size_t min, bool minors, Date date,
                                 const law::ParameterSet& params) {
    std::vector<Child> out;
    auto list = root.array("children", min > 0);
    if (!list) return out;
    if (list->size() < min) list->fail("", "documents.error.children_missing", "list at least one child");
    if (list->size() > max_children) {
        list->fail("", "documents.error.too_many", "may hold at most 20 children");
        return out;
    }
    int majority = 18;
    if (auto m = params.lookup("kz.terms.majority_age_years", date))
        majority = static_cast<int>(m->amount().num() / m->amount().den());
    for (std::size_t i = 0; i < list->size(); ++i) {
        JsonReader c = list->at(i);
        if (!c.node().is_object()) {
            c.fail("", "documents.error.type", "must be an object");
            continue;
        }
        check_keys(c, {"name", "birth_date", "iin"});
        Child child;
        const std::size_t before = c.errors().size();
        if (auto v = text(c, "name", true, max_name)) child.name = *v;
        auto d = c.date("birth_date", true);
        if (d) {
            child.birth = *d;
            if (*d > date) c.fail("birth_date", "documents.error.date_future", "is after the document's date");
            else if (minors && full_years(*d, date) >= majority)
                c.fail("birth_date", "documents.error.child_adult", "the child is of age on the document's date");
        }
        if (auto v = text(c, "iin", false, 40)) {
            auto iin = check_iin(*v, c.field_path("iin"), date);
            if (!iin) c.errors().insert(c.errors().end(), iin.errors().begin(), iin.errors().end());
            else if (d && iin->birth_date != *d)
                c.fail("iin", "documents.error.iin_birth_mismatch", "gives another birth date than the one entered");
            else child.iin = *iin;
        }
        if (c.errors().size() == before) out.push_back(std::move(child));
    }
    return out;
}

// ---- Amounts ----------------------------------------------------------------------------------------------------

std::optional<Fraction> param(const law::ParameterSet& params, std::string_view id, Date on, const std::string& field,
                              Errors& errors, const law::DatedValue** value = nullptr) {
    auto v = params.lookup(id, on);
    if (!v) {
        errors.push_back(make_error(field, "documents.error.parameter", "no value of " + std::string(id) + " on " +
                                                                           on.to_string()));
        return std::nullopt;
    }
    if (value) *value = v->value;
    return v->amount();
}

// The court's share for n minor children (КоБС art. 139(1)), from the dated parameters.
std::optional<Fraction> statutory_share(const law::ParameterSet& params, std::size_t children, Date on, Errors& errors) {
    const char* id = children <= 1 ? "kz.alimony.share_1" : children == 2 ? "kz.alimony.share_2" : "kz.alimony.share_3";
    return param(params, id, on, "children", errors);
}

std::string number_text(const Fraction& f, Lang lang) { return i18n::format_decimal(f, lang, 4); }

std::string step_text(const al::Step& s, const i18n::Catalog* texts, Lang lang) {
    const std::string* pattern = texts ? texts->find(s.id) : nullptr;
    std::string out = pattern ? *pattern : s.id;
    for (const auto& a : s.args) {
        std::string v;
        switch (a.kind) {
            case al::ArgKind::money: v = i18n::format_money(a.money, lang); break;
            case al::ArgKind::share: v = a.exact.to_string(); break;
            case al::ArgKind::rate: v = i18n::format_percent(a.exact, lang); break;
            case al::ArgKind::number: v = i18n::format_decimal(a.exact, lang); break;
            case al::ArgKind::date: v = date_text(a.date); break;
            case al::ArgKind::month: {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%02d.%04d", a.month.month, a.month.year);
                v = buf;
                break;
            }
            case al::ArgKind::integer: v = i18n::format_int(a.integer); break;
            case al::ArgKind::text: {
                const std::string* w = texts ? texts->find("alimony.term." + a.text) : nullptr;
                v = w ? *w : a.text;
                break;
            }
            case al::ArgKind::list:  // parameter ids, each by its words in the catalog
                for (const auto& item : a.items()) {
                    const std::string* w = texts ? texts->find("alimony.term." + item) : nullptr;
                    if (!v.empty()) v += ", ";
                    v += w ? *w : item;
                }
                break;
        }
        const std::string ph = "{" + a.name + "}";
        for (std::size_t at = out.find(ph); at != std::string::npos; at = out.find(ph, at + v.size()))
            out.replace(at, ph.size(), v);
    }
    return out;
}

Json steps_json(const std::vector<al::Step>& steps, const i18n::Catalog* texts, Lang lang) {
    Json list = Json::array();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        list.push_back({{"n", std::to_string(i + 1)}, {"text", step_text(steps[i], texts, lang)}});
    }
    return list;
}

void prefix_errors(const Errors& from, const std::string& prefix, Errors& to) {
    for (auto e : from) {
        e.path = e.path.empty() ? prefix : prefix + "." + e.path;
        to.push_back(std::move(e));
    }
}

// The estimator on the document's date with the payer's income and the orders the document implies.
std::optional<al::Estimate> run_estimate(const JsonReader& root, const Json& orders, Date date, const BuildEnv& env,
                                         Errors& errors) {
    auto r = root.object("estimate", false);
    if (!r) return std::nullopt;
    check_keys(*r, {"income", "payer"});
    Json in = {{"as_of", date.to_string()}, {"orders", orders}};
    if (r->has("income")) in["income"] = r->node()["income"];
    if (r->has("payer")) in["payer"] = r->node()["payer"];
    auto req = al::parse_estimate_input(in);
    if (!req) {
        prefix_errors(req.errors(), "estimate", errors);
        return std::nullopt;
    }
    auto e = al::estimate(req->input, env.params, date);
    if (!e) {
        prefix_errors(e.errors(), "estimate", errors);
        return std::nullopt;
    }
    return *e;
}

Json estimate_json(const al::Estimate& e, std::size_t order, const BuildEnv& env, Lang lang) {
    const Money monthly = e.orders[order].assessed;
    Json j = {{"as_of", date_text(e.as_of)},
              {"monthly", money_text(monthly)},
              {"annual", money_text(Money::from_tiyn(monthly.tiyn() * 12))},
              {"base", money_text(e.net_income)},
              {"base_kind", std::string(al::base_kind_name(e.base_kind))},
              {"steps", steps_json(e.explanation.steps, env.alimony_texts, lang)}};
    return j;
}

// What an alimony request asks for: a share, a fixed sum in МРП, or both (КоБС arts 139, 141).
struct AlimonyClaim {
    std::string form;  // share | fixed | mixed
    Fraction share;
    std::optional<Fraction> mrp;
    std::string fixed_reason;
};

std::optional<AlimonyClaim> read_alimony_claim(const JsonReader& r, std::size_t children, Date date,
                                               const law::ParameterSet& params, Errors& errors) {
    check_keys(r, {"form", "mrp", "fixed_reason", "past_from", "past_efforts"});
    AlimonyClaim c;
    const std::size_t before = errors.size();
    if (auto f = choice(r, "form", true, {"share", "fixed", "mixed"})) c.form = *f;
    if (auto s = statutory_share(params, children, date, errors)) c.share = *s;
    if (c.form == "fixed" || c.form == "mixed") {
        if (auto m = r.exact("mrp", true)) {
            if (!(*m > Fraction(0)) || *m > Fraction(10000)) r.fail("mrp", "documents.error.range", "must be more than 0");
            else c.mrp = *m;
        }
        if (auto reason = choice(r, "fixed_reason", true, {"irregular", "in_kind", "no_income", "interests"}))
            c.fixed_reason = *reason;
    } else if (r.has("mrp")) {
        r.fail("mrp", "documents.error.not_allowed", "goes with a fixed sum");
    }
    if (errors.size() != before) return std::nullopt;
    return c;
}

Json orders_for(const AlimonyClaim& c, std::size_t children) {
    Json o = {{"type", c.form}};
    if (c.form != "fixed") o["children"] = static_cast<std::int64_t>(children);
    if (c.mrp) o["mrp"] = al::exact_to_string(*c.mrp);
    return Json::array({o});
}

// ---- Duty -------------------------------------------------------------------------------------------------------

// The state duty on a claim: a dated parameter in МРП; 0 means the claimant is exempt, and the value's source is
// the basis either way (an alimony claim: the Tax Code's exemption; a divorce: its rate).
Json duty_json(const char* param_id, Date date, const BuildEnv& env, Lang lang, Errors& errors, Errors& warnings,
               Json& facts_out) {
    const law::DatedValue* value = nullptr;
    auto rate = param(env.params, param_id, date, "date", errors, &value);
    if (!rate || !value) return Json::object();
    Json j = {{"exempt", rate->is_zero()}, {"basis", value->source.cite}, {"unconfirmed", value->unconfirmed}};
    facts_out = {{"exempt", rate->is_zero()}, {"basis", value->source.cite}, {"parameter", param_id}};
    if (!rate->is_zero()) {
        auto mrp = param(env.params, "kz.mrp", date, "date", errors);
        if (!mrp) return j;
        auto tenge = Fraction::mul(*rate, *mrp);
        auto amount = tenge ? Money::from_fraction_tenge(*tenge) : std::nullopt;
        if (!amount) return j;
        j["amount"] = money_text(*amount);
        j["mrp"] = number_text(*rate, lang);
        facts_out["amount"] = al::money_to_json(*amount);
        facts_out["mrp"] = al::exact_to_string(*rate);
    }
    if (value->unconfirmed)
        warnings.push_back(make_error("duty", "documents.warn.duty_unconfirmed",
                                      std::string(param_id) + " is not confirmed in its primary source"));
    return j;
}

// ---- Context pieces ---------------------------------------------------------------------------------------------

Json person_json(const Person& p) {
    return {{"name", p.name},
            {"sex", !p.iin ? "" : p.iin->sex == Sex::male ? "m" : "f"},
            {"iin", p.iin ? p.iin->digits : ""},
            {"birth_date", p.birth_date ? date_text(*p.birth_date) : ""},
            {"address", p.address},
            {"phone", p.phone},
            {"email", p.email},
            {"work", p.work},
            {"short", short_name(p.name)}};
}

Json children_json(const std::vector<Child>& children, Date date) {
    Json list = Json::array();
    for (std::size_t i = 0; i < children.size(); ++i)
        list.push_back({{"n", std::to_string(i + 1)},
                        {"name", children[i].name},
                        {"birth_date", date_text(children[i].birth)},
                        {"iin", children[i].iin ? children[i].iin->digits : ""},
                        {"age", std::to_string(full_years(children[i].birth, date))},
                        {"last", i + 1 == children.size()}});
    return list;
}

Json children_facts(const std::vector<Child>& children) {
    Json list = Json::array();
    for (const auto& c : children) list.push_back({{"name", c.name}, {"birth_date", c.birth.to_string()}});
    return list;
}

Json person_facts(const Person& p) {
    Json j = {{"name", p.name}};
    if (p.iin) j["iin"] = p.iin->digits;
    return j;
}

// A court: one of the list ({"id"}) or typed ({"name", "address"?}).
std::optional<Json> read_court(const JsonReader& root, const char* key, const BuildEnv& env, Lang lang, Json& facts) {
    auto r = root.object(key, true);
    if (!r) return std::nullopt;
    check_keys(*r, {"id", "name", "address"});
    if (r->has("id")) {
        auto id = r->string("id");
        if (!id) return std::nullopt;
        const Court* c = env.library.courts.find(*id);
        if (!c) {
            r->fail("id", "documents.error.court_unknown", "is not a court of the list");
            return std::nullopt;
        }
        if (r->has("name")) r->fail("name", "documents.error.not_allowed", "give either a court of the list or a name");
        std::string address;
        if (auto a = text(*r, "address", false, max_address)) address = *a;
        else if (c->address) address = c->address->get(lang);
        facts = {{"id", c->id}, {"name", c->name.get(lang)}};
        return Json{{"id", c->id}, {"name", c->name.get(lang)}, {"to", c->to.get(lang)}, {"address", address}};
    }
    auto name = text(*r, "name", true, max_address);
    if (!name) return std::nullopt;
    std::string address;
    if (auto a = text(*r, "address", false, max_address)) address = *a;
    facts = {{"id", nullptr}, {"name", *name}};
    return Json{{"id", ""}, {"name", *name}, {"to", *name}, {"address", address}};
}

void expected_children(const JsonReader& root, std::size_t listed, Errors& warnings) {
    if (auto n = root.integer("expected_children", 0, 20, false))
        if (static_cast<std::size_t>(*n) != listed)
            warnings.push_back(make_error("children", "documents.warn.children_count",
                                          "earlier answers gave " + std::to_string(*n) + " children; " +
                                              std::to_string(listed) + " are listed"));
}

// ---- Schemas ----------------------------------------------------------------------------------------------------

Json person_schema() {
    return {{"name", "text"},  {"sex", "text"},   {"iin", "text"},   {"birth_date", "text"}, {"address", "text"},
            {"phone", "text"}, {"email", "text"}, {"work", "text"},       {"short", "text"}};
}

Json common_schema() {
    return {{"date", "text"},
            {"date_iso", "text"},
            {"place", "text"},
            {"children", {{"[]", {{"n", "text"}, {"name", "text"}, {"birth_date", "text"}, {"iin", "text"}, {"age", "text"},
                                  {"last", "flag"}}}}},
            {"child_count", "number"},
            {"one_child", "flag"},
            {"annexes", {{"[]", {{"id", "text"}, {"text", "text"}}}}}};
}

Json court_schema() { return {{"id", "text"}, {"name", "text"}, {"to", "text"}, {"address", "text"}}; }
Json duty_schema() {
    return {{"exempt", "flag"}, {"basis", "cite"}, {"unconfirmed", "flag"}, {"amount", "text"}, {"mrp", "text"}};
}
Json estimate_schema() {
    return {{"as_of", "text"}, {"monthly", "text"}, {"annual", "text"}, {"base", "text"}, {"base_kind", "text"},
            {"steps", {{"[]", {{"n", "text"}, {"text", "text"}}}}}};
}
Json claim_schema() {
    return {{"form", "text"},   {"share", "text"},       {"mrp", "text"},       {"mrp_value", "text"},
            {"fixed", "text"},  {"fixed_reason", "text"}, {"past_from", "text"}, {"past_efforts", "text"},
            {"price", "text"}};
}
Json marriage_schema() {
    return {{"status", "text"}, {"date", "text"}, {"registry", "text"}, {"record", "text"}, {"dissolved_on", "text"}};
}
Json agreement_schema() {
    return {{"form", "text"},   {"share", "text"},   {"tenge", "text"},      {"mrp", "text"},
            {"mrp_value", "text"}, {"fixed", "text"}, {"pay_day", "text"},   {"method", "text"},
            {"account", "text"}, {"indexation", "flag"}, {"court_share", "text"}, {"court_amount", "text"},
            {"payer", "text"}, {"payer_name", "text"}, {"recipient_name", "text"}};
}
Json arrears_schema() {
    return {{"as_of", "text"},   {"from", "text"},  {"to", "text"},         {"debt", "text"},
            {"penalty", "text"}, {"total", "text"}, {"total_due", "text"},  {"total_paid", "text"},
            {"lookback_from", "text"}, {"excluded", "text"}, {"months_unpaid", "number"}, {"penalty_on", "flag"},
            {"months", {{"[]", {{"month", "text"}, {"due_date", "text"}, {"due", "text"}, {"paid", "text"},
                                {"debt", "text"}, {"days", "text"}, {"penalty", "text"}, {"outside", "flag"}}}}},
            {"steps", {{"[]", {{"n", "text"}, {"text", "text"}}}}}};
}

// ---- Per type ---------------------------------------------------------------------------------------------------

struct Ctx {
    std::string_view type;
    Lang lang;
    Date date;
    const BuildEnv& env;
    const JsonReader& root;
    Errors& errors;
    Errors& warnings;
    Json context;
    Json facts;
};

void marriage(Ctx& c, bool required) {
    auto r = c.root.object("marriage", required);
    if (!r) return;
    check_keys(*r, {"status", "date", "registry", "record", "dissolved_on"});
    Json m = {{"status", ""}, {"date", ""}, {"registry", ""}, {"record", ""}, {"dissolved_on", ""}};
    if (required) {
        // A divorce claim: the marriage exists; its date and the registering body are asked.
        if (r->has("status")) r->fail("status", "documents.error.not_allowed", "a divorce claim is about a marriage");
        m["status"] = "married";
    } else if (auto s = choice(*r, "status", true, {"married", "divorced", "never"})) {
        m["status"] = *s;
    }
    if (auto d = r->date("date", required)) {
        if (*d > c.date) r->fail("date", "documents.error.date_future", "is after the document's date");
        else m["date"] = date_text(*d);
    }
    if (auto v = text(*r, "registry", required, max_address)) m["registry"] = *v;
    if (auto v = text(*r, "record", false, max_short)) m["record"] = *v;
    if (auto d = r->date("dissolved_on", false)) m["dissolved_on"] = date_text(*d);
    c.context["marriage"] = m;
}

// The alimony part shared by the claim and the divorce claim: claim, estimate, price.
void alimony_request(Ctx& c, const JsonReader& r, std::size_t children, bool with_past) {
    auto claim = read_alimony_claim(r, children, c.date, c.env.params, c.errors);
    if (!claim) return;
    Json j = {{"form", claim->form}, {"share", claim->share.to_string()}, {"mrp", ""}, {"mrp_value", ""},
              {"fixed", ""},         {"fixed_reason", claim->fixed_reason}, {"past_from", ""}, {"past_efforts", ""},
              {"price", ""}};
    Json amounts = {{"as_of", c.date.to_string()}, {"form", claim->form}};
    if (claim->form != "fixed") amounts["share"] = claim->share.to_string();
    std::optional<Money> fixed;
    if (claim->mrp) {
        auto mrp = param(c.env.params, "kz.mrp", c.date, "date", c.errors);
        if (mrp) {
            auto t = Fraction::mul(*claim->mrp, *mrp);
            fixed = t ? Money::from_fraction_tenge(*t) : std::nullopt;
            j["mrp"] = number_text(*claim->mrp, c.lang);
            j["mrp_value"] = money_text(*Money::from_fraction_tenge(*mrp));
            if (fixed) j["fixed"] = money_text(*fixed);
            amounts["mrp"] = al::exact_to_string(*claim->mrp);
            if (fixed) amounts["fixed"] = al::money_to_json(*fixed);
        }
    }
    if (with_past) {
        if (auto d = r.date("past_from", false)) {
            const std::size_t before = c.errors.size();
            auto years = param(c.env.params, "kz.terms.alimony_claim_past_years", c.date, "claim.past_from", c.errors);
            if (*d >= c.date) r.fail("past_from", "documents.error.date_future", "must be before the document's date");
            else if (years && *d < c.date.plus_years(-static_cast<int>(years->num() / years->den())))
                r.fail("past_from", "documents.error.past_too_early", "is further back than the law allows");
            if (c.errors.size() == before) {
                j["past_from"] = date_text(*d);
                amounts["past_from"] = d->to_string();
                if (auto e = text(r, "past_efforts", true, max_free_text)) j["past_efforts"] = *e;
            }
        } else if (r.has("past_efforts")) {
            r.fail("past_efforts", "documents.error.not_allowed", "goes with \"past_from\"");
        }
    } else {
        for (const char* k : {"past_from", "past_efforts"})
            if (r.has(k)) r.fail(k, "documents.error.not_allowed", "is asked in a claim for alimony");
    }
    auto e = run_estimate(c.root, orders_for(*claim, children), c.date, c.env, c.errors);
    if (e) {
        c.context["estimate"] = estimate_json(*e, 0, c.env, c.lang);
        Money monthly = e->orders[0].assessed;
        j["price"] = money_text(Money::from_tiyn(monthly.tiyn() * 12));
        amounts["monthly"] = al::money_to_json(monthly);
        amounts["annual"] = al::money_to_json(Money::from_tiyn(monthly.tiyn() * 12));
    } else if (fixed && claim->form == "fixed") {
        // Basis: ГПК art. 104(1)(5): the price of an alimony claim is the payments for one year.
        j["price"] = money_text(Money::from_tiyn(fixed->tiyn() * 12));
        amounts["monthly"] = al::money_to_json(*fixed);
        amounts["annual"] = al::money_to_json(Money::from_tiyn(fixed->tiyn() * 12));
    }
    c.context["claim"] = j;
    c.facts["amounts"] = amounts;
}

// Two parties in the context and the facts (names and ИИН only in the facts).
void set_parties(Ctx& c, const char* k1, const std::optional<Person>& p1, const char* k2, const std::optional<Person>& p2) {
    if (p1) c.context[k1] = person_json(*p1);
    if (p2) c.context[k2] = person_json(*p2);
    if (p1 && p2) c.facts["parties"] = {{k1, person_facts(*p1)}, {k2, person_facts(*p2)}};
}

// A court document's heading: the court, the claimant (ИИН required) and the defendant. Returns the claimant.
std::optional<Person> court_parties(Ctx& c, const PersonRules& defendant_rules) {
    Json court_facts;
    if (auto court = read_court(c.root, "court", c.env, c.lang, court_facts)) c.context["court"] = *court;
    c.facts["court"] = court_facts;
    auto claimant = read_person(c.root, "claimant", {true, true, false}, c.date);
    auto defendant = read_person(c.root, "defendant", defendant_rules, c.date);
    set_parties(c, "claimant", claimant, "defendant", defendant);
    return claimant;
}

void set_children(Ctx& c, const std::vector<Child>& children) {
    c.context["children"] = children_json(children, c.date);
    c.facts["children"] = children_facts(children);
    expected_children(c.root, children.size(), c.warnings);
}

// The state duty of a claim under `key` of the context, its facts under "duty".
Json set_duty(Ctx& c, const char* key, const char* param_id) {
    Json facts;
    c.context[key] = duty_json(param_id, c.date, c.env, c.lang, c.errors, c.warnings, facts);
    return facts;
}

void build_court_order(Ctx& c) {
    check_keys(c.root, {"schema", "date", "place", "annexes_off", "annexes_extra", "expected_children", "court",
                        "claimant", "defendant", "children", "parent_recorded", "defendant_abroad", "marriage",
                        "estimate"});
    court_parties(c, {false, true, true});
    auto children = read_children(c.root, 1, true, c.date, c.env.params);
    // Basis: ГПК art. 135 item 4): a court order only where paternity (maternity) need not be established first;
    // art. 138(1)(2): not when the defendant lives abroad.
    if (!flag(c.root, "parent_recorded"))
        c.root.fail("parent_recorded", "documents.error.paternity_first",
                    "a court order needs the defendant recorded as the parent");
    if (flag(c.root, "defendant_abroad"))
        c.root.fail("defendant_abroad", "documents.error.defendant_abroad",
                    "a court order is not issued against a defendant living abroad");
    marriage(c, false);
    if (children.empty()) return;
    auto share = statutory_share(c.env.params, children.size(), c.date, c.errors);
    if (!share) return;
    Json claim = {{"form", "share"}, {"share", share->to_string()}};
    Json amounts = {{"as_of", c.date.to_string()}, {"form", "share"}, {"share", share->to_string()}};
    Json orders = Json::array({{{"type", "share"}, {"children", static_cast<std::int64_t>(children.size())}}});
    if (auto e = run_estimate(c.root, orders, c.date, c.env, c.errors)) {
        c.context["estimate"] = estimate_json(*e, 0, c.env, c.lang);
        amounts["monthly"] = al::money_to_json(e->orders[0].assessed);
    }
    c.context["claim"] = claim;
    c.facts["amounts"] = amounts;
    c.facts["duty"] = set_duty(c, "duty", "kz.fees.alimony_claim");
    set_children(c, children);
}

void build_alimony_claim(Ctx& c) {
    check_keys(c.root, {"schema", "date", "place", "annexes_off", "annexes_extra", "expected_children", "court",
                        "claimant", "defendant", "children", "claim", "marriage", "circumstances", "estimate"});
    court_parties(c, {false, true, false});
    auto children = read_children(c.root, 1, true, c.date, c.env.params);
    marriage(c, false);
    c.context["circumstances"] = text(c.root, "circumstances", false, max_free_text).value_or("");
    if (auto r = c.root.object("claim")) {
        if (!children.empty()) alimony_request(c, *r, children.size(), true);
    }
    c.facts["duty"] = set_duty(c, "duty", "kz.fees.alimony_claim");
    set_children(c, children);
}

void build_divorce_claim(Ctx& c) {
    check_keys(c.root, {"schema", "date", "place", "annexes_off", "annexes_extra", "expected_children", "court",
                        "claimant", "defendant", "marriage", "children", "consent", "reasons", "arrangement",
                        "agreement_date", "residence_claim", "alimony", "estimate", "property", "wife_pregnant",
                        "wife_consents"});
    auto claimant = court_parties(c, {false, true, false});
    marriage(c, true);
    auto children = read_children(c.root, 0, true, c.date, c.env.params);
    if (auto v = choice(c.root, "consent", true, {"agrees", "objects", "unknown"})) c.context["consent"] = *v;
    c.context["reasons"] = text(c.root, "reasons", false, max_free_text).value_or("");
    c.context["property"] = choice(c.root, "property", true, {"none", "separately"}).value_or("");
    c.context["arrangement"] = "";
    c.context["agreement_date"] = "";
    c.context["residence_claim"] = false;
    if (!children.empty()) {
        auto arrangement = choice(c.root, "arrangement", true, {"agreement", "claims"});
        if (arrangement) c.context["arrangement"] = *arrangement;
        if (arrangement && *arrangement == "agreement") {
            if (auto d = c.root.date("agreement_date", true)) {
                if (*d > c.date) c.root.fail("agreement_date", "documents.error.date_future", "is after the document's date");
                else c.context["agreement_date"] = date_text(*d);
            }
            for (const char* k : {"residence_claim", "alimony", "estimate"})
                if (c.root.has(k)) c.root.fail(k, "documents.error.not_allowed", "goes with claims, not with an agreement");
        }
        if (arrangement && *arrangement == "claims") {
            c.context["residence_claim"] = flag(c.root, "residence_claim");
            if (auto r = c.root.object("alimony", false)) alimony_request(c, *r, children.size(), false);
            if (!c.context["residence_claim"].get<bool>() && !c.root.has("alimony"))
                c.root.fail("arrangement", "documents.error.claims_missing", "ask the court for residence, alimony or both");
        }
    } else {
        for (const char* k : {"arrangement", "agreement_date", "residence_claim", "alimony"})
            if (c.root.has(k)) c.root.fail(k, "documents.error.not_allowed", "goes with children");
    }
    // Basis: КоБС art. 16(2): no divorce without the wife's consent while she is pregnant and during the child's
    // first year. The claimant's sex is in the ИИН's seventh digit.
    if (claimant && claimant->iin && claimant->iin->sex == Sex::male) {
        bool infant = false;
        if (auto years = param(c.env.params, "kz.terms.divorce_wife_consent_child_age_years", c.date, "date", c.errors))
            for (const auto& ch : children)
                infant = infant || full_years(ch.birth, c.date) < static_cast<int>(years->num() / years->den());
        if ((infant || flag(c.root, "wife_pregnant")) && !flag(c.root, "wife_consents"))
            c.root.fail("wife_consents", "documents.error.wife_consent",
                        "the wife's consent is needed during pregnancy and the child's first year");
    }
    c.context["wife_consents"] = flag(c.root, "wife_consents");
    Json duty_list = Json::array({set_duty(c, "duty", "kz.fees.court_divorce")});
    if (c.context.contains("claim")) duty_list.push_back(set_duty(c, "duty_alimony", "kz.fees.alimony_claim"));
    c.facts["duty"] = duty_list;
    set_children(c, children);
}

// An alimony arrangement agreed by the parties (КоБС arts 157–162): share, fixed tenge, fixed МРП or both, never
// below the court's share for minors (art. 161(2)).
void agreed_alimony(Ctx& c, const JsonReader& r, std::size_t children, const std::string& payer_name,
                    const std::string& recipient_name, const std::string& payer_key) {
    const std::string prefix = r.path();
    check_keys(r, {"payer", "form", "share", "tenge", "mrp", "pay_day", "method", "account", "indexation"});
    Json j = {{"form", ""},        {"share", ""},     {"tenge", ""},   {"mrp", ""},          {"mrp_value", ""},
              {"fixed", ""},       {"pay_day", ""},   {"method", ""},  {"account", ""},      {"indexation", false},
              {"court_share", ""}, {"court_amount", ""}, {"payer", payer_key}, {"payer_name", payer_name},
              {"recipient_name", recipient_name}};
    const std::size_t before = c.errors.size();
    auto form = choice(r, "form", true, {"share", "fixed_tenge", "fixed_mrp", "mixed"});
    std::optional<Fraction> share, mrp;
    std::optional<Money> tenge;
    if (form) {
        j["form"] = *form;
        if (*form == "share" || *form == "mixed") {
            if (auto s = r.exact("share", true)) {
                if (!(*s > Fraction(0)) || !(*s < Fraction(1))) r.fail("share", "documents.error.range", "must be between 0 and 1");
                else share = *s;
            }
        } else if (r.has("share")) r.fail("share", "documents.error.not_allowed", "goes with a share");
        if (*form == "fixed_mrp" || *form == "mixed") {
            if (auto m = r.exact("mrp", true)) {
                if (!(*m > Fraction(0))) r.fail("mrp", "documents.error.range", "must be more than 0");
                else mrp = *m;
            }
        } else if (r.has("mrp")) r.fail("mrp", "documents.error.not_allowed", "goes with a sum in МРП");
        if (*form == "fixed_tenge") {
            if (auto t = r.money("tenge", true)) {
                if (t->is_zero()) r.fail("tenge", "documents.error.range", "must be more than 0");
                else tenge = *t;
            }
        } else if (r.has("tenge")) r.fail("tenge", "documents.error.not_allowed", "goes with a sum in tenge");
    }
    if (auto d = r.integer("pay_day", 1, 31, true)) j["pay_day"] = std::to_string(*d);
    auto method = choice(r, "method", true, {"bank", "cash", "employer"});
    if (method) j["method"] = *method;
    if (auto a = text(r, "account", method && *method == "bank", 60)) j["account"] = *a;
    j["indexation"] = flag(r, "indexation");
    if (c.errors.size() != before || !form) return;

    Json amounts = {{"as_of", c.date.to_string()}, {"form", *form}};
    if (share) { j["share"] = share->to_string(); amounts["share"] = share->to_string(); }
    std::optional<Money> fixed;
    if (mrp) {
        auto m = param(c.env.params, "kz.mrp", c.date, "date", c.errors);
        if (!m) return;
        auto t = Fraction::mul(*mrp, *m);
        fixed = t ? Money::from_fraction_tenge(*t) : std::nullopt;
        j["mrp"] = number_text(*mrp, c.lang);
        j["mrp_value"] = money_text(*Money::from_fraction_tenge(*m));
        if (fixed) j["fixed"] = money_text(*fixed);
        amounts["mrp"] = al::exact_to_string(*mrp);
    }
    if (tenge) {
        fixed = tenge;
        j["tenge"] = money_text(*tenge);
        j["fixed"] = money_text(*tenge);
    }
    if (fixed) amounts["fixed"] = al::money_to_json(*fixed);

    // The check of КоБС art. 161(2), with the estimator: the agreed amount against the court's share of the
    // payer's income. A share alone is compared with the statutory share; a fixed sum needs the income.
    auto court = statutory_share(c.env.params, children, c.date, c.errors);
    if (!court || children == 0) {
        c.context["agreement"] = j;
        c.facts["amounts"] = amounts;
        return;
    }
    j["court_share"] = court->to_string();
    amounts["court_share"] = court->to_string();
    const char* below_field = share ? "share" : mrp ? "mrp" : "tenge";
    const std::string field = prefix + "." + below_field;
    Json orders = Json::array();
    if (*form == "mixed") {
        // Both parts and the court's share as three orders on the same income: their assessed amounts compare.
        orders.push_back({{"type", "agreement"}, {"fraction", share->to_string()}});
        orders.push_back({{"type", "agreement"}, {"mrp", al::exact_to_string(*mrp)}});
        orders.push_back({{"type", "share"}, {"children", static_cast<std::int64_t>(children)}});
    } else {
        Json o = {{"type", "agreement"}, {"children", static_cast<std::int64_t>(children)}};
        if (share) o["fraction"] = share->to_string();
        if (mrp) o["mrp"] = al::exact_to_string(*mrp);
        if (tenge) o["tenge"] = al::money_to_json(*tenge);
        orders.push_back(o);
    }
    if (c.root.has("estimate")) {
        auto e = run_estimate(c.root, orders, c.date, c.env, c.errors);
        if (!e) return;
        bool below = false;
        Money agreed, court_amount;
        if (*form == "mixed") {
            agreed = e->orders[0].assessed + e->orders[1].assessed;
            court_amount = e->orders[2].assessed;
            below = agreed < court_amount;
        } else {
            agreed = e->orders[0].assessed;
            for (const auto& s : e->explanation.steps)
                if (s.id == "alimony.step.agreement_check")
                    if (const auto* a = s.arg("court_amount")) court_amount = a->money;
            below = std::any_of(e->explanation.warnings.begin(), e->explanation.warnings.end(), [](const al::Step& w) {
                return w.id == "alimony.warn.agreement_below_court_share";
            });
        }
        Json est = estimate_json(*e, 0, c.env, c.lang);
        est["monthly"] = money_text(agreed);
        est["annual"] = money_text(Money::from_tiyn(agreed.tiyn() * 12));
        c.context["estimate"] = est;
        j["court_amount"] = money_text(court_amount);
        amounts["monthly"] = al::money_to_json(agreed);
        amounts["court_amount"] = al::money_to_json(court_amount);
        if (below) {
            c.errors.push_back(make_error(field, "documents.error.agreement_below_court_share",
                                          "the agreed alimony is below what a court would award (КоБС art. 161(2))"));
            return;
        }
    } else if (share && *share >= *court) {
        // A share at least the statutory one meets art. 161(2) whatever the income.
    } else if (share && *form == "share") {
        c.errors.push_back(make_error(field, "documents.error.agreement_below_court_share",
                                      "the agreed share is below the court's share (КоБС art. 161(2))"));
        return;
    } else {
        c.warnings.push_back(make_error(field, "documents.warn.agreement_unchecked",
                                        "without the payer's income the agreed sum cannot be compared with the court's share"));
    }
    c.context["agreement"] = j;
    c.facts["amounts"] = amounts;
}

void build_alimony_agreement(Ctx& c) {
    check_keys(c.root, {"schema", "date", "place", "annexes_off", "annexes_extra", "expected_children", "recipient",
                        "payer", "children", "agreement", "estimate"});
    if (auto p = text(c.root, "place", true, max_short)) c.context["place"] = *p;
    auto recipient = read_person(c.root, "recipient", {true, true, false}, c.date);
    auto payer = read_person(c.root, "payer", {true, true, false}, c.date);
    auto children = read_children(c.root, 1, true, c.date, c.env.params);
    set_parties(c, "recipient", recipient, "payer", payer);
    if (auto r = c.root.object("agreement"); r && !children.empty())
        agreed_alimony(c, *r, children.size(), payer ? payer->name : "", recipient ? recipient->name : "", "payer");
    set_children(c, children);
}

void build_mediated_agreement(Ctx& c) {
    check_keys(c.root, {"schema", "date", "place", "annexes_off", "annexes_extra", "expected_children", "party1",
                        "party2", "mediator", "children", "mediation_from", "residence", "contact", "alimony", "other",
                        "estimate"});
    if (auto p = text(c.root, "place", true, max_short)) c.context["place"] = *p;
    auto p1 = read_person(c.root, "party1", {true, true, false}, c.date);
    auto p2 = read_person(c.root, "party2", {true, true, false}, c.date);
    if (auto m = c.root.object("mediator")) {
        check_keys(*m, {"name", "kind", "registry"});
        Json mj = {{"name", ""}, {"kind", ""}, {"registry", ""}, {"short", ""}};
        if (auto v = text(*m, "name", true, max_name)) {
            mj["name"] = *v;
            mj["short"] = short_name(*v);
        }
        if (auto v = choice(*m, "kind", true, {"professional", "non_professional"})) mj["kind"] = *v;
        if (auto v = text(*m, "registry", false, max_address)) mj["registry"] = *v;
        c.context["mediator"] = mj;
    }
    auto children = read_children(c.root, 0, true, c.date, c.env.params);
    c.context["mediation_from"] = "";
    if (auto d = c.root.date("mediation_from", false)) {
        if (*d > c.date) c.root.fail("mediation_from", "documents.error.date_future", "is after the document's date");
        else c.context["mediation_from"] = date_text(*d);
    }
    c.context["residence"] = "";
    c.context["residence_with"] = "";
    if (auto v = choice(c.root, "residence", false, {"party1", "party2"})) {
        if (children.empty()) c.root.fail("residence", "documents.error.not_allowed", "goes with children");
        c.context["residence"] = *v;
        c.context["residence_with"] = *v == "party1" ? (p1 ? p1->name : "") : (p2 ? p2->name : "");
    }
    c.context["contact"] = text(c.root, "contact", false, max_free_text).value_or("");
    c.context["other"] = text(c.root, "other", false, max_free_text).value_or("");
    if (auto r = c.root.object("alimony", false)) {
        if (children.empty()) {
            r->fail("", "documents.error.not_allowed", "child alimony needs the children listed");
        } else {
            auto payer = choice(*r, "payer", true, {"party1", "party2"});
            if (payer) {
                const Person* pay = *payer == "party1" ? (p1 ? &*p1 : nullptr) : (p2 ? &*p2 : nullptr);
                const Person* rec = *payer == "party1" ? (p2 ? &*p2 : nullptr) : (p1 ? &*p1 : nullptr);
                agreed_alimony(c, *r, children.size(), pay ? pay->name : "", rec ? rec->name : "", *payer);
                if (c.context.contains("agreement")) c.context["alimony"] = c.context["agreement"];
                c.context.erase("agreement");
            }
        }
    }
    if (c.context["residence"] == "" && c.context["contact"] == "" && !c.context.contains("alimony") &&
        c.context["other"] == "" && !c.root.has("alimony"))
        c.root.fail("residence", "documents.error.nothing_agreed", "say at least one thing the parties agreed on");
    set_parties(c, "party1", p1, "party2", p2);
    set_children(c, children);
}

void build_bailiff_application(Ctx& c) {
    check_keys(c.root, {"schema", "date", "place", "annexes_off", "annexes_extra", "expected_children", "office",
                        "claimant", "debtor", "children", "enforcement", "requests", "arrears"});
    if (auto o = c.root.object("office")) {
        check_keys(*o, {"name", "address"});
        Json oj = {{"to", ""}, {"address", ""}};
        if (auto v = text(*o, "name", true, max_address)) oj["to"] = *v;
        if (auto v = text(*o, "address", false, max_address)) oj["address"] = *v;
        c.context["office"] = oj;
        c.facts["office"] = {{"name", oj["to"]}};
    }
    auto claimant = read_person(c.root, "claimant", {true, true, false}, c.date);
    auto debtor = read_person(c.root, "debtor", {false, false, false}, c.date);
    auto children = read_children(c.root, 0, false, c.date, c.env.params);
    if (auto e = c.root.object("enforcement")) {
        check_keys(*e, {"kind", "issued_by", "date", "number", "proceeding"});
        Json ej = {{"kind", ""}, {"issued_by", ""}, {"date", ""}, {"number", ""}, {"proceeding", ""}};
        if (auto v = choice(*e, "kind", true, {"court_order", "writ", "agreement"})) ej["kind"] = *v;
        if (auto v = text(*e, "issued_by", true, max_address)) ej["issued_by"] = *v;
        if (auto d = e->date("date", true)) {
            if (*d > c.date) e->fail("date", "documents.error.date_future", "is after the document's date");
            else ej["date"] = date_text(*d);
        }
        if (auto v = text(*e, "number", false, max_short)) ej["number"] = *v;
        if (auto v = text(*e, "proceeding", false, max_short)) ej["proceeding"] = *v;
        c.context["enforcement"] = ej;
    }
    Json req = {{"arrears", false}, {"search", false}, {"travel_ban", false}, {"register", false}, {"licences", false}};
    if (auto r = c.root.object("requests")) {
        check_keys(*r, {"arrears", "search", "travel_ban", "register", "licences"});
        bool any = false;
        for (auto& [k, v] : req.items()) {
            v = flag(*r, k);
            any = any || v.get<bool>();
        }
        if (!any) r->fail("", "documents.error.no_requests", "ask the bailiff for at least one thing");
    }
    c.context["requests"] = req;
    Json requested = Json::array();
    for (auto& [k, v] : req.items())
        if (v.get<bool>()) requested.push_back(k);
    c.facts["requests"] = requested;
    if (req["arrears"].get<bool>() || c.root.has("arrears")) {
        if (auto a = c.root.object("arrears", req["arrears"].get<bool>())) {
            Json in = a->node();
            if (a->has("as_of")) a->fail("as_of", "documents.error.not_allowed", "is the document's date");
            if (in.is_object()) in["as_of"] = c.date.to_string();
            auto parsed = al::parse_arrears_input(in);
            if (!parsed) {
                prefix_errors(parsed.errors(), "arrears", c.errors);
            } else if (auto s = al::arrears(parsed->input, c.env.params, c.date); !s) {
                prefix_errors(s.errors(), "arrears", c.errors);
            } else {
                Json months = Json::array();
                std::int64_t unpaid = 0;
                for (const auto& m : s->months) {
                    char month[16];
                    std::snprintf(month, sizeof month, "%02d.%04d", m.month.month, m.month.year);
                    months.push_back({{"month", month}, {"due_date", date_text(m.due_date)}, {"due", money_text(m.due)},
                                      {"paid", money_text(m.paid)}, {"debt", money_text(m.debt)},
                                      {"days", i18n::format_int(m.days_late)}, {"penalty", money_text(m.penalty)},
                                      {"outside", !m.in_lookback}});
                    if (!m.debt.is_zero() && m.in_lookback) ++unpaid;
                }
                char from[16], to[16];
                std::snprintf(from, sizeof from, "%02d.%04d", s->from.month, s->from.year);
                std::snprintf(to, sizeof to, "%02d.%04d", s->to.month, s->to.year);
                c.context["arrears"] = {{"as_of", date_text(c.date)},
                                        {"from", from},
                                        {"to", to},
                                        {"debt", money_text(s->debt)},
                                        {"penalty", money_text(s->penalty)},
                                        {"total", money_text(s->debt + s->penalty)},
                                        {"total_due", money_text(s->total_due)},
                                        {"total_paid", money_text(s->total_paid)},
                                        {"lookback_from", s->lookback_from ? date_text(*s->lookback_from) : ""},
                                        {"excluded", s->excluded_debt.is_zero() ? "" : money_text(s->excluded_debt)},
                                        {"months_unpaid", unpaid},
                                        {"penalty_on", parsed->input.penalty},
                                        {"months", months},
                                        {"steps", steps_json(s->explanation.steps, c.env.alimony_texts, c.lang)}};
                c.facts["amounts"] = {{"as_of", c.date.to_string()},
                                      {"debt", al::money_to_json(s->debt)},
                                      {"penalty", al::money_to_json(s->penalty)},
                                      {"total", al::money_to_json(s->debt + s->penalty)},
                                      {"months", static_cast<std::int64_t>(s->months.size())},
                                      {"months_unpaid", unpaid}};
                // Basis: ЗИП arts 33(1)(1) and 36(1): a travel ban and the register of debtors follow more than three
                // months without payment of periodic sums.
                for (auto [key, id] : {std::pair<const char*, const char*>{"travel_ban", "kz.terms.travel_ban_after_months"},
                                       {"register", "kz.terms.debtor_register_after_months"}}) {
                    if (!req[key].get<bool>()) continue;
                    if (auto months_needed = param(c.env.params, id, c.date, "requests", c.errors))
                        if (unpaid <= months_needed->num() / months_needed->den())
                            c.warnings.push_back(make_error(std::string("requests.") + key, "documents.warn.too_early",
                                                            "the arrears cover no more than the months the law asks for"));
                }
            }
        }
    }
    set_parties(c, "claimant", claimant, "debtor", debtor);
    set_children(c, children);
}

void qualify(Errors& errors) {
    for (auto& e : errors)
        if (e.code.find('.') == std::string::npos) e.code = "documents.error." + e.code;
}

// Fills every field a schema declares but the build left unset, so that a template's conditions read "absent" as
// false and a placeholder of an unset field is a render error only when the template uses it unguarded.
void fill_defaults(Json& ctx, const Json& schema) {
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const Json& s = it.value();
        if (s.is_string()) {
            if (!ctx.contains(it.key())) {
                const std::string& k = s.get<std::string>();
                ctx[it.key()] = k == "flag" ? Json(false) : k == "number" ? Json(0) : Json("");
            }
        } else if (s.is_object() && s.contains("[]")) {
            if (!ctx.contains(it.key())) ctx[it.key()] = Json::array();
        } else if (s.is_object() && ctx.contains(it.key()) && ctx[it.key()].is_object()) {
            fill_defaults(ctx[it.key()], s);
        }
        // An object the build left out stays out: "if": "estimate" reads it as absent.
    }
}

}  // namespace

std::string money_text(Money m) {
    const std::int64_t t = m.tiyn() < 0 ? -m.tiyn() : m.tiyn();
    char cents[8];
    std::snprintf(cents, sizeof cents, ",%02d", static_cast<int>(t % 100));
    return (m.tiyn() < 0 ? "-" : "") + i18n::format_int(t / 100) + cents;
}

std::string date_text(Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", d.day(), d.month(), d.year());
    return buf;
}

std::string short_name(std::string_view full) {
    std::vector<std::string> words;
    std::string w;
    for (char ch : full) {
        if (ch == ' ' || ch == '\t') {
            if (!w.empty()) words.push_back(std::move(w));
            w.clear();
        } else {
            w += ch;
        }
    }
    if (!w.empty()) words.push_back(std::move(w));
    if (words.empty()) return "";
    std::string out = words[0];
    for (std::size_t i = 1; i < words.size() && i < 3; ++i) {
        const std::string& x = words[i];
        std::size_t len = 1;
        unsigned char c0 = static_cast<unsigned char>(x[0]);
        if (c0 >= 0xF0) len = 4;
        else if (c0 >= 0xE0) len = 3;
        else if (c0 >= 0xC0) len = 2;
        out += (i == 1 ? " " : "") + x.substr(0, len) + ".";
    }
    return out;
}

Json context_schema(std::string_view type) {
    Json s = common_schema();
    if (type == "court_order" || type == "alimony_claim" || type == "divorce_claim") {
        s["court"] = court_schema();
        s["claimant"] = person_schema();
        s["defendant"] = person_schema();
        s["duty"] = duty_schema();
        s["claim"] = claim_schema();
        s["estimate"] = estimate_schema();
        s["marriage"] = marriage_schema();
    }
    if (type == "alimony_claim") s["circumstances"] = "text";
    if (type == "divorce_claim") {
        s["duty_alimony"] = duty_schema();
        for (const char* k : {"consent", "reasons", "property", "arrangement", "agreement_date"}) s[k] = "text";
        s["residence_claim"] = "flag";
        s["wife_consents"] = "flag";
    }
    if (type == "alimony_agreement") {
        s["recipient"] = person_schema();
        s["payer"] = person_schema();
        s["agreement"] = agreement_schema();
        s["estimate"] = estimate_schema();
    }
    if (type == "mediated_agreement") {
        s["party1"] = person_schema();
        s["party2"] = person_schema();
        s["mediator"] = {{"name", "text"}, {"kind", "text"}, {"registry", "text"}, {"short", "text"}};
        for (const char* k : {"mediation_from", "residence", "residence_with", "contact", "other"}) s[k] = "text";
        s["alimony"] = agreement_schema();
        s["estimate"] = estimate_schema();
    }
    if (type == "bailiff_application") {
        s["office"] = {{"to", "text"}, {"address", "text"}};
        s["claimant"] = person_schema();
        s["debtor"] = person_schema();
        s["enforcement"] = {{"kind", "text"}, {"issued_by", "text"}, {"date", "text"}, {"number", "text"}, {"proceeding", "text"}};
        s["requests"] = {{"arrears", "flag"}, {"search", "flag"}, {"travel_ban", "flag"}, {"register", "flag"}, {"licences", "flag"}};
        s["arrears"] = arrears_schema();
    }
    return s;
}

std::vector<std::string> input_paths(std::string_view type) {
    std::vector<std::string> out = {"date", "place", "annexes_off", "annexes_extra", "expected_children", "children"};
    auto person = [&out](const std::string& p) {
        for (const char* k : {"name", "iin", "birth_date", "address", "phone", "email", "work"}) out.push_back(p + "." + k);
    };
    auto court = [&out]() {
        for (const char* k : {"court.id", "court.name", "court.address"}) out.push_back(k);
    };
    auto estimate = [&out]() {
        for (const char* k : {"estimate", "estimate.income", "estimate.payer"}) out.push_back(k);
    };
    auto claim = [&out](const std::string& p, bool past) {
        for (const char* k : {"form", "mrp", "fixed_reason"}) out.push_back(p + "." + k);
        if (past) for (const char* k : {"past_from", "past_efforts"}) out.push_back(p + "." + k);
    };
    auto agreement = [&out](const std::string& p) {
        for (const char* k : {"form", "share", "tenge", "mrp", "pay_day", "method", "account", "indexation"})
            out.push_back(p + "." + k);
    };
    if (type == "court_order") {
        court(); person("claimant"); person("defendant"); estimate();
        for (const char* k : {"parent_recorded", "defendant_abroad", "marriage.status", "marriage.date",
                              "marriage.registry", "marriage.record", "marriage.dissolved_on"}) out.push_back(k);
    } else if (type == "alimony_claim") {
        court(); person("claimant"); person("defendant"); estimate(); claim("claim", true);
        for (const char* k : {"circumstances", "marriage.status", "marriage.date", "marriage.registry", "marriage.record",
                              "marriage.dissolved_on"}) out.push_back(k);
    } else if (type == "divorce_claim") {
        court(); person("claimant"); person("defendant"); estimate(); claim("alimony", false);
        for (const char* k : {"marriage.date", "marriage.registry", "marriage.record", "consent", "reasons", "arrangement",
                              "agreement_date", "residence_claim", "alimony", "property", "wife_pregnant", "wife_consents"})
            out.push_back(k);
    } else if (type == "alimony_agreement") {
        person("recipient"); person("payer"); estimate(); agreement("agreement");
    } else if (type == "mediated_agreement") {
        person("party1"); person("party2"); estimate(); agreement("alimony");
        for (const char* k : {"mediator.name", "mediator.kind", "mediator.registry", "mediation_from", "residence",
                              "contact", "alimony", "alimony.payer", "other"}) out.push_back(k);
    } else if (type == "bailiff_application") {
        person("claimant"); person("debtor");
        for (const char* k : {"office.name", "office.address", "enforcement.kind", "enforcement.issued_by",
                              "enforcement.date", "enforcement.number", "enforcement.proceeding", "requests.arrears",
                              "requests.search", "requests.travel_ban", "requests.register", "requests.licences", "arrears"})
            out.push_back(k);
    }
    return out;
}

Result<Built> build_document(std::string_view type, Lang lang, const Json& input, const BuildEnv& env) {
    Errors errors, warnings;
    if (!is_document_type(type)) return make_error("type", "documents.error.type_unknown", "is not a document type");
    if (lang == Lang::en) return make_error("lang", "documents.error.lang", "documents are written in kk or ru");
    const Template* tpl = env.library.find(type);
    if (!tpl) return make_error("type", "documents.error.type_unknown", "has no template");
    JsonReader root(input, "", errors);
    if (!input.is_object()) return make_error("", "documents.error.type", "must be an object");
    if (root.has("schema")) root.integer("schema", 1, 1);
    Date date;
    if (auto d = root.date("date")) date = *d;
    if (!errors.empty()) {
        qualify(errors);
        return errors;
    }
    Ctx c{type, lang, date, env, root, errors, warnings, Json::object(), Json::object()};
    c.context["date"] = date_text(date);
    c.context["date_iso"] = date.to_string();
    c.context["place"] = "";
    if (type == "court_order") build_court_order(c);
    else if (type == "alimony_claim") build_alimony_claim(c);
    else if (type == "divorce_claim") build_divorce_claim(c);
    else if (type == "alimony_agreement") build_alimony_agreement(c);
    else if (type == "mediated_agreement") build_mediated_agreement(c);
    else build_bailiff_application(c);
    if (type != "alimony_agreement" && type != "mediated_agreement")
        if (auto p = text(root, "place", false, max_short)) c.context["place"] = *p;

    std::set<std::string> off;
    std::vector<std::string> extra;
    if (auto list = root.array("annexes_off", false))
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& v = list->node()[i];
            if (!v.is_string()) list->at(i).fail("", "documents.error.type", "must be an annex id");
            else off.insert(v.get<std::string>());
        }
    if (auto list = root.array("annexes_extra", false)) {
        if (list->size() > 30) list->fail("", "documents.error.too_many", "may hold at most 30 annexes");
        else
            for (std::size_t i = 0; i < list->size(); ++i) {
                const Json& v = list->node()[i];
                std::string t = v.is_string() ? trim(v.get<std::string>()) : "";
                if (t.empty() || chars(t) > max_address) list->at(i).fail("", "documents.error.annex", "must be a short text");
                else extra.push_back(t);
            }
    }
    for (const auto& id : off)
        if (std::none_of(tpl->annexes.begin(), tpl->annexes.end(), [&](const AnnexSpec& a) { return a.id == id; }))
            errors.push_back(make_error("annexes_off", "documents.error.annex_unknown", "\"" + id + "\" is not an annex of this document"));
    if (!errors.empty()) {
        qualify(errors);
        return errors;
    }

    const Json schema = context_schema(type);
    Json ctx = c.context;
    const std::size_t n = ctx.contains("children") ? ctx["children"].size() : 0;
    ctx["child_count"] = static_cast<std::int64_t>(n);
    ctx["one_child"] = n == 1;
    fill_defaults(ctx, schema);

    RenderOptions opt;
    opt.lang = lang;
    opt.cite_label = [&env, lang](std::string_view id) {
        auto cit = env.sources.resolve(id);
        return cit ? cit->label(lang) : std::string(id);
    };
    auto annexes = render_annexes(*tpl, ctx, opt, off, extra);
    if (!annexes) return annexes.errors();
    ctx["annexes"] = *annexes;
    auto doc = render(*tpl, ctx, opt);
    if (!doc) return doc.errors();

    Built out;
    out.doc = std::move(doc).value();
    out.doc.date = date;
    out.facts = std::move(c.facts);
    out.facts["type"] = std::string(type);
    out.facts["lang"] = std::string(i18n::code(lang));
    out.facts["date"] = date.to_string();
    Json annex_ids = Json::array();
    for (const auto& a : *annexes) annex_ids.push_back(a["id"]);
    out.facts["annexes"] = annex_ids;
    out.facts["citations"] = out.doc.citations;
    out.warnings = std::move(warnings);
    return out;
}

}  // namespace otbasy::core::documents
