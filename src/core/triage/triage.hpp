// "Tell us what happened": a person's own words → safety first, then the likely topics with a calibrated score,
// the facts picked up, and the guide answers those facts settle. Layer: core/triage. Nothing here keeps or sends
// the text: it is read, and forgotten with the result.
//
// Assets: triage/lexicon.json (stop words, synonyms; text.hpp), triage/safety.json (words that mean danger, and the
// help numbers with their sources), triage/rules.json (fact → guide answer), and the model (model.hpp), which the
// app fetches only when the box is first used.
//
// Confidence: the best topic is "likely" when its calibrated score is at least `likely_at` and it is not the "out
// of scope" class; "maybe" from `maybe_at`; otherwise "unsure", and the app shows the three closest topics and
// the list of topics instead of a guess.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/assets.hpp"
#include "core/base/date.hpp"
#include "core/base/result.hpp"
#include "core/guide/model.hpp"
#include "core/guide/session.hpp"
#include "core/i18n/lang.hpp"
#include "core/law/parameters.hpp"
#include "core/triage/facts.hpp"
#include "core/triage/model.hpp"
#include "core/triage/text.hpp"

namespace otbasy::core::triage {

inline constexpr const char* out_of_scope = "other";
inline constexpr double likely_at = 0.55;
inline constexpr double maybe_at = 0.30;

// --- safety ------------------------------------------------------------------------------------------------------

struct HelpContact {
    std::string id;
    std::string phone;                 // what to dial: "112"
    i18n::LocalizedText name;          // who answers
    i18n::LocalizedText when;          // what for
    std::vector<std::string> kinds;    // the dangers it is for ("violence", "child_taken", "self_harm", …)
    std::string cite;                  // a citation id of law/sources.json, or ""
    std::string source_note;           // where the number was read, and when
    bool unconfirmed = false;
};

class Safety {
public:
    static constexpr const char* path = "triage/safety.json";
    static Result<Safety> parse(std::string_view json_text, const std::string& file = path);
    static Result<Safety> load(const AssetReader& assets);

    // The kinds of danger the words speak of, in the file's order ("violence", "threat", "child_taken",
    // "self_harm"); empty when none. Errs on the side of finding: a false alarm costs a glance.
    std::vector<std::string> detect(std::string_view text) const;
    const std::vector<HelpContact>& contacts() const { return contacts_; }
    const std::string& checked_on() const { return checked_on_; }

private:
    struct Pattern {
        std::string kind;
        Phrase phrase;
    };
    std::vector<Pattern> patterns_;
    std::vector<std::string> kinds_;
    std::vector<HelpContact> contacts_;
    std::string checked_on_;
};

// --- rules: facts → guide answers ----------------------------------------------------------------------------------

struct Condition {
    std::string fact;
    std::string is;            // the fact equals this value
    long long min = -1, max = -1;  // a number fact within [min, max] (-1: no bound)
    std::string above_param;   // a number fact greater than this parameter's value (on the date asked)
    std::string not_above_param;
};

struct AnswerRule {
    std::string topic, node, option;
    std::vector<Condition> when;  // all must hold
};

class Rules {
public:
    static constexpr const char* path = "triage/rules.json";
    static Result<Rules> parse(std::string_view json_text, const std::string& file = path);
    static Result<Rules> load(const AssetReader& assets);

    // Every rule's topic, question and option exist, its facts and values are ones the extractor produces, and
    // its parameters have a whole-number value on `as_of` (used by `guide lint`).
    Errors check(const guide::Guide& guide, const law::ParameterSet* params, Date as_of) const;

    // The answers the facts settle on the way from the topic's start: the walk answers each question that a rule
    // answers, passes information steps, and stops at the first question no rule answers (or at a result).
    std::vector<guide::Answer> answers(const guide::Guide& guide, std::string_view topic, const Facts& facts,
                                       const law::ParameterSet* params, Date as_of) const;
    const std::vector<AnswerRule>& all() const { return rules_; }

private:
    std::vector<AnswerRule> rules_;
};

// The estimator input the facts suggest ({"orders":[{"type":"share","children":N}], "income"?: {"monthly": tenge,
// "basis": "net"}}), or null when no number of children was said.
Json estimator_prefill(const Facts& facts);

// --- the whole reading ---------------------------------------------------------------------------------------------

struct TopicScore {
    std::string topic;
    double score = 0;  // calibrated probability
};

enum class Confidence { likely, maybe, unsure };
std::string_view confidence_name(Confidence c);

struct Outcome {
    std::vector<std::string> safety;   // kinds of danger found (shown before anything else)
    std::vector<TopicScore> topics;    // the guide's topics, best first (all of them)
    double out_of_scope = 0;           // the score of "none of the guide's topics"
    Confidence confidence = Confidence::unsure;
    Facts facts;
    bool empty = true;                 // no words at all
};

class Triage {
public:
    static Result<Triage> load(const AssetReader& assets);  // lexicon, safety, rules (not the model)

    // Reads a text. Without a model (not fetched yet) the topics are empty and the confidence "unsure"; safety
    // and facts never need the model.
    Outcome read(std::string_view text, const Model* model) const;

    const Lexicon& lexicon() const { return lexicon_; }
    const Safety& safety() const { return safety_; }
    const Rules& rules() const { return rules_; }

private:
    Lexicon lexicon_;
    Safety safety_;
    Rules rules_;
};

// Opens the topic with the answers replayed (guide::replay), for the guide screen.
Result<guide::Session> prefilled_session(const guide::Guide& guide, std::string_view topic,
                                         const std::vector<guide::Answer>& answers);

// `otbasy-cli triage` output: {"topics":[{"topic","score"}] (three), "confidence", "out_of_scope", "facts",
// "answers":[{"node","option"}] (for the best topic), "prefill", "safety": bool, "safety_kinds"}.
Json outcome_json(const Outcome& o, const Rules& rules, const guide::Guide& guide, const law::ParameterSet* params,
                  Date as_of);

}  // namespace otbasy::core::triage
