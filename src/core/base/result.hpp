// Errors as values: what every loader and calculation in core returns.
// Layer: core. No exceptions cross this type; no I/O.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace otbasy::core {

// One problem: where (a JSON-pointer-like path or a field name) and what. `code` is a stable id for tests and for
// translated messages; `message` is English for logs and the CLI.
struct Error {
    std::string path;
    std::string code;
    std::string message;
};

using Errors = std::vector<Error>;

template <typename T>
class Result {
public:
    Result(T value) : value_(std::move(value)) {}
    Result(Error error) { errors_.push_back(std::move(error)); }
    Result(Errors errors) : errors_(std::move(errors)) {}

    bool ok() const { return value_.has_value() && errors_.empty(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *value_; }
    T& value() & { return *value_; }
    T&& value() && { return std::move(*value_); }
    const T& operator*() const& { return *value_; }
    const T* operator->() const { return &*value_; }
    const Errors& errors() const { return errors_; }

private:
    std::optional<T> value_;
    Errors errors_;
};

inline Error make_error(std::string path, std::string code, std::string message) {
    return Error{std::move(path), std::move(code), std::move(message)};
}

}  // namespace otbasy::core
