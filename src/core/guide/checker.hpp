// The content checker: proves that the guide routes soundly and that everything it references exists, before anyone
// sees it. Run as a ctest (tests/content) and as `otbasy-cli guide lint`. Layer: core/guide.
//
// Errors (the build fails): a `next` that does not exist (or leaves its topic); a node not reachable from its
// topic's start; a question with fewer than two options, an info node without `next`; a cycle; a text missing or
// empty in kk, ru or en; a malformed mark; a citation id that does not resolve in law/sources.json; a [[term]] not
// in the glossary; a {p:id} that does not exist or has no value on the as_of date; duplicate ids or ids with the
// wrong prefix (q_/i_/r_); an ill-formed estimator prefill; topics.json not listing exactly the topic files; a
// parameter's source citation that does not resolve; a parameter form (`{p:id|abl}`) unknown in the text's
// language or unfit for the parameter's unit; a word variant the house style bans (lint/style.json: see style.hpp),
// in any guide text, glossary entry or UI string.
// Warnings (reported, not fatal): unconfirmed or possibly outdated parameter values in use; a result without
// citations; languages of one text using different parameters; literal amounts or time limits that should be
// parameters; glossary terms never marked; a topic's "order" differing from topics.json.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/assets.hpp"
#include "core/base/date.hpp"
#include "core/guide/model.hpp"
#include "core/guide/style.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"

namespace otbasy::core::guide {

struct Counts {
    std::size_t topics = 0, questions = 0, infos = 0, results = 0, glossary_terms = 0, citations = 0;
    std::size_t nodes() const { return questions + infos + results; }
    // Per language (kk, ru, en): texts present and non-empty, and their words (marks resolved, parameters left out).
    std::array<std::size_t, 3> texts{}, words{};
};

struct CheckReport {
    Issues errors;
    Issues warnings;
    Counts counts;
    bool ok() const { return errors.empty(); }
};

// Checks a loaded guide. `sources` and `params` may be null (then citations and parameters are reported as
// unresolvable). `guide_files`, if given, is the listing of guide/ (to check topics.json against the files).
// `style`, if given, is applied to every text.
CheckReport check_guide(const Guide& guide, const law::Sources* sources, const law::ParameterSet* params,
                        Date as_of, const std::vector<std::string>* guide_files = nullptr,
                        const StyleRules* style = nullptr);

// The house style applied to UI strings: each string of `catalog` (read from `file`) is checked; hits become errors.
void check_strings_style(const StyleRules& style, const i18n::Catalog& catalog, const std::string& file,
                         Issues& errors);

// Everything the app loads for the guide, read through the same loaders.
struct Content {
    Guide guide;
    law::Sources sources;
    law::ParameterSet parameters;
    StyleRules style;  // lint/style.json, when present
};

struct Linted {
    Content content;     // what could be read (partial when there are errors)
    CheckReport report;  // loader errors first, then the checker's
};

// Loads guide/, law/sources.json and law/parameters/ and checks them on `as_of`; with lint/style.json present, also
// applies the house style to the guide and to every UI string file under i18n/.
Linted lint(const AssetReader& assets, Date as_of);

}  // namespace otbasy::core::guide
