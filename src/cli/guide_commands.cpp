// otbasy-cli commands of the guide: lint the content, search it, walk a topic, show a node, export static HTML.
// Layer: cli (native). The only place of the guide that reads the clock (for a default --as-of) or writes files.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "core/guide/checker.hpp"
#include "core/guide/html_export.hpp"
#include "core/guide/marks.hpp"
#include "core/guide/search.hpp"
#include "core/guide/session.hpp"
#include "core/triage/triage.hpp"

namespace otbasy::cli {

namespace {

using core::Date;
using core::Json;
using namespace core::guide;
namespace i18n = core::i18n;

Date today() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
#if defined(_WIN32)
    localtime_s(&tm, &t);
#else
    localtime_r(&t, &tm);
#endif
    return Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday).value_or(Date());
}

int bad_input(const std::string& field, const std::string& message) {
    Json j = {{"error", field.empty() ? message : field + ": " + message}};
    std::printf("%s\n", j.dump(2).c_str());
    return exit_bad_input;
}

// Options of the form --name VALUE, removed from args; the rest stay positional.
struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    std::vector<std::string> flags;
    std::string problem;

    Args(const std::vector<std::string>& in, std::initializer_list<const char*> with_value,
         std::initializer_list<const char*> boolean) {
        for (std::size_t i = 0; i < in.size(); ++i) {
            const std::string& a = in[i];
            bool matched = false;
            for (const char* o : with_value) {
                if (a == o) {
                    if (i + 1 >= in.size()) problem = a + " needs a value";
                    else options[a] = in[++i];
                    matched = true;
                }
            }
            for (const char* f : boolean) {
                if (a == f) {
                    flags.push_back(a);
                    matched = true;
                }
            }
            if (!matched) {
                if (a.size() > 2 && a.compare(0, 2, "--") == 0) problem = "unknown option " + a;
                positional.push_back(a);
            }
        }
    }
    bool flag(const char* f) const { return std::find(flags.begin(), flags.end(), f) != flags.end(); }
};

bool parse_as_of(const Args& a, Date& out, int& exit_code) {
    auto it = a.options.find("--as-of");
    if (it == a.options.end()) {
        out = today();
        return true;
    }
    auto d = Date::parse(it->second);
    if (!d) {
        exit_code = bad_input("--as-of", "must be a real date written YYYY-MM-DD");
        return false;
    }
    out = *d;
    return true;
}

Json issue_json(const Issue& i) {
    return Json{{"file", i.file}, {"node", i.node}, {"field", i.field}, {"code", i.code}, {"message", i.message}};
}

Json counts_json(const Counts& c) {
    Json per = Json::object();
    for (auto l : i18n::all_langs) {
        auto li = static_cast<std::size_t>(l);
        per[std::string(i18n::code(l))] = {{"texts", c.texts[li]},
                                           {"words", c.words[li]},
                                           {"nodes", c.nodes()},
                                           {"results", c.results},
                                           {"glossary_terms", c.glossary_terms}};
    }
    return Json{{"topics", c.topics},     {"nodes", c.nodes()},  {"questions", c.questions},
                {"info", c.infos},        {"results", c.results}, {"glossary_terms", c.glossary_terms},
                {"citations", c.citations}, {"languages", per}};
}

void print_report(const CheckReport& r) {
    for (const auto& e : r.errors) std::printf("error: %s\n", e.to_string().c_str());
    for (const auto& w : r.warnings) std::printf("warning: %s\n", w.to_string().c_str());
    const Counts& c = r.counts;
    std::printf("\n%zu topics, %zu nodes (%zu questions, %zu info, %zu results), %zu glossary terms, %zu citations\n",
                c.topics, c.nodes(), c.questions, c.infos, c.results, c.glossary_terms, c.citations);
    for (auto l : i18n::all_langs) {
        auto li = static_cast<std::size_t>(l);
        std::printf("  %s: %zu texts, %zu words; %zu nodes, %zu results, %zu glossary terms\n",
                    std::string(i18n::code(l)).c_str(), c.texts[li], c.words[li], c.nodes(), c.results,
                    c.glossary_terms);
    }
    std::printf("%s: %zu errors, %zu warnings\n", r.ok() ? "OK" : "FAILED", r.errors.size(), r.warnings.size());
}

