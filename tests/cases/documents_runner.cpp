// Runs one document case of tests/cases/documents/*.json through the same path as `otbasy-cli document` (input →
// document model → HTML and .docx parts) and checks it by structure, never against a whole-text snapshot: the
// court, the parties, the amounts, the articles cited, the annexes, what is requested. Exit 0 pass, 1 fail.
//
// A case: {"schema": 1, "name": "<file stem>", "type", "lang", "basis": "articles", "input": {...},
//          "expect": {
//            "facts": {...a subset of the facts: compared key by key, lists element by element, amounts exactly},
//            "citations": [ids that must be cited],
//            "blocks": {"<block id>": ["text that must appear in that block", ...]}: data (names, ИИН, amounts,
//                       dates), not wording,
//            "no_blocks": [block ids that must not appear],
//            "warnings": [warning codes that must be given], "no_warnings": [codes that must not be]
//          } | {"errors": [{"field", "code"}, ...]}  (exactly these errors, in any order)}
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/alimony/json_io.hpp"
#include "core/documents/build.hpp"
#include "core/documents/docx.hpp"
#include "core/documents/library.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy::core;
namespace docs = otbasy::core::documents;

namespace {

std::vector<std::string> failures;
void fail(const std::string& what) { failures.push_back(what); }
std::string show(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

void compare(const Json& expected, const Json& actual, const std::string& path) {
    if (expected.is_object()) {
        if (!actual.is_object()) return fail(path + ": expected an object, got " + show(actual));
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const std::string p = path.empty() ? it.key() : path + "." + it.key();
            auto a = actual.find(it.key());
            if (a == actual.end()) {
                if (!it.value().is_null()) fail(p + ": missing (expected " + show(it.value()) + ")");
                continue;
            }
            compare(it.value(), *a, p);
        }
        return;
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size())
            return fail(path + ": expected " + show(expected) + ", got " + show(actual));
        for (std::size_t i = 0; i < expected.size(); ++i) compare(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
        return;
    }
    if (expected.is_number() && actual.is_number()) {
        std::string pe, pa;
        auto me = json_to_money(expected, pe), ma = json_to_money(actual, pa);
        if (me && ma && *me != *ma)
            fail(path + ": expected " + me->to_decimal_string() + ", got " + ma->to_decimal_string());
        return;
    }
    if (expected != actual) fail(path + ": expected " + show(expected) + ", got " + show(actual));
}

// The words of a text with spaces of every kind (no-break, thin) made plain, so that "150 000,00" matches.
std::string plain_spaces(std::string s) {
    for (const char* nb : {"\u00A0", "\u202F", "\u2009"}) {
        for (std::size_t at = s.find(nb); at != std::string::npos; at = s.find(nb)) s.replace(at, std::string(nb).size(), " ");
    }
    return s;
}

bool has_code(const Errors& list, const std::string& code) {
    return std::any_of(list.begin(), list.end(), [&](const Error& e) { return e.code == code; });
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: documents_runner CASE.json\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto parsed = parse_json(ss.str());
    if (!parsed) {
        std::fprintf(stderr, "%s: not JSON\n", argv[1]);
        return 1;
    }
    const Json& c = *parsed;
    const std::string stem = std::string(argv[1]).substr(std::string(argv[1]).find_last_of('/') + 1);
    if (!c.contains("name") || c["name"] != stem.substr(0, stem.size() - 5)) fail("\"name\" must be the file's stem");
    for (const char* k : {"type", "lang", "basis", "input", "expect"})
        if (!c.contains(k)) fail(std::string("the case needs \"") + k + "\"");
    if (!failures.empty()) {
        for (const auto& f : failures) std::fprintf(stderr, "FAIL %s\n", f.c_str());
        return 1;
    }

    auto assets = otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR);
    auto params = law::ParameterSet::load(assets);
    auto sources = law::Sources::load(assets);
    auto library = docs::Library::load(assets);
    if (!params || !sources || !library) {
        std::fprintf(stderr, "the assets do not load\n");
        return 1;
    }
    const auto lang = i18n::parse_lang(c["lang"].get<std::string>());
    const std::string catalog_path = "i18n/alimony/" + c["lang"].get<std::string>() + ".json";
    auto catalog = i18n::Catalog::load(*assets.read(catalog_path), catalog_path);
    docs::BuildEnv env{*library, *params, *sources, catalog ? &*catalog : nullptr};
    auto built = docs::build_document(c["type"].get<std::string>(), lang.value_or(i18n::Lang::en), c["input"], env);
    const Json& expect = c["expect"];

