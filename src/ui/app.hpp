// The application: loads strings and fonts, draws one frame of the current screen, keeps the semantic tree.
// Layer: ui. It never touches the browser: it asks the platform for things through AppState::effects.
#pragma once

#include <optional>
#include <string>
#include <vector>
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
    // Escape twice within 1.5 s, with no card open and no field being edited, is the quick exit (as is Shift
    // pressed on its own three times within 5 s, as on GOV.UK's "Exit this page"). App::frame() feeds these from
    // ImGui's keys; the functions are public for tests.
    void escape_pressed(double time_seconds);
    void shift_tapped(double time_seconds);

    // Text size: the person's setting (Settings) times the browser's own text size (its default font size, 16 px
    // unless the person changed it).
    float text_scale() const;
    // The time now, in seconds (the platform's clock; tests pass their own). Called before each frame.
    void set_now(double seconds) { now_ = seconds; }
    void set_browser_text_scale(float factor);
    // The part of the canvas not covered by an on-screen keyboard (CSS px): the field being edited is kept in it.
    void set_visible_area(float top, float bottom);
    // The platform's <input> lost focus or the person pressed Enter or Tab: the field is left (its errors may show).
    void end_editing();
    // Starts the guide at a topic (an embedding page's starting topic). False for an unknown topic.
    bool open_topic(const std::string& topic_id);
    // The platform could not do what was asked (a popup or download blocked by the embedding page): say so.
    void platform_blocked(const std::string& message_key, const std::string& detail);

    // [SECTION] Browser history. Every screen, guide step, review and preview the person reaches is an entry kept
    // in memory; the platform mirrors each with a history entry that carries only its serial number, so that the
    // browser's (and Android's) Back button walks back through them. history_go() is called when the browser
    // moved to an entry (Back or Forward); an unknown serial (an entry of an earlier page load) goes home.
    int history_go(int serial);  // returns how many entries lie before the one reached
    int history_serial() const;
    int history_index() const { return static_cast<int>(history_at_); }
    // True when leaving the page would lose answers or amounts the person has not saved.
    bool has_unsaved_work() const;
    // The height the app needs to show the current screen without scrolling (CSS px): an embedding page sizes its
    // frame by it.
    float content_height() const { return content_height_; }

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
    void draw_platform_notice(struct Ui& ui);
    void draw_back_to_guide(struct Ui& ui);
    Location location() const;
    void restore(const Location& where);
    void update_history(float scroll_y);
    void keep_guide_sessions(const std::string& topic_before, const std::string& session_before);
    void leave_session(const std::string& topic, std::string saved);
    std::string take_left_session(const std::string& topic);
    void quick_exit_keys(bool card_was_open);

    core::AssetReader assets_;
    Strings strings_;
    Content content_;
    AppState state_;
    SemanticTree tree_;
    Focus focus_;
    Fonts fonts_;
    std::string font_regular_, font_bold_;
    float fonts_dpr_ = 0.0f;
    float fonts_scale_ = 0.0f;
    ThemeKind applied_theme_ = ThemeKind::light;
    float applied_scale_ = 0.0f;
    double now_ = 0.0;  // seconds, from the platform's clock: the quick-exit shortcuts are timed by it
    double last_escape_ = -10.0;
    std::vector<double> shift_taps_;
    bool shift_alone_ = false;
    float browser_text_scale_ = 1.0f;
    core::Errors load_errors_;
    bool content_failed_ = false;
    bool showing_loading_ = false;
    bool screen_changed_ = false;

    struct HistoryEntry {
        int serial = 0;
        Location where;
        float scroll = 0.0f;  // the content's scroll position when the person left it
    };
    std::vector<HistoryEntry> history_{HistoryEntry{}};
    std::size_t history_at_ = 0;
    int next_serial_ = 1;
    float pending_scroll_ = -1.0f;  // scroll the content here (two frames: the new screen's size settles)
    int pending_scroll_frames_ = 0;
    // Guide sessions the person left (another topic, "all topics"): Back or the topic's tile brings them back.
    std::vector<std::pair<std::string, std::string>> left_sessions_;  // topic → saved session
    std::string saved_guide_;  // the guide session as last saved to a file: unchanged answers are not "unsaved"
    float content_height_ = 0.0f;
};

}  // namespace otbasy::ui
