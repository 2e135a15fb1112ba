// Steps and warnings: how every amount of the estimator explains itself (a text id, named arguments, citation ids).
// Layer: core/alimony. Wording lives in assets/i18n/alimony/{kk,ru,en}.json under the same ids; tests assert ids,
// arguments and amounts, never sentences.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/date.hpp"
#include "core/base/fraction.hpp"
#include "core/base/money.hpp"
#include "core/law/parameters.hpp"

namespace otbasy::core::alimony {

// How an argument is shown: the UI formats each kind for the reader's language (money "1 297,50 ₸", a share "1/4",
// a rate "0,1 %", a number "0,3"; a list of parameter ids as their names, joined).
enum class ArgKind { money, share, rate, number, date, month, integer, text, list };
std::string_view arg_kind_name(ArgKind kind);

struct Arg {
    std::string name;
    ArgKind kind = ArgKind::text;
    Money money;
    Fraction exact;  // share, rate, number
    Date date;
    YearMonth month;
    std::int64_t integer = 0;
    std::string text;  // text: a parameter id, an order type, a label; list: parameter ids, one per line
    // A list argument's items (kept in `text`, so that every argument stays as small as before).
    std::vector<std::string> items() const;
};

// One line of working (or one warning): `id` names its text in the catalogs; `cite` holds citation ids of
// assets/law/sources.json ("kobs-139-1") and of this app's written conventions ("app-days", "app-rounding").
struct Step {
    std::string id;
    std::vector<Arg> args;
    std::vector<std::string> cite;

    Step() = default;
    Step(std::string text_id, std::vector<std::string> citations) : id(std::move(text_id)), cite(std::move(citations)) {}

    Step& money(std::string name, Money m);
    Step& share(std::string name, const Fraction& f);
    Step& rate(std::string name, const Fraction& f);
    Step& number(std::string name, const Fraction& f);
    Step& date(std::string name, Date d);
    Step& month(std::string name, YearMonth m);
    Step& integer(std::string name, std::int64_t n);
    Step& text(std::string name, std::string t);
    Step& list(std::string name, std::vector<std::string> items);

    const Arg* arg(std::string_view name) const;
};

// The working of one result. Steps keep their order; warnings are kept once per (id, arguments). Doubts about the
// parameters are gathered into one warning each ("may be out of date: МРП, МЗП"; "unconfirmed: …"), however many
// parameters and months raise them.
struct Explanation {
    std::vector<Step> steps;
    std::vector<Step> warnings;
    // False while a calculation is repeated month after month (arrears): only its first run is shown; warnings are
    // still collected.
    bool record_steps = true;

    void step(Step s) {
        if (record_steps) steps.push_back(std::move(s));
    }
    void warn(Step w);
    // Adds `param` to the one warning `warning_id` (its "params" list), creating it with `cite` the first time;
    // `until` (outdated values) keeps the earliest date.
    void warn_param(const std::string& warning_id, const std::string& param, const std::string& cite,
                    std::optional<Date> until = std::nullopt);
    // True the first time (key, kind) is noted: lets a lookup repeated month after month skip building a warning
    // it has already given.
    bool note_once(const void* key, int kind);

private:
    std::vector<std::pair<const void*, int>> noted_;
};

// A dated parameter read for a calculation: records "may be out of date" and "unconfirmed" warnings, and turns a
// lookup error into an error on the input field that asked for that date.
class ParamReader {
public:
    ParamReader(const law::ParameterSet& set, Explanation& ex) : set_(&set), ex_(&ex) {}
    std::optional<Fraction> get(std::string_view id, Date on, const std::string& field, Errors& errors) const;
    // The DatedValue found by the last successful get (for its `from` date and source), or null.
    const law::DatedValue* last() const { return last_; }
    // A value without recording anything (no warnings, no errors): for a comparison the working does not rest on.
    std::optional<Fraction> peek(std::string_view id, Date on) const;
    // The date of a parameter's first value, or nullopt if the app has no such parameter.
    std::optional<Date> first_date(std::string_view id) const;

private:
    // The last answer for one id and the dates it holds for: a schedule asks month after month for the same value.
    struct Cached {
        std::string id;
        Date from, until;  // [from, until)
        bool open_ended = false;
        Date covered_until;  // past this day the latest value may be out of date
        const law::Parameter* parameter = nullptr;
        const law::DatedValue* value = nullptr;
    };
    void note(const Cached& c, Date on) const;
    const law::ParameterSet* set_;
    Explanation* ex_;
    mutable const law::DatedValue* last_ = nullptr;
    mutable std::vector<Cached> cache_;
};

// Every text id the estimator emits, with the names of its arguments (space-separated). The catalogs must hold each
// id in kk, ru and en, and use only these {placeholders}; a test checks both.
struct TextId {
    std::string_view id;
    std::string_view args;
};
const std::vector<TextId>& all_text_ids();
// Every dated parameter the estimator reads. A warning names them in its "params" list; the catalogs hold their
// words under "alimony.term.<id>" (the UI shows them instead of the ids).
const std::vector<std::string_view>& parameter_ids();

// Error codes are "alimony.error.<kind>"; this turns the generic codes of JsonReader ("missing", "json.syntax")
// into that form so that every error shown has a catalog entry.
void qualify_error_codes(Errors& errors, std::size_t from = 0);

// An exact fraction as a decimal string when it terminates ("0.001", "1.5", "8500"), else "a/b" ("1/3").
std::string exact_to_string(const Fraction& f);

}  // namespace otbasy::core::alimony
