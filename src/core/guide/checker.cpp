// The content checker. Layer: core/guide.
#include "core/guide/checker.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/guide/marks.hpp"
#include "core/i18n/fold.hpp"

namespace otbasy::core::guide {

namespace {

using i18n::Lang;

std::string lang_field(const std::string& field, Lang lang) { return field + "." + std::string(i18n::code(lang)); }

struct Ctx {
    const Guide& guide;
    const law::Sources* sources;
    const law::ParameterSet* params;
    const StyleRules* style;
    Date as_of;
    CheckReport& report;
    std::set<std::string> used_terms;
    // Parameter notes are reported once per parameter, with the number of places that use it.
    std::map<std::string, std::pair<Issue, int>> unconfirmed, outdated;

    void error(const std::string& file, const std::string& node, const std::string& field, const char* code,
               std::string message) {
        report.errors.push_back(Issue{file, node, field, code, std::move(message)});
    }
    void warn(const std::string& file, const std::string& node, const std::string& field, const char* code,
              std::string message) {
        report.warnings.push_back(Issue{file, node, field, code, std::move(message)});
    }
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A number followed by a unit of money, a percentage or a time limit: the README asks for a parameter instead.
// The text is folded (lower case, Kazakh letters as Russian ones) and its marks are already removed.
std::string find_literal_amount(std::string_view folded) {
    static const char* const money_units[] = {"₸", "тг", "тенге", "мрп", "аек", "мзп", "етж", "tenge", "kzt",
                                              "mci", "%", "процент", "пайыз", "percent"};
    static const char* const time_units[] = {"кун", "дн", "день", "day", "месяц", "month", "жыл", "год", "лет",
                                             "year", "жумыс кун", "рабоч", "working day", "ай ", "айдан", "айга",
                                             "айлык", "ай.", "ай,", "ай)"};
    std::size_t i = 0;
    while (i < folded.size()) {
        if (!(folded[i] >= '0' && folded[i] <= '9') || (i > 0 && ((folded[i - 1] >= '0' && folded[i - 1] <= '9') ||
                                                                  folded[i - 1] == '-' || folded[i - 1] == '.'))) {
            ++i;
            continue;
        }
        std::size_t start = i;
        long long value = 0;
        int digits = 0;
        while (i < folded.size() && ((folded[i] >= '0' && folded[i] <= '9') || folded[i] == ',' || folded[i] == '.')) {
            if (folded[i] >= '0' && folded[i] <= '9') {
                if (digits < 12) value = value * 10 + (folded[i] - '0');
                ++digits;
            }
            ++i;
        }
        std::size_t j = i;
        for (;;) {
            if (j < folded.size() && folded[j] == ' ') ++j;
            else if (starts_with(folded.substr(j), "\u00A0")) j += 2;
            else if (starts_with(folded.substr(j), "\u202F")) j += 3;
            else break;
        }
        std::string_view after = folded.substr(j);
        for (const char* u : money_units)
            if (starts_with(after, u)) return std::string(folded.substr(start, j - start)) + u;
        bool calendar_year = digits == 4 && value >= 1900 && value <= 2200;
        if (calendar_year) continue;
        for (const char* u : time_units)
            if (starts_with(after, u)) return std::string(folded.substr(start, j - start)) + u;
    }
    return "";
}

std::string style_message(const StyleHit& hit) {
    std::string m = "«" + hit.found + "»: write «" + hit.rule->preferred + "» (style rule " + hit.rule->id + ")";
    if (!hit.rule->why.empty()) m += ": " + hit.rule->why;
    return m;
}

void note_param(std::map<std::string, std::pair<Issue, int>>& notes, const std::string& id, Issue issue) {
    auto it = notes.find(id);
    if (it == notes.end())
        notes.emplace(id, std::make_pair(std::move(issue), 1));
    else
        ++it->second.second;
}

// Every language of one localized text: marks, terms, parameters, counts, literal amounts.
void check_text(Ctx& c, const LocalizedText& t, const std::string& file, const std::string& node,
                const std::string& field) {
    std::array<std::set<std::string>, 3> params_by_lang;
    std::set<std::string> missing_params;
    bool any = false;
    for (Lang lang : i18n::all_langs) {
        const std::string& s = t.get(lang);
        if (s.empty()) continue;  // the loader has reported it
        any = true;
        auto li = static_cast<std::size_t>(lang);
        c.report.counts.texts[li]++;
        c.report.counts.words[li] += i18n::fold_words(strip_marks(s)).size();
        std::vector<MarkProblem> problems;
        auto runs = parse_marks(s, &problems);
        for (const auto& p : problems)
            c.error(file, node, lang_field(field, lang), p.code.c_str(),
                    p.message + " (at byte " + std::to_string(p.offset) + ")");
        for (const auto& run : runs) {
            if (run.kind == Run::Kind::term) {
                c.used_terms.insert(run.id);
                if (!c.guide.glossary.find(run.id))
                    c.error(file, node, lang_field(field, lang), "guide.term",
                            "[[" + run.id + "|…]]: no such term in guide/glossary.json");
            } else if (run.kind == Run::Kind::param) {
                params_by_lang[li].insert(run.id);
                if (!c.params || !c.params->find(run.id)) {
                    missing_params.insert(run.id);
                    continue;
                }
                if (std::string why = form_problem(c.params->find(run.id)->unit, run.form, lang); !why.empty())
                    c.error(file, node, lang_field(field, lang), "guide.param_form", "{p:" + run.id + "|" + run.form +
                                                                                        "}: " + why);
                auto v = c.params->lookup(run.id, c.as_of);
                if (!v) {
                    c.error(file, node, lang_field(field, lang), "guide.param_date",
                            "{p:" + run.id + "} has no value on " + c.as_of.to_string());
                    continue;
                }
                if (v->value->unconfirmed)
                    note_param(c.unconfirmed, run.id,
                               Issue{file, node, lang_field(field, lang), "param.unconfirmed",
                                     "{p:" + run.id + "}: the value in force on " + c.as_of.to_string() +
                                         " is unconfirmed (the app says so next to it)"});
                if (v->may_be_outdated)
                    note_param(c.outdated, run.id,
                               Issue{file, node, lang_field(field, lang), "param.outdated",
                                     "{p:" + run.id + "}: last checked on " + v->parameter->checked_on.to_string() +
                                         ", before " + c.as_of.to_string()});
            }
        }
        if (c.style)
            for (const auto& hit : find_style_hits(*c.style, s, lang, node))
                c.error(file, node, lang_field(field, lang), "style.term", style_message(hit));
        std::string literal = find_literal_amount(i18n::fold(strip_marks(s)));
        if (!literal.empty())
            c.warn(file, node, lang_field(field, lang), "guide.literal",
                   "\"" + literal + "\" looks like an amount or a time limit written as a literal: use {p:…}");
    }
    for (const auto& id : missing_params)
        c.error(file, node, field, "guide.param", "{p:" + id + "}: no such parameter in law/parameters/");
    if (any && (params_by_lang[0] != params_by_lang[1] || params_by_lang[1] != params_by_lang[2]))
        c.warn(file, node, field, "guide.param_langs", "the three languages use different {p:…} parameters");
}

void check_citations(Ctx& c, const std::vector<std::string>& cites, const std::string& file, const std::string& node,
                     const std::string& field) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < cites.size(); ++i) {
        std::string f = field + "[" + std::to_string(i) + "]";
        c.report.counts.citations++;
        if (!seen.insert(cites[i]).second)
            c.warn(file, node, f, "guide.cite_duplicate", "\"" + cites[i] + "\" is cited twice");
        if (!c.sources) {
            c.error(file, node, f, "cite.unresolved", "\"" + cites[i] + "\": law/sources.json is not loaded");
            continue;
        }
        auto r = c.sources->resolve(cites[i]);
        if (!r) c.error(file, node, f, r.errors()[0].code.c_str(), "\"" + cites[i] + "\": " + r.errors()[0].message);
    }
}

// The estimator input the result opens with (issue 3's shape): {"orders":[…], "income":{…}, "payer":"…"}.
void check_prefill(Ctx& c, const Json& p, const std::string& file, const std::string& node, const std::string& field) {
    auto bad = [&](const std::string& f, std::string msg) { c.error(file, node, f, "guide.prefill", std::move(msg)); };
    if (!p.is_object()) return bad(field, "must be an object with orders, income or payer");
    for (auto& [key, value] : p.items()) {
        (void)value;
        if (key != "orders" && key != "income" && key != "payer") bad(field + "." + key, "is not an estimator input");
    }
    if (p.contains("orders")) {
        const Json& orders = p["orders"];
        if (!orders.is_array() || orders.empty()) {
            bad(field + ".orders", "must be a non-empty list");
        } else {
            for (std::size_t i = 0; i < orders.size(); ++i) {
                std::string f = field + ".orders[" + std::to_string(i) + "]";
                const Json& o = orders[i];
                if (!o.is_object() || !o.contains("type") || !o["type"].is_string()) {
                    bad(f, "must be an object with a \"type\"");
                    continue;
                }
                std::string type = o["type"].get<std::string>();
                Errors errs;
                JsonReader r(o, f, errs);
                if (type == "share") {
                    for (auto& [key, value] : o.items()) {
                        (void)value;
                        if (key != "type" && key != "children" && key != "share")
                            bad(f + "." + key, "is not a field of a share order");
                    }
                    r.integer("children", 1, 20);
                    if (o.contains("share")) r.exact("share");
                } else if (type == "fixed") {
                    for (auto& [key, value] : o.items()) {
                        (void)value;
                        if (key != "type" && key != "mrp" && key != "tenge" && key != "set_on")
                            bad(f + "." + key, "is not a field of a fixed order");
                    }
                    if (o.contains("mrp") == o.contains("tenge")) bad(f, "a fixed order gives either mrp or tenge");
                    if (o.contains("mrp")) {
                        auto x = r.exact("mrp");
                        if (x && !(Fraction(0) < *x)) bad(f + ".mrp", "must be > 0");
                    }
                    if (o.contains("tenge")) r.money("tenge");
                    if (o.contains("set_on")) r.date("set_on");
                } else {
                    c.warn(file, node, f + ".type", "guide.prefill_type",
                           "order type \"" + type + "\" is not share or fixed: check it against the estimator");
                }
                for (auto& e : errs) bad(e.path, e.message);
            }
        }
    }
    if (p.contains("income")) {
        const Json& inc = p["income"];
        Errors errs;
        JsonReader r(inc, field + ".income", errs);
        if (!inc.is_object()) {
            bad(field + ".income", "must be an object {monthly, basis}");
        } else {
            if (inc.contains("monthly")) r.money("monthly");
            if (auto b = r.string("basis", false); b && *b != "gross" && *b != "net")
                bad(field + ".income.basis", "must be gross or net");
        }
        for (auto& e : errs) bad(e.path, e.message);
    }
    if (p.contains("payer") && (!p["payer"].is_string() || p["payer"].get<std::string>().empty()))
        bad(field + ".payer", "must be a string such as \"not_working\"");
}

void check_topic_graph(Ctx& c, const Topic& t) {
    const std::string& file = t.file;
    auto edges = [&](const Node& n) {
        std::vector<std::pair<std::string, std::string>> out;  // (field, next id)
        if (n.type == NodeType::question)
            for (std::size_t i = 0; i < n.options.size(); ++i)
                out.emplace_back("nodes[" + std::to_string(n.index) + "].options[" + std::to_string(i) + "].next",
                                 n.options[i].next);
        else if (n.type == NodeType::info)
            out.emplace_back("nodes[" + std::to_string(n.index) + "].next", n.next);
        return out;
    };

    // Every next exists, in this topic.
    for (const auto& n : t.nodes) {
        for (const auto& [field, next] : edges(n)) {
            if (next.empty()) continue;  // reported by the loader or below as a dead end
            if (t.find(next)) continue;
            const Topic* other = nullptr;
            if (c.guide.node(next, &other) && other)
                c.error(file, n.id, field, "guide.next",
                        "next \"" + next + "\" is in topic \"" + other->id + "\": routes stay within their topic");
            else
                c.error(file, n.id, field, "guide.next", "next \"" + next + "\" does not exist");
        }
        std::string at = "nodes[" + std::to_string(n.index) + "]";
        if (n.type == NodeType::question && n.options.size() < 2)
            c.error(file, n.id, at + ".options", "guide.dead_end", "a question needs at least two options");
        if (n.type == NodeType::info && n.next.empty())
            c.error(file, n.id, at + ".next", "guide.dead_end", "an info node must lead somewhere");
    }

    // Reachable from the start.
    const Node* start = t.start_node();
    if (!start) {
        c.error(file, "", "start", "guide.start", "start \"" + t.start + "\" is not a node of this topic");
        return;
    }
    std::set<std::string> reached{start->id};
    std::vector<const Node*> todo{start};
    while (!todo.empty()) {
        const Node* n = todo.back();
        todo.pop_back();
        for (const auto& e : edges(*n))
            if (const Node* m = t.find(e.second); m && reached.insert(m->id).second) todo.push_back(m);
    }
    for (const auto& n : t.nodes)
        if (!reached.count(n.id))
            c.error(file, n.id, "nodes[" + std::to_string(n.index) + "]", "guide.unreachable",
                    "cannot be reached from the start \"" + t.start + "\"");

    // No cycles: a depth-first walk over every node; an edge back to a node still on the stack closes a loop.
    std::map<std::string, int> color;  // 0 new, 1 on the stack, 2 done
    for (const auto& root : t.nodes) {
        if (color[root.id] != 0) continue;
        std::vector<std::pair<const Node*, std::size_t>> stack{{&root, 0}};
        color[root.id] = 1;
        while (!stack.empty()) {
            auto& [n, k] = stack.back();
            auto es = edges(*n);
            if (k >= es.size()) {
                color[n->id] = 2;
                stack.pop_back();
                continue;
            }
            auto [field, next] = es[k++];
            const Node* m = t.find(next);
            if (!m) continue;
            int& col = color[m->id];
            if (col == 1)
                c.error(t.file, n->id, field, "guide.cycle",
                        "\"" + n->id + "\" → \"" + m->id + "\" closes a loop: every path must end in a result");
            else if (col == 0) {
                col = 1;
                stack.emplace_back(m, 0);
            }
        }
    }
}

void check_node(Ctx& c, const Topic& t, const Node& n) {
    const std::string at = "nodes[" + std::to_string(n.index) + "]";
    const std::string& file = t.file;
    switch (n.type) {
        case NodeType::question:
            c.report.counts.questions++;
            check_text(c, n.text, file, n.id, at + ".text");
            if (n.help) check_text(c, *n.help, file, n.id, at + ".help");
            for (std::size_t i = 0; i < n.options.size(); ++i)
                check_text(c, n.options[i].label, file, n.id, at + ".options[" + std::to_string(i) + "].label");
            break;
        case NodeType::info:
            c.report.counts.infos++;
            check_text(c, n.text, file, n.id, at + ".text");
            check_citations(c, n.citations, file, n.id, at + ".citations");
            break;
        case NodeType::result: {
            c.report.counts.results++;
            check_text(c, n.title, file, n.id, at + ".title");
            check_text(c, n.law, file, n.id, at + ".law");
            if (n.where) check_text(c, *n.where, file, n.id, at + ".where");
            auto list = [&](const std::vector<LocalizedText>& v, const char* name) {
                for (std::size_t i = 0; i < v.size(); ++i)
                    check_text(c, v[i], file, n.id, at + "." + name + "[" + std::to_string(i) + "]");
            };
            list(n.documents, "documents");
            list(n.terms, "terms");
            list(n.next_steps, "next_steps");
            check_citations(c, n.citations, file, n.id, at + ".citations");
            if (n.citations.empty())
                c.warn(file, n.id, at + ".citations", "guide.no_citations", "a result should cite the law");
            for (std::size_t i = 0; i < n.actions.size(); ++i) {
                const Action& a = n.actions[i];
                std::string f = at + ".actions[" + std::to_string(i) + "]";
                if (a.prefill.is_null()) continue;
                if (a.type != "estimator")
                    c.error(file, n.id, f + ".prefill", "guide.prefill", "only the estimator takes a prefill");
                else
                    check_prefill(c, a.prefill, file, n.id, f + ".prefill");
            }
            break;
        }
    }
}

}  // namespace

