// ИИН checks. Layer: core/documents.
#include "core/documents/iin.hpp"

namespace otbasy::core::documents {

std::optional<int> iin_check_digit(std::string_view first11) {
    if (first11.size() != 11) return std::nullopt;
    static constexpr int second_weights[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    int sum = 0;
    for (int i = 0; i < 11; ++i) sum += (first11[static_cast<std::size_t>(i)] - '0') * (i + 1);
    int c = sum % 11;
    if (c != 10) return c;
    sum = 0;
    for (int i = 0; i < 11; ++i) sum += (first11[static_cast<std::size_t>(i)] - '0') * second_weights[i];
    c = sum % 11;
    if (c == 10) return std::nullopt;
    return c;
}

Result<Iin> check_iin(std::string_view text, const std::string& field, std::optional<Date> not_after) {
    std::string digits;
    bool other = false;
    for (char c : text) {
        if (c >= '0' && c <= '9') digits += c;
        else if (c == ' ' || c == '-' || c == '\t') continue;
        else other = true;
    }
    if (other) return make_error(field, "documents.error.iin_digits", "may hold only digits");
    if (digits.size() != 12) return make_error(field, "documents.error.iin_length", "must have 12 digits");
    const int century_digit = digits[6] - '0';
    if (century_digit < 1 || century_digit > 6)
        return make_error(field, "documents.error.iin_century", "the seventh digit must be 1 to 6");
    const int yy = (digits[0] - '0') * 10 + (digits[1] - '0');
    const int mm = (digits[2] - '0') * 10 + (digits[3] - '0');
    const int dd = (digits[4] - '0') * 10 + (digits[5] - '0');
    const int century = century_digit <= 2 ? 1800 : century_digit <= 4 ? 1900 : 2000;
    auto birth = Date::from_ymd(century + yy, mm, dd);
    if (!birth) return make_error(field, "documents.error.iin_date", "the first six digits are not a real date");
    auto check = iin_check_digit(std::string_view(digits).substr(0, 11));
    if (!check || *check != digits[11] - '0')
        return make_error(field, "documents.error.iin_checksum", "the check digit does not match");
    if (not_after && *birth > *not_after)
        return make_error(field, "documents.error.iin_future", "gives a birth date in the future");
    Iin out;
    out.digits = std::move(digits);
    out.birth_date = *birth;
    out.sex = century_digit % 2 == 1 ? Sex::male : Sex::female;
    return out;
}

}  // namespace otbasy::core::documents
