// Dated legal parameters. Layer: core/law.
#include "core/law/parameters.hpp"

#include <algorithm>

namespace otbasy::core::law {

namespace {
constexpr struct {
    Unit unit;
    std::string_view name;
} unit_names[] = {{Unit::tenge, "tenge"}, {Unit::mrp, "mrp"},       {Unit::mzp, "mzp"},
                  {Unit::rate, "rate"},   {Unit::days, "days"},     {Unit::working_days, "working_days"},
                  {Unit::months, "months"}, {Unit::years, "years"}, {Unit::count, "count"}};

const std::string parameters_dir = "law/parameters/";

// "law/parameters/kz/mrp.json" or "kz/mrp.json" → "kz.mrp"
std::string id_from_path(std::string path) {
    if (path.rfind(parameters_dir, 0) == 0) path = path.substr(parameters_dir.size());
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0) path.resize(path.size() - 5);
    std::replace(path.begin(), path.end(), '/', '.');
    return path;
}
}  // namespace

std::optional<Unit> parse_unit(std::string_view s) {
    for (auto& u : unit_names)
        if (u.name == s) return u.unit;
    return std::nullopt;
}

std::string_view unit_name(Unit unit) {
    for (auto& u : unit_names)
        if (u.unit == unit) return u.name;
    return "count";
}

Result<Parameter> ParameterSet::parse(std::string_view json_text, const std::string& path) {
    auto parsed = parse_json(json_text, path);
    if (!parsed) return parsed.errors();
    Errors errors;
    JsonReader root(*parsed, path, errors);
    root.check_schema(1);
    Parameter p;
    if (auto id = root.string("id")) {
        p.id = *id;
        if (p.id != id_from_path(path))
            root.fail("id", "param.id", "must equal the file's path: \"" + id_from_path(path) + "\"");
    }
    if (auto u = root.string("unit")) {
        if (auto unit = parse_unit(*u))
            p.unit = *unit;
        else
            root.fail("unit", "param.unit", "unknown unit \"" + *u + "\"");
    }
    if (auto d = root.date("checked_on")) p.checked_on = *d;
    if (auto t = i18n::read_text(root, "title")) p.title = std::move(*t);
    if (auto values = root.array("values")) {
        if (values->size() == 0) values->fail("", "param.empty", "must hold at least one value");
        for (std::size_t i = 0; i < values->size(); ++i) {
            JsonReader v = values->at(i);
            DatedValue dv;
            auto from = v.date("from");
            auto value = v.exact("value");
            if (v.has("value") && v.node()["value"].is_number_float())
                v.fail("value", "param.float", "must be a string holding an exact decimal, not a float");
            if (auto src = v.object("source")) {
                if (auto c = src->string("cite")) dv.source.cite = *c;
                if (auto n = src->string("note", false)) dv.source.note = *n;
            }
            if (auto u = v.boolean("unconfirmed", false)) dv.unconfirmed = *u;
            if (auto u = v.date("until", false)) dv.until = *u;
            for (auto& [key, unused] : v.node().items()) {
                (void)unused;
                if (key != "from" && key != "value" && key != "source" && key != "unconfirmed" && key != "until")
                    v.fail(key, "param.unknown_field", "is not a field of a dated value");
            }
            if (!from || !value) continue;
            if (dv.until && *dv.until < *from) v.fail("until", "param.until", "must not be before \"from\"");
            dv.from = *from;
            dv.value = *value;
            if (!p.values.empty() && dv.from <= p.values.back().from)
                v.fail("from", "param.order", "dates must be strictly increasing");
            p.values.push_back(std::move(dv));
        }
    }
    if (!errors.empty()) return errors;
    return p;
}

Result<ParameterSet> ParameterSet::load(const AssetReader& assets) {
    ParameterSet set;
    Errors errors;
    for (const auto& path : assets.list(parameters_dir)) {
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".json") != 0) continue;
        auto text = assets.read(path);
        if (!text) {
            errors.push_back(make_error(path, "asset.missing", "cannot be read"));
            continue;
        }
        auto p = parse(*text, path);
        if (!p) {
            errors.insert(errors.end(), p.errors().begin(), p.errors().end());
            continue;
        }
        set.add(std::move(p).value());
    }
    if (!errors.empty()) return errors;
    return set;
}

const Parameter* ParameterSet::find(std::string_view id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &it->second;
}

Result<ParameterValue> ParameterSet::lookup(std::string_view id, Date as_of) const {
    const Parameter* p = find(id);
    if (!p) return make_error(std::string(id), "param.unknown", "no such parameter");
    // The last value whose `from` is on or before as_of.
    auto it = std::upper_bound(p->values.begin(), p->values.end(), as_of,
                               [](Date d, const DatedValue& v) { return d < v.from; });
    if (it == p->values.begin())
        return make_error(std::string(id), "param.before_first",
                          "no value before " + p->values.front().from.to_string() + " (asked for " +
                              as_of.to_string() + ")");
    ParameterValue out;
    out.parameter = p;
    out.value = &*std::prev(it);
    out.covered_until = covered_until(*p);
    // Only the latest value can be overtaken by one the app does not know; an earlier one has a known successor.
    out.may_be_outdated = it == p->values.end() && as_of > out.covered_until;
    return out;
}

Date covered_until(const Parameter& p) {
    if (!p.values.empty() && p.values.back().until) return *p.values.back().until;
    return *Date::from_ymd(p.checked_on.year(), 12, 31);
}

}  // namespace otbasy::core::law
