// The estimator's JSON: input of the CLI, the UI's saved answers and the guide's prefills; output with amounts
// written exactly from tiyn. Layer: core/alimony. Strict: an unknown field is an error, never silently ignored.
#pragma once

#include <string_view>

#include "core/alimony/arrears.hpp"
#include "core/alimony/estimate.hpp"
#include "core/base/json_read.hpp"

namespace otbasy::core::alimony {

struct EstimateRequest {
    Date as_of;
    EstimateInput input;
};

struct ArrearsRequest {
    Date as_of;
    ArrearsInput input;
};

// {"as_of", "income": {"monthly", "basis"} | [...], "payer", "orders": [...]} — see README "otbasy-cli alimony".
Result<EstimateRequest> parse_estimate_input(const Json& json);
Result<EstimateRequest> parse_estimate_input(std::string_view json_text);
// {"as_of", "from", "to"?, "due_day", "monthly_due" | "order" + "income"/"incomes"/"payer", "payments", ...}
Result<ArrearsRequest> parse_arrears_input(const Json& json);
Result<ArrearsRequest> parse_arrears_input(std::string_view json_text);

// A money amount as a JSON number in tenge with at most two decimals, built from its decimal string (never from
// double arithmetic). Exact for every amount up to Money::max_tiyn (15 significant digits).
Json money_to_json(Money m);
Json step_to_json(const Step& s);
Json to_json(const Estimate& e);
Json to_json(const Arrears& a);
// {"errors": [{"field", "code", "message"}]}
Json errors_to_json(const Errors& errors);
// Keeps the first `max` errors and replaces the rest by one "alimony.error.more_errors" ("and N more errors").
void cap_errors(Errors& errors, std::size_t max = 100);

}  // namespace otbasy::core::alimony
