// The alimony estimator: income (gross or net, several sources), orders (children per family, fixed sums in МРП
// or tenge with their dates), and a result that updates as the person types, with the working step by step, each
// step's articles, a share-versus-fixed-sum comparison and a chart. Layer: ui. The law is in core::alimony; this
// file reads fields, shows messages under them and draws.
//
//  [X] several income sources, gross/net; payer working, not working, in prison, with a disability on benefits
//  [X] orders: share (court may set another share), fixed in МРП, fixed in tenge with its date, mixed, student,
//      spouse, adult disabled child
//  [X] live result, table per order, working with citations, warnings, share vs fixed side by side, chart
//  [X] bad input: a message under the field in the current language; what was typed is kept
#include <string>

#include <imgui.h>

#include "core/alimony/estimate.hpp"
#include "core/i18n/format.hpp"
#include "ui/screens/input.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {
namespace {

using namespace core::alimony;

constexpr OrderType kinds[] = {OrderType::share,   OrderType::fixed,  OrderType::fixed,         OrderType::mixed,
                               OrderType::student, OrderType::spouse, OrderType::disabled_child};
constexpr const char* kind_keys[] = {"estimator.kind.share",   "estimator.kind.fixed_mrp", "estimator.kind.fixed_tenge",
                                     "estimator.kind.mixed",   "estimator.kind.student",   "estimator.kind.spouse",
                                     "estimator.kind.disabled_child"};
constexpr int kind_count = 7;
constexpr PayerStatus payers[] = {PayerStatus::working, PayerStatus::not_working, PayerStatus::prison_not_working,
                                  PayerStatus::prison_working, PayerStatus::disabled_not_working};

std::string err(const Ui& ui, const std::string& key) { return key.empty() ? "" : ui.t(key); }

// A date given as YYYY-MM-DD shown the way the app asks for dates (DD.MM.YYYY); anything else as it is.
std::string shown_date(const std::string& text) {
    auto d = core::Date::parse(text);
    return d ? format_date(*d) : text;
}

// Applies an estimator input prefilled by a guide result ({"orders":[{"type":"share","children":2}]}).
void apply_prefill(EstimatorState& st, const std::string& json_text) {
    auto j = core::parse_json(json_text);
    if (!j.ok() || !j->is_object() || !j->contains("orders") || !(*j)["orders"].is_array()) return;
    std::vector<OrderRow> rows;
    for (const auto& o : (*j)["orders"]) {
        if (!o.is_object() || !o.contains("type") || !o["type"].is_string()) continue;
        OrderRow r;
        std::string type = o["type"].get<std::string>();
        auto text_of = [&](const char* key) -> std::string {
            if (!o.contains(key)) return "";
            const auto& v = o[key];
            return v.is_string() ? v.get<std::string>() : v.is_number() ? v.dump() : "";
        };
        if (type == "share") r.kind = 0, r.children = text_of("children").empty() ? "1" : text_of("children");
        else if (type == "fixed" && o.contains("tenge")) r.kind = 2, r.tenge = text_of("tenge"), r.set_on = shown_date(text_of("set_on"));
        else if (type == "fixed") r.kind = 1, r.mrp = text_of("mrp");
        else if (type == "mixed") r.kind = 3, r.children = text_of("children"), r.mrp = text_of("mrp");
        else if (type == "student") r.kind = 4, r.mrp = text_of("mrp");
        else if (type == "spouse") r.kind = 5, r.mrp = text_of("mrp");
        else if (type == "disabled_child") r.kind = 6, r.mrp = text_of("mrp");
        else continue;
        rows.push_back(std::move(r));
    }
    if (!rows.empty()) st.orders = std::move(rows);
}

struct Built {
    EstimateInput input;
    bool ok = true;
};

Built build_and_draw_inputs(Ui& ui) {
    auto& st = ui.state.estimator;
    Built b;
    const bool needs_income = st.payer == 0 || st.payer == 3 || st.payer == 4;
    const bool benefits = st.payer == 4;  // paid as they are: no gross/net choice

    heading(ui, "estimator.payer.heading", ui.t("estimator.payer"), 2);
    int p = segmented(ui, "estimator.payer", ui.t("estimator.payer"),
                      {ui.t("estimator.payer.working"), ui.t("estimator.payer.not_working"),
                       ui.t("estimator.payer.prison"), ui.t("estimator.payer.prison_working"),
                       ui.t("estimator.payer.disabled")},
                      st.payer);
    if (p >= 0) st.payer = p;
    b.input.payer = payers[st.payer];

    if (needs_income) {
        heading(ui, "estimator.income.heading", ui.t("estimator.income"), 2);
        for (std::size_t i = 0; i < st.income.size(); ++i) {
            auto& row = st.income[i];
            std::string id = "estimator.income." + std::to_string(i);
            begin_group(ui, id, Role::group);
            auto money = parse_money_text(row.amount, true);
            std::string label = ui.t(benefits                ? "estimator.income.benefits"
                                     : st.income.size() > 1 ? "estimator.income.amount_n"
                                                            : "estimator.income.amount");
            if (auto at = label.find("{n}"); at != std::string::npos)
                label.replace(at, 3, std::to_string(i + 1));
            else if (st.income.size() > 1)
                label += " " + std::to_string(i + 1);
            text_field(ui, id + ".amount", label, row.amount, InputMode::decimal, err(ui, money.error_key),
                       i == 0 ? ui.t(benefits ? "estimator.income.benefits_hint" : "estimator.income.hint") : "");
            if (!benefits) {
                int basis = segmented(ui, id + ".basis", ui.t("estimator.income.basis"),
                                      {ui.t("estimator.income.net"), ui.t("estimator.income.gross")}, row.gross ? 1 : 0);
                if (basis >= 0) row.gross = basis == 1;
            }
            if (st.income.size() > 1) {
                same_line_if_fits(button_width(ui, ui.t("estimator.remove")));
                if (button(ui, id + ".remove", ui.t("estimator.remove"), ButtonKind::quiet)) {
                    st.income.erase(st.income.begin() + static_cast<long>(i));
                    end_group(ui);
                    b.ok = false;
                    return b;
                }
            }
            end_group(ui);
            if (!money.value) {
                b.ok = false;
                continue;
            }
            IncomeSource src;
            src.monthly = *money.value;
            src.basis = row.gross && !benefits ? IncomeBasis::gross : IncomeBasis::net;
            b.input.income.push_back(src);
        }
        if (st.income.size() < 6 && button(ui, "estimator.income.add", ui.t("estimator.income.add"), ButtonKind::quiet))
            st.income.push_back(IncomeRow{});
    }

    heading(ui, "estimator.orders.heading", ui.t("estimator.orders"), 2);
    for (std::size_t i = 0; i < st.orders.size(); ++i) {
        auto& row = st.orders[i];
        std::string id = "estimator.order." + std::to_string(i);
        begin_group(ui, id, Role::group);
        if (st.orders.size() > 1) paragraph(ui, id + ".title", ui.t("estimator.order") + " " + std::to_string(i + 1));
        std::vector<std::string> kinds_text;
        for (const char* k : kind_keys) kinds_text.push_back(ui.t(k));
        // The kinds wrap: seven options do not fit one line on a phone, so they are a vertical list of choices.
        begin_group(ui, id + ".kind", Role::group, ui.t("estimator.kind"));
        for (int k = 0; k < kind_count; ++k) {
            bool on = row.kind == k;
            if (button(ui, id + ".kind." + std::to_string(k), kinds_text[static_cast<std::size_t>(k)],
                       on ? ButtonKind::primary : ButtonKind::secondary, 0.0f, on)) row.kind = k;
            if (k + 1 < kind_count) same_line_if_fits(button_width(ui, kinds_text[static_cast<std::size_t>(k + 1)]));
        }
        end_group(ui);
        Order o;
        o.type = kinds[row.kind];
        bool ok = true;
        if (row.kind == 0 || row.kind == 3) {
            auto n = parse_children_text(row.children, true);
            text_field(ui, id + ".children", ui.t("estimator.children"), row.children, InputMode::numeric,
                       err(ui, n.error_key));
            if (n.value) o.children = *n.value; else ok = false;
            if (row.kind == 0) {
                auto sh = parse_share_text(row.custom_share, false);
                text_field(ui, id + ".share", ui.t("estimator.custom_share"), row.custom_share, InputMode::text,
                           err(ui, sh.error_key), ui.t("estimator.custom_share_hint"));
                if (sh.value) o.fraction = *sh.value; else if (!sh.empty) ok = false;
            }
        }
        if (row.kind == 1 || row.kind >= 3) {
            auto m = parse_mrp_text(row.mrp, true);
            text_field(ui, id + ".mrp", ui.t("estimator.mrp"), row.mrp, InputMode::decimal, err(ui, m.error_key),
                       ui.t("estimator.mrp_hint"));
            if (m.value) o.mrp = *m.value; else ok = false;
        }
        if (row.kind == 2) {
            auto t = parse_fixed_tenge_text(row.tenge, true);
            text_field(ui, id + ".tenge", ui.t("estimator.tenge"), row.tenge, InputMode::decimal, err(ui, t.error_key));
            auto d = parse_date_text(row.set_on, true);
            text_field(ui, id + ".set_on", ui.t("estimator.set_on"), row.set_on, InputMode::date, err(ui, d.error_key),
                       ui.t("estimator.set_on_hint"));
            if (t.value) o.tenge = *t.value; else ok = false;
            if (d.value) o.set_on = *d.value; else ok = false;
        }
        if (st.orders.size() > 1 && button(ui, id + ".remove", ui.t("estimator.remove"), ButtonKind::quiet)) {
            st.orders.erase(st.orders.begin() + static_cast<long>(i));
            end_group(ui);
            b.ok = false;
            return b;
        }
        end_group(ui);
        if (ok) b.input.orders.push_back(o); else b.ok = false;
        separator(ui);
    }
    if (st.orders.size() < 8 && button(ui, "estimator.order.add", ui.t("estimator.order.add"), ButtonKind::quiet))
        st.orders.push_back(OrderRow{});
    return b;
}

std::string money(const Ui& ui, core::Money m) { return core::i18n::format_money(m, ui.state.lang); }

void draw_result(Ui& ui, const Estimate& e) {
    heading(ui, "estimator.result.heading", ui.t("estimator.result"), 2);
    notice(ui, "estimator.result.total", ui.t("estimator.total") + ": " + money(ui, e.total_withheld), Tone::success,
           true);
    std::vector<TableColumn> cols{{ui.t("estimator.col.order"), false},
                                  {ui.t("estimator.col.assessed"), true},
                                  {ui.t("estimator.col.withheld"), true}};
    std::vector<std::vector<std::string>> rows;
    rows.push_back({ui.t("estimator.base"), money(ui, e.net_income), ""});
    for (std::size_t i = 0; i < e.orders.size(); ++i)
        rows.push_back({std::to_string(i + 1) + ". " + ui.t(kind_keys[ui.state.estimator.orders[i].kind]),
                        money(ui, e.orders[i].assessed), money(ui, e.orders[i].withheld)});
    rows.push_back({ui.t("estimator.total"), money(ui, e.total_assessed), money(ui, e.total_withheld)});
    if (e.remaining) rows.push_back({ui.t("estimator.remaining"), "", money(ui, *e.remaining)});
    table(ui, "estimator.table", ui.t("estimator.result"), cols, rows, e.remaining ? 2 : 1);

    // A chart of the monthly amounts: each order as withheld, and what stays with the payer.
    std::vector<Bar> bars;
    for (std::size_t i = 0; i < e.orders.size(); ++i)
        bars.push_back({std::to_string(i + 1), static_cast<double>(e.orders[i].withheld.tiyn()),
                        money(ui, e.orders[i].withheld)});
    if (e.remaining) bars.push_back({ui.t("estimator.remaining_short"), static_cast<double>(e.remaining->tiyn()),
                                     money(ui, *e.remaining)});
    std::string summary = ui.t("estimator.chart");
    for (const auto& bar : bars) summary += "; " + bar.label + ": " + bar.value_text;
    bar_chart(ui, "estimator.chart", summary, bars, 160);
}

void draw_comparison(Ui& ui, const EstimateInput& input, const Estimate& e) {
    // Share and fixed sum side by side, for the first share order (the expert's point: a fixed sum does not suit
    // everyone: it is steady and indexed, a share follows the income).
    std::size_t first = input.orders.size();
    for (std::size_t i = 0; i < input.orders.size(); ++i)
        if (input.orders[i].type == OrderType::share) { first = i; break; }
    if (first == input.orders.size()) return;
    heading(ui, "estimator.compare.heading", ui.t("estimator.compare"), 2);
    auto& st = ui.state.estimator;
    auto m = parse_mrp_text(st.compare_mrp, true);
    text_field(ui, "estimator.compare.mrp", ui.t("estimator.compare.mrp"), st.compare_mrp, InputMode::decimal,
               err(ui, m.error_key));
    if (!m.value) return;
    EstimateInput alt = input;
    alt.orders[first] = Order{};
    alt.orders[first].type = OrderType::fixed;
    alt.orders[first].mrp = *m.value;
    auto other = estimate(alt, ui.content.params, ui.state.today);
    if (!other.ok()) return;
    std::vector<TableColumn> cols{{ui.t("estimator.compare.row"), false},
                                  {ui.t("estimator.kind.share"), true},
                                  {ui.t("estimator.kind.fixed_mrp"), true}};
    table(ui, "estimator.compare", ui.t("estimator.compare"), cols,
          {{ui.t("estimator.col.assessed"), money(ui, e.orders[first].assessed), money(ui, other->orders[first].assessed)},
           {ui.t("estimator.compare.changes"), ui.t("estimator.compare.share_changes"), ui.t("estimator.compare.fixed_changes")}});
}

}  // namespace

