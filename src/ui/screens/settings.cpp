// Settings: language, text size, theme. Layer: ui.
#include "ui/screens/screens.hpp"

#include <string>

namespace otbasy::ui {

void draw_settings(Ui& ui) {
    heading(ui, "settings.title", ui.t("settings.title"), 1);

    heading(ui, "settings.language.heading", ui.t("settings.language"), 2);
    int lang = static_cast<int>(ui.state.lang);
    int l = segmented(ui, "settings.language", ui.t("settings.language"), {"Қазақша", "Русский", "English"}, lang);
    if (l >= 0 && l != lang) {
        ui.state.lang = static_cast<Lang>(l);
        ui.state.effects.push_back(Effect::of(Effect::Kind::lang_changed, std::string(core::i18n::code(ui.state.lang))));
    }

    heading(ui, "settings.text_size.heading", ui.t("settings.text_size"), 2);
    std::vector<std::string> sizes;
    int current = 0;
    for (int i = 0; i < 4; ++i) {
        sizes.push_back(std::to_string(text_scales[i]) + " %");
        if (text_scales[i] == ui.state.text_scale_percent) current = i;
    }
    int s = segmented(ui, "settings.text_size", ui.t("settings.text_size"), sizes, current);
    if (s >= 0) ui.state.text_scale_percent = text_scales[s];

    heading(ui, "settings.theme.heading", ui.t("settings.theme"), 2);
    int theme = static_cast<int>(ui.state.theme);
    int th = segmented(ui, "settings.theme", ui.t("settings.theme"),
                       {ui.t("settings.theme.light"), ui.t("settings.theme.dark"), ui.t("settings.theme.contrast")},
                       theme);
    if (th >= 0 && th != theme) {
        ui.state.theme = static_cast<ThemeKind>(th);
        ui.state.effects.push_back(Effect::of(Effect::Kind::theme_changed, std::to_string(th)));
    }
    draw_offline_section(ui);
    vspace(8);
    if (button(ui, "settings.back", ui.t("nav.home"), ButtonKind::secondary)) ui.state.screen = Screen::home;
}

}  // namespace otbasy::ui
