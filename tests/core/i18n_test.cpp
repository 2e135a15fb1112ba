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

// --- forms of counted values ({p:id|form}) ---------------------------------------------------------------------

namespace {
const std::string nb = "\u00A0";
Form kk(const char* name) { return *parse_form(name, Lang::kk); }
Form ru(const char* name) { return *parse_form(name, Lang::ru); }
}  // namespace

TEST(forms, each_language_knows_its_own_forms_only) {
    EXPECT_TRUE(parse_form("", Lang::kk).has_value());
    EXPECT_TRUE(parse_form("", Lang::en).has_value());
    for (const char* f : {"dat", "loc", "abl", "gen", "acc", "ins", "poss", "age", "age_dat", "age_loc", "age_abl",
                          "age_gen", "age_acc", "age_ins", "age_poss"})
        EXPECT_TRUE(parse_form(f, Lang::kk).has_value()) << f;
    for (const char* f : {"gen", "dat", "ins", "prep"}) EXPECT_TRUE(parse_form(f, Lang::ru).has_value()) << f;
    EXPECT_TRUE(parse_form("age", Lang::en).has_value());
    for (const char* f : {"prep", "nom", "Dat", "age_prep", "genitive"})
        EXPECT_FALSE(parse_form(f, Lang::kk).has_value()) << f;
    for (const char* f : {"abl", "loc", "poss", "age", "age_dat", "acc"})
        EXPECT_FALSE(parse_form(f, Lang::ru).has_value()) << f;
    for (const char* f : {"gen", "dat", "abl", "age_dat"}) EXPECT_FALSE(parse_form(f, Lang::en).has_value()) << f;
    EXPECT_EQ(form_names(Lang::kk).size(), 15u);
    EXPECT_EQ(form_names(Lang::ru).size(), 4u);
    EXPECT_EQ(form_names(Lang::en).size(), 1u);
}

TEST(forms, kazakh_endings_follow_vowel_harmony_and_the_last_sound) {
    // back vowel, й (voiced): ай
    EXPECT_EQ(kk_ending("ай", Case::dat), "ға");
    EXPECT_EQ(kk_ending("ай", Case::loc), "да");
    EXPECT_EQ(kk_ending("ай", Case::abl), "дан");
    EXPECT_EQ(kk_ending("ай", Case::gen), "дың");
    EXPECT_EQ(kk_ending("ай", Case::acc), "ды");
    EXPECT_EQ(kk_ending("ай", Case::ins), "мен");
    EXPECT_EQ(kk_ending("ай", Case::poss), "ы");
    // front vowel, н (nasal): күн
    EXPECT_EQ(kk_ending("күн", Case::dat), "ге");
    EXPECT_EQ(kk_ending("күн", Case::loc), "де");
    EXPECT_EQ(kk_ending("күн", Case::abl), "нен");
    EXPECT_EQ(kk_ending("күн", Case::gen), "нің");
    EXPECT_EQ(kk_ending("күн", Case::acc), "ді");
    EXPECT_EQ(kk_ending("күн", Case::ins), "мен");
    EXPECT_EQ(kk_ending("күн", Case::poss), "і");
    // back vowel, с (voiceless): жас
    EXPECT_EQ(kk_ending("жас", Case::dat), "қа");
    EXPECT_EQ(kk_ending("жас", Case::loc), "та");
    EXPECT_EQ(kk_ending("жас", Case::abl), "тан");
    EXPECT_EQ(kk_ending("жас", Case::gen), "тың");
    EXPECT_EQ(kk_ending("жас", Case::acc), "ты");
    EXPECT_EQ(kk_ending("жас", Case::ins), "пен");
    EXPECT_EQ(kk_ending("жас", Case::poss), "ы");
    // a vowel at the end: бала
    EXPECT_EQ(kk_ending("бала", Case::dat), "ға");
    EXPECT_EQ(kk_ending("бала", Case::abl), "дан");
    EXPECT_EQ(kk_ending("бала", Case::gen), "ның");
    EXPECT_EQ(kk_ending("бала", Case::acc), "ны");
    EXPECT_EQ(kk_ending("бала", Case::poss), "сы");
    // з (voiced): пайыз takes -бен; л: жыл
    EXPECT_EQ(kk_ending("пайыз", Case::ins), "бен");
    EXPECT_EQ(kk_ending("пайыз", Case::gen), "дың");
    EXPECT_EQ(kk_ending("жыл", Case::abl), "дан");
    EXPECT_EQ(kk_ending("жыл", Case::gen), "дың");
    // the word already carries the possessive: жұмыс күні → күніне, күнінен, күнін
    EXPECT_EQ(kk_ending("жұмыс күні", Case::dat, true), "не");
    EXPECT_EQ(kk_ending("жұмыс күні", Case::abl, true), "нен");
    EXPECT_EQ(kk_ending("жұмыс күні", Case::acc, true), "н");
    // и and у sound like й at the end and leave harmony to the vowel before: елу → елуге, елудің
    EXPECT_EQ(kk_ending("елу", Case::dat), "ге");
    EXPECT_EQ(kk_ending("елу", Case::gen), "дің");
    // capitals and a final voiceless consonant of an abbreviation: АЕК → АЕК-ке
    EXPECT_EQ(kk_ending("АЕК", Case::dat), "ке");
}

