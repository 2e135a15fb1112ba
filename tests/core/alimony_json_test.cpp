// The estimator's JSON: strict input (every bad field named), exact amounts out, and the kk/ru/en catalogs holding
// every text id the estimator emits.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "core/alimony/json_io.hpp"
#include "core/alimony/limits.hpp"
#include "core/i18n/lang.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy::core;
using namespace otbasy::core::alimony;

namespace {

std::set<std::string> error_fields(const Errors& errors) {
    std::set<std::string> out;
    for (const auto& e : errors) out.insert(e.path);
    return out;
}

std::set<std::string> fields_of_estimate(const char* json) {
    auto r = parse_estimate_input(std::string_view(json));
    EXPECT_FALSE(r.ok()) << json;
    return error_fields(r.errors());
}

}  // namespace

TEST(alimony_json, a_valid_input_parses) {
    auto r = parse_estimate_input(std::string_view(R"({"as_of": "2026-01-15",
        "income": [{"monthly": 400000.5, "basis": "gross"}, {"monthly": "1000.25", "basis": "net"}],
        "orders": [{"type": "share", "children": 2, "fraction": "1/4"}, {"type": "fixed", "mrp": 1.5},
                   {"type": "fixed", "tenge": 1000, "set_on": "2025-01-01"}, {"type": "agreement", "fraction": 0.3}]})"));
    ASSERT_TRUE(r.ok()) << r.errors()[0].path << ": " << r.errors()[0].message;
    EXPECT_EQ(r->input.income[0].monthly.tiyn(), 40000050);
    EXPECT_EQ(r->input.income[1].monthly.tiyn(), 100025);
    EXPECT_EQ(*r->input.orders[0].fraction, Fraction(1, 4));
    EXPECT_EQ(*r->input.orders[1].mrp, Fraction(3, 2));
    EXPECT_EQ(*r->input.orders[3].fraction, Fraction(3, 10));
}

TEST(alimony_json, every_bad_field_is_named) {
    const char* order = R"("orders": [{"type": "share", "children": 1}])";
    auto with = [&](const std::string& income) {
        return fields_of_estimate((R"({"as_of": "2026-01-15", "income": )" + income + ", " + order + "}").c_str());
    };
    EXPECT_EQ(with(R"({"monthly": -1, "basis": "net"})"), std::set<std::string>{"income.monthly"});
    EXPECT_EQ(with(R"({"monthly": 1e18, "basis": "net"})"), std::set<std::string>{"income.monthly"});
    EXPECT_EQ(with(R"({"monthly": "NaN", "basis": "net"})"), std::set<std::string>{"income.monthly"});
    EXPECT_EQ(with(R"({"monthly": 1.005, "basis": "net"})"), std::set<std::string>{"income.monthly"});
    EXPECT_EQ(with(R"({"monthly": true, "basis": "net"})"), std::set<std::string>{"income.monthly"});
    EXPECT_EQ(with(R"({"basis": "net"})"), std::set<std::string>{"income.monthly"});
    EXPECT_EQ(with(R"({"monthly": 1, "basis": "after tax"})"), std::set<std::string>{"income.basis"});
    EXPECT_EQ(with(R"({"monthly": 1, "basis": "net", "extra": 1})"), std::set<std::string>{"income.extra"});
    EXPECT_EQ(with(R"("400000")"), std::set<std::string>{"income"});
    EXPECT_EQ(fields_of_estimate(R"({"as_of": "2025-02-29", "income": {"monthly": 1, "basis": "net"}, "orders": []})"),
              (std::set<std::string>{"as_of", "orders"}));
    EXPECT_EQ(fields_of_estimate(R"({"as_of": "2025-01-01", "income": {"monthly": 1, "basis": "net"},
              "orders": [{"type": "fixed", "mrp": 1, "tenge": 5, "set_on": "2025-01-01"}, {"type": "share"},
                         {"type": "spouse", "mrp": -2}, {"type": "fixed", "tenge": 5}, {"type": "x"}]})"),
              (std::set<std::string>{"orders[0]", "orders[1].children", "orders[2].mrp", "orders[3].set_on",
                                     "orders[4].type"}));
}

TEST(alimony_json, non_json_and_non_objects_are_errors_not_crashes) {
    for (const char* bad : {"", "NaN", "{", "[1,2]", "null", "\"x\"", "{\"as_of\": Infinity}", "{\"a\":1}{"}) {
        auto r = parse_estimate_input(std::string_view(bad));
        EXPECT_FALSE(r.ok()) << bad;
        auto a = parse_arrears_input(std::string_view(bad));
        EXPECT_FALSE(a.ok()) << bad;
        for (const auto& e : r.errors()) EXPECT_EQ(e.code.rfind("alimony.error.", 0), 0u) << e.code;
    }
}

