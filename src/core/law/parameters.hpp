// Dated legal parameters (МРП, minimum wage, rates, caps, fees, time limits): values by date, each with its source.
// Layer: core/law. Models: OpenFisca parameter files, Catala's date-bounded scopes. A lookup before the first value
// is an error, never a silent fallback. A lookup past the period the latest value's source covers (its `until`: the
// budget year of an МРП, the expected next publication of a statistic; by default the end of the year the file was
// checked in) still answers, flagged "may be out of date".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/assets.hpp"
#include "core/base/date.hpp"
#include "core/base/fraction.hpp"
#include "core/base/result.hpp"
#include "core/i18n/lang.hpp"

namespace otbasy::core::law {

enum class Unit { tenge, mrp, mzp, rate, days, working_days, months, years, count };
std::optional<Unit> parse_unit(std::string_view s);
std::string_view unit_name(Unit u);

struct Source {
    std::string cite;  // a citation id from sources.json, e.g. "budget2026-1"
    std::string note;  // where exactly it was read
};

struct DatedValue {
    Date from;
    Fraction value;
    Source source;
    bool unconfirmed = false;
    // The last day the source covers, when it says (a budget law covers its year). Only the latest value's matters:
    // an earlier one is followed by the next value.
    std::optional<Date> until;
};

struct Parameter {
    std::string id;  // "kz.mrp"
    Unit unit = Unit::count;
    Date checked_on;
    i18n::LocalizedText title;
    std::vector<DatedValue> values;  // sorted by `from`, strictly increasing
};

// What a lookup returns: the value in force on the date, the last day the app's sources vouch for it, and whether
// the date lies past that day (a newer value may exist that the app does not know).
struct ParameterValue {
    const Parameter* parameter = nullptr;
    const DatedValue* value = nullptr;
    Date covered_until;
    bool may_be_outdated = false;
    const Fraction& amount() const { return value->value; }
};

// The last day a parameter's latest value is vouched for: its `until`, else 31 December of the year it was checked.
Date covered_until(const Parameter& p);

class ParameterSet {
public:
    // Parses one parameter file; `path` is used in errors and must match the id ("kz/mrp.json" ↔ "kz.mrp").
    static Result<Parameter> parse(std::string_view json_text, const std::string& path);
    // Loads every *.json under law/parameters/ through the reader. Collects every error of every file.
    static Result<ParameterSet> load(const AssetReader& assets);

    void add(Parameter p) { by_id_[p.id] = std::move(p); }
    const Parameter* find(std::string_view id) const;
    // The value in force on `as_of`. Errors: unknown id ("param.unknown"), date before the first value
    // ("param.before_first").
    Result<ParameterValue> lookup(std::string_view id, Date as_of) const;
    const std::map<std::string, Parameter, std::less<>>& all() const { return by_id_; }

private:
    std::map<std::string, Parameter, std::less<>> by_id_;
};

}  // namespace otbasy::core::law
