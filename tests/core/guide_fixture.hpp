// A small, complete guide in memory for the guide tests: two topics, a glossary, sources and parameters, as JSON
// that a test may break before reading it through an AssetReader. Not a test file itself.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/assets.hpp"

namespace guide_fixture {

using Json = nlohmann::json;

// A localized text whose three languages differ, so tests can tell them apart.
inline Json lt(const std::string& en, const std::string& kk = "", const std::string& ru = "") {
    return Json{{"kk", kk.empty() ? "kk " + en : kk}, {"ru", ru.empty() ? "ru " + en : ru}, {"en", en}};
}

inline Json question(const std::string& id, const std::string& text, Json options) {
    return Json{{"id", id}, {"type", "question"}, {"text", lt(text)}, {"options", std::move(options)}};
}

inline Json option(const std::string& id, const std::string& next) {
    return Json{{"id", id}, {"label", lt("option " + id)}, {"next", next}};
}

inline Json result(const std::string& id, const std::string& title, Json citations) {
    return Json{{"id", id},
                {"type", "result"},
                {"title", lt(title)},
                {"law", lt("What the law says about " + title + ".\n\nA second paragraph.")},
                {"citations", std::move(citations)},
                {"documents", Json::array({lt("Passport")})},
                {"where", lt("The registry office")},
                {"terms", Json::array()},
                {"next_steps", Json::array({lt("Apply")})}};
}

struct Fixture {
    std::map<std::string, Json> json;  // path under assets/ → document

