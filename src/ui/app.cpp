// The application frame. Layer: ui.
#include "ui/app.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/screens/screens.hpp"
#include "ui/widgets/draw.hpp"
#include "ui/widgets/widgets.hpp"

namespace otbasy::ui {
namespace {
constexpr float max_content_width = 760.0f;  // CSS px: a comfortable line length for reading
constexpr double escape_window = 1.5;         // seconds between the two presses of the quick-exit shortcut
constexpr double shift_window = 5.0;          // seconds for three presses of Shift on its own
constexpr std::size_t history_limit = 100;    // entries kept for Back; older ones are forgotten

bool blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

// A square button showing a short text ("Aa") whose accessible name is `label`: the settings on narrow screens.
bool text_icon_button(Ui& ui, const std::string& id, const std::string& shown, const std::string& label, ImVec2 size) {
    bool pressed = ImGui::InvisibleButton((label + "###" + id).c_str(), size);
    bool hovered = ImGui::IsItemHovered();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = ImGui::GetStyle().FrameRounding;
    dl->AddRectFilled(a, b, draw::col(hovered ? ui.pal.surface_alt : ui.pal.surface), r);
    dl->AddRect(a, b, draw::col(ui.pal.accent), r, 0, 1.5f);
    ImGui::PushFont(ui.fonts.bold);
    ImVec2 ts = ImGui::CalcTextSize(shown.c_str());
    dl->AddText(ui.fonts.bold, ImGui::GetFontSize(), ImVec2(a.x + (size.x - ts.x) * 0.5f, a.y + (size.y - ts.y) * 0.5f),
                draw::col(ui.pal.accent), shown.c_str());
    ImGui::PopFont();
    SemanticNode n;
    n.id = id;
    n.role = Role::button;
    n.label = label;
    draw::record_rect(n);
    ui.tree.add(std::move(n));
    return pressed || ui.take_action(id);
}

}  // namespace

App::App(core::AssetReader assets) : assets_(std::move(assets)) {}

core::Errors App::load() {
    load_errors_ = content_.load(assets_, state_.today);
    auto more = strings_.load(assets_, content_.complete);
    load_errors_.insert(load_errors_.end(), more.begin(), more.end());
    return load_errors_;
}

core::Errors App::reload() {
    std::string saved = state_.guide ? state_.guide->to_json().dump() : "";
    state_.guide.reset();
    strings_ = Strings();
    // Content::load keeps what is not part of a language's bundle: the documents' court list and engine, the
    // situation classifier.
    auto errors = load();
    if (!saved.empty()) {
        auto s = core::guide::Session::from_json_text(content_.guide, saved);
        if (s.ok()) state_.guide = std::move(s).value();
    }
    state_.frames_requested = 2;
    return errors;
}

core::Errors App::load_rest() {
    content_failed_ = false;
    reload();
    if (content_.complete && !state_.guide_pending.empty()) {
        auto s = core::guide::Session::start(content_.guide, state_.guide_pending);
        if (s.ok()) {
            state_.guide = std::move(s).value();
            state_.guide_review = false;
        }
        state_.guide_pending.clear();
    }
    state_.frames_requested = 2;
    return load_errors_;
}

void App::content_failed() {
    content_failed_ = true;
    state_.guide_pending.clear();
    state_.frames_requested = 2;
}

bool App::needs_content() const {
    if (content_.complete) return false;
    switch (state_.screen) {
        case Screen::estimator:
        case Screen::arrears:
        case Screen::about: return true;
        case Screen::guide: return state_.guide || !state_.guide_preview.empty() || !state_.guide_pending.empty();
        case Screen::home:
        case Screen::settings:
        case Screen::document: return false;  // the documents' files come on their own (load_documents)
    }
    return false;
}

void App::set_font_data(std::string regular_ttf, std::string bold_ttf) {
    font_regular_ = std::move(regular_ttf);
    font_bold_ = std::move(bold_ttf);
    fonts_dpr_ = 0.0f;
}

float App::text_scale() const {
    return std::clamp(static_cast<float>(state_.text_scale_percent) / 100.0f * browser_text_scale_, 0.75f, 3.0f);
}

void App::set_browser_text_scale(float factor) {
    if (factor > 0.0f && std::isfinite(factor)) browser_text_scale_ = factor;
}

void App::set_visible_area(float top, float bottom) {
    if (top == state_.visible_top && bottom == state_.visible_bottom) return;
    state_.visible_top = top;
    state_.visible_bottom = bottom;
    state_.reveal_editing = true;
}

void App::end_editing() {
    if (!state_.editing.empty()) state_.touched.insert(state_.editing);
    state_.editing.clear();
}

bool App::fonts_need_rebuild(float dpr) const { return dpr != fonts_dpr_ || text_scale() != fonts_scale_; }

void App::rebuild_fonts(float dpr) {
    fonts_ = build_fonts(ImGui::GetIO(), font_regular_, font_bold_, dpr, text_scale());
    fonts_dpr_ = dpr;
    fonts_scale_ = text_scale();
    applied_scale_ = 0;  // spacing follows the text size
}

void App::asset_arrived(const std::string& name, std::string bytes, bool ok) {
    if (name != triage_model_file) return;
    auto& t = state_.triage;
    auto model = core::triage::Model::parse(ok ? bytes : std::string());
    if (ok && model.ok()) {
        content_.triage_model = std::make_shared<const core::triage::Model>(std::move(model).value());
        t.model = TriageState::ModelState::ready;  // the box reads its text again, now with the topics
    } else {
        t.model = TriageState::ModelState::failed;
    }
    state_.frames_requested = 2;
}

void App::escape_pressed(double now) {
    if (now - last_escape_ <= escape_window) {
        state_.effects.push_back(Effect::of(Effect::Kind::quick_exit, ""));
        state_.triage = TriageState();  // what was typed goes first, before the page is replaced
        last_escape_ = -10.0;
    } else {
        last_escape_ = now;
    }
}

void App::shift_tapped(double now) {
    shift_taps_.erase(std::remove_if(shift_taps_.begin(), shift_taps_.end(),
                                     [&](double t) { return now - t > shift_window; }),
                      shift_taps_.end());
    shift_taps_.push_back(now);
    if (shift_taps_.size() >= 3) {
        state_.effects.push_back(Effect::of(Effect::Kind::quick_exit, ""));
        shift_taps_.clear();
    }
}

void App::quick_exit_keys(bool card_was_open) {
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        // An Escape that closes a card (or ends editing) is not half of the quick exit.
        if (card_was_open || !state_.editing.empty()) last_escape_ = -10.0;
        else escape_pressed(now_);
    }
    // Shift on its own (not Shift+letter, not Shift+Tab), three times.
    const bool shift_pressed = ImGui::IsKeyPressed(ImGuiKey_LeftShift, false) ||
                               ImGui::IsKeyPressed(ImGuiKey_RightShift, false);
    const bool shift_released = ImGui::IsKeyReleased(ImGuiKey_LeftShift) || ImGui::IsKeyReleased(ImGuiKey_RightShift);
    if (shift_pressed) shift_alone_ = true;
    if (!ImGui::GetIO().InputQueueCharacters.empty()) shift_alone_ = false;
    for (int k = ImGuiKey_NamedKey_BEGIN; k < ImGuiKey_NamedKey_END && shift_alone_; ++k) {
        const auto key = static_cast<ImGuiKey>(k);
        if (key == ImGuiKey_LeftShift || key == ImGuiKey_RightShift || key == ImGuiKey_ReservedForModShift) continue;
        if (ImGui::IsKeyPressed(key, false)) shift_alone_ = false;
    }
    if (shift_released && shift_alone_) {
        shift_alone_ = false;
        shift_tapped(now_);
    }
}

