// Reading JSON with collected errors. Layer: core/base.
#include "core/base/json_read.hpp"

#include <cmath>

namespace otbasy::core {

Result<Json> parse_json(std::string_view text, const std::string& path) {
    Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return make_error(path, "json.syntax", "not valid JSON");
    return j;
}

bool JsonReader::has(std::string_view key) const {
    return node_->is_object() && node_->find(key) != node_->end();
}

std::string JsonReader::field_path(std::string_view key) const {
    if (path_.empty()) return std::string(key);
    return path_ + "." + std::string(key);
}

void JsonReader::fail(std::string_view key, std::string code, std::string message) const {
    errors_->push_back(make_error(key.empty() ? path_ : field_path(key), std::move(code), std::move(message)));
}

namespace {
const Json* find(const Json& node, std::string_view key) {
    if (!node.is_object()) return nullptr;
    auto it = node.find(key);
    return it == node.end() ? nullptr : &*it;
}
}  // namespace

std::optional<JsonReader> JsonReader::object(std::string_view key, bool required) const {
    const Json* v = find(*node_, key);
    if (!v) {
        if (required) fail(key, "missing", "is required");
        return std::nullopt;
    }
    if (!v->is_object()) {
        fail(key, "type", "must be an object");
        return std::nullopt;
    }
    return JsonReader(*v, field_path(key), *errors_);
}

std::optional<JsonReader> JsonReader::array(std::string_view key, bool required) const {
    const Json* v = find(*node_, key);
    if (!v) {
        if (required) fail(key, "missing", "is required");
        return std::nullopt;
    }
    if (!v->is_array()) {
        fail(key, "type", "must be a list");
        return std::nullopt;
    }
    return JsonReader(*v, field_path(key), *errors_);
}

JsonReader JsonReader::at(std::size_t i) const {
    return JsonReader((*node_)[i], path_ + "[" + std::to_string(i) + "]", *errors_);
}

std::optional<std::string> JsonReader::string(std::string_view key, bool required) const {
    const Json* v = find(*node_, key);
    if (!v) {
        if (required) fail(key, "missing", "is required");
        return std::nullopt;
    }
    if (!v->is_string()) {
        fail(key, "type", "must be a string");
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<bool> JsonReader::boolean(std::string_view key, bool required) const {
    const Json* v = find(*node_, key);
    if (!v) {
        if (required) fail(key, "missing", "is required");
        return std::nullopt;
    }
    if (!v->is_boolean()) {
        fail(key, "type", "must be true or false");
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<std::int64_t> JsonReader::integer(std::string_view key, std::int64_t min, std::int64_t max,
                                                bool required) const {
    const Json* v = find(*node_, key);
    if (!v) {
        if (required) fail(key, "missing", "is required");
        return std::nullopt;
    }
    std::int64_t n = 0;
    if (v->is_number_integer() && !v->is_number_unsigned()) {
        n = v->get<std::int64_t>();
    } else if (v->is_number_unsigned()) {
        auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(max)) {
            fail(key, "range", "must be ≤ " + std::to_string(max));
            return std::nullopt;
        }
        n = static_cast<std::int64_t>(u);
    } else if (v->is_number_float()) {
        double d = v->get<double>();
        if (!std::isfinite(d) || d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max)) {
            fail(key, "type", "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
            return std::nullopt;
        }
        n = static_cast<std::int64_t>(d);
    } else {
        fail(key, "type", "must be a whole number");
        return std::nullopt;
    }
    if (n < min) {
        fail(key, "range", "must be ≥ " + std::to_string(min));
        return std::nullopt;
    }
    if (n > max) {
        fail(key, "range", "must be ≤ " + std::to_string(max));
        return std::nullopt;
    }
    return n;
}

std::optional<Date> JsonReader::date(std::string_view key, bool required) const {
    auto s = string(key, required);
    if (!s) return std::nullopt;
    auto d = Date::parse(*s);
    if (!d) fail(key, "date", "must be a real date written YYYY-MM-DD (years 1900–2200)");
    return d;
}

std::optional<YearMonth> JsonReader::year_month(std::string_view key, bool required) const {
    auto s = string(key, required);
    if (!s) return std::nullopt;
    auto ym = YearMonth::parse(*s);
    if (!ym) fail(key, "month", "must be a month written YYYY-MM");
    return ym;
}

namespace {
std::optional<Fraction> exact_of(const Json& v, std::string& problem) {
    if (v.is_string()) {
        auto f = Fraction::parse(v.get<std::string>());
        if (!f) problem = "must be an exact number such as \"4325\", \"0.3\" or \"1/4\"";
        return f;
    }
    if (v.is_number_integer()) {
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
            problem = "is too large";
            return std::nullopt;
        }
        return Fraction(v.get<std::int64_t>());
    }
    problem = "must be an exact number written as a string (\"0.3\") or a whole number";
    return std::nullopt;
}
}  // namespace

std::optional<Fraction> JsonReader::exact(std::string_view key, bool required) const {
    const Json* v = find(*node_, key);
    if (!v) {
        if (required) fail(key, "missing", "is required");
        return std::nullopt;
    }
    std::string problem;
    auto f = exact_of(*v, problem);
    if (!f) fail(key, "type", problem);
    return f;
}

std::optional<Fraction> JsonReader::as_exact() const {
    std::string problem;
    auto f = exact_of(*node_, problem);
    if (!f) fail("", "type", problem);
    return f;
}

std::optional<Money> json_to_money(const Json& v, std::string& problem) {
    std::string text;
    if (v.is_number_integer() || v.is_number_float()) {
        if (v.is_number_float() && !std::isfinite(v.get<double>())) {
            problem = "must be a finite number";
            return std::nullopt;
        }
        text = v.dump();  // shortest round-trip form: 400000.5 → "400000.5", 1e18 → "1e+18"
    } else if (v.is_string()) {
        text = v.get<std::string>();
    } else {
        problem = "must be a number";
        return std::nullopt;
    }
    if (text.find_first_of("eE") != std::string::npos) {
        // Only magnitudes far outside the accepted range, or tiny fractions, are printed with an exponent.
        problem = text.find("e-") != std::string::npos || text.find("E-") != std::string::npos
                      ? "must have at most two decimals"
                      : "is too large (at most 1 000 000 000 000)";
        return std::nullopt;
    }
    if (!text.empty() && text.back() == '0' && text.find('.') != std::string::npos) {
        // "400000.50" from a string; nlohmann never prints trailing zeros for doubles but a person may type them.
        while (text.size() > 1 && text.back() == '0' && text[text.size() - 2] != '.') text.pop_back();
    }
    auto m = Money::parse(text);
    if (!m) {
        auto dot = text.find('.');
        if (dot != std::string::npos && text.size() - dot - 1 > 2)
            problem = "must have at most two decimals";
        else if (text.find_first_not_of("-0123456789.") != std::string::npos)
            problem = "must be a number";
        else
            problem = "is too large (at most 1 000 000 000 000)";
        return std::nullopt;
    }
    if (m->is_negative()) {
        problem = "must be ≥ 0";
        return std::nullopt;
    }
    return m;
}

std::optional<Money> JsonReader::money(std::string_view key, bool required) const {
    const Json* v = find(*node_, key);
    if (!v) {
        if (required) fail(key, "missing", "is required");
        return std::nullopt;
    }
    std::string problem;
    auto m = json_to_money(*v, problem);
    if (!m) fail(key, problem.find("≥") != std::string::npos ? "range" : "amount", problem);
    return m;
}

std::optional<Money> JsonReader::as_money() const {
    std::string problem;
    auto m = json_to_money(*node_, problem);
    if (!m) fail("", "amount", problem);
    return m;
}

bool JsonReader::check_schema(int expected) const {
    auto s = integer("schema", 0, 1000);
    if (s && *s != expected) {
        fail("schema", "schema", "expected schema " + std::to_string(expected) + ", found " + std::to_string(*s));
        return false;
    }
    return s.has_value();
}

}  // namespace otbasy::core