TEST(alimony_json, arrears_input_forms) {
    auto list = parse_arrears_input(std::string_view(
        R"({"as_of": "2026-03-01", "from": "2025-11", "due_day": 15, "monthly_due": [100000, "120000.10", 0],
            "payments": [{"date": "2026-01-01", "tenge": 5}], "presented_on": "2026-02-01", "wanted": false})"));
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->input.monthly_due.size(), 3u);
    EXPECT_FALSE(list->input.constant_due);
    auto order = parse_arrears_input(std::string_view(
        R"({"as_of": "2026-03-01", "from": "2025-11", "due_day": 1, "order": {"type": "share", "children": 1},
            "incomes": [{"month": "2025-11", "monthly": 1, "basis": "net"}, {"month": "2025-11", "monthly": 2, "basis": "net"}]})"));
    ASSERT_FALSE(order.ok());
    EXPECT_EQ(error_fields(order.errors()), std::set<std::string>{"incomes[1].month"});
    auto both = parse_arrears_input(std::string_view(
        R"({"as_of": "2026-03-01", "from": "2025-11", "due_day": 1, "monthly_due": 5, "order": {"type": "share", "children": 1}})"));
    EXPECT_EQ(error_fields(both.errors()), std::set<std::string>{"order"});
}

TEST(alimony_json, money_is_written_exactly_from_tiyn) {
    EXPECT_EQ(money_to_json(*Money::parse("133333.33")).dump(), "133333.33");
    EXPECT_EQ(money_to_json(*Money::parse("0.07")).dump(), "0.07");
    EXPECT_EQ(money_to_json(*Money::parse("1297.50")).dump(), "1297.5");
    EXPECT_EQ(money_to_json(*Money::parse("400000")).dump(), "400000");
    EXPECT_EQ(money_to_json(Money::from_tiyn(Money::max_tiyn - 1)).dump(), "999999999999.99");
    // Every amount read back from the output is the same tiyn.
    for (std::int64_t t : {1LL, 99LL, 101LL, 123456789LL, 99999999999999LL, 100000000000000LL - 3}) {
        std::string problem;
        auto back = json_to_money(parse_json(money_to_json(Money::from_tiyn(t)).dump()).value(), problem);
        ASSERT_TRUE(back) << t << problem;
        EXPECT_EQ(back->tiyn(), t);
    }
}

TEST(alimony_json, exact_values_print_as_decimals_when_they_terminate) {
    EXPECT_EQ(exact_to_string(Fraction(1, 1000)), "0.001");
    EXPECT_EQ(exact_to_string(Fraction(1, 2)), "0.5");
    EXPECT_EQ(exact_to_string(Fraction(8500)), "8500");
    EXPECT_EQ(exact_to_string(Fraction(25, 2)), "12.5");
    EXPECT_EQ(exact_to_string(Fraction(-3, 20)), "-0.15");
    EXPECT_EQ(exact_to_string(Fraction(1, 3)), "1/3");
}

TEST(alimony_limits, one_validation_for_the_cli_and_the_screens) {
    using namespace limits;
    EXPECT_FALSE(check_mrp_multiple(Fraction(10)));
    EXPECT_FALSE(check_mrp_multiple(Fraction(1, 100)));
    EXPECT_FALSE(check_mrp_multiple(Fraction(10000)));
    for (const Fraction& bad : {Fraction(0), Fraction(-1), Fraction(10001), Fraction(1, 1000000000), Fraction(1, 3),
                                Fraction(INT64_MIN)})
        EXPECT_EQ(check_mrp_multiple(bad)->code, "alimony.error.mrp_range") << bad.to_string();
    EXPECT_EQ(check_fixed_tenge(Money())->code, "alimony.error.tenge_zero");
    EXPECT_FALSE(check_fixed_tenge(Money::from_tiyn(1)));
    EXPECT_EQ(check_share(Fraction(0))->code, "alimony.error.share_range");
    EXPECT_FALSE(check_share(Fraction(1)));
    EXPECT_EQ(check_share(Fraction(3, 2))->code, "alimony.error.share_range");
    EXPECT_EQ(check_children(0)->code, "alimony.error.children_range");
    EXPECT_EQ(check_children(21)->code, "alimony.error.children_range");
    EXPECT_EQ(check_due_day(32)->code, "alimony.error.due_day_range");
    // The CLI's reader gives the same codes.
    auto r = parse_estimate_input(std::string_view(R"({"as_of": "2026-01-15", "income": {"monthly": 1, "basis": "net"},
        "orders": [{"type": "fixed", "mrp": 10001}, {"type": "fixed", "tenge": 0, "set_on": "2026-01-01"},
                   {"type": "share", "children": 21}]})"));
    ASSERT_FALSE(r.ok());
    std::vector<std::string> codes;
    for (const auto& e : r.errors()) codes.push_back(e.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"alimony.error.mrp_range", "alimony.error.tenge_zero",
                                               "alimony.error.children_range"}));
}