bool App::open_topic(const std::string& topic_id) {
    if (!content_.complete) {
        // Only the topic index is here yet: the topic opens when its questions arrive (load_rest).
        if (!content_.guide.topic(topic_id)) return false;
        state_.guide_pending = topic_id;
        state_.guide.reset();
        state_.guide_preview.clear();
        state_.screen = Screen::guide;
        history_.front().where = location();
        return true;
    }
    auto s = core::guide::Session::start(content_.guide, topic_id);
    if (!s.ok()) return false;
    state_.guide = std::move(s).value();
    state_.guide_review = false;
    state_.guide_preview.clear();
    state_.screen = Screen::guide;
    history_.front().where = location();  // the page starts here: Back from here leaves it
    return true;
}

void App::platform_blocked(const std::string& message_key, const std::string& detail) {
    state_.platform_notice = {message_key, detail};
    state_.open_popup = "platform";  // a card: seen wherever the person is on the screen
    state_.frames_requested = std::max(state_.frames_requested, 2);
}

// [SECTION] History

Location App::location() const {
    Location l;
    l.screen = state_.screen;
    if (state_.screen != Screen::guide) return l;
    if (!state_.guide_preview.empty()) {
        l.preview = state_.guide_preview;
    } else if (state_.guide) {
        l.topic = state_.guide->topic().id;
        l.node = state_.guide->current().id;
        l.review = state_.guide_review;
    }
    return l;
}

