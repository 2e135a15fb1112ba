// Everything the UI shows is a function of this state (hello_imgui's discipline: no statics).
// Layer: ui.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "core/i18n/lang.hpp"

namespace otbasy::ui {

using core::i18n::Lang;

enum class Screen { home, guide, estimator, arrears, settings, about };
enum class ThemeKind { light, dark, contrast };

// An action from outside the pixel path: the accessibility DOM, window.otbasy.act(), or a test.
struct Action {
    std::string id;     // a semantic node id
    std::string value;  // text for a textbox, "" for a press
};

// A request from the UI to the platform, executed after the frame.
struct Effect {
    enum class Kind { lang_changed, open_url, quick_exit, theme_changed };
    Kind kind;
    std::string value;
};

struct AppState {
    Lang lang = Lang::kk;
    Screen screen = Screen::home;
    ThemeKind theme = ThemeKind::light;
    int text_scale_percent = 100;  // 100, 115, 130, 150

    std::deque<Action> actions;  // consumed by the widgets they name, one frame at a time
    std::vector<Effect> effects;
    int frames_requested = 0;    // extra frames the UI wants (settling after a change)
};

inline constexpr int text_scales[] = {100, 115, 130, 150};

}  // namespace otbasy::ui
