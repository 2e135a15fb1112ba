// Arrears: the months due and the payments made, then a month-by-month schedule with days late and the 0.1 %-a-day
// penalty, totals, the three-year look-back and a chart. Layer: ui; the rules are in core::alimony::arrears.
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

}  // namespace

void draw_arrears(Ui& ui) {
    auto& st = ui.state.arrears;
    heading(ui, "arrears.title", ui.t("home.open_arrears"), 1);
    notice(ui, "arrears.disclaimer", ui.t("arrears.disclaimer"), Tone::info);

    ArrearsInput in;
    bool ok = true;
    auto from = parse_month_text(st.from, true);
    text_field(ui, "arrears.from", ui.t("arrears.from"), st.from, InputMode::text, err(ui, from.error_key),
               ui.t("arrears.from_hint"));
    if (from.value) in.from = *from.value; else ok = false;
    auto due = parse_money_text(st.monthly_due, true);
    text_field(ui, "arrears.monthly_due", ui.t("arrears.monthly_due"), st.monthly_due, InputMode::decimal,
               err(ui, due.error_key), ui.t("arrears.monthly_due_hint"));
    if (due.value) {
        in.monthly_due = {*due.value};
        in.constant_due = true;
    } else {
        ok = false;
    }
    auto day = parse_int_text(st.due_day, 1, 31, true);
    text_field(ui, "arrears.due_day", ui.t("arrears.due_day"), st.due_day, InputMode::numeric, err(ui, day.error_key),
               ui.t("arrears.due_day_hint"));
    if (day.value) in.due_day = *day.value; else ok = false;

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
                                    ": " + money(ui, a.penalty), a.debt.is_zero() ? Tone::success : Tone::warning);
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
    draw_term_card(ui);
}

}  // namespace otbasy::ui
