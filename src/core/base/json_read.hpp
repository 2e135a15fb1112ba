// Reading JSON into typed values while collecting every error with its path ("income.monthly: must be ≥ 0").
// Layer: core/base. Never throws: nlohmann is only asked for a type after checking it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/base/date.hpp"
#include "core/base/fraction.hpp"
#include "core/base/money.hpp"
#include "core/base/result.hpp"

namespace otbasy::core {

using Json = nlohmann::json;

// Parses text without exceptions; a syntax error becomes one Error at `path`.
Result<Json> parse_json(std::string_view text, const std::string& path = "");

// A cursor over one JSON object or array, with the path used in messages. Every getter records an error (and
// returns nullopt) when the field is missing (if required), of the wrong type or out of range.
class JsonReader {
public:
    JsonReader(const Json& node, std::string path, Errors& errors) : node_(&node), path_(std::move(path)), errors_(&errors) {}

    const Json& node() const { return *node_; }
    const std::string& path() const { return path_; }
    Errors& errors() const { return *errors_; }
    bool has(std::string_view key) const;
    std::string field_path(std::string_view key) const;
    void fail(std::string_view key, std::string code, std::string message) const;

    // An object's field as another reader; nullopt (with an error when required) if absent or not an object.
    std::optional<JsonReader> object(std::string_view key, bool required = true) const;
    // An array's field; each element is visited through at().
    std::optional<JsonReader> array(std::string_view key, bool required = true) const;
    std::size_t size() const { return node_->size(); }
    JsonReader at(std::size_t i) const;

    std::optional<std::string> string(std::string_view key, bool required = true) const;
    std::optional<bool> boolean(std::string_view key, bool required = true) const;
    std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max, bool required = true) const;
    std::optional<Date> date(std::string_view key, bool required = true) const;
    std::optional<YearMonth> year_month(std::string_view key, bool required = true) const;
    // A string holding an exact decimal or "a/b" (parameter values), or a JSON integer.
    std::optional<Fraction> exact(std::string_view key, bool required = true) const;
    // Tenge as a JSON number with at most two decimals, within [0, Money::max]; also accepts a decimal string.
    std::optional<Money> money(std::string_view key, bool required = true) const;

    // The same conversions for the node itself (array elements).
    std::optional<Money> as_money() const;
    std::optional<Fraction> as_exact() const;

    // Requires {"schema": expected}.
    bool check_schema(int expected) const;

private:
    const Json* node_;
    std::string path_;
    Errors* errors_;
};

// Converts a JSON number or decimal string to money without binary rounding: a double is written back in its
// shortest round-trip form (exact for every amount the app accepts: at most 15 significant digits), then read as
// a decimal. Sets `problem` to a message when it fails.
std::optional<Money> json_to_money(const Json& v, std::string& problem);

}  // namespace otbasy::core
