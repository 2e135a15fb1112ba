// otbasy-cli triage: a person's own words → topics, facts, guide answers, safety. Layer: cli (native).
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "core/guide/checker.hpp"
#include "core/i18n/fold.hpp"
#include "core/triage/triage.hpp"

namespace otbasy::cli {

namespace {

using core::Json;
namespace triage = core::triage;

int bad(const std::string& message) {
    std::printf("%s\n", Json{{"error", message}}.dump(2).c_str());
    return exit_bad_input;
}

int triage_command(Context& ctx) {
    std::string lang_code, text, model_path = OTBASY_TRIAGE_MODEL, as_of_text;
    bool have_text = false;
    for (std::size_t i = 0; i < ctx.args.size(); ++i) {
        const std::string& a = ctx.args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= ctx.args.size()) return false;
            into = ctx.args[++i];
            return true;
        };
        if (a == "--lang") {
            if (!value(lang_code)) return bad("--lang needs a value: kk or ru");
        } else if (a == "--model") {
            if (!value(model_path)) return bad("--model needs a file");
        } else if (a == "--as-of") {
            if (!value(as_of_text)) return bad("--as-of needs a date");
        } else if (a.size() > 2 && a.compare(0, 2, "--") == 0) {
            return bad("unknown option " + a);
        } else {
            text += (have_text ? " " : "") + a;
            have_text = true;
        }
    }
    if (lang_code.empty()) return bad("--lang: is required: kk or ru");
    auto lang = core::i18n::parse_lang(lang_code);
    if (!lang || *lang == core::i18n::Lang::en) return bad("--lang: must be kk or ru");
    if (!have_text) return bad("text: is required (otbasy-cli triage --lang kk \"...\")");
    if (text.size() > 4096) return bad("text: at most 4096 bytes");
    if (core::i18n::fold_words(text).empty()) return bad("text: has no words");
    core::Date as_of = *core::Date::parse("2026-06-01");
    if (!as_of_text.empty()) {
        auto d = core::Date::parse(as_of_text);
        if (!d) return bad("--as-of: must be a real date written YYYY-MM-DD");
        as_of = *d;
    }

    std::ifstream f(model_path, std::ios::binary);
    std::ostringstream bytes;
    if (!f || !(bytes << f.rdbuf())) {
        std::fprintf(stderr, "otbasy-cli: cannot read the triage model %s (build it: tools/build.sh native)\n",
                     model_path.c_str());
        return exit_failed;
    }
    auto model = triage::Model::parse(bytes.str());
    if (!model) {
        std::fprintf(stderr, "otbasy-cli: %s: %s\n", model_path.c_str(), model.errors()[0].message.c_str());
        return exit_failed;
    }
    auto t = triage::Triage::load(ctx.assets);
    auto linted = core::guide::lint(ctx.assets, as_of);
    if (!t || !linted.report.ok()) {
        std::fprintf(stderr, "otbasy-cli: the content does not load (run: otbasy-cli guide lint)\n");
        return exit_failed;
    }
    auto outcome = t->read(text, &*model);
    Json out = triage::outcome_json(outcome, t->rules(), linted.content.guide, &linted.content.parameters, as_of);
    std::printf("%s\n", out.dump(2).c_str());
    return exit_ok;
}

}  // namespace

void add_triage_commands(std::vector<Command>& out) {
    out.push_back({"triage", "--lang kk|ru [--model FILE] \"TEXT\"",
                   "read a situation in a person's own words: JSON {topics, facts, answers, safety}", triage_command});
}

}  // namespace otbasy::cli
