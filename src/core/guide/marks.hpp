// The two inline marks of guide texts — `[[term_id|shown words]]` (a glossary term) and `{p:parameter.id}` (a dated
// parameter's value, optionally in a grammatical form: `{p:parameter.id|abl}`, see i18n::parse_form) — split into
// runs, and rendered to plain text for a language and a date. Layer: core/guide.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/date.hpp"
#include "core/i18n/lang.hpp"
#include "core/law/parameters.hpp"

namespace otbasy::core::guide {

struct Run {
    enum class Kind { plain, term, param };
    Kind kind = Kind::plain;
    std::string text;  // plain: the text; term: the shown words; param: ""
    std::string id;    // term: the glossary id; param: the parameter id
    std::string form;  // param: the form written after "|" ("abl", "age_dat", "gen"), "" for the plain form
};

// A problem with the marks of a text: its byte offset and what is wrong.
struct MarkProblem {
    std::size_t offset = 0;
    std::string code;  // "mark.unclosed", "mark.empty", "mark.syntax"
    std::string message;
};

// Splits a text into runs. A malformed mark is kept as plain text and reported in `problems` (if given); a stray
// "[[", "]]", "{p:" or "}" belonging to no mark is also reported, since the reader would see it.
std::vector<Run> parse_marks(std::string_view text, std::vector<MarkProblem>* problems = nullptr);

// A parameter's value as a reader sees it, e.g. "4 325 ₸", "0,3 АЕК (1 297,50 ₸)", "10 %", "3 ай", "10 дней";
// in a form: kk "3 айдан", "10 жасқа", "0,1 %-ы"; ru "3 лет". For `mrp`/`mzp` the tenge amount uses kz.mrp /
// kz.mzp on the same date when available. A form that is unknown or does not fit the unit gives the plain form
// (the checker reports it: see form_problem).
std::string format_parameter(const law::ParameterValue& v, i18n::Lang lang, const law::ParameterSet& params,
                             Date as_of, std::string_view form = {});

// What is wrong with writing a parameter of `unit` in `form` in `lang`: "" if nothing. A form must be one of the
// language's (i18n::form_names); an age counts years; Kazakh endings go on counted units, numbers and
// percentages, not on money (write «… мөлшерінде» after an amount instead).
std::string form_problem(law::Unit unit, std::string_view form, i18n::Lang lang);

// What a rendered text used: to show "may be out of date" and "unconfirmed" notes next to it.
struct RenderNotes {
    std::vector<std::string> unconfirmed;      // parameter ids whose value in force is unconfirmed
    std::vector<std::string> may_be_outdated;  // parameter ids looked up after their checked_on
    std::vector<std::string> missing;          // parameter ids without a value on the date
};

// Plain text: term marks become their words, parameter marks their formatted values on `as_of`. A parameter that
// cannot be looked up renders as "…" and is listed in notes->missing. `params` may be null (values become "…").
std::string render_plain(std::string_view text, i18n::Lang lang, const law::ParameterSet* params, Date as_of,
                         RenderNotes* notes = nullptr);

// The text with marks removed (terms → words, parameters → nothing): what the search indexes.
std::string strip_marks(std::string_view text);

}  // namespace otbasy::core::guide