void App::restore(const Location& where) {
    state_.open_popup.clear();
    state_.editing.clear();
    state_.screen = where.screen;
    if (where.screen != Screen::guide) return;  // the guide session stays as it is (estimator and back)
    state_.guide_preview = where.preview;
    state_.guide_review = where.review;
    if (!where.preview.empty()) return;
    auto leave = [&] {
        if (state_.guide && !state_.guide->answers().empty())
            leave_session(state_.guide->topic().id, state_.guide->to_json().dump());
    };
    if (where.topic.empty()) {
        leave();
        state_.guide.reset();
        return;
    }
    if (!state_.guide || state_.guide->topic().id != where.topic) {
        leave();
        state_.guide.reset();
        if (std::string saved = take_left_session(where.topic); !saved.empty()) {
            auto s = core::guide::Session::from_json_text(content_.guide, saved);
            if (s.ok()) state_.guide = std::move(s).value();
        }
        if (!state_.guide) {
            auto s = core::guide::Session::start(content_.guide, where.topic);
            if (s.ok()) state_.guide = std::move(s).value();
        }
    }
    if (state_.guide && state_.guide->current().id != where.node) (void)state_.guide->jump(where.node);
}

int App::history_go(int serial) {
    std::size_t to = 0;  // an entry of an earlier page load, or one forgotten: the first kept
    for (std::size_t i = 0; i < history_.size(); ++i)
        if (history_[i].serial == serial) to = i;
    history_at_ = to;
    restore(history_[to].where);
    pending_scroll_ = history_[to].scroll;
    pending_scroll_frames_ = 2;
    state_.frames_requested = std::max(state_.frames_requested, 2);
    return static_cast<int>(to);
}

int App::history_serial() const { return history_[history_at_].serial; }

void App::update_history(float scroll_y) {
    const Location here = location();
    HistoryEntry& current = history_[history_at_];
    if (here == current.where) {
        current.scroll = scroll_y;
        return;
    }
    // A place reached in the app starts at its top, or at the field to fix (Focus::before_content does that); only
    // the browser's own Back and Forward (history_go) return to where the person left a place.
    state_.frames_requested = std::max(state_.frames_requested, 2);
    if (history_at_ > 0 && history_[history_at_ - 1].where == here) {
        // The app's own Back (or a link to the place just before): the browser steps back with it.
        --history_at_;
        state_.effects.push_back(Effect::of(Effect::Kind::history_back));
        return;
    }
    history_.resize(history_at_ + 1);
    history_.push_back({next_serial_++, here, 0.0f});
    if (history_.size() > history_limit) history_.erase(history_.begin());
    history_at_ = history_.size() - 1;
    Effect e = Effect::of(Effect::Kind::history_push);
    e.serial = history_.back().serial;
    state_.effects.push_back(std::move(e));
}

void App::leave_session(const std::string& topic, std::string saved) {
    for (auto& [t, text] : left_sessions_)
        if (t == topic) {
            text = std::move(saved);
            return;
        }
    left_sessions_.emplace_back(topic, std::move(saved));
}

std::string App::take_left_session(const std::string& topic) {
    for (auto it = left_sessions_.begin(); it != left_sessions_.end(); ++it)
        if (it->first == topic) {
            std::string saved = std::move(it->second);
            left_sessions_.erase(it);
            return saved;
        }
    return "";
}

