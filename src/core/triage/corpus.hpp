// The situations the classifier learns from and is measured on (assets/triage/), and examples derived from the
// guide's own texts. Layer: core/triage. Read by the training tool, the benchmark and the tests, never by the app.
//
// Files: triage/corpus/<kk|ru>/<class>.txt (training) and triage/heldout/<kk|ru>/<class>.txt (the held-out part:
// the training never reads it), one situation per line as a person would write it; '#' starts a comment line.
// <class> is a guide topic id or "other" (none of the guide's topics). Facts: triage/facts/<kk|ru>.tsv, lines
// "text<TAB>name=value;name=value" ("-" for none), the expected facts of each text; triage/facts/independent/
// <kk|ru>.tsv, the same format, is the independent evaluation set (FactCase::independent).
#pragma once

#include <string>
#include <vector>

#include "core/assets.hpp"
#include "core/base/result.hpp"
#include "core/guide/model.hpp"
#include "core/i18n/lang.hpp"
#include "core/triage/facts.hpp"

namespace otbasy::core::triage {

struct CorpusItem {
    std::string text;
    std::string label;  // topic id or "other"
    i18n::Lang lang = i18n::Lang::kk;
    std::string where;  // "triage/corpus/kk/divorce.txt:12"
};

struct Corpus {
    std::vector<std::string> classes;  // the guide's topics in topics.json order, then "other"
    std::vector<CorpusItem> train, heldout;
};

// Reads every corpus and held-out file. `topics` is the guide's topic list (topics.json order). Errors: a file for
// an unknown class, a class without training situations in a language.
Result<Corpus> load_corpus(const AssetReader& assets, const std::vector<std::string>& topics);

// Training examples from the guide itself, in kk and ru: each topic's title and summary, each question, each
// question with each of its options' labels, and each result's title; marks removed.
std::vector<CorpusItem> guide_examples(const guide::Guide& guide);

struct FactCase {
    std::string text;
    Facts expected;
    i18n::Lang lang = i18n::Lang::kk;
    std::string where;
    // false: triage/facts/<lang>.tsv, the cases the rules were written against (the tests require every one);
    // true: triage/facts/independent/<lang>.tsv, written afterwards from situations alone, without reading the
    // rules, and never used to change them: the benchmark's honest precision and recall.
    bool independent = false;
};
Result<std::vector<FactCase>> load_fact_cases(const AssetReader& assets);

}  // namespace otbasy::core::triage