TEST(forms, kazakh_numbers_are_read_by_their_last_word) {
    EXPECT_EQ(kk_number_word(Fraction(3)), "үш");
    EXPECT_EQ(kk_number_word(Fraction(10)), "он");
    EXPECT_EQ(kk_number_word(Fraction(45)), "бес");
    EXPECT_EQ(kk_number_word(Fraction(40)), "қырық");
    EXPECT_EQ(kk_number_word(Fraction(100)), "жүз");
    EXPECT_EQ(kk_number_word(Fraction(8500)), "жүз");
    EXPECT_EQ(kk_number_word(Fraction(3000)), "мың");
    EXPECT_EQ(kk_number_word(Fraction(2000000)), "миллион");
    EXPECT_EQ(kk_number_word(Fraction(0)), "нөл");
    EXPECT_EQ(kk_number_word(Fraction(1, 10)), "бір");
    EXPECT_EQ(format_number(Fraction(3), Lang::kk, kk("dat")), "3-ке");
    EXPECT_EQ(format_number(Fraction(10), Lang::kk, kk("abl")), "10-нан");
    EXPECT_EQ(format_number(Fraction(40), Lang::kk, kk("loc")), "40-та");
    EXPECT_EQ(format_number(Fraction(20), Lang::kk, kk("gen")), "20-ның");
    EXPECT_EQ(format_number(Fraction(3), Lang::ru, ru("gen")), "3");
    EXPECT_EQ(format_number(Fraction(3), Lang::kk), "3");
}

TEST(forms, kazakh_units_in_every_case) {
    struct Row {
        CountUnit unit;
        int n;
        const char* form;
        const char* want;
    };
    const Row rows[] = {
        {CountUnit::months, 3, "abl", "3 айдан"},           {CountUnit::months, 3, "dat", "3 айға"},
        {CountUnit::months, 6, "loc", "6 айда"},            {CountUnit::months, 1, "gen", "1 айдың"},
        {CountUnit::months, 3, "acc", "3 айды"},            {CountUnit::months, 3, "ins", "3 аймен"},
        {CountUnit::months, 3, "poss", "3 айы"},            {CountUnit::days, 45, "abl", "45 күннен"},
        {CountUnit::days, 30, "dat", "30 күнге"},           {CountUnit::days, 7, "loc", "7 күнде"},
        {CountUnit::days, 70, "gen", "70 күннің"},          {CountUnit::days, 3, "acc", "3 күнді"},
        {CountUnit::days, 3, "ins", "3 күнмен"},            {CountUnit::days, 3, "poss", "3 күні"},
        {CountUnit::years, 3, "abl", "3 жылдан"},           {CountUnit::years, 5, "dat", "5 жылға"},
        {CountUnit::years, 3, "loc", "3 жылда"},            {CountUnit::years, 3, "gen", "3 жылдың"},
        {CountUnit::years, 3, "acc", "3 жылды"},            {CountUnit::years, 3, "ins", "3 жылмен"},
        {CountUnit::years, 3, "poss", "3 жылы"},            {CountUnit::working_days, 10, "abl", "10 жұмыс күнінен"},
        {CountUnit::working_days, 5, "dat", "5 жұмыс күніне"}, {CountUnit::working_days, 5, "loc", "5 жұмыс күнінде"},
        {CountUnit::working_days, 5, "gen", "5 жұмыс күнінің"}, {CountUnit::working_days, 5, "acc", "5 жұмыс күнін"},
        {CountUnit::working_days, 5, "ins", "5 жұмыс күнімен"}, {CountUnit::working_days, 5, "poss", "5 жұмыс күні"},
        {CountUnit::children, 2, "dat", "2 балаға"},        {CountUnit::children, 2, "gen", "2 баланың"},
        {CountUnit::mrp, 40, "abl", "40 АЕК-тен"},
        // ages: years read as «жас»
        {CountUnit::years, 10, "age", "10 жас"},            {CountUnit::years, 10, "age_dat", "10 жасқа"},
        {CountUnit::years, 14, "age_loc", "14 жаста"},      {CountUnit::years, 18, "age_abl", "18 жастан"},
        {CountUnit::years, 10, "age_gen", "10 жастың"},     {CountUnit::years, 10, "age_acc", "10 жасты"},
        {CountUnit::years, 10, "age_ins", "10 жаспен"},     {CountUnit::years, 10, "age_poss", "10 жасы"},
    };
    for (const auto& r : rows) {
        std::string want = r.want;
        want.replace(want.find(' '), 1, nb);
        EXPECT_EQ(format_count(Fraction(r.n), r.unit, Lang::kk, kk(r.form)), want) << r.form << " " << r.want;
    }
    // The plain form is unchanged; an age of something that is not years stays plain.
    EXPECT_EQ(format_count(Fraction(3), CountUnit::months, Lang::kk), "3" + nb + "ай");
    EXPECT_EQ(format_count(Fraction(3), CountUnit::months, Lang::kk, kk("age_dat")), "3" + nb + "ай");
}