int guide_lint(Context& ctx) {
    Args a(ctx.args, {"--as-of"}, {"--json", "--quiet"});
    if (!a.problem.empty()) return bad_input("", a.problem);
    if (!a.positional.empty()) return bad_input("", "unexpected argument " + a.positional[0]);
    Date as_of;
    int code = 0;
    if (!parse_as_of(a, as_of, code)) return code;
    auto linted = lint(ctx.assets, as_of);
    const CheckReport& r = linted.report;
    // The static version's strings are part of what a build ships.
    auto strings = load_guide_strings(ctx.assets);
    Issues string_errors;
    if (!strings) {
        for (const auto& e : strings.errors()) string_errors.push_back(Issue{e.path, "", "", e.code, e.message});
    } else {
        for (auto l : i18n::all_langs)
            for (const auto& k : html_string_keys())
                if (!(*strings)[static_cast<std::size_t>(l)].find(k))
                    string_errors.push_back(Issue{"i18n/guide/" + std::string(i18n::code(l)) + ".json", "", "strings",
                                                  "i18n.missing", "no string \"" + k + "\""});
    }
    // The documents' templates, their links to guide results and the court list.
    for (const auto& e : lint_document_assets(ctx.assets, linted.content.sources, linted.content.guide))
        string_errors.push_back(Issue{e.path, "", "", e.code, e.message});
    // Every guide answer the situation box may set must exist and be valid.
    auto rules = core::triage::Rules::load(ctx.assets);
    core::Errors rule_errors = rules ? rules->check(linted.content.guide, &linted.content.parameters, as_of)
                                     : rules.errors();
    for (const auto& e : rule_errors) string_errors.push_back(Issue{e.path, "", "", e.code, e.message});
    CheckReport all = r;
    all.errors.insert(all.errors.end(), string_errors.begin(), string_errors.end());
    if (a.flag("--json")) {
        Json errors = Json::array(), warnings = Json::array();
        for (const auto& e : all.errors) errors.push_back(issue_json(e));
        for (const auto& w : all.warnings) warnings.push_back(issue_json(w));
        Json out = {{"ok", all.ok()},           {"as_of", as_of.to_string()}, {"errors", errors},
                    {"warnings", warnings},     {"counts", counts_json(all.counts)}};
        std::printf("%s\n", out.dump(2).c_str());
    } else {
        if (a.flag("--quiet")) all.warnings.clear();
        std::printf("guide lint on %s\n", as_of.to_string().c_str());
        print_report(all);
    }
    return all.ok() ? exit_ok : exit_failed;
}

int search(Context& ctx) {
    Args a(ctx.args, {"--lang", "--limit", "--as-of"}, {});
    if (!a.problem.empty()) return bad_input("", a.problem);
    auto lang_it = a.options.find("--lang");
    if (lang_it == a.options.end()) return bad_input("--lang", "is required: kk, ru or en");
    auto lang = i18n::parse_lang(lang_it->second);
    if (!lang) return bad_input("--lang", "must be kk, ru or en");
    std::size_t limit = 20;
    if (auto it = a.options.find("--limit"); it != a.options.end()) {
        char* end = nullptr;
        long n = std::strtol(it->second.c_str(), &end, 10);
        if (!end || *end != '\0' || n < 1 || n > 1000) return bad_input("--limit", "must be a number from 1 to 1000");
        limit = static_cast<std::size_t>(n);
    }
    if (a.positional.empty()) return bad_input("query", "is required");
    std::string query;
    for (const auto& p : a.positional) query += (query.empty() ? "" : " ") + p;
    Date as_of;
    int code = 0;
    if (!parse_as_of(a, as_of, code)) return code;
    auto linted = lint(ctx.assets, as_of);
    // Searching half-checked content is still useful while writing it; exporting it is not (export-html refuses).
    if (!linted.report.ok())
        std::fprintf(stderr, "otbasy-cli: warning: the content has %zu errors (run: otbasy-cli guide lint)\n",
                     linted.report.errors.size());
    auto lexicon = core::triage::Lexicon::load(ctx.assets);
    auto index = SearchIndex::build(linted.content.guide, &linted.content.parameters, as_of,
                                    lexicon.ok() ? &lexicon.value() : nullptr);
    Json hits = Json::array();
    for (const auto& h : index.search(query, *lang, limit))
        hits.push_back({{"id", h.id}, {"topic", h.topic}, {"title", h.title}});
    std::printf("%s\n", hits.dump(2).c_str());
    return exit_ok;
}

