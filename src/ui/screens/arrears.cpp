// Arrears: what was due each month (a sum in tenge, a share of income, a sum in МРП), from which day and until when,
// the payments made, the date the writ or agreement was presented, the wanted-list and penalty switches; then a
// month-by-month schedule with days late and the 0.1 %-a-day penalty, totals, the three-year look-back and a chart.
// Layer: ui; the rules are in core::alimony::arrears, the limits of each value in core::alimony::limits.
#include <string>

#include <imgui.h>

#include "core/alimony/arrears.hpp"
#include "core/i18n/format.hpp"
#include "ui/screens/input.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {
namespace {

using namespace core::alimony;

std::string err(const Ui& ui, const std::string& key) { return key.empty() ? "" : ui.t(key); }
std::string money(const Ui& ui, core::Money m) { return core::i18n::format_money(m, ui.state.lang); }
// "Payment 2: amount, ₸": the number with the word it counts, not after the currency.
std::string numbered(const Ui& ui, const char* key, std::size_t i) {
    std::string s = ui.t(key);
    if (auto at = s.find("{n}"); at != std::string::npos) s.replace(at, 3, std::to_string(i + 1));
    return s;
}

// What is due each month, read from the fields of the chosen kind. False when a field needs correcting.
bool draw_due(Ui& ui, ArrearsInput& in) {
    auto& st = ui.state.arrears;
    int mode = segmented(ui, "arrears.mode", ui.t("arrears.mode"),
                         {ui.t("arrears.mode.tenge"), ui.t("arrears.mode.share"), ui.t("arrears.mode.mrp")}, st.mode);
    if (mode >= 0) st.mode = mode;
    bool ok = true;
    if (st.mode == 0) {
        auto due = parse_money_text(st.monthly_due, true);
        text_field(ui, "arrears.monthly_due", ui.t("arrears.monthly_due"), st.monthly_due, InputMode::decimal,
                   err(ui, due.error_key), ui.t("arrears.monthly_due_hint"));
        if (due.value) {
            in.monthly_due = {*due.value};
            in.constant_due = true;
        } else {
            ok = false;
        }
        return ok;
    }
    Order o;
    if (st.mode == 1) {
        // Basis: КоБС art. 139(1): a share of the payer's income; the same income every month here (a bailiff uses
        // the actual income of each month, art. 169(3)).
        o.type = OrderType::share;
        auto n = parse_children_text(st.children, true);
        text_field(ui, "arrears.children", ui.t("estimator.children"), st.children, InputMode::numeric,
                   err(ui, n.error_key));
        if (n.value) o.children = *n.value; else ok = false;
        auto income = parse_money_text(st.income, true);
        text_field(ui, "arrears.income", ui.t("arrears.income"), st.income, InputMode::decimal,
                   err(ui, income.error_key), ui.t("arrears.income_hint"));
        int basis = segmented(ui, "arrears.income_basis", ui.t("estimator.income.basis"),
                              {ui.t("estimator.income.net"), ui.t("estimator.income.gross")}, st.income_gross ? 1 : 0);
        if (basis >= 0) st.income_gross = basis == 1;
        if (income.value) {
            IncomeSource s;
            s.monthly = *income.value;
            s.basis = st.income_gross ? IncomeBasis::gross : IncomeBasis::net;
            in.income = {s};
        } else {
            ok = false;
        }
    } else {
        // Basis: КоБС art. 141(3): a fixed sum set from the МРП, counted with each month's МРП.
        o.type = OrderType::fixed;
        auto m = parse_mrp_text(st.mrp, true);
        text_field(ui, "arrears.mrp", ui.t("estimator.mrp"), st.mrp, InputMode::decimal, err(ui, m.error_key),
                   ui.t("arrears.mrp_hint"));
        if (m.value) o.mrp = *m.value; else ok = false;
    }
    in.order = o;
    return ok;
}

}  // namespace