CheckReport check_guide(const Guide& guide, const law::Sources* sources, const law::ParameterSet* params,
                        Date as_of, const std::vector<std::string>* guide_files, const StyleRules* style) {
    CheckReport report;
    Ctx c{guide, sources, params, style, as_of, report, {}, {}, {}};

    // topics.json lists every topic file and nothing else (missing files are reported by the loader).
    if (guide_files) {
        std::set<std::string> listed(guide.listed.begin(), guide.listed.end());
        for (const auto& f : *guide_files) {
            if (f == topics_file || f == glossary_file) continue;
            if (f.size() < 5 || f.compare(f.size() - 5, 5, ".json") != 0) continue;
            std::string stem = f.substr(std::string(guide_dir).size(), f.size() - 5 - std::string(guide_dir).size());
            if (stem.find('/') != std::string::npos || !listed.count(stem))
                c.error(f, "", "", "guide.unlisted", "is not listed in guide/topics.json");
        }
    }

    // Node ids are unique across all topics.
    std::map<std::string, std::string> owner;  // node id → file
    for (std::size_t ti = 0; ti < guide.topics.size(); ++ti) {
        const Topic& t = guide.topics[ti];
        report.counts.topics++;
        if (t.order != static_cast<int>(ti) + 1)
            c.warn(t.file, "", "order", "guide.order",
                   "is " + std::to_string(t.order) + " but topics.json puts this topic at " + std::to_string(ti + 1));
        check_text(c, t.title, t.file, "", "title");
        check_text(c, t.summary, t.file, "", "summary");
        for (const auto& n : t.nodes) {
            auto [it, fresh] = owner.emplace(n.id, t.file);
            if (!fresh)
                c.error(t.file, n.id, "nodes[" + std::to_string(n.index) + "].id", "guide.duplicate_id",
                        "id already used in " + it->second);
            check_node(c, t, n);
        }
        check_topic_graph(c, t);
    }

    for (const auto& term : guide.glossary.terms) {
        report.counts.glossary_terms++;
        const std::string at = "terms[" + std::to_string(term.index) + "]";
        check_text(c, term.term, glossary_file, term.id, at + ".term");
        check_text(c, term.definition, glossary_file, term.id, at + ".definition");
        check_citations(c, term.citations, glossary_file, term.id, at + ".citations");
        if (owner.count(term.id))
            c.error(glossary_file, term.id, at + ".id", "guide.duplicate_id", "a glossary term has a node's id");
    }
    for (const auto& term : guide.glossary.terms)
        if (!c.used_terms.count(term.id))
            c.warn(glossary_file, term.id, "terms[" + std::to_string(term.index) + "]", "glossary.unused",
                   "no text marks this term with [[" + term.id + "|…]]");

    for (auto* notes : {&c.unconfirmed, &c.outdated})
        for (auto& [id, entry] : *notes) {
            Issue i = entry.first;
            if (entry.second > 1) i.message += " (used in " + std::to_string(entry.second) + " places; first here)";
            report.warnings.push_back(std::move(i));
        }
    return report;
}

