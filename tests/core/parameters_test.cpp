// Dated parameters: the value in force on a date, errors before the first date, the "may be out of date" flag.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/law/parameters.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy::core;
using namespace otbasy::core::law;

namespace {
const char* mrp_json = R"({
  "schema": 1, "id": "kz.mrp", "unit": "tenge", "checked_on": "2026-11-25",
  "title": {"kk": "АЕК", "ru": "МРП", "en": "MCI"},
  "values": [
    {"from": "2020-01-01", "value": "2651", "source": {"cite": "budget2020-1"}},
    {"from": "2020-04-01", "value": "2778", "source": {"cite": "budget2020-1"}},
    {"from": "2026-01-01", "value": "4325", "source": {"cite": "budget2026-1"}}
  ]})";

ParameterSet one(const char* json, const char* path) {
    auto p = ParameterSet::parse(json, path);
    EXPECT_TRUE(p.ok()) << (p.errors().empty() ? "" : p.errors()[0].path + ": " + p.errors()[0].message);
    ParameterSet set;
    if (p.ok()) set.add(std::move(p).value());
    return set;
}
}  // namespace

TEST(parameters, the_value_in_force_changes_on_its_from_date) {
    ParameterSet set = one(mrp_json, "law/parameters/kz/mrp.json");
    EXPECT_EQ(set.lookup("kz.mrp", *Date::parse("2020-03-31"))->amount(), Fraction(2651));
    EXPECT_EQ(set.lookup("kz.mrp", *Date::parse("2020-04-01"))->amount(), Fraction(2778));
    EXPECT_EQ(set.lookup("kz.mrp", *Date::parse("2025-12-31"))->amount(), Fraction(2778));
    EXPECT_EQ(set.lookup("kz.mrp", *Date::parse("2026-01-01"))->amount(), Fraction(4325));
}

TEST(parameters, a_date_before_the_first_value_is_an_error) {
    ParameterSet set = one(mrp_json, "law/parameters/kz/mrp.json");
    auto r = set.lookup("kz.mrp", *Date::parse("2019-12-31"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors()[0].code, "param.before_first");
    EXPECT_EQ(set.lookup("kz.nope", *Date::parse("2025-01-01")).errors()[0].code, "param.unknown");
}

TEST(parameters, without_until_the_last_value_is_vouched_for_to_the_end_of_the_year_it_was_checked) {
    ParameterSet set = one(mrp_json, "law/parameters/kz/mrp.json");
    // A review a few days old does not make a value doubtful: only a date past what the sources cover does.
    EXPECT_FALSE(set.lookup("kz.mrp", *Date::parse("2026-11-26"))->may_be_outdated);
    EXPECT_FALSE(set.lookup("kz.mrp", *Date::parse("2026-12-31"))->may_be_outdated);
    EXPECT_TRUE(set.lookup("kz.mrp", *Date::parse("2027-01-01"))->may_be_outdated);
    EXPECT_EQ(set.lookup("kz.mrp", *Date::parse("2027-01-01"))->covered_until, *Date::parse("2026-12-31"));
    // An earlier value has a known successor: never doubtful.
    EXPECT_FALSE(set.lookup("kz.mrp", *Date::parse("2020-05-01"))->may_be_outdated);
}

TEST(parameters, until_says_how_far_the_source_covers_the_last_value) {
    const char* wage = R"({
      "schema": 1, "id": "kz.stat.average_wage", "unit": "tenge", "checked_on": "2026-12-03",
      "title": {"kk": "x", "ru": "x", "en": "x"},
      "values": [
        {"from": "2025-08-12", "value": "448620", "source": {"cite": "bns-1"}, "until": "2025-11-30"},
        {"from": "2025-11-24", "value": "429368", "source": {"cite": "bns-1"}, "until": "2026-02-28"}
      ]})";
    ParameterSet set = one(wage, "law/parameters/kz/stat/average_wage.json");
    EXPECT_FALSE(set.lookup("kz.stat.average_wage", *Date::parse("2026-02-28"))->may_be_outdated);
    EXPECT_TRUE(set.lookup("kz.stat.average_wage", *Date::parse("2026-03-01"))->may_be_outdated);
    // The `until` of an earlier value does not matter: the next value follows it.
    EXPECT_FALSE(set.lookup("kz.stat.average_wage", *Date::parse("2025-11-23"))->may_be_outdated);
}

TEST(parameters, an_until_before_its_from_or_an_unknown_field_is_an_error) {
    auto r = ParameterSet::parse(R"({"schema": 1, "id": "kz.mrp", "unit": "tenge", "checked_on": "2026-11-25",
        "title": {"kk": "x", "ru": "x", "en": "x"},
        "values": [{"from": "2026-01-01", "value": "1", "source": {"cite": "x"}, "until": "2025-12-31", "note": "x"}]})",
                                 "law/parameters/kz/mrp.json");
    ASSERT_FALSE(r.ok());
    std::vector<std::string> codes;
    for (auto& e : r.errors()) codes.push_back(e.code);
    EXPECT_NE(std::find(codes.begin(), codes.end(), "param.until"), codes.end());
    EXPECT_NE(std::find(codes.begin(), codes.end(), "param.unknown_field"), codes.end());
}

TEST(parameters, the_mrp_for_taxes_and_the_mrp_for_benefits_differ_only_in_april_to_december_2022) {
    auto set = ParameterSet::load(otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR));
    ASSERT_TRUE(set.ok());
    for (const char* day : {"2012-01-01", "2019-06-30", "2022-03-31", "2023-01-01", "2026-06-01"})
        EXPECT_EQ(set->lookup("kz.mrp", *Date::parse(day))->amount(), set->lookup("kz.mrp_social", *Date::parse(day))->amount())
            << day;
    EXPECT_EQ(set->lookup("kz.mrp", *Date::parse("2022-04-01"))->amount(), Fraction(3063));
    EXPECT_EQ(set->lookup("kz.mrp_social", *Date::parse("2022-04-01"))->amount(), Fraction(3180));
    EXPECT_EQ(set->lookup("kz.mrp", *Date::parse("2012-01-01"))->amount(), Fraction(1618));
    EXPECT_EQ(set->lookup("kz.mzp", *Date::parse("2018-07-01"))->amount(), Fraction(28284));
}

TEST(parameters, bad_files_report_every_problem) {
    auto r = ParameterSet::parse(R"({"schema": 1, "id": "kz.other", "unit": "furlongs", "checked_on": "2026-02-30",
        "title": {"kk": "", "ru": "x", "en": "x"},
        "values": [{"from": "2021-01-01", "value": 0.3, "source": {"cite": "x"}},
                   {"from": "2020-01-01", "value": "1", "source": {"cite": "x"}}]})",
                                     "law/parameters/kz/mrp.json");
    ASSERT_FALSE(r.ok());
    std::vector<std::string> codes;
    for (auto& e : r.errors()) codes.push_back(e.code);
    for (const char* expected : {"param.id", "param.unit", "date", "empty", "type", "param.float"})
        EXPECT_NE(std::find(codes.begin(), codes.end(), expected), codes.end()) << expected;
}

TEST(parameters, the_real_assets_load) {
    auto set = ParameterSet::load(otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR));
    ASSERT_TRUE(set.ok()) << set.errors()[0].path << ": " << set.errors()[0].message;
    auto mrp = set->lookup("kz.mrp", *Date::parse("2026-01-01"));
    ASSERT_TRUE(mrp.ok());
    EXPECT_EQ(mrp->amount(), Fraction(4325));
}
