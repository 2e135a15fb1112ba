// Safety words, answer rules and the whole reading of a situation. Layer: core/triage.
#include "core/triage/triage.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/base/json_read.hpp"

namespace otbasy::core::triage {

namespace {

Result<std::string> read_asset(const AssetReader& assets, const char* path) {
    auto text = assets.read ? assets.read(path) : std::nullopt;
    if (!text) return make_error(path, "asset.missing", "cannot be read");
    return *text;
}

// The whole-number value of a parameter on a date, or nullopt.
std::optional<long long> whole_param(const law::ParameterSet* params, const std::string& id, Date as_of) {
    if (!params) return std::nullopt;
    auto v = params->lookup(id, as_of);
    if (!v) return std::nullopt;
    const auto& f = v->amount();
    if (f.den() != 1) return std::nullopt;
    return static_cast<long long>(f.num());
}

bool holds(const Condition& c, const Facts& facts, const law::ParameterSet* params, Date as_of) {
    auto it = facts.find(c.fact);
    if (it == facts.end()) return false;
    if (!c.is.empty()) return it->second == c.is;
    long long n = 0;
    for (char ch : it->second) {
        if (ch < '0' || ch > '9') return false;
        n = n * 10 + (ch - '0');
    }
    if (c.min >= 0 && n < c.min) return false;
    if (c.max >= 0 && n > c.max) return false;
    if (!c.above_param.empty()) {
        auto p = whole_param(params, c.above_param, as_of);
        if (!p || !(n > *p)) return false;
    }
    if (!c.not_above_param.empty()) {
        auto p = whole_param(params, c.not_above_param, as_of);
        if (!p || n > *p) return false;
    }
    return true;
}

}  // namespace

// --- safety ------------------------------------------------------------------------------------------------------

Result<Safety> Safety::parse(std::string_view json_text, const std::string& file) {
    auto parsed = parse_json(json_text, file);
    if (!parsed) return parsed.errors();
    Errors errors;
    JsonReader r(*parsed, file, errors);
    Safety s;
    r.check_schema(1);
    if (auto d = r.string("checked_on")) s.checked_on_ = *d;
    if (auto kinds = r.array("patterns")) {
        for (std::size_t i = 0; i < kinds->size(); ++i) {
            JsonReader k = kinds->at(i);
            auto kind = k.string("kind");
            auto words = k.array("phrases");
            if (!kind || !words) continue;
            s.kinds_.push_back(*kind);
            for (std::size_t w = 0; w < words->size(); ++w) {
                const Json& v = words->node()[w];
                Phrase p(v.is_string() ? v.get<std::string>() : std::string(), 2);
                if (p.empty()) {
                    errors.push_back(make_error(words->path() + "[" + std::to_string(w) + "]", "safety.phrase",
                                                "must be a text with at least one word"));
                    continue;
                }
                s.patterns_.push_back(Pattern{*kind, std::move(p)});
            }
        }
    }
    if (auto contacts = r.array("contacts")) {
        for (std::size_t i = 0; i < contacts->size(); ++i) {
            JsonReader c = contacts->at(i);
            HelpContact h;
            if (auto v = c.string("id")) h.id = *v;
            if (auto v = c.string("phone")) h.phone = *v;
            if (auto v = i18n::read_text(c, "name")) h.name = *v;
            if (auto v = i18n::read_text(c, "when")) h.when = *v;
            if (auto kinds = c.array("kinds"))
                for (std::size_t k = 0; k < kinds->size(); ++k)
                    if (kinds->node()[k].is_string()) h.kinds.push_back(kinds->node()[k].get<std::string>());
            if (auto src = c.object("source")) {
                if (auto v = src->string("cite", false)) h.cite = *v;
                if (auto v = src->string("note")) h.source_note = *v;
            }
            if (auto v = c.boolean("unconfirmed")) h.unconfirmed = *v;
            for (const auto& k : h.kinds)
                if (std::find(s.kinds_.begin(), s.kinds_.end(), k) == s.kinds_.end())
                    errors.push_back(make_error(c.path() + ".kinds", "safety.kind", "unknown kind \"" + k + "\""));
            s.contacts_.push_back(std::move(h));
        }
    }
    if (s.contacts_.empty()) errors.push_back(make_error(file, "safety.contacts", "no help contacts"));
    if (!errors.empty()) return errors;
    return s;
}

Result<Safety> Safety::load(const AssetReader& assets) {
    auto text = read_asset(assets, path);
    if (!text) return text.errors();
    return parse(*text, path);
}

std::vector<std::string> Safety::detect(std::string_view text) const {
    auto words = normalise(text, 400);
    std::vector<std::string> found;
    for (const auto& p : patterns_) {
        if (std::find(found.begin(), found.end(), p.kind) != found.end()) continue;
        if (p.phrase.in(words)) found.push_back(p.kind);
    }
    // In the file's order of kinds.
    std::vector<std::string> out;
    for (const auto& k : kinds_)
        if (std::find(found.begin(), found.end(), k) != found.end()) out.push_back(k);
    return out;
}

// --- rules ---------------------------------------------------------------------------------------------------------

Result<Rules> Rules::parse(std::string_view json_text, const std::string& file) {
    auto parsed = parse_json(json_text, file);
    if (!parsed) return parsed.errors();
    Errors errors;
    JsonReader r(*parsed, file, errors);
    r.check_schema(1);
    Rules rules;
    if (auto list = r.array("rules")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            JsonReader e = list->at(i);
            AnswerRule a;
            if (auto v = e.string("topic")) a.topic = *v;
            if (auto v = e.string("node")) a.node = *v;
            if (auto v = e.string("option")) a.option = *v;
            if (auto when = e.array("when")) {
                for (std::size_t k = 0; k < when->size(); ++k) {
                    JsonReader w = when->at(k);
                    Condition c;
                    if (auto v = w.string("fact")) c.fact = *v;
                    if (auto v = w.string("is", false)) c.is = *v;
                    if (auto v = w.integer("min", 0, 1000000000, false)) c.min = *v;
                    if (auto v = w.integer("max", 0, 1000000000, false)) c.max = *v;
                    if (auto v = w.string("above", false)) c.above_param = *v;
                    if (auto v = w.string("not_above", false)) c.not_above_param = *v;
                    a.when.push_back(std::move(c));
                }
            }
            if (a.when.empty()) errors.push_back(make_error(e.path(), "rules.when", "a rule needs a condition"));
            rules.rules_.push_back(std::move(a));
        }
    }
    if (!errors.empty()) return errors;
    return rules;
}

