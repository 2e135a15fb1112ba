// Benchmark of the arrears schedule: 20 years (240 months) with a partial payment every month against a 1-year
// baseline in the same run, so the ratio shows how the schedule scales. Expect well under 1 ms for 20 years.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

#include "core/alimony/arrears.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy::core;
using namespace otbasy::core::alimony;

namespace {

const law::ParameterSet& params() {
    static const law::ParameterSet set = [] {
        auto r = law::ParameterSet::load(otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR));
        return r.ok() ? r.value() : law::ParameterSet();
    }();
    return set;
}

// `years` of monthly alimony from January 2020 (the first year with parameters), each month 3/4 paid 18 days late (on the 28th)
// and every fifth month skipped; the payer was wanted, so the whole period counts.
ArrearsInput schedule(int years) {
    ArrearsInput in;
    in.from = YearMonth{2020, 1};
    in.to = YearMonth{2020 + years - 1, 12};
    in.due_day = 10;
    in.monthly_due = {Money::from_tenge(100000)};
    in.constant_due = true;
    in.wanted = true;
    for (int m = 0; m < years * 12; ++m) {
        if (m % 5 == 4) continue;
        const int idx = 2020 * 12 + m + 1;  // paid in the following month
        in.payments.push_back(Payment{*Date::from_ymd(idx / 12, idx % 12 + 1, 28),
                                      Money::from_tenge(75000)});
    }
    return in;
}

void run(benchmark::State& state, int years) {
    const ArrearsInput in = schedule(years);
    const Date as_of = *Date::from_ymd(2020 + years, 2, 1);
    for (auto _ : state) {
        auto r = arrears(in, params(), as_of);
        if (!r.ok()) {
            state.SkipWithError("arrears failed");
            break;
        }
        benchmark::DoNotOptimize(r->penalty);
    }
    state.counters["months"] = years * 12;
    state.counters["payments"] = static_cast<double>(in.payments.size());
}

void BM_arrears_1_year(benchmark::State& s) { run(s, 1); }
void BM_arrears_20_years(benchmark::State& s) { run(s, 20); }
BENCHMARK(BM_arrears_1_year)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_arrears_20_years)->Unit(benchmark::kMicrosecond);

// Prints the usual table, then the ratio of the 20-year schedule to the 1-year baseline.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    RatioReporter() : ConsoleReporter(OO_Tabular) {}  // no colour codes in the test log
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const auto& r : runs)
            if (r.run_type == Run::RT_Iteration) times_[r.benchmark_name()] = r.GetAdjustedRealTime();
        ConsoleReporter::ReportRuns(runs);
    }
    void Finalize() override {
        ConsoleReporter::Finalize();
        auto a = times_.find("BM_arrears_1_year"), b = times_.find("BM_arrears_20_years");
        if (a != times_.end() && b != times_.end() && a->second > 0)
            std::printf("ratio 20 years / 1 year: %.1f (240 vs 12 months; linear would be 20)\n"
                        "20-year schedule: %.1f us (budget: 1000 us)\n",
                        b->second / a->second, b->second);
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