TEST(alimony_json, errors_are_listed_with_field_code_and_message) {
    Errors e{make_error("income.monthly", "range", "must be ≥ 0")};
    qualify_error_codes(e);
    Json j = errors_to_json(e);
    EXPECT_EQ(j["errors"][0]["field"], "income.monthly");
    EXPECT_EQ(j["errors"][0]["code"], "alimony.error.range");
    EXPECT_EQ(j["errors"][0]["message"], "must be ≥ 0");
}

// ---- The catalogs ----------------------------------------------------------------------------------------------

TEST(alimony_catalog, every_text_id_has_kk_ru_en_with_only_its_own_placeholders) {
    auto assets = otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR);
    for (auto lang : i18n::all_langs) {
        const std::string path = "i18n/alimony/" + std::string(i18n::code(lang)) + ".json";
        auto text = assets.read(path);
        ASSERT_TRUE(text) << path;
        auto cat = i18n::Catalog::load(*text, path);
        ASSERT_TRUE(cat.ok()) << path;
        EXPECT_EQ(cat->lang(), lang);
        std::set<std::string> ids;
        for (const auto& t : all_text_ids()) {
            ids.insert(std::string(t.id));
            const std::string* s = cat->find(t.id);
            ASSERT_TRUE(s) << path << " lacks " << t.id;
            std::set<std::string> allowed;
            std::istringstream words{std::string(t.args)};
            for (std::string w; words >> w;) allowed.insert(w);
            for (std::size_t i = s->find('{'); i != std::string::npos; i = s->find('{', i + 1)) {
                const std::size_t end = s->find('}', i);
                ASSERT_NE(end, std::string::npos) << path << " " << t.id;
                EXPECT_TRUE(allowed.count(s->substr(i + 1, end - i - 1)))
                    << path << " " << t.id << " uses {" << s->substr(i + 1, end - i - 1) << "}";
            }
        }
        for (const auto& p : parameter_ids()) {
            const std::string key = "alimony.term." + std::string(p);
            ids.insert(key);
            EXPECT_TRUE(cat->find(key)) << path << " lacks " << key;
        }
        for (const auto& [key, value] : cat->strings()) {
            EXPECT_EQ(key.rfind("alimony.", 0), 0u) << key;
            EXPECT_TRUE(ids.count(key)) << path << " has an unused key " << key;
        }
    }
}

TEST(alimony_catalog, kazakh_texts_use_kazakh_letters) {
    auto assets = otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR);
    auto text = assets.read("i18n/alimony/kk.json");
    ASSERT_TRUE(text);
    int kazakh = 0;
    for (const char* letter : {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"})
        if (text->find(letter) != std::string::npos) ++kazakh;
    EXPECT_GE(kazakh, 7);
}

TEST(alimony_catalog, every_parameter_the_estimator_reads_exists_from_when_it_is_needed) {
    // The Code's alimony rules and the МРП / МЗП reach back to 2012 (a wanted payer's arrears have no time limit,
    // КоБС art. 169(2)); the payroll rules to 2020; the average wage from its first published figure in the file.
    auto set = law::ParameterSet::load(otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR));
    ASSERT_TRUE(set.ok());
    for (const auto& id : parameter_ids()) {
        const law::Parameter* p = set->find(id);
        ASSERT_TRUE(p) << id;
        EXPECT_FALSE(p->values.empty()) << id;
        for (const auto& v : p->values) EXPECT_FALSE(v.source.cite.empty()) << id;
        const std::string s(id);
        const char* needed = s.rfind("kz.tax.", 0) == 0 ? "2020-01-01"
                             : s == "kz.stat.average_wage" ? "2020-03-01"
                                                           : "2012-01-01";
        if (id != "kz.tax.ipn_high_threshold_mrp") {  // needed only from 2026, when the higher rate begins
            EXPECT_LE(p->values.front().from, *Date::parse(needed)) << id;
        }
    }
}

