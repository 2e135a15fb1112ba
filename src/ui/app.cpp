// The application frame. Layer: ui.
#include "ui/app.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/screens/screens.hpp"
#include "ui/widgets/widgets.hpp"

namespace otbasy::ui {
namespace {
constexpr float max_content_width = 760.0f;  // CSS px: a comfortable line length for reading
constexpr double escape_window = 1.5;         // seconds between the two presses of the quick-exit shortcut
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
        case Screen::settings: return false;
    }
    return false;
}

void App::set_font_data(std::string regular_ttf, std::string bold_ttf) {
    font_regular_ = std::move(regular_ttf);
    font_bold_ = std::move(bold_ttf);
    fonts_dpr_ = 0.0f;
}

bool App::fonts_need_rebuild(float dpr) const {
    return dpr != fonts_dpr_ || state_.text_scale_percent != fonts_scale_;
}

void App::rebuild_fonts(float dpr) {
    fonts_ = build_fonts(ImGui::GetIO(), font_regular_, font_bold_, dpr, state_.text_scale_percent / 100.0f);
    fonts_dpr_ = dpr;
    fonts_scale_ = state_.text_scale_percent;
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

void App::frame() {
    if (applied_theme_ != state_.theme || applied_scale_ != state_.text_scale_percent) {
        apply_theme(state_.theme, state_.text_scale_percent / 100.0f);
        applied_theme_ = state_.theme;
        applied_scale_ = state_.text_scale_percent;
    }
    if (state_.frames_requested > 0) --state_.frames_requested;

    tree_.clear();
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

    // The content column: centred, at most max_content_width wide, scrolling on its own.
    const float pad = io.DisplaySize.x < 480 ? 14.0f : 24.0f;
    float avail = ImGui::GetContentRegionAvail().x;
    float width = std::min(max_content_width, avail - 2 * pad);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    focus_.before_content(state_);  // a new view starts at its top; keys and focus scroll it
    ImGui::BeginChild("###content", ImVec2(0, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
    focus_.in_content();
    ImGui::SetCursorPos(ImVec2((avail - width) * 0.5f, ImGui::GetCursorPosY() + 12));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    begin_group(ui, "screen", Role::screen);
    draw_update_notice(ui);
    const bool waiting = needs_content();
    showing_loading_ = waiting && !content_failed_;
    draw_screen(ui);
    end_group(ui);
    // An outside action for a screen that waits for the content stays queued until the content has arrived (the
    // page keeps drawing frames while actions are queued, so nothing that acts and then waits is misled).
    if (waiting && has_action && !ui.action_used && !content_failed_) state_.actions.push_front(std::move(action));
    vspace(32);
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::End();
    focus_.end_frame(ui);  // focus follows a change of view; the ring; the document title

    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) escape_pressed(ImGui::GetTime());
    // Leaving in a hurry forgets the document's names, ИИН and addresses at once, not only when the page goes.
    for (const auto& e : state_.effects)
        if (e.kind == Effect::Kind::quick_exit) state_.document = DocumentState{};

    // The quick exit forgets what was typed in the situation box at once (the platform then replaces the page).
    for (const auto& e : state_.effects)
        if (e.kind == Effect::Kind::quick_exit) state_.triage = TriageState();

    // A change of screen or language redraws once more so that sizes measured this frame settle.
    screen_changed_ = state_.screen != screen_before || state_.lang != lang_before;
    if (screen_changed_) state_.frames_requested = 2;
    // An action whose widget was not on screen this frame is dropped, never replayed.
}

void App::draw_top_bar(Ui& ui) {
    ImGuiIO& io = ImGui::GetIO();
    const float bar_h = 64.0f * (state_.text_scale_percent / 100.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.pal.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(io.DisplaySize.x < 480 ? 10.0f : 20.0f, 10.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
    ImGui::BeginChild("###topbar", ImVec2(0, bar_h), ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
    begin_group(ui, "topbar", Role::banner);

    // Every part is measured first, then the bar takes the widest layout whose row fits: the app's name or the
    // house icon, settings or not, the long or the short quick-exit label. A label never wraps inside its button
    // (it would be clipped by the bar), in any language or text size. Phones keep the compact layout.
    const ImGuiStyle& s = ImGui::GetStyle();
    const std::vector<std::string> langs = {"ҚАЗ", "РУС", "ENG"};
    const std::string& settings_label = ui.t("nav.settings");
    const float w_icon = 44.0f * (ImGui::GetFontSize() / FontSizes::body);  // icon_home_button's size
    const float w_name = button_width(ui, ui.t("app.name"));
    const float w_settings = button_width(ui, settings_label);
    const float w_exit_long = button_width(ui, ui.t("nav.quick_exit"));
    const float w_exit_short = button_width(ui, ui.t("nav.quick_exit_short"));
    float w_lang = 0;
    ImGui::PushFont(ui.fonts.bold);
    for (const auto& l : langs) w_lang += ImGui::CalcTextSize(l.c_str()).x + s.FramePadding.x * 1.6f;  // as segmented()
    ImGui::PopFont();
    struct Layout { bool icon, settings, short_exit; };
    constexpr Layout layouts[] = {{false, true, false}, {true, true, false}, {true, true, true}, {true, false, true}};
    constexpr int compact = 3;
    const float gap = s.ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    auto right_of = [&](const Layout& l) {
        return w_lang + (l.settings ? gap + w_settings : 0.0f) + gap + (l.short_exit ? w_exit_short : w_exit_long);
    };
    int chosen = compact;
    for (int i = io.DisplaySize.x < 560 ? compact : 0; i < compact; ++i)
        if ((layouts[i].icon ? w_icon : w_name) + gap + right_of(layouts[i]) <= avail) {
            chosen = i;
            break;
        }
    const Layout& lay = layouts[chosen];

    if (lay.icon ? icon_home_button(ui, "nav.home", ui.t("nav.home"))
                 : button(ui, "nav.home", ui.t("app.name"), ButtonKind::quiet))
        state_.screen = Screen::home;
    ImGui::SameLine();
    // Right side: language, settings, quick exit, flush right. One pixel to spare: the widgets add their widths up in
    // another order, and a width short by a rounding error would make the last label wrap.
    const float right = right_of(lay) + 1.0f;
    const float x = ImGui::GetWindowContentRegionMax().x - right;
    if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
    int lang = static_cast<int>(state_.lang);
    int l = segmented(ui, "nav.language", ui.t("settings.language"), langs, lang, {"kk", "ru", "en"});
    if (l >= 0 && l != lang) {
        state_.lang = static_cast<Lang>(l);
        state_.effects.push_back(Effect::of(Effect::Kind::lang_changed, std::string(core::i18n::code(state_.lang))));
    }
    if (lay.settings) {
        ImGui::SameLine();
        if (button(ui, "nav.settings", settings_label, ButtonKind::quiet)) state_.screen = Screen::settings;
    }
    ImGui::SameLine();
    if (button(ui, "nav.quick_exit", ui.t(lay.short_exit ? "nav.quick_exit_short" : "nav.quick_exit"), ButtonKind::danger))
        state_.effects.push_back(Effect::of(Effect::Kind::quick_exit, ""));
    end_group(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
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
