// The individual identification number (ИИН / ЖСН) of a person in Kazakhstan: 12 digits, the first six the birth
// date (YYMMDD), the seventh the century and sex, the last a check digit. Layer: core/documents.
//
// The check digit (the official algorithm): the first eleven digits are weighted 1, 2, …, 11 and summed modulo 11;
// when that gives 10, they are weighted again 3, 4, …, 11, 1, 2 and summed modulo 11; when that gives 10 too, no
// such number is issued. The seventh digit: 1/2 a man/woman born in the 19th century, 3/4 in the 20th, 5/6 in the
// 21st (odd: male, even: female).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/base/date.hpp"
#include "core/base/result.hpp"

namespace otbasy::core::documents {

enum class Sex { male, female };

struct Iin {
    std::string digits;  // exactly 12 digits, spaces and hyphens the person typed removed
    Date birth_date;
    Sex sex = Sex::male;
};

// The check digit the official algorithm gives for the first eleven digits, or nullopt when both weightings give
// 10 (no number with these first eleven digits is issued). `first11` must be 11 ASCII digits.
std::optional<int> iin_check_digit(std::string_view first11);

// Checks a typed ИИН. Spaces and hyphens between digits are allowed and dropped. Errors, at `field` (one at a time,
// the first that applies): "documents.error.iin_length" (not 12 digits), "documents.error.iin_digits" (other
// characters), "documents.error.iin_century" (seventh digit not 1–6), "documents.error.iin_date" (the first six
// digits are not a real date), "documents.error.iin_checksum" (the last digit does not match), and, when
// `not_after` is given, "documents.error.iin_future" (a birth date after that day).
Result<Iin> check_iin(std::string_view text, const std::string& field, std::optional<Date> not_after = std::nullopt);

}  // namespace otbasy::core::documents