void check_strings_style(const StyleRules& style, const i18n::Catalog& catalog, const std::string& file,
                         Issues& errors) {
    for (const auto& [key, raw] : catalog.strings()) {
        // UI strings hold {name} placeholders for numbers and amounts: read each as "{…}", never as words.
        std::string text;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            auto close = raw[i] == '{' ? raw.find('}', i) : std::string::npos;
            if (close != std::string::npos && close > i + 1 &&
                raw.find_first_not_of("abcdefghijklmnopqrstuvwxyz_0123456789", i + 1) == close) {
                text += "{…}";
                i = close;
            } else {
                text += raw[i];
            }
        }
        for (const auto& hit : find_style_hits(style, text, catalog.lang(), key))
            errors.push_back(Issue{file, key, "", "style.term", style_message(hit)});
    }
}

Linted lint(const AssetReader& assets, Date as_of) {
    Linted out;
    Issues& loader = out.report.errors;

    auto loaded = load_guide_partial(assets);
    out.content.guide = std::move(loaded.guide);
    loader = std::move(loaded.issues);

    const std::string sources_path = "law/sources.json";
    bool have_sources = false;
    if (auto text = assets.read ? assets.read(sources_path) : std::nullopt) {
        Errors errs;
        out.content.sources = law::Sources::parse_lenient(*text, sources_path, errs);
        have_sources = true;
        for (auto& e : errs) {
            std::string field = e.path.rfind(sources_path + ": ", 0) == 0 ? e.path.substr(sources_path.size() + 2) : e.path;
            loader.push_back(Issue{sources_path, "", field, e.code, e.message});
        }
    } else {
        loader.push_back(Issue{sources_path, "", "", "asset.missing", "cannot be read"});
    }

    const std::string params_dir = "law/parameters/";
    for (const auto& path : assets.list ? assets.list(params_dir) : std::vector<std::string>{}) {
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".json") != 0) continue;
        auto text = assets.read(path);
        if (!text) {
            loader.push_back(Issue{path, "", "", "asset.missing", "cannot be read"});
            continue;
        }
        auto p = law::ParameterSet::parse(*text, path);
        if (!p) {
            for (const auto& e : p.errors()) {
                std::string field = e.path.rfind(path + ".", 0) == 0 ? e.path.substr(path.size() + 1) : e.path;
                loader.push_back(Issue{path, "", field == path ? "" : field, e.code, e.message});
            }
            continue;
        }
        // Every citation used anywhere must exist: the parameters' sources too.
        for (std::size_t i = 0; i < p->values.size(); ++i) {
            const auto& cite = p->values[i].source.cite;
            if (!have_sources) break;
            if (auto r = out.content.sources.resolve(cite); !r)
                loader.push_back(Issue{path, p->id, "values[" + std::to_string(i) + "].source.cite",
                                       r.errors()[0].code, "\"" + cite + "\": " + r.errors()[0].message});
        }
        out.content.parameters.add(std::move(p).value());
    }

    bool have_style = false;
    if (auto text = assets.read ? assets.read(style_file) : std::nullopt) {
        auto st = StyleRules::parse(*text, style_file);
        if (st) {
            out.content.style = std::move(st).value();
            have_style = true;
        } else {
            for (const auto& e : st.errors()) loader.push_back(Issue{style_file, "", e.path, e.code, e.message});
        }
    }

    std::vector<std::string> files = assets.list ? assets.list(guide_dir) : std::vector<std::string>{};
    CheckReport checked = check_guide(out.content.guide, have_sources ? &out.content.sources : nullptr,
                                      &out.content.parameters, as_of, &files, have_style ? &out.content.style : nullptr);
    if (have_style) {
        // The law's titles are shown too (citations, the About screen's values): the same style applies.
        auto titled = [&](const i18n::LocalizedText& t, const std::string& file, const std::string& node,
                          const std::string& field, bool statute) {
            for (Lang lang : i18n::all_langs)
                for (const auto& hit : find_style_hits(out.content.style, t.get(lang), lang, node, statute))
                    checked.errors.push_back(Issue{file, node, lang_field(field, lang), "style.term", style_message(hit)});
        };
        for (const auto& act : out.content.sources.acts()) {
            titled(act.short_name, sources_path, act.id, "short", true);
            titled(act.title, sources_path, act.id, "title", true);
        }
        for (const auto& article : out.content.sources.articles())
            titled(article.title, sources_path, article.id, "title", true);
        for (const auto& [id, parameter] : out.content.parameters.all()) {
            std::string file = params_dir;
            for (char c : id) file += c == '.' ? '/' : c;
            titled(parameter.title, file + ".json", id, "title", false);
        }
        for (const auto& path : assets.list ? assets.list("i18n/") : std::vector<std::string>{}) {
            if (path.size() < 5 || path.compare(path.size() - 5, 5, ".json") != 0) continue;
            auto text = assets.read(path);
            if (!text) continue;
            auto catalog = i18n::Catalog::load(*text, path);
            if (!catalog) {
                for (const auto& e : catalog.errors()) loader.push_back(Issue{path, "", e.path, e.code, e.message});
                continue;
            }
            check_strings_style(out.content.style, *catalog, path, checked.errors);
        }
    }
    out.report.errors.insert(out.report.errors.end(), checked.errors.begin(), checked.errors.end());
    out.report.warnings = std::move(checked.warnings);
    out.report.counts = checked.counts;
    return out;
}

}  // namespace otbasy::core::guide
