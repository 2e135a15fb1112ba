// Benchmark of the .docx: from a person's answers (three document cases: the most common application, a claim with
// the estimate's working attached, a bailiff application with the arrears table) to the finished file — the
// document built, its WordprocessingML parts written, and the parts deflated into the zip by minizip/zlib — against
// building the document alone in the same run (the baseline: what the preview costs). The ratio shows what saving
// a .docx adds to what the app already does for the preview; the file's size is printed too. CPU time: the machines
// that run it are shared, and wall time there measures the neighbours.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "core/documents/build.hpp"
#include "core/documents/docx.hpp"
#include "core/documents/library.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"
#include "platform/assets_native.hpp"
#include "zip/zip_writer.hpp"

using namespace otbasy::core;
namespace docs = otbasy::core::documents;

namespace {

struct Env {
    AssetReader assets = otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR);
    std::optional<law::ParameterSet> params;
    std::optional<law::Sources> sources;
    std::optional<docs::Library> library;
    std::optional<i18n::Catalog> kk, ru;
    bool ok = false;

    Env() {
        auto p = law::ParameterSet::load(assets);
        auto s = law::Sources::load(assets);
        auto l = docs::Library::load(assets);
        auto k = assets.read("i18n/alimony/kk.json");
        auto r = assets.read("i18n/alimony/ru.json");
        if (!p || !s || !l || !k || !r) return;
        auto ck = i18n::Catalog::load(*k, "i18n/alimony/kk.json");
        auto cr = i18n::Catalog::load(*r, "i18n/alimony/ru.json");
        if (!ck || !cr) return;
        params = std::move(p).value();
        sources = std::move(s).value();
        library = std::move(l).value();
        kk = std::move(ck).value();
        ru = std::move(cr).value();
        ok = true;
    }
};

const Env& env() {
    static const Env e;
    return e;
}

struct Case {
    std::string type;
    i18n::Lang lang = i18n::Lang::ru;
    Json input;
};

Case load_case(const char* name) {
    std::ifstream in(std::string(OTBASY_TEST_CASES_DIR) + "/documents/" + name + ".json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto j = parse_json(text.str());
    Case c;
    if (!j || !j->is_object()) return c;
    c.type = j->value("type", "");
    c.lang = i18n::parse_lang(j->value("lang", "ru")).value_or(i18n::Lang::ru);
    c.input = j->contains("input") ? (*j)["input"] : Json::object();
    return c;
}

Result<docs::Built> build(const Case& c) {
    const Env& e = env();
    docs::BuildEnv be{*e.library, *e.params, *e.sources, c.lang == i18n::Lang::kk ? &*e.kk : &*e.ru};
    return docs::build_document(c.type, c.lang, c.input, be);
}

std::map<std::string, double> docx_bytes;

void run(benchmark::State& state, const char* name, bool docx) {
    if (!env().ok) {
        state.SkipWithError("assets did not load");
        return;
    }
    const Case c = load_case(name);
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto built = build(c);
        if (!built) {
            state.SkipWithError("the case did not build");
            break;
        }
        if (!docx) {
            benchmark::DoNotOptimize(built->doc.blocks.data());
            continue;
        }
        std::vector<otbasy::zip::Entry> entries;
        for (auto& p : docs::docx_parts(built->doc)) entries.push_back({std::move(p.name), std::move(p.data)});
        const auto& d = built->doc.date;
        auto file = otbasy::zip::write(entries, {d.year(), d.month(), d.day()});
        if (!file) {
            state.SkipWithError("the .docx could not be packed");
            break;
        }
        bytes = file->size();
        benchmark::DoNotOptimize(file->data());
    }
    if (docx) {
        state.counters["docx_bytes"] = static_cast<double>(bytes);
        docx_bytes[name] = static_cast<double>(bytes);
    }
}

#define CASE(id, file)                                                             \
    void BM_build_##id(benchmark::State& s) { run(s, file, false); }               \
    void BM_docx_##id(benchmark::State& s) { run(s, file, true); }                 \
    BENCHMARK(BM_build_##id)->Unit(benchmark::kMicrosecond);                       \
    BENCHMARK(BM_docx_##id)->Unit(benchmark::kMicrosecond);

CASE(court_order_ru, "court_order_ru_two_children_astana")
CASE(alimony_claim_ru, "alimony_claim_ru_mixed_with_past")
CASE(bailiff_ru, "bailiff_application_ru_arrears_travel_register")

// Prints the usual table, then for each case the .docx time, its ratio to building the document alone, and the size.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    RatioReporter() : ConsoleReporter(OO_Tabular) {}
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const auto& r : runs)
            if (r.run_type == Run::RT_Iteration && !r.error_occurred) times_[r.benchmark_name()] = r.GetAdjustedCPUTime();
        ConsoleReporter::ReportRuns(runs);
    }
    void Finalize() override {
        ConsoleReporter::Finalize();
        for (const char* id : {"court_order_ru", "alimony_claim_ru", "bailiff_ru"}) {
            auto a = times_.find(std::string("BM_build_") + id), b = times_.find(std::string("BM_docx_") + id);
            if (a == times_.end() || b == times_.end() || a->second <= 0) continue;
            std::printf("%s: .docx from answers %.0f us CPU, %.2f x building the document alone (%.0f us)\n", id,
                        b->second, b->second / a->second, a->second);
        }
        for (const auto& [name, bytes] : docx_bytes) std::printf("%s.docx: %.0f bytes\n", name.c_str(), bytes);
    }

private:
    std::map<std::string, double> times_;
};

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
