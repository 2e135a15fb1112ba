// The session handed over across an update. Layer: ui. The web build has exceptions off: every value is checked for
// its type before it is read.
#include "ui/handover.hpp"

#include <nlohmann/json.hpp>

namespace otbasy::ui {
namespace {

using Json = nlohmann::json;

constexpr const char* screen_names[] = {"home", "guide", "estimator", "arrears", "settings", "about"};

std::string text(const Json& j, const char* key, const std::string& fallback) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}
int number(const Json& j, const char* key, int fallback) {
    auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<int>() : fallback;
}
bool flag(const Json& j, const char* key, bool fallback) {
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}
const Json* list(const Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_array() ? &*it : nullptr;
}

}  // namespace

std::string session_to_json(const AppState& s) {
    Json j = Json::object();
    j["v"] = 1;
    j["lang"] = std::string(core::i18n::code(s.lang));
    j["screen"] = screen_names[static_cast<int>(s.screen)];
    j["theme"] = static_cast<int>(s.theme);
    j["text_scale"] = s.text_scale_percent;
    if (s.guide) j["guide"] = s.guide->to_json();
    j["guide_review"] = s.guide_review;
    j["ticked"] = Json::array();
    for (const auto& t : s.ticked_documents) j["ticked"].push_back(t);
    j["search"] = s.search_query;

    Json e = Json::object();
    e["income"] = Json::array();
    for (const auto& r : s.estimator.income) e["income"].push_back({{"amount", r.amount}, {"gross", r.gross}});
    e["payer"] = s.estimator.payer;
    e["orders"] = Json::array();
    for (const auto& o : s.estimator.orders)
        e["orders"].push_back({{"kind", o.kind}, {"children", o.children}, {"custom_share", o.custom_share},
                               {"mrp", o.mrp}, {"tenge", o.tenge}, {"set_on", o.set_on}});
    e["compare_mrp"] = s.estimator.compare_mrp;
    j["estimator"] = e;

    Json a = Json::object();
    a["from"] = s.arrears.from;
    a["monthly_due"] = s.arrears.monthly_due;
    a["due_day"] = s.arrears.due_day;
    a["payments"] = Json::array();
    for (const auto& p : s.arrears.payments) a["payments"].push_back({{"date", p.date}, {"amount", p.amount}});
    j["arrears"] = a;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool session_from_json(AppState& s, const core::guide::Guide& guide, std::string_view text_in) {
    Json j = Json::parse(text_in.begin(), text_in.end(), nullptr, false);
    if (!j.is_object()) return true;  // nothing readable was handed over: nothing to restore, nothing lost here

    std::string screen = text(j, "screen", "home");
    for (int i = 0; i < static_cast<int>(std::size(screen_names)); ++i)
        if (screen == screen_names[i]) s.screen = static_cast<Screen>(i);
    int theme = number(j, "theme", static_cast<int>(s.theme));
    if (theme >= 0 && theme <= 2) s.theme = static_cast<ThemeKind>(theme);
    int scale = number(j, "text_scale", s.text_scale_percent);
    for (int allowed : text_scales)
        if (scale == allowed) s.text_scale_percent = scale;
    s.search_query = text(j, "search", s.search_query);
    s.guide_review = flag(j, "guide_review", false);
    if (const Json* ticked = list(j, "ticked"))
        for (const auto& t : *ticked)
            if (t.is_string()) s.ticked_documents.insert(t.get<std::string>());

    if (auto e = j.find("estimator"); e != j.end() && e->is_object()) {
        if (const Json* rows = list(*e, "income"); rows && !rows->empty()) {
            s.estimator.income.clear();
            for (const auto& r : *rows)
                if (r.is_object()) s.estimator.income.push_back({text(r, "amount", ""), flag(r, "gross", false)});
            if (s.estimator.income.empty()) s.estimator.income.push_back({});
        }
        s.estimator.payer = number(*e, "payer", s.estimator.payer);
        if (const Json* rows = list(*e, "orders"); rows && !rows->empty()) {
            s.estimator.orders.clear();
            for (const auto& r : *rows) {
                if (!r.is_object()) continue;
                OrderRow o;
                o.kind = number(r, "kind", 0);
                o.children = text(r, "children", o.children);
                o.custom_share = text(r, "custom_share", "");
                o.mrp = text(r, "mrp", "");
                o.tenge = text(r, "tenge", "");
                o.set_on = text(r, "set_on", "");
                s.estimator.orders.push_back(o);
            }
            if (s.estimator.orders.empty()) s.estimator.orders.push_back({});
        }
        s.estimator.compare_mrp = text(*e, "compare_mrp", s.estimator.compare_mrp);
    }
    if (auto a = j.find("arrears"); a != j.end() && a->is_object()) {
        s.arrears.from = text(*a, "from", s.arrears.from);
        s.arrears.monthly_due = text(*a, "monthly_due", s.arrears.monthly_due);
        s.arrears.due_day = text(*a, "due_day", s.arrears.due_day);
        if (const Json* rows = list(*a, "payments")) {
            s.arrears.payments.clear();
            for (const auto& r : *rows)
                if (r.is_object()) s.arrears.payments.push_back({text(r, "date", ""), text(r, "amount", "")});
        }
    }
    if (auto g = j.find("guide"); g != j.end() && g->is_object()) {
        auto session = core::guide::Session::from_json(guide, *g);
        if (!session.ok()) return false;
        s.guide = std::move(session).value();
    }
    return true;
}

}  // namespace otbasy::ui
