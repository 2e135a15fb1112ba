// Facts picked up from a person's own words by tested rules, in Kazakh and Russian (with or without Kazakh letters,
// Latin-typed, mixed): how many children, the other parent's monthly income, how long alimony has gone unpaid,
// whether the parents were married, who pays and who receives, what document set the alimony, and so on.
// Layer: core/triage. Each fact is a name and a value (numbers as decimal digits); rules.json turns them into
// proposed guide answers, and the estimator reads children and income.
//
// Numbers are read in digits and words: «2», «двое», «двух», «екі», «екеу», «үш»; amounts with «тыс», «тысяч»,
// «мың», «к», «млн», groups of three digits («400 000»), «тг», «тенге», «₸»; durations «полгода», «жарты жыл»,
// «полтора года», «8 ай», «год» — the one nearest to the words that say payments stopped.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/json_read.hpp"

namespace otbasy::core::triage {

using Facts = std::map<std::string, std::string, std::less<>>;

struct FactKind {
    std::string name;
    bool number = false;              // a whole number (children, monthly, months_unpaid)
    std::vector<std::string> values;  // the possible values of a named fact
};
// Every fact the extractor can produce, with its values: what rules.json may refer to.
const std::vector<FactKind>& fact_kinds();

Facts extract_facts(std::string_view text);

// {"children": 2, "monthly": 400000, "married": "no", …}: numbers as JSON numbers.
Json facts_json(const Facts& facts);

}  // namespace otbasy::core::triage
