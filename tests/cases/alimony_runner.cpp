// Runs one named legal case of tests/cases/alimony/*.json through the same path as the CLI (parse → estimate or
// arrears → JSON) and compares the fields the case expects. Exit 0 pass, 1 fail (with a readable diff).
//
// A case: {"schema": 1, "name": "<file stem>", "kind": "alimony" | "arrears", "basis": "articles", "working": "by
// hand", "input": {...as for the CLI...}, "expect": {...a subset of the output...} | {"errors": ["field", ...]},
// optional "expect_citations": [...] (each cited by some step or warning), "expect_steps": [...] and
// "expect_warnings": [...] (ids that must appear), "expect_no_warnings": [...] (ids that must not)}.
// Objects in "expect" are compared key by key (only the keys given), lists element by element (same length),
// amounts exactly to the tiyn.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/alimony/json_io.hpp"
#include "core/law/parameters.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy::core;
using otbasy::core::alimony::all_text_ids;

namespace {

std::vector<std::string> failures;

void fail(const std::string& what) { failures.push_back(what); }

std::string show(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

const Json* find(const Json& node, const char* key) {
    if (!node.is_object()) return nullptr;
    auto it = node.find(key);
    return it == node.end() ? nullptr : &*it;
}

void compare(const Json& expected, const Json& actual, const std::string& path) {
    if (expected.is_object()) {
        if (!actual.is_object()) return fail(path + ": expected an object, got " + show(actual));
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            auto a = actual.find(it.key());
            const std::string p = path.empty() ? it.key() : path + "." + it.key();
            if (a == actual.end()) {
                fail(p + ": missing in the output (expected " + show(it.value()) + ")");
                continue;
            }
            compare(it.value(), *a, p);
        }
        return;
    }
    if (expected.is_array()) {
        if (!actual.is_array()) return fail(path + ": expected a list, got " + show(actual));
        if (expected.size() != actual.size())
            return fail(path + ": expected " + std::to_string(expected.size()) + " elements, got " +
                        std::to_string(actual.size()) + ": " + show(actual));
        for (std::size_t i = 0; i < expected.size(); ++i)
            compare(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
        return;
    }
    if (expected.is_number() && actual.is_number()) {
        // Amounts: compare as exact decimals (tiyn), never as binary floats.
        std::string pe, pa;
        auto me = json_to_money(expected, pe), ma = json_to_money(actual, pa);
        if (me && ma) {
            if (*me != *ma)
                fail(path + ": expected " + me->to_decimal_string() + ", got " + ma->to_decimal_string() +
                     " (difference " + (*ma - *me).to_decimal_string() + ")");
            return;
        }
    }
    if (expected != actual) fail(path + ": expected " + show(expected) + ", got " + show(actual));
}

// Every emitted step and warning must be a registered text id with exactly its registered arguments.
void check_registered(const Json& list, const char* what) {
    if (!list.is_array()) return;
    for (const auto& s : list) {
        const Json* id = find(s, "id");
        const Json* args = find(s, "args");
        if (!id || !id->is_string() || !args || !args->is_object()) {
            fail(std::string(what) + ": malformed " + show(s));
            continue;
        }
        const std::string sid = id->get<std::string>();
        auto it = std::find_if(all_text_ids().begin(), all_text_ids().end(),
                               [&](const alimony::TextId& t) { return t.id == sid; });
        if (it == all_text_ids().end()) {
            fail(std::string(what) + ": \"" + sid + "\" is not in all_text_ids()");
            continue;
        }
        if (const Json* param = find(*args, "param")) {
            const auto& ids = alimony::parameter_ids();
            if (!param->is_string() || std::find(ids.begin(), ids.end(), param->get<std::string>()) == ids.end())
                fail(std::string(what) + ": \"" + sid + "\" names a parameter missing from parameter_ids(): " +
                     show(*param));
        }
        std::set<std::string> want, got;
        std::istringstream words{std::string(it->args)};
        for (std::string w; words >> w;) want.insert(w);
        for (auto a = args->begin(); a != args->end(); ++a) got.insert(a.key());
        if (want != got) fail(std::string(what) + ": \"" + sid + "\" has arguments " + show(*args) +
                              ", registered: \"" + std::string(it->args) + "\"");
    }
}

std::set<std::string> ids_of(const Json& list) {
    std::set<std::string> out;
    if (list.is_array())
        for (const auto& s : list)
            if (const Json* id = find(s, "id"); id && id->is_string()) out.insert(id->get<std::string>());
    return out;
}

std::vector<std::string> strings_of(const Json* list, const char* what) {
    std::vector<std::string> out;
    if (!list) return out;
    if (!list->is_array()) {
        fail(std::string(what) + " must be a list of strings");
        return out;
    }
    for (const auto& s : *list) {
        if (s.is_string())
            out.push_back(s.get<std::string>());
        else
            fail(std::string(what) + " must be a list of strings");
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: alimony_runner CASE.json\n");
        return 1;
    }
    const std::string path = argv[1];
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "%s: cannot read\n", path.c_str());
        return 1;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    auto parsed = parse_json(ss.str(), path);
    if (!parsed) {
        std::fprintf(stderr, "%s: not valid JSON\n", path.c_str());
        return 1;
    }
    const Json& c = *parsed;
    std::string stem = path.substr(path.find_last_of('/') + 1);
    stem = stem.substr(0, stem.rfind(".json"));

    // The case file itself.
    const Json* schema = find(c, "schema");
    const Json* name = find(c, "name");
    const Json* kind = find(c, "kind");
    const Json* input = find(c, "input");
    const Json* expect = find(c, "expect");
    if (!schema || *schema != 1) fail("case: \"schema\" must be 1");
    if (!name || !name->is_string() || name->get<std::string>() != stem) fail("case: \"name\" must equal the file stem");
    for (const char* k : {"basis", "working"}) {
        const Json* t = find(c, k);
        if (!t || !t->is_string() || t->get<std::string>().size() < 10)
            fail(std::string("case: \"") + k + "\" must say how the expected amounts follow from the articles");
    }
    if (!kind || !kind->is_string() || (*kind != "alimony" && *kind != "arrears"))
        fail("case: \"kind\" must be \"alimony\" or \"arrears\"");
    if (!input) fail("case: \"input\" is required");
    if (!expect || !expect->is_object()) fail("case: \"expect\" must be an object");
    if (!failures.empty()) {
        for (const auto& f : failures) std::fprintf(stderr, "FAIL %s: %s\n", stem.c_str(), f.c_str());
        return 1;
    }

    auto parameters = law::ParameterSet::load(otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR));
    if (!parameters) {
        for (const auto& e : parameters.errors())
            std::fprintf(stderr, "parameters: %s: %s\n", e.path.c_str(), e.message.c_str());
        return 1;
    }