void draw_estimator(Ui& ui) {
    if (!ui.state.pending_prefill.empty()) {
        apply_prefill(ui.state.estimator, ui.state.pending_prefill);
        ui.state.pending_prefill.clear();
    }
    heading(ui, "estimator.title", ui.t("home.open_estimator"), 1);
    notice(ui, "estimator.disclaimer", ui.t("estimator.disclaimer"), Tone::info);
    Built b = build_and_draw_inputs(ui);
    if (!b.ok) {
        error_summary(ui, "estimator.incomplete", ui.t("input.fill_in"));
        return;
    }
    auto r = estimate(b.input, ui.content.params, ui.state.today);
    if (!r.ok()) {
        for (std::size_t i = 0; i < r.errors().size(); ++i) {
            const auto& e = r.errors()[i];
            const std::string* msg = ui.strings.catalog(ui.state.lang).find(e.code);
            notice(ui, "estimator.error." + std::to_string(i), msg ? *msg : ui.t("estimator.error.generic"), Tone::error);
        }
        return;
    }
    draw_result(ui, *r);
    draw_comparison(ui, b.input, *r);
    heading(ui, "estimator.working.heading", ui.t("estimator.working"), 2);
    working(ui, "estimator.working", r->explanation);
    document_offers(ui, "estimator");
    draw_term_card(ui);
}

}  // namespace otbasy::ui