int guide_walk(Context& ctx) {
    Args a(ctx.args, {}, {});
    if (!a.problem.empty()) return bad_input("", a.problem);
    if (a.positional.empty() || a.positional.size() > 2) return bad_input("", "usage: guide walk TOPIC [FILE|-]");
    std::string text;
    if (!read_input(a.positional.size() == 2 ? a.positional[1] : "-", text))
        return bad_input("input", "cannot be read");
    auto parsed = core::parse_json(text, "");
    if (!parsed) return bad_input("input", "is not valid JSON");
    std::vector<Answer> answers;
    const Json& j = *parsed;
    if (!j.is_object() || !j.contains("answers") || !j["answers"].is_array())
        return bad_input("answers", "must be a list of {\"node\", \"option\"}");
    for (std::size_t i = 0; i < j["answers"].size(); ++i) {
        const Json& e = j["answers"][i];
        if (!e.is_object() || !e.contains("node") || !e["node"].is_string() || !e.contains("option") ||
            !e["option"].is_string())
            return bad_input("answers[" + std::to_string(i) + "]", "must be {\"node\": \"q_…\", \"option\": \"…\"}");
        answers.push_back(Answer{e["node"].get<std::string>(), e["option"].get<std::string>()});
    }
    auto loaded = load_guide(ctx.assets);
    if (!loaded) {
        std::fprintf(stderr, "otbasy-cli: the guide does not load (run: otbasy-cli guide lint)\n");
        return exit_failed;
    }
    auto s = replay(*loaded, a.positional[0], answers);
    if (!s) return bad_input(s.errors()[0].path, s.errors()[0].message);
    Json review = Json::array();
    for (const auto& r : s->review()) review.push_back({{"node", r.question->id}, {"option", r.option->id}});
    Json out = {{"topic", s->topic().id},
                {"path", s->path()},
                {"current", s->current().id},
                {"result", s->at_result() ? Json(s->current().id) : Json(nullptr)},
                {"review", review},
                {"state", s->to_json()}};
    std::printf("%s\n", out.dump(2).c_str());
    return exit_ok;
}

int guide_show(Context& ctx) {
    Args a(ctx.args, {"--lang", "--as-of"}, {});
    if (!a.problem.empty()) return bad_input("", a.problem);
    if (a.positional.size() != 1) return bad_input("", "usage: guide show NODE_ID [--lang kk|ru|en] [--as-of DATE]");
    i18n::Lang lang = i18n::Lang::ru;
    if (auto it = a.options.find("--lang"); it != a.options.end()) {
        auto l = i18n::parse_lang(it->second);
        if (!l) return bad_input("--lang", "must be kk, ru or en");
        lang = *l;
    }
    Date as_of;
    int code = 0;
    if (!parse_as_of(a, as_of, code)) return code;
    auto linted = lint(ctx.assets, as_of);
    const Content& c = linted.content;
    const Topic* topic = nullptr;
    const Node* n = c.guide.node(a.positional[0], &topic);
    if (!n) return bad_input("node", "no node \"" + a.positional[0] + "\"");
    auto r = [&](const LocalizedText& t) { return render_plain(t.get(lang), lang, &c.parameters, as_of); };
    auto list = [&](const std::vector<LocalizedText>& v) {
        Json out = Json::array();
        for (const auto& t : v) out.push_back(r(t));
        return out;
    };
    Json out = {{"id", n->id}, {"topic", topic->id}, {"type", std::string(type_name(n->type))}};
    if (n->type == NodeType::result) {
        out["title"] = r(n->title);
        out["law"] = r(n->law);
        out["documents"] = list(n->documents);
        if (n->where) out["where"] = r(*n->where);
        out["terms"] = list(n->terms);
        out["next_steps"] = list(n->next_steps);
    } else {
        out["text"] = r(n->text);
        if (n->help) out["help"] = r(*n->help);
    }
    if (n->type == NodeType::question) {
        Json opts = Json::array();
        for (const auto& o : n->options) opts.push_back({{"id", o.id}, {"label", r(o.label)}, {"next", o.next}});
        out["options"] = opts;
    }
    if (n->type == NodeType::info) out["next"] = n->next;
    Json cites = Json::array();
    for (const auto& id : n->citations) {
        auto cit = c.sources.resolve(id);
        if (cit)
            cites.push_back({{"id", id}, {"label", cit->label(lang)}, {"title", cit->title(lang)}, {"url", cit->url(lang)}});
        else
            cites.push_back({{"id", id}, {"error", cit.errors()[0].message}});
    }
    out["citations"] = cites;
    std::printf("%s\n", out.dump(2).c_str());
    return exit_ok;
}