Result<Rules> Rules::load(const AssetReader& assets) {
    auto text = read_asset(assets, path);
    if (!text) return text.errors();
    return parse(*text, path);
}

Errors Rules::check(const guide::Guide& guide, const law::ParameterSet* params, Date as_of) const {
    Errors out;
    for (std::size_t i = 0; i < rules_.size(); ++i) {
        const auto& a = rules_[i];
        std::string at = std::string(path) + ": rules[" + std::to_string(i) + "]";
        const guide::Topic* t = guide.topic(a.topic);
        if (!t) {
            out.push_back(make_error(at, "rules.topic", "no topic \"" + a.topic + "\""));
            continue;
        }
        const guide::Node* n = t->find(a.node);
        if (!n || n->type != guide::NodeType::question) {
            out.push_back(make_error(at, "rules.node", "no question \"" + a.node + "\" in topic \"" + a.topic + "\""));
            continue;
        }
        if (std::none_of(n->options.begin(), n->options.end(), [&](const guide::Option& o) { return o.id == a.option; }))
            out.push_back(make_error(at, "rules.option", "question \"" + a.node + "\" has no option \"" + a.option + "\""));
        for (const auto& c : a.when) {
            auto kind = std::find_if(fact_kinds().begin(), fact_kinds().end(),
                                     [&](const FactKind& k) { return k.name == c.fact; });
            if (kind == fact_kinds().end()) {
                out.push_back(make_error(at, "rules.fact", "no fact \"" + c.fact + "\""));
                continue;
            }
            bool numeric = c.min >= 0 || c.max >= 0 || !c.above_param.empty() || !c.not_above_param.empty();
            if (!c.is.empty() == numeric)
                out.push_back(make_error(at, "rules.condition", "a condition is either \"is\" or a number test"));
            if (!c.is.empty() && std::find(kind->values.begin(), kind->values.end(), c.is) == kind->values.end())
                out.push_back(make_error(at, "rules.value", "fact \"" + c.fact + "\" is never \"" + c.is + "\""));
            if (numeric && !kind->number)
                out.push_back(make_error(at, "rules.number", "fact \"" + c.fact + "\" is not a number"));
            for (const auto* p : {&c.above_param, &c.not_above_param})
                if (!p->empty() && !whole_param(params, *p, as_of))
                    out.push_back(make_error(at, "rules.param", "parameter \"" + *p + "\" has no whole value on " +
                                                                    as_of.to_string()));
        }
    }
    return out;
}

