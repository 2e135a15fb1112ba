// Home: a box to describe the situation in one's own words, the ways in (the guide and the calculators), a search
// over the guide, and the promise that nothing leaves the device. Layer: ui.
#include "ui/screens/screens.hpp"

namespace otbasy::ui {

void draw_home(Ui& ui) {
    heading(ui, "home.title", ui.t("app.name"), 1);
    paragraph(ui, "home.tagline", ui.t("home.tagline"));
    vspace(4);
    draw_situation_box(ui);
    vspace(4);
    // The guide opens where the person left it (a topic half walked, a result they went to the estimator from).
    if (tile(ui, "home.open_guide", ui.t("home.open_guide"), ui.t("home.open_guide_hint"))) {
        ui.state.screen = Screen::guide;
        ui.state.guide_preview.clear();
    }
    if (tile(ui, "home.open_estimator", ui.t("home.open_estimator"), ui.t("home.open_estimator_hint")))
        ui.state.screen = Screen::estimator;
    if (tile(ui, "home.open_arrears", ui.t("home.open_arrears"), ui.t("home.open_arrears_hint")))
        ui.state.screen = Screen::arrears;
    if (tile(ui, "home.open_documents", ui.t("documents.title"), ui.t("documents.home_hint"))) {
        ui.state.screen = Screen::document;
        ui.state.document.type.clear();
    }
    vspace(4);
    draw_search(ui);
    vspace(8);
    notice(ui, "home.privacy", ui.t("home.privacy"), Tone::success);
    if (button(ui, "home.about", ui.t("nav.about"), ButtonKind::quiet)) ui.state.screen = Screen::about;
}

}  // namespace otbasy::ui
