// libFuzzer target over the estimator's JSON entry points, the same path as `otbasy-cli alimony|arrears`: parse →
// estimate / arrears → to_json → dump. Any input must give a result or a list of errors: no crash, no sanitizer
// report, no amount outside the accepted range. Seeds: tests/fuzz/corpus/alimony_fuzz/.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/alimony/json_io.hpp"
#include "core/law/parameters.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy::core;

namespace {

const law::ParameterSet& params() {
    static const law::ParameterSet set = [] {
        auto r = law::ParameterSet::load(otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR));
        if (!r.ok()) std::abort();  // the committed assets must load
        return r.value();
    }();
    return set;
}

void check_money(Money m) {
    if (m.is_negative() || m.tiyn() > Money::max_tiyn) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto json = parse_json(text);
    if (!json) return 0;

    if (auto req = alimony::parse_estimate_input(*json)) {
        if (auto e = alimony::estimate(req->input, params(), req->as_of)) {
            check_money(e->net_income);
            check_money(e->total_withheld);
            for (const auto& o : e->orders) {
                check_money(o.assessed);
                check_money(o.withheld);
                if (o.withheld > o.assessed) std::abort();
            }
            if (e->cap && e->total_withheld > *e->cap) std::abort();
            (void)alimony::to_json(*e).dump(-1, ' ', false, Json::error_handler_t::strict);
        } else {
            (void)alimony::errors_to_json(e.errors()).dump();
        }
    }
    if (auto req = alimony::parse_arrears_input(*json)) {
        if (auto a = alimony::arrears(req->input, params(), req->as_of)) {
            check_money(a->debt);
            check_money(a->penalty);
            check_money(a->credit);
            for (const auto& m : a->months) {
                check_money(m.debt);
                check_money(m.penalty);
                if (m.days_late < 0) std::abort();
            }
            (void)alimony::to_json(*a).dump(-1, ' ', false, Json::error_handler_t::strict);
        } else {
            (void)alimony::errors_to_json(a.errors()).dump();
        }
    }
    return 0;
}
