// What the platform tells the app between frames: today's date, the offline copy's state, a waiting new version,
// and the session handed over by the page this one replaced. Layer: ui.
#include "ui/app.hpp"
#include "ui/handover.hpp"

namespace otbasy::ui {

void App::set_today(core::Date today) {
    if (today == state_.today) return;
    state_.today = today;
    // Every screen reads state_.today when it draws; only the search index holds values computed for a day.
    content_.set_today(today);
    state_.frames_requested = 2;
}

void App::platform_event(std::string_view name, std::string_view value) {
    if (name == "offline") {
        static constexpr std::pair<std::string_view, OfflineState> states[] = {
            {"unavailable", OfflineState::unavailable}, {"preparing", OfflineState::preparing},
            {"ready", OfflineState::ready}, {"failed", OfflineState::failed}, {"forgotten", OfflineState::forgotten}};
        for (const auto& [key, state] : states)
            if (value == key) state_.platform.offline = state;
    } else if (name == "update") {
        state_.platform.update_ready = value == "ready";
    } else if (name == "lang") {
        state_.platform.lang_missing = std::string(value);
    } else if (name == "handover") {
        if (!session_from_json(state_, content_.guide, value)) state_.load_message = "update.guide_not_restored";
    }
    state_.frames_requested = 2;
}

}  // namespace otbasy::ui
