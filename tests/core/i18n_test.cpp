// Formatting of amounts and counted units in kk, ru and en.
#include <gtest/gtest.h>

#include "core/i18n/format.hpp"

using namespace otbasy::core;
using namespace otbasy::core::i18n;

TEST(format, money_has_a_space_between_thousands_and_a_decimal_comma) {
    EXPECT_EQ(format_money(Money::from_tiyn(129750), Lang::kk), "1\u00A0297,50\u00A0₸");
    EXPECT_EQ(format_money(Money::from_tenge(36762500), Lang::ru), "36\u00A0762\u00A0500,00\u00A0₸");
    EXPECT_EQ(format_money(Money::from_tenge(500), Lang::en, false), "500\u00A0₸");
}

TEST(format, percentages_and_decimals) {
    EXPECT_EQ(format_percent(Fraction(1, 10), Lang::kk), "10\u00A0%");
    EXPECT_EQ(format_percent(Fraction(1, 1000), Lang::ru), "0,1\u00A0%");
    EXPECT_EQ(format_decimal(Fraction(1, 3), Lang::en, 2), "0,33");
}

TEST(format, russian_counts_take_the_right_plural) {
    EXPECT_EQ(format_count(Fraction(1), CountUnit::days, Lang::ru), "1\u00A0день");
    EXPECT_EQ(format_count(Fraction(3), CountUnit::days, Lang::ru), "3\u00A0дня");
    EXPECT_EQ(format_count(Fraction(11), CountUnit::months, Lang::ru), "11\u00A0месяцев");
    EXPECT_EQ(format_count(Fraction(21), CountUnit::years, Lang::ru), "21\u00A0год");
    EXPECT_EQ(format_count(Fraction(5), CountUnit::years, Lang::ru), "5\u00A0лет");
}

TEST(format, kazakh_nouns_stay_singular_after_numbers) {
    EXPECT_EQ(format_count(Fraction(10), CountUnit::working_days, Lang::kk), "10\u00A0жұмыс күні");
    EXPECT_EQ(format_count(Fraction(6), CountUnit::months, Lang::kk), "6\u00A0ай");
    EXPECT_EQ(format_count(Fraction(1), CountUnit::months, Lang::en), "1 month");
    EXPECT_EQ(format_count(Fraction(3), CountUnit::years, Lang::en), "3 years");
}

TEST(catalog, loads_strings_and_rejects_empty_ones) {
    auto ok = Catalog::load(R"({"schema":1,"lang":"ru","strings":{"a.b":"Привет"}})", "i18n/ru.json");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok->find("a.b"), "Привет");
    EXPECT_EQ(ok->find("a.c"), nullptr);
    EXPECT_FALSE(Catalog::load(R"({"schema":1,"lang":"ru","strings":{"a":""}})", "x").ok());
    EXPECT_FALSE(Catalog::load(R"({"schema":1,"lang":"de","strings":{}})", "x").ok());
}
