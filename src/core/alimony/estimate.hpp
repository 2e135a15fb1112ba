// The alimony estimator: income base, each order's amount (share, fixed sum, mixed, student, spouse, adult
// disabled child, agreement), the 50 % cap over all orders, each step with its article.
// Layer: core/alimony. Pure: parameters and the date come in, amounts with their working go out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/alimony/explain.hpp"
#include "core/base/date.hpp"
#include "core/base/fraction.hpp"
#include "core/base/money.hpp"
#include "core/base/result.hpp"
#include "core/law/parameters.hpp"

namespace otbasy::core::alimony {

enum class IncomeBasis { gross, net };

// One source of pay or other income for a month. `ipn_deduction`: whether this source's tax agent applies the basic
// (standard) ИПН deduction; unset means "the first gross source does" (only one tax agent may apply it).
struct IncomeSource {
    Money monthly;
    IncomeBasis basis = IncomeBasis::net;
    std::optional<bool> ipn_deduction;
    std::string label;
};

// Basis: КоБС art. 169(3), ЗИП arts 95(1) and 99(3): what the payer's situation changes.
enum class PayerStatus {
    working,             // income from the sources given; the 50 % cap applies
    not_working,         // share orders from the average monthly wage in Kazakhstan; no wages to cap
    prison_not_working,  // in prison and not working: share orders are 1 МРП a month
    prison_working,      // in prison with income: the 50 % cap does not apply (ЗИП art. 95(1) last paragraph)
    disabled_not_working,  // a person with a disability who does not work: shares of the benefits and social
                           // payments received (КоБС art. 169(3) para 3, ЗИП art. 99(3) para 2); the 50 % cap applies
};
std::string_view payer_name(PayerStatus p);

enum class OrderType {
    share,           // КоБС art. 139: 1/4, 1/3, 1/2 for 1, 2, 3+ children, or a share the court set (139(2))
    fixed,           // КоБС art. 141: a fixed sum in МРП, or in tenge set on a date and indexed (art. 173)
    mixed,           // КоБС art. 141(1): a share and a fixed sum at once
    student,         // КоБС arts 138(2), 141(2): a child of 18–21 in full-time education, fixed sum only
    spouse,          // КоБС arts 147–149: spouse or ex-spouse, a multiple of МРП
    disabled_child,  // КоБС art. 143: an adult disabled child in need, a multiple of МРП
    agreement,       // КоБС arts 157–162: an agreement (share, tenge or МРП); counts towards the cap (art. 166)
};
std::string_view order_type_name(OrderType t);

struct Order {
    OrderType type = OrderType::share;
    int children = 0;                 // share, mixed; agreement: minors covered (enables the art. 161(2) check)
    std::optional<Fraction> fraction; // share, mixed: a share set by the court; agreement: the agreed share
    std::optional<Fraction> mrp;      // a fixed sum as a multiple of МРП
    std::optional<Money> tenge;       // a fixed sum in tenge
    std::optional<Date> set_on;       // the date a tenge sum was set (start of its indexation)
    std::optional<bool> married;      // spouse: still married (КоБС art. 147(2)) or divorced (art. 148(1)); unset:
                                      // both are cited
    std::string label;
};

// Whether an order's amount depends on the payer's income (a share), or is a fixed sum alone.
bool needs_income_base(const Order& o);

struct EstimateInput {
    std::vector<IncomeSource> income;
    PayerStatus payer = PayerStatus::working;
    std::vector<Order> orders;
};

// What the shares are taken from.
enum class BaseKind { wages, average_wage, prison, benefits };
std::string_view base_kind_name(BaseKind k);

struct OrderResult {
    OrderType type = OrderType::share;
    std::string label;
    Money assessed;  // what the order asks for this month
    Money withheld;  // what is taken this month after the cap (= assessed when no cap applies)
};

struct Estimate {
    Date as_of;
    PayerStatus payer = PayerStatus::working;
    BaseKind base_kind = BaseKind::wages;
    std::optional<Money> gross_income;  // the sum of the gross sources, when any source was gross
    Money net_income;                   // what shares are taken from (net pay, or the average wage)
    std::optional<Money> cap;           // the most that may be withheld, when the 50 % cap applies
    std::vector<OrderResult> orders;
    Money total_assessed;
    Money total_withheld;
    std::optional<Money> remaining;  // net_income − total_withheld, for a payer with income
    Explanation explanation;
};

Result<Estimate> estimate(const EstimateInput& input, const law::ParameterSet& parameters, Date as_of);

// ---- Building blocks shared with the arrears schedule ------------------------------------------------------------

// The amount shares are taken from, with its steps.
struct IncomeBase {
    BaseKind kind = BaseKind::wages;
    Money amount;                 // wages, benefits: total net; average_wage: the figure; prison: 0
    std::optional<Money> gross;   // sum of the gross sources
};

// `rules_on`: the date whose tax rules apply; `as_of`: the date of collection (for the average wage, КоБС art. 169(3)).
// `field`: the input path errors are reported at ("income").
std::optional<IncomeBase> income_base(const std::vector<IncomeSource>& income, PayerStatus payer,
                                      const law::ParameterSet& parameters, Date rules_on, Date as_of,
                                      Explanation& ex, Errors& errors, const std::string& field,
                                      const std::string& as_of_field);

// One order's monthly amount on `on` (МРП in force that day, indexation up to that day), with its steps.
std::optional<Money> assess_order(const Order& order, std::size_t index, const IncomeBase& base,
                                  const law::ParameterSet& parameters, Date on, Explanation& ex, Errors& errors,
                                  const std::string& field, const std::string& on_field);

}  // namespace otbasy::core::alimony
