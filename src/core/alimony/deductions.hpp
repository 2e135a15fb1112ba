// From gross pay to the pay "due to be received" that alimony is taken from: ОПВ, ВОСМС and ИПН with each year's
// rates, caps and deductions (2025 and 2026 differ). Layer: core/alimony.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/alimony/explain.hpp"
#include "core/base/money.hpp"
#include "core/base/result.hpp"

namespace otbasy::core::alimony {

struct NetPay {
    Money gross;
    Money opv;        // mandatory pension contributions (employee)
    Money vosms;      // health insurance contributions (employee)
    Money deduction;  // the basic (standard) ИПН deduction, if this source applies it
    Money adjustment; // the 90 % adjustment of a low income (2020–2025), taken off the taxable base
    Money taxable;    // after the adjustment
    Money ipn;
    Money net;
};

// One source's payroll for a month under the rules in force on `on`. `source` is 1-based, for the steps.
std::optional<NetPay> net_of_gross(Money gross, bool apply_deduction, std::size_t source, const ParamReader& params,
                                   Date on, Explanation& ex, Errors& errors, const std::string& field,
                                   const std::string& on_field);

}  // namespace otbasy::core::alimony
