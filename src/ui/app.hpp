// The application: loads strings and fonts, draws one frame of the current screen, keeps the semantic tree.
// Layer: ui. It never touches the browser: it asks the platform for things through AppState::effects.
#pragma once

#include <string>
#include <string_view>

#include "core/assets.hpp"
#include "ui/app_state.hpp"
#include "ui/content.hpp"
#include "ui/focus.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/semantic_tree.hpp"

namespace otbasy::ui {

class App {
public:
    explicit App(core::AssetReader assets);

    // Loads every asset the UI needs; the errors are shown on screen and printed by the platform.
    core::Errors load();
    // Loads the assets again (the platform swapped the bundle for another language). The guide session is carried
    // over by its saved form, since it points into the content; everything typed lives in AppState and stays.
    core::Errors reload();
    // The rest of the content arrived after the first frame (the platform added it to the asset reader): load it.
    // A topic chosen meanwhile opens now.
    core::Errors load_rest();
    // The rest of the content could not be fetched: the screens that wait for it say so instead.
    void content_failed();
    void set_font_data(std::string regular_ttf, std::string bold_ttf);
    // The documents' engine (see Content::documents_call), given by the platform.
    void set_documents_service(std::function<std::string(const std::string&)> call) {
        content_.documents_call = std::move(call);
    }

    // Fonts: rebuild when the device pixel ratio or the text size changed; the caller then re-uploads the atlas.
    bool fonts_need_rebuild(float dpr) const;
    void rebuild_fonts(float dpr);

    // One frame, between ImGui::NewFrame() and ImGui::Render().
    void frame();

    // The platform's date, read before every frame: when the day changes (midnight, New Year, a tab woken after
    // days) the dated values follow, and the search index is rebuilt with the new day's values.
    void set_today(core::Date today);
    // Something the page learnt (app_platform.cpp): "offline" (the offline copy's state), "update" (a new version
    // waits), "handover" (the session of the page this one replaced, as JSON).
    void platform_event(std::string_view name, std::string_view value);

    // Queues an outside action (window.otbasy.act, accessibility DOM, tests) for the next frame.
    void act(std::string id, std::string value) { state_.actions.push_back({std::move(id), std::move(value)}); }
    // A file of the site fetched on demand (Effect::Kind::fetch_asset) arrived: its bytes, or ok == false when it
    // could not be had (offline before it was ever kept). The situation classifier is the one such file.
    void asset_arrived(const std::string& name, std::string bytes, bool ok);
    static constexpr const char* triage_model_file = "triage-model.bin";
    // A key press outside ImGui's own handling: Escape twice within 1.5 s is the quick exit.
    void escape_pressed(double time_seconds);

    AppState& state() { return state_; }
    // Keyboard focus as the accessible mirror reports it, its ring, and where each view starts (ui/focus.hpp).
    Focus& focus() { return focus_; }
    const SemanticTree& tree() const { return tree_; }
    const Strings& strings() const { return strings_; }
    const Content& content() const { return content_; }
    const core::Errors& load_errors() const { return load_errors_; }
    // The last frame changed the screen or the language: the next one draws the new screen with settled sizes.
    bool screen_changed() const { return screen_changed_; }
    // True when the UI wants more frames without input (settling after a change, a pending action, a "loading"
    // state on screen: it lasts only until the rest of the content has arrived, and whoever waits for the page to
    // be idle waits for that too).
    bool wants_frame() const { return state_.frames_requested > 0 || !state_.actions.empty() || showing_loading_; }

private:
    void draw_top_bar(struct Ui& ui);
    void draw_screen(struct Ui& ui);
    // The current screen needs more than the first bundle's topic index, which is all there is so far.
    bool needs_content() const;

    core::AssetReader assets_;
    Strings strings_;
    Content content_;
    AppState state_;
    SemanticTree tree_;
    Focus focus_;
    Fonts fonts_;
    std::string font_regular_, font_bold_;
    float fonts_dpr_ = 0.0f;
    int fonts_scale_ = 0;
    ThemeKind applied_theme_ = ThemeKind::light;
    int applied_scale_ = 0;
    double last_escape_ = -10.0;
    core::Errors load_errors_;
    bool content_failed_ = false;
    bool showing_loading_ = false;
    bool screen_changed_ = false;
};

}  // namespace otbasy::ui