TEST(alimony_json, new_arrears_inputs_parse) {
    auto r = parse_arrears_input(std::string_view(R"({"as_of": "2025-07-01", "start_on": "2025-03-15", "ends_on": "2025-06-10",
        "due_day": 10, "due_in": "same_month", "order": {"type": "share", "birth_dates": ["2007-06-10", "2010-01-01"]},
        "income": {"monthly": 300000, "basis": "net"}})"));
    ASSERT_TRUE(r.ok()) << r.errors()[0].path << " " << r.errors()[0].message;
    EXPECT_EQ(r->input.from, *YearMonth::parse("2025-03"));
    EXPECT_EQ(r->input.due_in, DueIn::same_month);
    EXPECT_EQ(r->input.order->children, 2);
    EXPECT_EQ(r->input.birth_dates.size(), 2u);
    auto bad = parse_arrears_input(std::string_view(R"({"as_of": "2025-07-01", "from": "2025-04", "start_on": "2025-03-15",
        "due_day": 10, "due_in": "later", "monthly_due": 1000})"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.errors()[0].path, "due_in");
}

TEST(alimony_json, a_month_listed_many_times_is_reported_once_and_errors_are_capped) {
    std::string incomes;
    for (int i = 0; i < 1200; ++i)
        incomes += std::string(i ? "," : "") + R"({"month": "2025-10", "monthly": 1000, "basis": "net"})";
    auto r = parse_arrears_input(std::string_view(R"({"as_of": "2026-01-01", "from": "2025-10", "due_day": 10,
        "order": {"type": "share", "children": 1}, "incomes": [)" + incomes + "]}"));
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.errors().size(), 1u);
    EXPECT_EQ(r.errors()[0].code, "alimony.error.duplicate");
    EXPECT_EQ(r.errors()[0].path, "incomes[1].month");
    EXPECT_NE(r.errors()[0].message.find("1200 times"), std::string::npos);
    // 300 bad months: 100 errors and one that counts the rest.
    std::string bad;
    for (int i = 0; i < 300; ++i) bad += std::string(i ? "," : "") + R"({"month": "2025-13", "monthly": 1, "basis": "net"})";
    auto b = parse_arrears_input(std::string_view(R"({"as_of": "2026-01-01", "from": "2025-10", "due_day": 10,
        "order": {"type": "share", "children": 1}, "incomes": [)" + bad + "]}"));
    ASSERT_FALSE(b.ok());
    ASSERT_EQ(b.errors().size(), 101u);
    EXPECT_EQ(b.errors().back().code, "alimony.error.more_errors");
    EXPECT_NE(b.errors().back().message.find("200 more"), std::string::npos);
    Errors again = b.errors();
    cap_errors(again);  // the CLI caps again: the count stays
    EXPECT_EQ(again.size(), 101u);
    EXPECT_EQ(again.back().message, b.errors().back().message);
}

TEST(alimony_json, the_smallest_int64_is_a_range_error_not_undefined_behaviour) {
    auto r = parse_estimate_input(std::string_view(R"({"as_of": "2026-01-15", "income": {"monthly": 500000, "basis": "net"},
        "orders": [{"type": "fixed", "mrp": -9223372036854775808}]})"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors()[0].path, "orders[0].mrp");
    EXPECT_EQ(r.errors()[0].code, "alimony.error.mrp_range");
}

TEST(alimony_json, every_guide_prefill_is_a_valid_estimator_input) {
    // The guide's results open the estimator prefilled (assets/README.md): the same shape as this input.
    auto assets = otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR);
    int seen = 0;
    for (const auto& path : assets.list("guide/")) {
        auto text = assets.read(path);
        ASSERT_TRUE(text) << path;
        auto j = parse_json(*text, path);
        if (!j || !j->is_object() || !j->contains("nodes") || !(*j)["nodes"].is_array()) continue;
        for (const auto& node : (*j)["nodes"]) {
            if (!node.is_object() || !node.contains("actions") || !node["actions"].is_array()) continue;
            for (const auto& action : node["actions"]) {
                if (!action.is_object() || !action.contains("prefill")) continue;
                Json input = action["prefill"];
                ASSERT_TRUE(input.is_object()) << path;
                input["as_of"] = "2026-01-15";
                if (!input.contains("income") && !input.contains("payer"))
                    input["income"] = parse_json(R"({"monthly": 300000, "basis": "net"})").value();
                auto r = parse_estimate_input(input);
                EXPECT_TRUE(r.ok()) << path << " " << (node.contains("id") ? node["id"].dump() : "") << ": "
                                    << (r.ok() ? "" : r.errors()[0].path + " " + r.errors()[0].message);
                ++seen;
            }
        }
    }
    EXPECT_GT(seen, 0);
}