int export_html_command(Context& ctx) {
    Args a(ctx.args, {"--as-of", "--app-href"}, {});
    if (!a.problem.empty()) return bad_input("", a.problem);
    if (a.positional.size() != 1) return bad_input("", "usage: export-html OUTDIR [--as-of YYYY-MM-DD] [--app-href URL]");
    Date as_of;
    int code = 0;
    if (!parse_as_of(a, as_of, code)) return code;
    auto linted = lint(ctx.assets, as_of);
    if (!linted.report.ok()) {
        // Bad content never reaches users: the build fails with the checker's report.
        for (const auto& e : linted.report.errors) std::fprintf(stderr, "error: %s\n", e.to_string().c_str());
        std::fprintf(stderr, "otbasy-cli: export-html refused: %zu content errors\n", linted.report.errors.size());
        return exit_failed;
    }
    auto strings = load_guide_strings(ctx.assets);
    if (!strings) {
        for (const auto& e : strings.errors())
            std::fprintf(stderr, "error: %s: %s\n", e.path.c_str(), e.message.c_str());
        return exit_failed;
    }
    HtmlOptions options;
    options.as_of = as_of;
    if (auto it = a.options.find("--app-href"); it != a.options.end()) options.app_href = it->second;
    auto files = export_html(linted.content, *strings, options);
    if (!files) {
        for (const auto& e : files.errors()) std::fprintf(stderr, "error: %s: %s\n", e.path.c_str(), e.message.c_str());
        return exit_failed;
    }
    namespace fs = std::filesystem;
    fs::path out(a.positional[0]);
    std::size_t bytes = 0;
    for (const auto& f : *files) {
        fs::path p = out / f.path;
        std::error_code ec;
        fs::create_directories(p.parent_path(), ec);
        std::ofstream o(p, std::ios::binary);
        if (!o || !(o << f.content)) {
            std::fprintf(stderr, "otbasy-cli: cannot write %s\n", p.string().c_str());
            return exit_failed;
        }
        bytes += f.content.size();
    }
    Json summary = {{"out", out.string()}, {"as_of", as_of.to_string()}, {"files", files->size()}, {"bytes", bytes}};
    std::printf("%s\n", summary.dump(2).c_str());
    return exit_ok;
}

}  // namespace

void add_guide_commands(std::vector<Command>& out) {
    out.push_back({"guide lint", "[--as-of YYYY-MM-DD] [--json] [--quiet]",
                   "check the guide content; every problem with file and node id; exit 1 on errors", guide_lint});
    out.push_back({"guide walk", "TOPIC [FILE|-]",
                   "replay {\"answers\":[{\"node\",\"option\"}]} through a topic; print the path", guide_walk});
    out.push_back({"guide show", "NODE_ID [--lang kk|ru|en] [--as-of YYYY-MM-DD]",
                   "print one node rendered in a language (marks and parameters resolved)", guide_show});
    out.push_back({"search", "--lang kk|ru|en [--limit N] \"QUERY\"",
                   "search the guide and glossary; JSON [{id, topic, title}], best first", search});
    out.push_back({"export-html", "OUTDIR [--as-of YYYY-MM-DD] [--app-href URL]",
                   "write the static HTML guide (index.html, guide.css, <lang>/<topic>.html)", export_html_command});
}

}  // namespace otbasy::cli
