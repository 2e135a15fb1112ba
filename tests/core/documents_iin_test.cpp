// The ИИН check: length, digits, the century and sex digit, the birth date, the check digit with its second
// weighting. Check digits below were computed by hand (see each test).
#include <gtest/gtest.h>

#include "core/documents/iin.hpp"

using namespace otbasy::core;
using namespace otbasy::core::documents;

namespace {
std::string code_of(const Result<Iin>& r) { return r.ok() ? "" : r.errors()[0].code; }
}  // namespace

TEST(documents_iin, a_valid_number_gives_the_birth_date_and_sex) {
    // 8·1+8·2+0·3+3·4+1·5+5·6+4·7+1·8+2·9+3·10+4·11 = 199; 199 mod 11 = 1.
    auto r = check_iin("880315412341", "iin");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->digits, "880315412341");
    EXPECT_EQ(r->birth_date, *Date::from_ymd(1988, 3, 15));
    EXPECT_EQ(r->sex, Sex::female);  // seventh digit 4: a woman born in the 20th century
}

TEST(documents_iin, the_seventh_digit_gives_the_century_and_sex) {
    auto man_1900s = check_iin("850722356780", "iin");
    ASSERT_TRUE(man_1900s.ok());
    EXPECT_EQ(man_1900s->sex, Sex::male);
    EXPECT_EQ(man_1900s->birth_date.year(), 1985);
    auto girl_2000s = check_iin("201105601012", "iin");
    ASSERT_TRUE(girl_2000s.ok());
    EXPECT_EQ(girl_2000s->sex, Sex::female);
    EXPECT_EQ(girl_2000s->birth_date, *Date::from_ymd(2020, 11, 5));
}

TEST(documents_iin, the_second_weighting_applies_when_the_first_gives_ten) {
    // First weighting of 90010130081: 9+0+0+4+0+6+21+0+0+80+11 = 131 ≡ 10 (mod 11); second (3,4,…,11,1,2):
    // 27+0+0+6+0+8+27+0+0+8+2 = 78 ≡ 1.
    EXPECT_EQ(iin_check_digit("90010130081"), 1);
    EXPECT_TRUE(check_iin("900101300811", "iin").ok());
    EXPECT_EQ(code_of(check_iin("900101300810", "iin")), "documents.error.iin_checksum");
}

TEST(documents_iin, no_number_is_issued_when_both_weightings_give_ten) {
    EXPECT_FALSE(iin_check_digit("90010130080").has_value());
    for (char last = '0'; last <= '9'; ++last)
        EXPECT_EQ(code_of(check_iin(std::string("90010130080") + last, "iin")), "documents.error.iin_checksum");
}

TEST(documents_iin, a_wrong_check_digit_is_refused) {
    EXPECT_EQ(code_of(check_iin("880315412342", "iin")), "documents.error.iin_checksum");
}

TEST(documents_iin, spaces_and_hyphens_between_digits_are_allowed) {
    auto r = check_iin(" 880315 4123-41 ", "iin");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->digits, "880315412341");
}

TEST(documents_iin, each_mistake_has_its_own_message) {
    EXPECT_EQ(code_of(check_iin("88031541234", "iin")), "documents.error.iin_length");
    EXPECT_EQ(code_of(check_iin("8803154123411", "iin")), "documents.error.iin_length");
    EXPECT_EQ(code_of(check_iin("88031541234a", "iin")), "documents.error.iin_digits");
    EXPECT_EQ(code_of(check_iin("880315012341", "iin")), "documents.error.iin_century");
    EXPECT_EQ(code_of(check_iin("880315712341", "iin")), "documents.error.iin_century");
    EXPECT_EQ(code_of(check_iin("880230412341", "iin")), "documents.error.iin_date");  // 30 February
    EXPECT_EQ(code_of(check_iin("881315412341", "iin")), "documents.error.iin_date");  // month 13
    EXPECT_EQ(check_iin("88031541234", "claimant.iin").errors()[0].path, "claimant.iin");
}

TEST(documents_iin, a_birth_date_after_the_given_day_is_refused) {
    // 250901500110: a boy born 1 September 2025.
    EXPECT_TRUE(check_iin("250901500110", "iin", *Date::from_ymd(2026, 3, 2)).ok());
    EXPECT_EQ(code_of(check_iin("250901500110", "iin", *Date::from_ymd(2025, 8, 31))), "documents.error.iin_future");
}
