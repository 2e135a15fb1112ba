// libFuzzer target over the guide: the loader and checker (a topic file, the glossary, sources.json made of the
// input), sessions driven by the input and restored from it, marks and their rendering, and search queries on the
// real index. No input may crash, hang or trip ASan/UBSan. The first byte chooses what the rest of the input is.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "core/guide/checker.hpp"
#include "core/guide/html_export.hpp"
#include "core/guide/marks.hpp"
#include "core/guide/search.hpp"
#include "core/guide/session.hpp"
#include "core/i18n/fold.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy;
using namespace otbasy::core;
using namespace otbasy::core::guide;
using otbasy::core::i18n::Lang;

namespace {

const Date as_of = *Date::parse("2026-06-01");

struct Real {
    Linted linted;
    SearchIndex index;
    GuideStrings strings;
};

const Real& real() {
    static const Real r = [] {
        auto assets = platform::assets_from_dir(OTBASY_ASSETS_DIR);
        Linted l = lint(assets, as_of);
        SearchIndex idx = SearchIndex::build(l.content.guide, &l.content.parameters, as_of);
        auto s = load_guide_strings(assets);
        return Real{std::move(l), std::move(idx), s.ok() ? std::move(s).value() : GuideStrings{}};
    }();
    return r;
}

AssetReader memory(std::map<std::string, std::string> files) {
    AssetReader r;
    r.read = [files](std::string_view path) -> std::optional<std::string> {
        auto it = files.find(std::string(path));
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
    r.list = [files](std::string_view dir) {
        std::vector<std::string> out;
        for (const auto& [p, t] : files)
            if (p.compare(0, dir.size(), dir) == 0) out.push_back(p);
        return out;
    };
    return r;
}

// Walks a session with steps chosen by the input's bytes.
void drive(const Guide& g, const std::string& topic, const std::string& bytes) {
    auto started = Session::start(g, topic);
    if (!started) return;
    Session s = std::move(started).value();
    for (std::size_t i = 0; i + 1 < bytes.size() && i < 64; i += 2) {
        auto op = static_cast<unsigned char>(bytes[i]) % 5;
        auto arg = static_cast<unsigned char>(bytes[i + 1]);
        const Node& n = s.current();
        switch (op) {
            case 0:
                if (!n.options.empty()) (void)s.answer(n.options[arg % n.options.size()].id);
                else (void)s.answer("x");
                break;
            case 1: (void)s.proceed(); break;
            case 2: s.back(); break;
            case 3: (void)s.jump(s.path()[arg % s.path().size()]); break;
            case 4: if (arg == 0) s.restart(); break;
        }
        (void)s.review();
    }
    auto again = Session::from_json(g, s.to_json());
    if (!again || again->path() != s.path() || again->current().id != s.current().id) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const Real& r = real();
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 6) {
        case 0: {  // a topic file: load, check, walk, render, index
            std::map<std::string, std::string> files = {
                {"guide/topics.json", R"({"schema":1,"topics":["fuzz"]})"},
                {"guide/fuzz.json", rest},
                {"guide/glossary.json",
                 R"({"schema":1,"terms":[{"id":"alimony","term":{"kk":"а","ru":"а","en":"a"},"definition":{"kk":"б","ru":"б","en":"b"}}]})"},
            };
            auto loaded = load_guide_partial(memory(files));
            std::vector<std::string> listing = {"guide/fuzz.json", "guide/glossary.json", "guide/topics.json"};
            auto report = check_guide(loaded.guide, &r.linted.content.sources, &r.linted.content.parameters, as_of,
                                      &listing);
            for (const auto& i : report.errors) (void)i.to_error();
            if (!loaded.guide.topics.empty()) drive(loaded.guide, loaded.guide.topics[0].id, rest);
            static Content c = r.linted.content;  // sources and parameters once; the fuzzed guide each time
            c.guide = loaded.guide;
            HtmlOptions o;
            o.as_of = as_of;
            (void)export_html(c, r.strings, o);
            auto idx = SearchIndex::build(loaded.guide, &r.linted.content.parameters, as_of);
            (void)idx.search(rest.substr(0, 64), Lang::kk);
            break;
        }
        case 1:  // a saved session
            (void)Session::from_json_text(r.linted.content.guide, rest);
            break;
        case 2:  // a search query, in every language
            for (auto l : i18n::all_langs) (void)r.index.search(rest, l, 1 + rest.size() % 30);
            break;
        case 3: {  // text folding and marks
            for (const auto& w : i18n::fold_words(rest)) {
                for (auto l : i18n::all_langs) (void)i18n::stem_keys(w, l);
                (void)i18n::latin_to_cyrillic(w);
            }
            std::vector<MarkProblem> problems;
            (void)parse_marks(rest, &problems);
            RenderNotes notes;
            for (auto l : i18n::all_langs) (void)render_plain(rest, l, &r.linted.content.parameters, as_of, &notes);
            (void)html_escape(rest);
            break;
        }
        case 4: {  // the glossary and sources.json
            Issues issues;
            (void)parse_glossary(rest, "guide/glossary.json", issues);
            (void)parse_topic_list(rest, "guide/topics.json", issues);
            Errors errors;
            auto s = law::Sources::parse_lenient(rest, "law/sources.json", errors);
            (void)s.resolve(rest.substr(0, 40));
            break;
        }
        case 5:  // a citation id against the real registry, and a walk of a real topic
            (void)r.linted.content.sources.resolve(rest);
            if (!r.linted.content.guide.topics.empty())
                drive(r.linted.content.guide,
                      r.linted.content.guide.topics[rest.size() % r.linted.content.guide.topics.size()].id, rest);
            break;
    }
    return 0;
}