    Fixture() {
        json["guide/topics.json"] = {{"schema", 1}, {"topics", {"divorce", "alimony"}}};
        Json divorce_nodes = Json::array({
            question("q_div_children", "Do you have children together?",
                     {option("yes", "i_div_children"), option("no", "q_div_agree")}),
            Json{{"id", "i_div_children"},
                 {"type", "info"},
                 {"text", lt("With children, [[alimony|alimony]] is decided too.",
                             "Балалар болса, [[alimony|алимент]] те шешіледі.",
                             "Если есть дети, решаются и [[alimony|алименты]].")},
                 {"citations", {"kobs-20"}},
                 {"next", "q_div_agree"}},
            question("q_div_agree", "Do you both agree to divorce?",
                     {option("yes", "r_div_registry"), option("no", "r_div_court")}),
            result("r_div_registry", "Divorce at the registry office", {"kobs-17-1"}),
            result("r_div_court", "Divorce in court", {"kobs-17", "kobs-73.1"}),
        });
        divorce_nodes[3]["terms"] = Json::array({lt("Fee: {p:kz.fees.registry}.", "Баж: {p:kz.fees.registry}.",
                                                   "Пошлина: {p:kz.fees.registry}.")});
        divorce_nodes[4]["title"] = lt("Divorce in court", "Сот арқылы ажырасу", "Развод через суд");
        divorce_nodes[4]["actions"] =
            Json::array({Json{{"type", "estimator"}, {"prefill", {{"orders", {{{"type", "share"}, {"children", 1}}}}}}}});
        json["guide/divorce.json"] = {{"schema", 1},
                                      {"topic", "divorce"},
                                      {"order", 1},
                                      {"title", lt("Divorce", "Ажырасу", "Развод")},
                                      {"summary", lt("How to end a marriage")},
                                      {"start", "q_div_children"},
                                      {"nodes", divorce_nodes}};
        Json alimony_nodes = Json::array({
            question("q_ali_kind", "Share of income or a fixed sum?",
                     {option("share", "r_ali_share"), option("fixed", "r_ali_fixed")}),
            result("r_ali_share", "Alimony as a share of income", {"kobs-139-1"}),
            result("r_ali_fixed", "Alimony as a fixed sum", {"kobs-139"}),
        });
        alimony_nodes[1]["title"] = lt("Alimony as a share of income", "Табыстың үлесі ретінде алимент",
                                       "Алименты в доле от заработка");
        json["guide/alimony.json"] = {{"schema", 1},
                                      {"topic", "alimony"},
                                      {"order", 2},
                                      {"title", lt("Child alimony", "Балаға алимент", "Алименты на детей")},
                                      {"summary", lt("Money for a child")},
                                      {"start", "q_ali_kind"},
                                      {"nodes", alimony_nodes}};
        json["guide/glossary.json"] = {
            {"schema", 1},
            {"terms",
             {{{"id", "alimony"},
               {"term", lt("alimony", "алимент", "алименты")},
               {"definition", lt("Money paid to support a family member.", "Отбасы мүшесін күтіп-бағуға ақша.",
                                 "Деньги на содержание члена семьи.")},
               {"citations", {"kobs-139"}}}}}};
        json["law/sources.json"] = {
            {"schema", 1},
            {"checked_on", "2026-11-25"},
            {"acts",
             {{{"id", "kobs"},
               {"adilet_id", "K1100000518"},
               {"short", lt("Marriage and Family Code", "НжОК", "КоБС")},
               {"title", lt("Code on Marriage and Family")},
               {"url",
                {{"kk", "https://adilet.zan.kz/kaz/docs/K1100000518"},
                 {"ru", "https://adilet.zan.kz/rus/docs/K1100000518"},
                 {"en", "https://adilet.zan.kz/eng/docs/K1100000518"}}}},
              {{"id", "budget2026"},
               {"short", lt("Budget Law 2026")},
               {"title", lt("Law on the republican budget for 2026")},
               {"url", {{"kk", "https://adilet.zan.kz/kaz"}, {"ru", "https://adilet.zan.kz/rus"},
                        {"en", "https://adilet.zan.kz/eng"}}}}}},
            {"articles",
             {{{"id", "kobs-17"}, {"act", "kobs"}, {"number", "17"}, {"title", lt("Divorce at the registry office")}},
              {{"id", "kobs-20"}, {"act", "kobs"}, {"number", "20"}, {"title", lt("Divorce in court")}},
              {{"id", "kobs-73.1"}, {"act", "kobs"}, {"number", "73-1"}, {"title", lt("Residence of the child")}},
              {{"id", "kobs-139"}, {"act", "kobs"}, {"number", "139"}, {"title", lt("Amount of alimony")}},
              {{"id", "budget2026-1"}, {"act", "budget2026"}, {"number", "1"}, {"title", lt("Figures")}}}}};
        json["law/parameters/kz/mrp.json"] = {
            {"schema", 1},
            {"id", "kz.mrp"},
            {"unit", "tenge"},
            {"checked_on", "2026-11-25"},
            {"title", lt("MCI", "АЕК", "МРП")},
            {"values", {{{"from", "2025-01-01"}, {"value", "3932"}, {"source", {{"cite", "budget2026-1"}}}},
                        {{"from", "2026-01-01"}, {"value", "4325"}, {"source", {{"cite", "budget2026-1"}}}}}}};
        json["law/parameters/kz/fees/registry.json"] = {
            {"schema", 1},
            {"id", "kz.fees.registry"},
            {"unit", "mrp"},
            {"checked_on", "2026-11-25"},
            {"title", lt("Registry divorce fee")},
            {"values",
             {{{"from", "2025-01-01"}, {"value", "0.3"}, {"source", {{"cite", "budget2026-1"}}}, {"unconfirmed", true}}}}};
        json["i18n/guide/kk.json"] = Json::object();  // filled by tests that need strings
    }

    Json& topic(const std::string& id) { return json["guide/" + id + ".json"]; }
    Json& node(const std::string& topic_id, std::size_t i) { return topic(topic_id)["nodes"][i]; }

    otbasy::core::AssetReader reader() const {
        std::map<std::string, std::string> files;
        for (const auto& [path, doc] : json)
            if (!doc.is_null()) files[path] = doc.dump();
        otbasy::core::AssetReader r;
        r.read = [files](std::string_view path) -> std::optional<std::string> {
            auto it = files.find(std::string(path));
            if (it == files.end()) return std::nullopt;
            return it->second;
        };
        r.list = [files](std::string_view dir) {
            std::vector<std::string> out;
            for (const auto& [path, text] : files)
                if (path.compare(0, dir.size(), dir) == 0) out.push_back(path);
            return out;
        };
        return r;
    }
};

}  // namespace guide_fixture
