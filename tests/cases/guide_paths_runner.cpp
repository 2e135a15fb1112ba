// Runs one guide path case (tests/cases/guide_paths/<name>.json) against the real content: answers in, node ids out.
// Exit 0 when the walk matches, 1 with a message naming the first difference (or the case file's problem).
//
// Case format (schema 1):
//   { "schema": 1, "topic": "divorce", "note": "why this path matters",
//     "answers": [ {"node": "q_…", "option": "…"}, … ],     // in the order the person answers
//     "path": ["q_…", "i_…", …, "r_…"],                      // every node from the start, information nodes too
//     "result": "r_…",                                        // where the walk ends
//     "actions": ["estimator"],                               // optional: the result's action types, in order
//     "prefill": { … } }                                      // optional: the estimator action's prefill, exactly
// Tests assert node ids, never wording (GOV.UK Smart Answers): the content may be rewritten freely.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/guide/session.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy;
using namespace otbasy::core::guide;
using otbasy::core::Json;

namespace {

int fail(const std::string& file, const std::string& message) {
    std::fprintf(stderr, "%s: FAIL: %s\n", file.c_str(), message.c_str());
    return 1;
}

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : " → ") + x;
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: guide_paths_runner CASE.json\n");
        return 1;
    }
    const std::string file = argv[1];
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(file, "cannot be read");
    std::stringstream ss;
    ss << in.rdbuf();
    auto parsed = core::parse_json(ss.str(), file);
    if (!parsed) return fail(file, "is not valid JSON");
    const Json& c = *parsed;

    // The case file itself.
    if (!c.is_object() || c.value("schema", 0) != 1) return fail(file, "needs \"schema\": 1");
    for (const char* key : {"topic", "result"})
        if (!c.contains(key) || !c[key].is_string()) return fail(file, std::string("needs a string \"") + key + "\"");
    if (!c.contains("answers") || !c["answers"].is_array()) return fail(file, "needs \"answers\": [{node, option}]");
    if (!c.contains("path") || !c["path"].is_array()) return fail(file, "needs \"path\": [node ids]");
    for (auto& [key, value] : c.items()) {
        (void)value;
        if (key != "schema" && key != "topic" && key != "note" && key != "answers" && key != "path" &&
            key != "result" && key != "actions" && key != "prefill")
            return fail(file, "unknown field \"" + key + "\"");
    }
    std::vector<Answer> answers;
    for (const auto& a : c["answers"]) {
        if (!a.is_object() || !a.contains("node") || !a["node"].is_string() || !a.contains("option") ||
            !a["option"].is_string())
            return fail(file, "each answer is {\"node\": \"q_…\", \"option\": \"…\"}");
        answers.push_back(Answer{a["node"].get<std::string>(), a["option"].get<std::string>()});
    }
    std::vector<std::string> expected_path;
    for (const auto& p : c["path"]) {
        if (!p.is_string()) return fail(file, "\"path\" holds node ids");
        expected_path.push_back(p.get<std::string>());
    }

    // The real content, through the app's loader.
    auto guide = load_guide(platform::assets_from_dir(OTBASY_ASSETS_DIR));
    if (!guide) {
        for (const auto& e : guide.errors()) std::fprintf(stderr, "  %s: %s\n", e.path.c_str(), e.message.c_str());
        return fail(file, "the guide does not load (run: otbasy-cli guide lint)");
    }

    const std::string topic = c["topic"].get<std::string>();
    auto walk = replay(*guide, topic, answers);
    if (!walk) return fail(file, walk.errors()[0].path + ": " + walk.errors()[0].message);
    const Session& s = *walk;

    if (s.path() != expected_path)
        return fail(file, "path differs\n  expected: " + join(expected_path) + "\n  actual:   " + join(s.path()));
    const std::string result = c["result"].get<std::string>();
    if (s.current().id != result) return fail(file, "ends at \"" + s.current().id + "\", expected \"" + result + "\"");
    if (!s.at_result()) return fail(file, "\"" + result + "\" is not a result node");

    const Node& r = s.current();
    if (c.contains("actions")) {
        std::vector<std::string> expected, actual;
        for (const auto& a : c["actions"])
            if (a.is_string()) expected.push_back(a.get<std::string>());
        for (const auto& a : r.actions) actual.push_back(a.type);
        if (expected != actual) return fail(file, "actions differ: expected [" + join(expected) + "], actual [" + join(actual) + "]");
    }
    if (c.contains("prefill")) {
        const Json* prefill = nullptr;
        for (const auto& a : r.actions)
            if (a.type == "estimator") prefill = &a.prefill;
        if (!prefill) return fail(file, "the result has no estimator action");
        if (*prefill != c["prefill"])
            return fail(file, "prefill differs: expected " + c["prefill"].dump() + ", actual " + prefill->dump());
    }

    // The same walk survives a save and resume.
    auto resumed = Session::from_json(*guide, s.to_json());
    if (!resumed || resumed->path() != s.path() || resumed->current().id != s.current().id)
        return fail(file, "the walk does not survive to_json/from_json");

    std::printf("%s: ok (%zu answers, %zu steps, %s)\n", file.c_str(), answers.size(), s.path().size(), result.c_str());
    return 0;
}