    // The same path as `otbasy-cli alimony|arrears`.
    Json actual;
    Errors errors;
    if (*kind == "alimony") {
        auto req = alimony::parse_estimate_input(*input);
        if (!req) {
            errors = req.errors();
        } else if (auto r = alimony::estimate(req->input, *parameters, req->as_of); !r) {
            errors = r.errors();
        } else {
            actual = alimony::to_json(*r);
        }
    } else {
        auto req = alimony::parse_arrears_input(*input);
        if (!req) {
            errors = req.errors();
        } else if (auto r = alimony::arrears(req->input, *parameters, req->as_of); !r) {
            errors = r.errors();
        } else {
            actual = alimony::to_json(*r);
        }
    }
    alimony::qualify_error_codes(errors);

    if (const Json* want_errors = find(*expect, "errors")) {
        std::set<std::string> want, got;
        for (const auto& f : strings_of(want_errors, "expect.errors")) want.insert(f);
        for (const auto& e : errors) got.insert(e.path);
        if (errors.empty()) fail("expected errors at " + show(*want_errors) + ", got a result");
        if (want != got) {
            std::string g;
            for (const auto& e : errors) g += "\n    " + e.path + " [" + e.code + "]: " + e.message;
            fail("expected errors at " + show(*want_errors) + ", got:" + g);
        }
        for (const auto& e : errors)
            if (std::none_of(all_text_ids().begin(), all_text_ids().end(),
                             [&](const alimony::TextId& t) { return t.id == e.code; }))
                fail("error code \"" + e.code + "\" is not in all_text_ids()");
        if (const Json* codes = find(*expect, "error_codes")) {
            for (const auto& code : strings_of(codes, "expect.error_codes"))
                if (std::none_of(errors.begin(), errors.end(), [&](const Error& e) { return e.code == code; }))
                    fail("expected an error with code \"" + code + "\"");
        }
    } else if (!errors.empty()) {
        std::string g;
        for (const auto& e : errors) g += "\n    " + e.path + " [" + e.code + "]: " + e.message;
        fail("expected a result, got errors:" + g);
    } else {
        compare(*expect, actual, "");
        const Json& steps = actual["steps"];
        const Json& warnings = actual["warnings"];
        check_registered(steps, "step");
        check_registered(warnings, "warning");
        std::set<std::string> cites;
        for (const Json* list : {&steps, &warnings})
            for (const auto& s : *list)
                if (const Json* cs = find(s, "cite"); cs && cs->is_array())
                    for (const auto& x : *cs)
                        if (x.is_string()) cites.insert(x.get<std::string>());
        for (const auto& cite : strings_of(find(c, "expect_citations"), "expect_citations"))
            if (!cites.count(cite)) fail("no step or warning cites \"" + cite + "\"");
        const auto step_ids = ids_of(steps), warning_ids = ids_of(warnings);
        for (const auto& id : strings_of(find(c, "expect_steps"), "expect_steps"))
            if (!step_ids.count(id)) fail("no step \"" + id + "\"");
        for (const auto& id : strings_of(find(c, "expect_warnings"), "expect_warnings"))
            if (!warning_ids.count(id)) fail("no warning \"" + id + "\"");
        for (const auto& id : strings_of(find(c, "expect_no_warnings"), "expect_no_warnings"))
            if (warning_ids.count(id)) fail("unexpected warning \"" + id + "\"");
    }

    if (!failures.empty()) {
        std::fprintf(stderr, "FAIL %s\n", stem.c_str());
        for (const auto& f : failures) std::fprintf(stderr, "  %s\n", f.c_str());
        if (!actual.is_null())
            std::fprintf(stderr, "output:\n%s\n", actual.dump(2, ' ', false, Json::error_handler_t::replace).c_str());
        return 1;
    }
    std::printf("PASS %s\n", stem.c_str());
    return 0;
}
