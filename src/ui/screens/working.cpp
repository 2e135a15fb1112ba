// The estimator's working on screen: each step's text from the catalogs with its arguments formatted for the
// reader, and its articles. Layer: ui.
#include <imgui.h>

#include "core/i18n/format.hpp"
#include "ui/screens/input.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {

std::string render_step(const Ui& ui, const core::alimony::Step& step) {
    std::string text = ui.t(step.id);
    for (const auto& a : step.args) {
        std::string v;
        switch (a.kind) {
            case core::alimony::ArgKind::money: v = core::i18n::format_money(a.money, ui.state.lang); break;
            case core::alimony::ArgKind::share: v = a.exact.to_string(); break;
            case core::alimony::ArgKind::rate: v = core::i18n::format_percent(a.exact, ui.state.lang); break;
            case core::alimony::ArgKind::number: v = core::i18n::format_decimal(a.exact, ui.state.lang); break;
            case core::alimony::ArgKind::date: v = format_date(a.date); break;
            case core::alimony::ArgKind::month: v = format_month(a.month); break;
            case core::alimony::ArgKind::integer: v = core::i18n::format_int(a.integer); break;
            case core::alimony::ArgKind::text: {
                // A text argument may name something with its own words in the catalog (an order type, a source).
                const std::string key = "alimony.term." + a.text;
                v = ui.strings.catalog(ui.state.lang).find(key) ? ui.t(key) : a.text;
                break;
            }
            case core::alimony::ArgKind::list:
                // Parameter ids, each by its words in the catalog.
                for (const auto& item : a.items()) {
                    const std::string key = "alimony.term." + item;
                    if (!v.empty()) v += ", ";
                    v += ui.strings.catalog(ui.state.lang).find(key) ? ui.t(key) : item;
                }
                break;
        }
        const std::string ph = "{" + a.name + "}";
        for (std::size_t at = text.find(ph); at != std::string::npos; at = text.find(ph, at + v.size()))
            text.replace(at, ph.size(), v);
    }
    return text;
}

void working(Ui& ui, const std::string& id, const core::alimony::Explanation& ex) {
    begin_group(ui, id, Role::list, ui.t("estimator.working"));
    for (std::size_t i = 0; i < ex.steps.size(); ++i) {
        const auto& s = ex.steps[i];
        std::string sid = id + "." + std::to_string(i);
        begin_group(ui, sid, Role::listitem);
        paragraph(ui, sid + ".text", std::to_string(i + 1) + ". " + render_step(ui, s));
        if (!s.cite.empty()) {
            ImGui::Indent(22);
            for (std::size_t c = 0; c < s.cite.size(); ++c) citation(ui, sid + ".cite." + std::to_string(c), s.cite[c]);
            ImGui::Unindent(22);
        }
        end_group(ui);
    }
    end_group(ui);
    for (std::size_t i = 0; i < ex.warnings.size(); ++i)
        notice(ui, id + ".warn." + std::to_string(i), render_step(ui, ex.warnings[i]), Tone::warning);
}

}  // namespace otbasy::ui