void draw_arrears(Ui& ui) {
    auto& st = ui.state.arrears;
    heading(ui, "arrears.title", ui.t("home.open_arrears"), 1);
    notice(ui, "arrears.disclaimer", ui.t("arrears.disclaimer"), Tone::info);

    ArrearsInput in;
    bool ok = true;

    // ---- When the alimony ran.
    auto start = parse_start_text(st.from, true);
    text_field(ui, "arrears.from", ui.t("arrears.from"), st.from, InputMode::text, err(ui, start.error_key),
               ui.t("arrears.from_hint"));
    if (start.value) {
        in.from = start.value->month;
        in.start_on = start.value->day;
    } else {
        ok = false;
    }
    auto ends = parse_date_text(st.ends_on, false);
    text_field(ui, "arrears.ends_on", ui.t("arrears.ends_on"), st.ends_on, InputMode::date, err(ui, ends.error_key),
               ui.t("arrears.ends_on_hint"));
    if (ends.value) in.ends_on = ends.value; else if (!ends.empty) ok = false;

    // ---- What was due each month, and when.
    heading(ui, "arrears.due.heading", ui.t("arrears.due_heading"), 2);
    if (!draw_due(ui, in)) ok = false;
    auto day = parse_due_day_text(st.due_day, true);
    text_field(ui, "arrears.due_day", ui.t("arrears.due_day"), st.due_day, InputMode::numeric, err(ui, day.error_key),
               ui.t("arrears.due_day_hint"));
    if (day.value) in.due_day = *day.value; else ok = false;
    int due_in = segmented(ui, "arrears.due_in", ui.t("arrears.due_in"),
                           {ui.t("arrears.due_in.next_month"), ui.t("arrears.due_in.same_month")}, st.due_in);
    if (due_in >= 0) st.due_in = due_in;
    in.due_in = st.due_in == 1 ? DueIn::same_month : DueIn::next_month;

    // ---- The recovery period (КоБС art. 169(1)–(2)) and the penalty (art. 171(1)).
    heading(ui, "arrears.recovery.heading", ui.t("arrears.recovery_heading"), 2);
    auto presented = parse_date_text(st.presented_on, false);
    text_field(ui, "arrears.presented_on", ui.t("arrears.presented_on"), st.presented_on, InputMode::date,
               err(ui, presented.error_key), ui.t("arrears.presented_on_hint"));
    if (presented.value) in.presented_on = presented.value; else if (!presented.empty) ok = false;
    // Said plainly, next to the field: what an empty date means.
    if (presented.empty && !st.wanted)
        notice(ui, "arrears.presented_on.assumed", ui.t("arrears.presented_on_empty"), Tone::info);
    checkbox(ui, "arrears.wanted", ui.t("arrears.wanted"), st.wanted);
    in.wanted = st.wanted;
    checkbox(ui, "arrears.penalty", ui.t("arrears.penalty_on"), st.penalty);
    in.penalty = st.penalty;

    // ---- Payments.
    heading(ui, "arrears.payments.heading", ui.t("arrears.payments"), 2);
    if (st.payments.empty()) paragraph(ui, "arrears.payments.none", ui.t("arrears.payments_none"), true);
    for (std::size_t i = 0; i < st.payments.size(); ++i) {
        auto& p = st.payments[i];
        std::string id = "arrears.payment." + std::to_string(i);
        begin_group(ui, id, Role::group);
        auto d = parse_date_text(p.date, true);
        auto a = parse_money_text(p.amount, true);
        text_field(ui, id + ".date", numbered(ui, "arrears.payment_n_date", i), p.date, InputMode::date,
                   err(ui, d.error_key));
        text_field(ui, id + ".amount", numbered(ui, "arrears.payment_n_amount", i), p.amount, InputMode::decimal,
                   err(ui, a.error_key));
        bool remove = button(ui, id + ".remove", ui.t("estimator.remove"), ButtonKind::quiet);
        end_group(ui);
        if (remove) {
            st.payments.erase(st.payments.begin() + static_cast<long>(i));
            return;
        }
        if (d.value && a.value) in.payments.push_back({*d.value, *a.value}); else ok = false;
    }
    if (st.payments.size() < 400 && button(ui, "arrears.payment.add", ui.t("arrears.payment_add"), ButtonKind::quiet))
        st.payments.push_back(PaymentRow{});

    if (!ok) {
        error_summary(ui, "arrears.incomplete", ui.t("input.fill_in"));
        return;
    }
    auto r = arrears(in, ui.content.params, ui.state.today);
    if (!r.ok()) {
        for (std::size_t i = 0; i < r.errors().size(); ++i) {
            const std::string* msg = ui.strings.catalog(ui.state.lang).find(r.errors()[i].code);
            notice(ui, "arrears.error." + std::to_string(i), msg ? *msg : ui.t("estimator.error.generic"), Tone::error);
        }
        return;
    }
    const Arrears& a = *r;
    heading(ui, "arrears.result.heading", ui.t("estimator.result"), 2);
    notice(ui, "arrears.total", ui.t("arrears.debt") + ": " + money(ui, a.debt) + " · " + ui.t("arrears.penalty") +
                                    ": " + money(ui, a.penalty), a.debt.is_zero() ? Tone::success : Tone::warning,
           true);
    if (!a.excluded_debt.is_zero())
        notice(ui, "arrears.excluded", ui.t("arrears.excluded") + ": " + money(ui, a.excluded_debt), Tone::info);

    std::vector<TableColumn> cols{{ui.t("arrears.col.month"), false}, {ui.t("arrears.col.due"), true},
                                  {ui.t("arrears.col.paid"), true},   {ui.t("arrears.col.debt"), true},
                                  {ui.t("arrears.col.days"), true},   {ui.t("arrears.col.penalty"), true}};
    std::vector<std::vector<std::string>> rows;
    std::vector<Bar> bars;
    for (const auto& m : a.months) {
        rows.push_back({format_month(m.month) + (m.in_lookback ? "" : " *"), money(ui, m.due), money(ui, m.paid),
                        money(ui, m.debt), core::i18n::format_int(m.days_late), money(ui, m.penalty)});
        bars.push_back({format_month(m.month), static_cast<double>(m.debt.tiyn()), money(ui, m.debt)});
    }
    rows.push_back({ui.t("estimator.total"), money(ui, a.total_due), money(ui, a.total_paid), money(ui, a.debt), "",
                    money(ui, a.penalty)});
    table(ui, "arrears.table", ui.t("arrears.schedule"), cols, rows, 1);
    bar_chart(ui, "arrears.chart", ui.t("arrears.chart") + ": " + money(ui, a.debt), bars, 160);
    heading(ui, "arrears.working.heading", ui.t("estimator.working"), 2);
    working(ui, "arrears.working", a.explanation);
    document_offers(ui, "arrears");
    draw_term_card(ui);
}

}  // namespace otbasy::ui
