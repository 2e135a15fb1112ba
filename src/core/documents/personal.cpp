// What in a document's answers identifies a person: left out of a saved-answers file unless the person asks.
// Layer: core/documents.
#include <set>
#include <string>

#include "core/documents/build.hpp"

namespace otbasy::core::documents {

namespace {
const std::set<std::string, std::less<>>& personal_names() {
    static const std::set<std::string, std::less<>> names = {
        "name",    "iin",   "birth_date", "address", "phone", "email",   "work",         "account",   "registry",
        "record", "reasons", "circumstances", "contact", "other", "past_efforts", "number", "proceeding", "issued_by"};
    return names;
}
}  // namespace

bool is_personal_path(std::string_view path) {
    const auto dot = path.find_last_of('.');
    return personal_names().count(dot == std::string_view::npos ? path : path.substr(dot + 1)) > 0;
}

Json without_personal_data(const Json& input) {
    const auto& personal = personal_names();
    if (input.is_array()) {
        Json out = Json::array();
        for (const auto& v : input) out.push_back(without_personal_data(v));
        return out;
    }
    if (!input.is_object()) return input;
    Json out = Json::object();
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (personal.count(it.key())) continue;
        if (it.key() == "children" && it.value().is_array()) {
            out["children_count"] = static_cast<std::int64_t>(it.value().size());
            continue;
        }
        if (it.key() == "estimate" || it.key() == "arrears") {  // amounts, not identities
            out[it.key()] = it.value();
            continue;
        }
        out[it.key()] = without_personal_data(it.value());
    }
    return out;
}

}  // namespace otbasy::core::documents
