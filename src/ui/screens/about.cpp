// About: what the app is and is not (an estimate; the court decides), how privacy works, and every source with the
// date it was last checked. Layer: ui.
#include <string>

#include "core/i18n/format.hpp"
#include "ui/screens/input.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {

void draw_about(Ui& ui) {
    heading(ui, "about.title", ui.t("about.title"), 1);
    notice(ui, "about.estimate", ui.t("about.estimate"), Tone::info);
    heading(ui, "about.privacy.heading", ui.t("about.privacy"), 2);
    paragraph(ui, "about.privacy.text", ui.t("about.privacy_text"));
    draw_offline_section(ui);

    heading(ui, "about.sources.heading", ui.t("about.sources"), 2);
    std::string checked = ui.t("about.checked_on");
    paragraph(ui, "about.sources.checked", checked + ": " + format_date(ui.content.sources.checked_on()), true);
    for (const auto& act : ui.content.sources.acts()) {
        if (act.id == "app") continue;
        if (disclosure(ui, "about.act." + act.id, act.short_name.get(ui.state.lang))) {
            paragraph(ui, "about.act." + act.id + ".title", act.title.get(ui.state.lang));
            if (button(ui, "about.act." + act.id + ".open", ui.t("guide_screen.open_on_adilet"), ButtonKind::quiet))
                ui.state.effects.push_back(Effect::of(Effect::Kind::open_url, act.url.get(ui.state.lang)));
        }
    }

    heading(ui, "about.params.heading", ui.t("about.parameters"), 2);
    std::vector<TableColumn> cols{{ui.t("about.col.parameter"), false}, {ui.t("about.col.value"), true},
                                  {ui.t("about.col.checked"), false}};
    std::vector<std::vector<std::string>> rows;
    for (const auto& [id, p] : ui.content.params.all()) {
        if (id.rfind("kz.terms.", 0) == 0 || id.rfind("kz.fees.", 0) == 0) continue;  // shown with the guide's results
        auto v = ui.content.params.lookup(id, ui.state.today);
        std::string value = "—";
        if (v.ok()) {
            value = p.unit == core::law::Unit::tenge ? core::i18n::format_money(*core::Money::from_fraction_tenge(v->amount()), ui.state.lang)
                    : p.unit == core::law::Unit::rate ? core::i18n::format_percent(v->amount(), ui.state.lang)
                                                      : core::i18n::format_decimal(v->amount(), ui.state.lang);
            if (v->value->unconfirmed) value += " *";
        }
        rows.push_back({p.title.get(ui.state.lang), value, format_date(p.checked_on)});
    }
    table(ui, "about.params", ui.t("about.parameters"), cols, rows);
    paragraph(ui, "about.params.note", ui.t("about.unconfirmed_note"), true);
    paragraph(ui, "about.rounding", ui.t("about.rounding"), true);
}

}  // namespace otbasy::ui