    if (expect.contains("errors")) {
        if (built) {
            fail("expected errors, got a document");
        } else {
            Json got = Json::array();
            for (const auto& e : built.errors()) got.push_back({{"field", e.path}, {"code", e.code}});
            for (const auto& want : expect["errors"])
                if (std::none_of(got.begin(), got.end(), [&](const Json& g) { return g == want; }))
                    fail("missing error " + show(want) + "; got " + show(got));
            if (got.size() != expect["errors"].size()) fail("expected exactly " + show(expect["errors"]) + ", got " + show(got));
        }
    } else if (!built) {
        for (const auto& e : built.errors()) fail("error " + e.path + ": " + e.code + ": " + e.message);
    } else {
        const docs::Document& doc = built->doc;
        if (expect.contains("facts")) compare(expect["facts"], built->facts, "facts");
        for (const auto& id : expect.value("citations", Json::array()))
            if (std::find(doc.citations.begin(), doc.citations.end(), id.get<std::string>()) == doc.citations.end())
                fail("not cited: " + id.get<std::string>());
        // Every citation resolves (the lint checks the templates; this checks what was rendered, incl. dates).
        for (const auto& id : doc.citations)
            if (!sources->resolve(id)) fail("cites an unknown article: " + id);
        const std::string html = plain_spaces(docs::to_html(doc));
        std::string docx_text;
        for (const auto& p : docs::docx_parts(doc))
            if (p.name == "word/document.xml") docx_text = plain_spaces(p.data);
        const Json blocks = expect.value("blocks", Json::object());
        for (auto it = blocks.begin(); it != blocks.end(); ++it) {
            const docs::Block* b = doc.find(it.key());
            if (!b) {
                fail("no block \"" + it.key() + "\"");
                continue;
            }
            std::string text = b->plain();
            if (b->kind == docs::BlockKind::table) {
                for (const auto* row : {&b->header, &b->footer})
                    for (const auto& cell : *row) text += cell.text + "\t";
                for (const auto& row : b->rows)
                    for (const auto& cell : row) text += cell.text + "\t";
            }
            text = plain_spaces(text);
            for (const auto& want : it.value()) {
                const std::string w = want.get<std::string>();
                if (text.find(w) == std::string::npos) fail("block " + it.key() + " lacks \"" + w + "\": " + text);
                // The same words reach the HTML page and the .docx (escaped as each format needs).
                if (html.find(docs::html_escape(w)) == std::string::npos) fail("the HTML lacks \"" + w + "\"");
                if (docx_text.find(docs::xml_escape(w)) == std::string::npos) fail("the .docx lacks \"" + w + "\"");
            }
        }
        for (const auto& id : expect.value("no_blocks", Json::array()))
            if (doc.find(id.get<std::string>())) fail("block \"" + id.get<std::string>() + "\" should not be there");
        for (const auto& code : expect.value("warnings", Json::array()))
            if (!has_code(built->warnings, code.get<std::string>())) fail("no warning " + code.get<std::string>());
        for (const auto& code : expect.value("no_warnings", Json::array()))
            if (has_code(built->warnings, code.get<std::string>())) fail("unexpected warning " + code.get<std::string>());
        // No placeholder, mark or stray brace survives rendering.
        const std::string all = doc.plain();
        for (const char* leftover : {"{", "}", "**", "⟦"})
            if (all.find(leftover) != std::string::npos) fail(std::string("the text holds \"") + leftover + "\"");
    }
    for (const auto& f : failures) std::fprintf(stderr, "FAIL %s: %s\n", stem.c_str(), f.c_str());
    if (failures.empty()) std::printf("ok %s\n", stem.c_str());
    return failures.empty() ? 0 : 1;
}
