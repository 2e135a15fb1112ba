// otbasy-cli commands of the alimony estimator: `alimony [FILE|-]` and `arrears [FILE|-]`, JSON in, JSON out.
// Layer: cli (native). Bad input → exit 2 with {"errors": [{"field", "code", "message"}]} on stdout.
#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "core/alimony/json_io.hpp"
#include "core/law/parameters.hpp"

namespace otbasy::cli {

namespace {

using core::Json;
namespace alimony = core::alimony;

void print_json(const Json& j) {
    const std::string text = j.dump(2, ' ', false, Json::error_handler_t::replace);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

int bad_input(core::Errors errors) {
    alimony::qualify_error_codes(errors);
    alimony::cap_errors(errors);
    print_json(alimony::errors_to_json(errors));
    return exit_bad_input;
}

template <typename Parse, typename Run>
int run_json(Context& ctx, Parse parse, Run run) {
    if (ctx.args.size() > 1)
        return bad_input({core::make_error("FILE", "alimony.error.too_many", "give one input file, or - for stdin")});
    const std::string path = ctx.args.empty() ? "-" : ctx.args[0];
    std::string text;
    if (!read_input(path, text))
        return bad_input({core::make_error("FILE", "alimony.error.missing", "cannot read \"" + path + "\"")});
    auto parameters = core::law::ParameterSet::load(ctx.assets);
    if (!parameters) {
        for (const auto& e : parameters.errors())
            std::fprintf(stderr, "otbasy-cli: %s: %s\n", e.path.c_str(), e.message.c_str());
        return exit_failed;
    }
    auto request = parse(std::string_view(text));
    if (!request) return bad_input(request.errors());
    auto result = run(request->input, *parameters, request->as_of);
    if (!result) return bad_input(result.errors());
    print_json(alimony::to_json(*result));
    return exit_ok;
}

int run_alimony(Context& ctx) {
    return run_json(
        ctx, [](std::string_view t) { return alimony::parse_estimate_input(t); },
        [](const alimony::EstimateInput& in, const core::law::ParameterSet& p, core::Date as_of) {
            return alimony::estimate(in, p, as_of);
        });
}

int run_arrears(Context& ctx) {
    return run_json(
        ctx, [](std::string_view t) { return alimony::parse_arrears_input(t); },
        [](const alimony::ArrearsInput& in, const core::law::ParameterSet& p, core::Date as_of) {
            return alimony::arrears(in, p, as_of);
        });
}

}  // namespace

void add_alimony_commands(std::vector<Command>& out) {
    out.push_back({"alimony", "[FILE|-]", "estimate alimony (shares, fixed sums, several orders, 50 % cap) with its working",
                   &run_alimony});
    out.push_back({"arrears", "[FILE|-]", "arrears month by month: debt, days late, 0.1 %-a-day penalty, 3-year look-back",
                   &run_arrears});
}

}  // namespace otbasy::cli