void App::keep_guide_sessions(const std::string& topic_before, const std::string& session_before) {
    const std::string now_topic = state_.guide ? state_.guide->topic().id : "";
    if (topic_before == now_topic) return;
    if (!session_before.empty()) leave_session(topic_before, session_before);
    // Choosing a topic left earlier takes the person back to where they were in it ("Start again" starts afresh).
    if (state_.guide && state_.guide->answers().empty()) {
        if (std::string saved = take_left_session(now_topic); !saved.empty()) {
            auto s = core::guide::Session::from_json_text(content_.guide, saved);
            if (s.ok()) state_.guide = std::move(s).value();
        }
    }
}

bool App::has_unsaved_work() const {
    const auto& e = state_.estimator;
    for (const auto& row : e.income)
        if (!blank(row.amount)) return true;
    if (e.orders.size() != 1 || e.orders[0].kind != 0 || e.orders[0].children != "1" || !blank(e.orders[0].mrp) ||
        !blank(e.orders[0].tenge) || !blank(e.orders[0].set_on) || !blank(e.orders[0].custom_share))
        return true;
    const auto& a = state_.arrears;
    if (!blank(a.from) || !blank(a.monthly_due) || !a.payments.empty()) return true;
    if (!left_sessions_.empty()) return true;
    return state_.guide && !state_.guide->answers().empty() && state_.guide->to_json().dump() != saved_guide_;
}

// [SECTION] The frame

