// Home: what the app is, in one sentence; the language; the promise that nothing leaves the device.
// Layer: ui.
#include "ui/screens/screens.hpp"

namespace otbasy::ui {

void draw_home(Ui& ui) {
    heading(ui, "home.title", ui.t("app.name"), 1);
    paragraph(ui, "home.tagline", ui.t("home.tagline"));
    vspace(4);
    paragraph(ui, "home.privacy", ui.t("home.privacy"), true);
    vspace(8);
    if (tile(ui, "home.open_settings", ui.t("settings.title"), ui.t("home.settings_hint")))
        ui.state.screen = Screen::settings;
}

}  // namespace otbasy::ui