std::vector<guide::Answer> Rules::answers(const guide::Guide& guide, std::string_view topic, const Facts& facts,
                                          const law::ParameterSet* params, Date as_of) const {
    std::vector<guide::Answer> out;
    auto s = guide::Session::start(guide, topic);
    if (!s) return out;
    guide::Session session = std::move(s).value();
    for (int steps = 0; steps < 64; ++steps) {
        const guide::Node& n = session.current();
        if (n.type == guide::NodeType::info) {
            if (!session.proceed()) break;
            continue;
        }
        if (n.type != guide::NodeType::question) break;
        const AnswerRule* chosen = nullptr;
        for (const auto& r : rules_) {
            if (r.topic != topic || r.node != n.id) continue;
            if (std::all_of(r.when.begin(), r.when.end(),
                            [&](const Condition& c) { return holds(c, facts, params, as_of); })) {
                chosen = &r;
                break;
            }
        }
        if (!chosen || !session.answer(chosen->option)) break;
        out.push_back(guide::Answer{n.id, chosen->option});
    }
    return out;
}

Json estimator_prefill(const Facts& facts) {
    auto it = facts.find("children");
    if (it == facts.end()) return nullptr;
    int n = std::min(std::max(std::atoi(it->second.c_str()), 1), 10);
    Json out{{"orders", Json::array({Json{{"type", "share"}, {"children", n}}})}};
    // The income a person names is taken as what the payer gets in hand; the estimator lets them change it.
    if (auto m = facts.find("monthly"); m != facts.end())
        out["income"] = Json{{"monthly", std::atoll(m->second.c_str())}, {"basis", "net"}};
    return out;
}

// --- reading -------------------------------------------------------------------------------------------------------

std::string_view confidence_name(Confidence c) {
    switch (c) {
        case Confidence::likely: return "likely";
        case Confidence::maybe: return "maybe";
        case Confidence::unsure: return "unsure";
    }
    return "unsure";
}

Result<Triage> Triage::load(const AssetReader& assets) {
    Errors errors;
    Triage t;
    auto take = [&errors](auto result, auto& into) {
        if (result.ok())
            into = std::move(result).value();
        else
            errors.insert(errors.end(), result.errors().begin(), result.errors().end());
    };
    take(Lexicon::load(assets), t.lexicon_);
    take(Safety::load(assets), t.safety_);
    take(Rules::load(assets), t.rules_);
    if (!errors.empty()) return errors;
    return t;
}

Outcome Triage::read(std::string_view text, const Model* model) const {
    Outcome o;
    text = text.substr(0, 4096);
    o.empty = normalise(text).empty();
    if (o.empty) return o;
    o.safety = safety_.detect(text);
    o.facts = extract_facts(text);
    if (!model) return o;
    auto p = model->probabilities(featurize(text, &lexicon_, model->dims()));
    const auto& classes = model->classes();
    std::size_t best = 0;
    for (std::size_t c = 0; c < classes.size(); ++c) {
        if (p[c] > p[best]) best = c;
        if (classes[c] == out_of_scope)
            o.out_of_scope = p[c];
        else
            o.topics.push_back(TopicScore{classes[c], p[c]});
    }
    // Likeliest first, ties in the model's order: an insertion sort over a dozen topics (stable, and far less code
    // in the app than std::stable_sort's).
    auto& ts = o.topics;
    for (std::size_t i = 1; i < ts.size(); ++i)
        for (std::size_t k = i; k > 0 && ts[k].score > ts[k - 1].score; --k) std::swap(ts[k], ts[k - 1]);
    bool topic_first = classes[best] != out_of_scope;
    double top = o.topics.empty() ? 0 : o.topics[0].score;
    o.confidence = !topic_first ? Confidence::unsure
                   : top >= likely_at ? Confidence::likely
                   : top >= maybe_at  ? Confidence::maybe
                                      : Confidence::unsure;
    return o;
}

Result<guide::Session> prefilled_session(const guide::Guide& guide, std::string_view topic,
                                         const std::vector<guide::Answer>& answers) {
    return guide::replay(guide, topic, answers);
}

Json outcome_json(const Outcome& o, const Rules& rules, const guide::Guide& guide, const law::ParameterSet* params,
                  Date as_of) {
    Json topics = Json::array();
    for (std::size_t i = 0; i < o.topics.size() && i < 3; ++i)
        topics.push_back({{"topic", o.topics[i].topic}, {"score", std::floor(o.topics[i].score * 1000 + 0.5) / 1000}});
    Json answers = Json::array();
    if (!o.topics.empty() && o.confidence != Confidence::unsure)
        for (const auto& a : rules.answers(guide, o.topics[0].topic, o.facts, params, as_of))
            answers.push_back({{"node", a.node}, {"option", a.option}});
    return Json{{"topics", topics},
                {"confidence", std::string(confidence_name(o.confidence))},
                {"out_of_scope", std::floor(o.out_of_scope * 1000 + 0.5) / 1000},
                {"facts", facts_json(o.facts)},
                {"answers", answers},
                {"prefill", estimator_prefill(o.facts)},
                {"safety", !o.safety.empty()},
                {"safety_kinds", o.safety}};
}

}  // namespace otbasy::core::triage