void App::frame() {
    if (applied_theme_ != state_.theme || applied_scale_ != text_scale()) {
        apply_theme(state_.theme, text_scale());
        applied_theme_ = state_.theme;
        applied_scale_ = text_scale();
    }
    if (state_.frames_requested > 0) --state_.frames_requested;

    tree_.clear();
    state_.field_errors.clear();
    Action action;
    bool has_action = !state_.actions.empty();
    if (has_action) {
        action = std::move(state_.actions.front());
        state_.actions.pop_front();
        // A widget takes its action after drawing itself (and adding its node), so what the action changed shows
        // in the next frames: ask for them even when this was the last queued action (keys typed faster than
        // frames are drawn queue several).
        state_.frames_requested = std::max(state_.frames_requested, 2);
    }
    // A saved answers file the platform read for the person (window.otbasy.act("guide.load_file", text)). It waits
    // in the queue while the content is still on its way.
    if (has_action && action.id == "guide.load_file" && !content_.complete && !content_failed_) {
        state_.actions.push_front(std::move(action));
        has_action = false;
    } else if (has_action && action.id == "guide.load_file") {
        auto s = core::guide::Session::from_json_text(content_.guide, action.value);
        if (s.ok()) {
            state_.guide = std::move(s).value();
            state_.guide_review = true;
            state_.guide_preview.clear();
            state_.screen = Screen::guide;
            state_.load_message.clear();
            saved_guide_ = state_.guide->to_json().dump();  // it is in the file already
        } else {
            state_.load_message = "guide_screen.open_file_error";
        }
        has_action = false;
    }
    // The platform fetched the documents' templates and court list (a document was opened).
    if (has_action && action.id == "documents.loaded") {
        content_.load_documents(assets_);
        // The documents' form strings came with them (i18n/documents/): read the catalogs again.
        strings_ = Strings();
        for (const auto& e : strings_.load(assets_)) load_errors_.push_back(e);
        has_action = false;
    }
    Ui ui{state_, tree_, fonts_, palette(state_.theme), strings_, content_, has_action ? &action : nullptr, false};
    const Screen screen_before = state_.screen;
    const Lang lang_before = state_.lang;
    const bool card_was_open = !state_.open_popup.empty();
    // The session as it was, in case this frame leaves it (another topic, "all topics"): kept for Back.
    const std::string topic_before = state_.guide ? state_.guide->topic().id : "";
    const std::string session_before =
        state_.guide && !state_.guide->answers().empty() ? state_.guide->to_json().dump() : "";

    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("###root", nullptr, root_flags);
    ImGui::PopStyleVar();
    // Keyboard navigation (Tab, arrows, Enter) works within the focused window; the bar and the content are child
    // windows flattened into it, so the root must hold focus unless a card is open.
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow)) ImGui::SetWindowFocus();

    draw_top_bar(ui);
    const float bar_bottom = ImGui::GetCursorPosY();

    // The content column: centred, at most max_content_width wide, scrolling on its own.
    const float pad = io.DisplaySize.x < 480 ? 14.0f : 24.0f;
    float avail = ImGui::GetContentRegionAvail().x;
    float width = std::min(max_content_width, avail - 2 * pad);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    focus_.before_content(state_);  // a new view starts at its top; keys and focus scroll it
    if (pending_scroll_frames_ > 0) {
        ImGui::SetNextWindowScroll(ImVec2(-1.0f, pending_scroll_));
        if (--pending_scroll_frames_ == 0) pending_scroll_ = -1.0f;
    }
    ImGui::BeginChild("###content", ImVec2(0, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
    focus_.in_content();
    ImGui::SetCursorPos(ImVec2((avail - width) * 0.5f, ImGui::GetCursorPosY() + 12));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    begin_group(ui, "screen", Role::screen);
    draw_notices_above_screen(ui);
    const bool waiting = needs_content();
    showing_loading_ = waiting && !content_failed_;
    draw_back_to_guide(ui);
    draw_screen(ui);
    end_group(ui);
    draw_platform_notice(ui);
    // An outside action for a screen that waits for the content stays queued until the content has arrived (the
    // page keeps drawing frames while actions are queued, so nothing that acts and then waits is misled).
    if (waiting && has_action && !ui.action_used && !content_failed_) state_.actions.push_front(std::move(action));
    vspace(32);
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    content_height_ = bar_bottom + ImGui::GetCursorPosY();
    // While an on-screen keyboard covers the bottom, the content can scroll that much further, so that the last
    // field can still be brought above the keyboard.
    if (state_.visible_bottom < io.DisplaySize.y) vspace(io.DisplaySize.y - state_.visible_bottom);
    const float scroll_y = ImGui::GetScrollY();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::End();
    focus_.end_frame(ui);  // focus follows a change of view; the ring; the document title

    quick_exit_keys(card_was_open);
    keep_guide_sessions(topic_before, session_before);
    update_history(scroll_y);

    for (auto& e : state_.effects) {
        if (e.kind != Effect::Kind::save_file) continue;
        if (state_.downloads_blocked) {
            // The embedding page does not allow downloads: say so instead of failing silently.
            platform_blocked("embed.download_blocked", "");
            e = Effect::of(Effect::Kind::theme_changed, "");  // a no-op in its place
        } else if (state_.guide) {
            saved_guide_ = state_.guide->to_json().dump();
        }
    }

    // Leaving in a hurry forgets the document's names, ИИН and addresses and what was typed in the situation box
    // at once, not only when the page goes.
    for (const auto& e : state_.effects) {
        if (e.kind != Effect::Kind::quick_exit) continue;
        state_.document = DocumentState{};
        state_.triage = TriageState();
    }

    // A change of screen or language redraws once more so that sizes measured this frame settle.
    screen_changed_ = state_.screen != screen_before || state_.lang != lang_before;
    if (screen_changed_) state_.frames_requested = 2;
    // An action whose widget was not on screen this frame is dropped, never replayed.
}

void App::draw_platform_notice(Ui& ui) {
    if (state_.platform_notice.key.empty()) return;
    if (!begin_card_popup(ui, "platform", ui.t("embed.blocked_title"))) {
        state_.platform_notice = {};  // the card was closed
        return;
    }
    std::string text = ui.t(state_.platform_notice.key);
    const std::string ph = "{url}";
    if (auto at = text.find(ph); at != std::string::npos) text.replace(at, ph.size(), state_.platform_notice.detail);
    notice(ui, "platform.notice", text, Tone::warning);
    end_card_popup(ui);
}

void App::draw_back_to_guide(Ui& ui) {
    // Opened from a guide result (the estimator, the arrears): a way back to it, besides the browser's Back.
    if (state_.screen == Screen::guide || history_at_ == 0) return;
    const Location& before = history_[history_at_ - 1].where;
    if (before.screen != Screen::guide || before.node.empty() || !state_.guide ||
        state_.guide->topic().id != before.topic)
        return;
    if (button(ui, "nav.back_to_guide", ui.t("nav.back_to_guide"), ButtonKind::quiet)) state_.screen = Screen::guide;
}

void App::draw_top_bar(Ui& ui) {
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiStyle& s = ImGui::GetStyle();
    const float scale = text_scale();
    const float button_h = 44.0f * scale;
    const float pad_x = io.DisplaySize.x < 480 ? 10.0f : 20.0f;
    const float gap = io.DisplaySize.x < 480 ? 8.0f : s.ItemSpacing.x;

    // Every part is measured first, then the bar takes the widest layout whose row fits: the app's name or the
    // house icon, settings as a word or a square "Aa", the long or the short quick-exit label, the three languages
    // or one button to the other of Kazakh and Russian, and on the narrowest screens the language inside the
    // settings button (the settings screen has the language choice first). When even that does not fit (a phone at
    // a large text size), the quick exit takes a second row of its own. A label never wraps inside its button (it
    // would be clipped by the bar), in any language or text size. Settings, with the text size, is on every width.
    const std::vector<std::string> langs = {"ҚАЗ", "РУС", "ENG"};
    const std::string& settings_label = ui.t("nav.settings");
    const int current = static_cast<int>(state_.lang);
    const int other = current == 0 ? 1 : 0;  // the toggle offers Kazakh or Russian; English is in the settings
    const std::string compact_label = langs[static_cast<std::size_t>(current)] + " · Aa";
    const float w_icon = 44.0f * (ImGui::GetFontSize() / FontSizes::body);  // icon_home_button's size
    const float w_name = button_width(ui, ui.t("app.name"));
    const float w_settings = button_width(ui, settings_label);
    const float w_exit_long = button_width(ui, ui.t("nav.quick_exit"));
    const float w_exit_short = button_width(ui, ui.t("nav.quick_exit_short"));
    const float w_compact = std::max(button_h, button_width(ui, compact_label) - s.FramePadding.x * 0.8f);
    const float w_toggle = std::max(button_h, button_width(ui, langs[static_cast<std::size_t>(other)]));
    float w_lang = 0;
    ImGui::PushFont(ui.fonts.bold);
    for (const auto& l : langs) w_lang += ImGui::CalcTextSize(l.c_str()).x + s.FramePadding.x * 1.6f;  // as segmented()
    ImGui::PopFont();
    enum class Languages { all, toggle, in_settings };
    struct Layout { bool icon; bool settings_word; Languages languages; bool short_exit; };
    constexpr Layout layouts[] = {{false, true, Languages::all, false},   {true, true, Languages::all, false},
                                  {true, true, Languages::all, true},     {true, false, Languages::all, true},
                                  {true, false, Languages::toggle, true}, {true, false, Languages::in_settings, true}};
    constexpr int phone = 3, last = 5;
    const float avail = io.DisplaySize.x - 2 * pad_x;
    auto right_of = [&](const Layout& l, bool with_exit) {
        const float exit = with_exit ? gap + (l.short_exit ? w_exit_short : w_exit_long) : 0.0f;
        if (l.languages == Languages::in_settings) return w_compact + exit;
        return (l.languages == Languages::all ? w_lang : w_toggle) + gap + (l.settings_word ? w_settings : button_h) +
               exit;
    };
    // One pixel to spare: the widgets add their widths up in another order, and a width short by a rounding error
    // would make the last label wrap.
    auto fits = [&](const Layout& l, bool with_exit) {
        return (l.icon ? w_icon : w_name) + gap + right_of(l, with_exit) + 1.0f <= avail;
    };
    int chosen = last;
    for (int i = io.DisplaySize.x < 560 ? phone : 0; i < last; ++i)
        if (fits(layouts[i], true)) {
            chosen = i;
            break;
        }
    const Layout& lay = layouts[chosen];
    const bool exit_row = !fits(lay, true);

    // Shorter on a landscape phone, where every line of height counts.
    const float row_h = (io.DisplaySize.y < 480 ? 52.0f : 64.0f) * scale;
    const float bar_h = exit_row ? row_h + button_h + 8.0f * scale : row_h;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.pal.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad_x, std::max(2.0f, (row_h - button_h) * 0.5f)));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, 8.0f * scale));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
    ImGui::BeginChild("###topbar", ImVec2(0, bar_h), ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
    begin_group(ui, "topbar", Role::banner);

    if (lay.icon ? icon_home_button(ui, "nav.home", ui.t("nav.home"))
                 : button(ui, "nav.home", ui.t("app.name"), ButtonKind::quiet))
        state_.screen = Screen::home;
    ImGui::SameLine();
    // Right side, flush right.
    const float x = ImGui::GetWindowContentRegionMax().x - right_of(lay, !exit_row) - 1.0f;
    if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
    bool open_settings = false;
    int chose_lang = -1;
    if (lay.languages == Languages::in_settings) {
        open_settings = text_icon_button(ui, "nav.settings", compact_label,
                                         settings_label + " · " + ui.t("settings.language"),
                                         ImVec2(w_compact, button_h));
    } else {
        if (lay.languages == Languages::all) {
            chose_lang = segmented(ui, "nav.language", ui.t("settings.language"), langs, current, {"kk", "ru", "en"});
        } else {
            const std::string toggle = "nav.language." + std::to_string(other);
            if (button(ui, toggle, langs[static_cast<std::size_t>(other)], ButtonKind::secondary, w_toggle))
                chose_lang = other;
            // The toggle names its language in that language (ҚАЗ is Kazakh): screen readers switch voice for it.
            static const char* const codes[] = {"kk", "ru", "en"};
            if (SemanticNode* n = ui.tree.find(toggle)) n->lang = codes[other];
        }
        ImGui::SameLine();
        open_settings = lay.settings_word
                            ? button(ui, "nav.settings", settings_label, ButtonKind::quiet)
                            : text_icon_button(ui, "nav.settings", "Aa", settings_label, ImVec2(button_h, button_h));
    }
    if (chose_lang >= 0 && chose_lang != current) {
        state_.lang = static_cast<Lang>(chose_lang);
        state_.effects.push_back(Effect::of(Effect::Kind::lang_changed, std::string(core::i18n::code(state_.lang))));
    }
    if (open_settings) state_.screen = Screen::settings;
    if (!exit_row) ImGui::SameLine();
    if (button(ui, "nav.quick_exit", ui.t(lay.short_exit ? "nav.quick_exit_short" : "nav.quick_exit"),
               ButtonKind::danger, exit_row ? avail : 0.0f))
        state_.effects.push_back(Effect::of(Effect::Kind::quick_exit, ""));
    end_group(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
    // The bar's own rectangle, so that tests and the mirror can tell what lies inside it.
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    if (SemanticNode* bar = ui.tree.find("topbar")) {
        bar->x = a.x;
        bar->y = a.y;
        bar->w = b.x - a.x;
        bar->h = b.y - a.y;
    }
    // A hairline under the bar.
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, b.y),
                                        ImGui::ColorConvertFloat4ToU32(ui.pal.border));
}

void App::draw_screen(Ui& ui) {
    if (!load_errors_.empty()) {
        // Content failed to load: say so plainly instead of drawing half a screen.
        heading(ui, "error.title", "Қате / Ошибка / Error", 1);
        for (std::size_t i = 0; i < load_errors_.size() && i < 10; ++i)
            paragraph(ui, "error." + std::to_string(i), load_errors_[i].path + ": " + load_errors_[i].message);
        return;
    }
    if (needs_content()) {
        // The first visit's second bundle has not arrived yet (or could not be fetched): say so, briefly.
        heading(ui, "loading.title", ui.t(content_failed_ ? "loading.failed_title" : "loading.title"), 1);
        if (content_failed_) paragraph(ui, "loading.failed", ui.t("loading.failed"));
        return;
    }
    switch (state_.screen) {
        case Screen::home: draw_home(ui); break;
        case Screen::settings: draw_settings(ui); break;
        case Screen::guide: draw_guide(ui); break;
        case Screen::estimator: draw_estimator(ui); break;
        case Screen::arrears: draw_arrears(ui); break;
        case Screen::about: draw_about(ui); break;
        case Screen::document: draw_document(ui); break;
    }
}

}  // namespace otbasy::ui