TEST(forms, russian_units_take_the_case_the_number_needs) {
    struct Row {
        CountUnit unit;
        Fraction n;
        const char* form;
        const char* want;
    };
    const Row rows[] = {
        {CountUnit::years, Fraction(3), "gen", "3 лет"},      {CountUnit::years, Fraction(1), "gen", "1 года"},
        {CountUnit::years, Fraction(21), "gen", "21 года"},   {CountUnit::years, Fraction(11), "gen", "11 лет"},
        {CountUnit::years, Fraction(14), "dat", "14 годам"},  {CountUnit::years, Fraction(1), "dat", "1 году"},
        {CountUnit::years, Fraction(3), "ins", "3 годами"},   {CountUnit::years, Fraction(3), "prep", "3 годах"},
        {CountUnit::months, Fraction(3), "gen", "3 месяцев"}, {CountUnit::months, Fraction(1), "gen", "1 месяца"},
        {CountUnit::months, Fraction(2), "dat", "2 месяцам"}, {CountUnit::months, Fraction(1), "ins", "1 месяцем"},
        {CountUnit::months, Fraction(6), "prep", "6 месяцах"},
        {CountUnit::days, Fraction(45), "gen", "45 дней"},    {CountUnit::days, Fraction(31), "gen", "31 дня"},
        {CountUnit::days, Fraction(10), "dat", "10 дням"},    {CountUnit::days, Fraction(1), "ins", "1 днем"},
        {CountUnit::days, Fraction(7), "prep", "7 днях"},
        {CountUnit::working_days, Fraction(5), "gen", "5 рабочих дней"},
        {CountUnit::working_days, Fraction(1), "gen", "1 рабочего дня"},
        {CountUnit::working_days, Fraction(3), "dat", "3 рабочим дням"},
        {CountUnit::working_days, Fraction(10), "ins", "10 рабочими днями"},
        {CountUnit::working_days, Fraction(21), "prep", "21 рабочем дне"},
        {CountUnit::children, Fraction(2), "gen", "2 детей"}, {CountUnit::children, Fraction(1), "dat", "1 ребенку"},
        {CountUnit::children, Fraction(3), "ins", "3 детьми"}, {CountUnit::children, Fraction(1), "prep", "1 ребенке"},
        {CountUnit::mrp, Fraction(40), "gen", "40 МРП"},
        // a fraction keeps the genitive singular
        {CountUnit::years, Fraction(1, 2), "gen", "0,5 года"}, {CountUnit::months, Fraction(1, 2), "dat", "0,5 месяца"},
    };
    for (const auto& r : rows) {
        std::string want = r.want;
        want.replace(want.find(' '), 1, nb);
        EXPECT_EQ(format_count(r.n, r.unit, Lang::ru, ru(r.form)), want) << r.form << " " << r.want;
    }
    EXPECT_EQ(format_count(Fraction(2), CountUnit::children, Lang::ru), "2" + nb + "ребенка");
}

TEST(forms, english_ages_are_bare_numbers_and_percentages_take_kazakh_endings) {
    EXPECT_EQ(format_count(Fraction(10), CountUnit::years, Lang::en, *parse_form("age", Lang::en)), "10");
    EXPECT_EQ(format_count(Fraction(10), CountUnit::years, Lang::en), "10 years");
    EXPECT_EQ(format_count(Fraction(3), CountUnit::months, Lang::en, *parse_form("age", Lang::en)), "3 months");
    EXPECT_EQ(format_percent(Fraction(1, 1000), Lang::kk, kk("poss")), "0,1" + nb + "%-ы");
    EXPECT_EQ(format_percent(Fraction(1, 2), Lang::kk, kk("abl")), "50" + nb + "%-дан");
    EXPECT_EQ(format_percent(Fraction(1, 2), Lang::kk, kk("dat")), "50" + nb + "%-ға");
    EXPECT_EQ(format_percent(Fraction(1, 2), Lang::kk, kk("ins")), "50" + nb + "%-бен");
    EXPECT_EQ(format_percent(Fraction(1, 2), Lang::ru, ru("gen")), "50" + nb + "%");
    EXPECT_EQ(format_percent(Fraction(1, 2), Lang::kk), "50" + nb + "%");
}

TEST(catalog, loads_strings_and_rejects_empty_ones) {
    auto ok = Catalog::load(R"({"schema":1,"lang":"ru","strings":{"a.b":"Привет"}})", "i18n/ru.json");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok->find("a.b"), "Привет");
    EXPECT_EQ(ok->find("a.c"), nullptr);
    EXPECT_FALSE(Catalog::load(R"({"schema":1,"lang":"ru","strings":{"a":""}})", "x").ok());
    EXPECT_FALSE(Catalog::load(R"({"schema":1,"lang":"de","strings":{}})", "x").ok());
}
