// The offline copy, as the person sees it: above every screen, "a new version is ready" (its button hands the
// session over to the new version) and "the chosen language could not be downloaded" (with a retry); in Settings and
// About, whether the app works offline here, what that keeps on the device, and a way to delete it. Layer: ui.
#include <string>

#include "ui/handover.hpp"
#include "ui/screens/screens.hpp"

namespace otbasy::ui {

void draw_notices_above_screen(Ui& ui) {
    // The chosen language's bundles could not be downloaded: its UI words are here (every bundle has all three UI
    // catalogs), the guide's texts stay in the language that is here until they arrive (the loader also tries again
    // when the browser is back online).
    if (ui.state.platform.lang_missing == core::i18n::code(ui.state.lang)) {
        notice(ui, "lang.not_loaded", ui.t("lang.not_loaded"), Tone::warning);
        if (button(ui, "lang.retry", ui.t("lang.retry"), ButtonKind::secondary))
            ui.state.effects.push_back(Effect::of(Effect::Kind::lang_changed, ui.state.platform.lang_missing));
        vspace(12);
    }
    if (!ui.state.platform.update_ready) return;
    notice(ui, "update.notice", ui.t("update.notice"), Tone::info);
    if (button(ui, "update.apply", ui.t("update.apply"), ButtonKind::primary))
        ui.state.effects.push_back(Effect::of(Effect::Kind::apply_update, session_to_json(ui.state)));
    vspace(12);
}

void draw_offline_section(Ui& ui) {
    heading(ui, "offline.heading", ui.t("offline.heading"), 2);
    const OfflineState state = ui.state.platform.offline;
    const char* key = "offline.state.unknown";
    Tone tone = Tone::info;
    switch (state) {
        case OfflineState::unknown: break;
        case OfflineState::unavailable: key = "offline.state.unavailable"; break;
        case OfflineState::preparing: key = "offline.state.preparing"; break;
        case OfflineState::ready: key = "offline.state.ready"; tone = Tone::success; break;
        case OfflineState::failed: key = "offline.state.failed"; tone = Tone::warning; break;
        case OfflineState::forgotten: key = "offline.state.forgotten"; break;
    }
    notice(ui, key, ui.t(key), tone);  // the id names the state (offline.state.ready…)
    paragraph(ui, "offline.stored", ui.t("offline.stored"), true);
    if (state == OfflineState::ready || state == OfflineState::preparing || state == OfflineState::failed) {
        if (button(ui, "offline.forget", ui.t("offline.forget"), ButtonKind::secondary)) {
            ui.state.platform.offline = OfflineState::unknown;
            ui.state.effects.push_back(Effect::of(Effect::Kind::forget_device));
        }
    }
}

}  // namespace otbasy::ui
