// Keyboard focus, its ring, and where each view starts. Layer: ui.
#include "ui/focus.hpp"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "ui/widgets/widgets.hpp"

namespace otbasy::ui {
namespace {

// The role of the outermost container of node i: banner (top bar), dialog (a card) or screen (the content).
Role region_of(const std::vector<SemanticNode>& nodes, int i) {
    Role r = Role::screen;
    for (int p = i; p >= 0; p = nodes[static_cast<std::size_t>(p)].parent) {
        const Role role = nodes[static_cast<std::size_t>(p)].role;
        if (role == Role::dialog || role == Role::banner || role == Role::screen) r = role;
        if (role == Role::dialog) break;
    }
    return r;
}

bool inside(const std::vector<SemanticNode>& nodes, int i, Role container) {
    for (int p = nodes[static_cast<std::size_t>(i)].parent; p >= 0; p = nodes[static_cast<std::size_t>(p)].parent)
        if (nodes[static_cast<std::size_t>(p)].role == container) return true;
    return false;
}

}  // namespace

void Focus::set(std::string id, bool visible) {
    if (id != id_) scroll_into_view_ = !id.empty();
    id_ = std::move(id);
    visible_ = visible;
}

std::string Focus::view_key(const AppState& s) {
    std::string key = std::to_string(static_cast<int>(s.screen));
    if (s.screen == Screen::guide) {
        if (!s.guide_preview.empty()) key += "|preview:" + s.guide_preview;
        else if (s.guide && s.guide_review) key += "|review:" + s.guide->topic().id;
        else if (s.guide) key += "|step:" + s.guide->current().id;
    }
    if (!s.open_popup.empty()) key += "|card:" + s.open_popup;
    return key;
}

int Focus::view_heading(const SemanticTree& tree, bool in_card) {
    const auto& nodes = tree.nodes();
    const Role container = in_card ? Role::dialog : Role::screen;
    int first = -1;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const int index = static_cast<int>(i);
        if (nodes[i].role == container && first < 0) first = index;
        if (nodes[i].role == Role::heading && inside(nodes, index, container) &&
            (in_card || !inside(nodes, index, Role::dialog)))
            return index;
    }
    // A view without a heading: its first node inside the container.
    if (first >= 0 && first + 1 < static_cast<int>(nodes.size()) && nodes[static_cast<std::size_t>(first + 1)].parent == first)
        return first + 1;
    return first;
}

void Focus::before_content(AppState& state) {
    if (scroll_top_) {
        ImGui::SetNextWindowScroll(ImVec2(-1.0f, 0.0f));
        scroll_top_ = false;
        scroll_to_ = -1.0f;
        key_scroll_ = -1;
        return;
    }
    if (key_scroll_ >= 0) {
        const float line = ImGui::GetFontSize() * 2.5f;
        const float page = std::max(line, (content_max_.y - content_min_.y) - line);
        float y = scroll_to_ >= 0 ? scroll_to_ : scroll_y_;
        switch (static_cast<ScrollKey>(key_scroll_)) {
            case ScrollKey::line_up: y -= line; break;
            case ScrollKey::line_down: y += line; break;
            case ScrollKey::page_up: y -= page; break;
            case ScrollKey::page_down: y += page; break;
            case ScrollKey::top: y = 0; break;
            case ScrollKey::bottom: y = scroll_max_; break;
        }
        scroll_to_ = std::clamp(y, 0.0f, scroll_max_);
        key_scroll_ = -1;
    }
    if (scroll_to_ >= 0) {
        ImGui::SetNextWindowScroll(ImVec2(-1.0f, scroll_to_));
        scroll_to_ = -1.0f;
        state.frames_requested = std::max(state.frames_requested, 2);
    }
}

void Focus::in_content() {
    content_min_ = ImGui::GetWindowPos();
    content_max_ = ImVec2(content_min_.x + ImGui::GetWindowWidth(), content_min_.y + ImGui::GetWindowHeight());
    scroll_y_ = ImGui::GetScrollY();
    scroll_max_ = ImGui::GetScrollMaxY();
}

void Focus::move_to(Ui& ui, const std::string& id, bool scroll) {
    id_ = id;
    scroll_into_view_ = scroll;
    ui.state.effects.push_back(Effect::of(Effect::Kind::focus, id));
    ui.state.frames_requested = std::max(ui.state.frames_requested, 2);
}

void Focus::end_frame(Ui& ui) {
    auto& state = ui.state;
    const auto& nodes = ui.tree.nodes();
    ImGuiIO& io = ImGui::GetIO();

    // [SECTION] A pointer press on a control moves focus there (without a ring), as a click does on a web page,
    // so that Tab goes on from it
    // (and a card opened by a click gives focus back to its term). Text fields are left to the platform's editing <input>.
    if (io.MouseReleased[0] && ImGui::IsMousePosValid(&io.MousePos)) {
        const bool card = !state.open_popup.empty();
        for (std::size_t i = nodes.size(); i-- > 0;) {
            const auto& n = nodes[i];
            if (!n.interactive() || n.w <= 0) continue;
            const Role region = region_of(nodes, static_cast<int>(i));
            if (card != (region == Role::dialog)) continue;
            if (region == Role::screen && (io.MousePos.y < content_min_.y || io.MousePos.y > content_max_.y)) continue;
            if (io.MousePos.x < n.x || io.MousePos.x > n.x + n.w || io.MousePos.y < n.y || io.MousePos.y > n.y + n.h)
                continue;
            if (n.role != Role::textbox && n.id != id_) move_to(ui, n.id, false);
            break;
        }
    }

    // [SECTION] A new view: start at its top; its heading gets focus once it has been drawn.
    const std::string view = view_key(state);
    bool changed = false;
    if (view != view_) {
        changed = started_;
        const bool card_opened = !state.open_popup.empty() && state.open_popup != popup_;
        const bool card_closed = state.open_popup.empty() && !popup_.empty();
        if (changed && card_closed && view_.rfind(view, 0) == 0 && !opener_.empty() && ui.tree.find(opener_)) {
            move_to(ui, opener_, true);  // the card closed over the same view: back to what opened it
        } else if (changed) {
            if (card_opened) opener_ = id_;
            else scroll_top_ = true;
            pending_heading_ = true;
            state.frames_requested = std::max(state.frames_requested, 2);
        }
        view_ = view;
        popup_ = state.open_popup;
        started_ = true;
    } else if (pending_heading_) {
        pending_heading_ = false;
        // A view that opens with something typed wrong (kept from before) starts at that field; any other at its
        // heading.
        int to = -1;
        if (state.open_popup.empty())
            for (std::size_t i = 0; i < nodes.size() && to < 0; ++i)
                if (nodes[i].role == Role::textbox && (nodes[i].state & state_invalid) && !nodes[i].value.empty())
                    to = static_cast<int>(i);
        if (to >= 0) move_to(ui, nodes[static_cast<std::size_t>(to)].id, true);
        else if ((to = view_heading(ui.tree, !state.open_popup.empty())) >= 0)
            move_to(ui, nodes[static_cast<std::size_t>(to)].id, false);
    }

    // [SECTION] The focused node: mark it, keep it in view, draw its ring; or recover when it disappeared.
    if (!id_.empty()) {
        int index = -1;
        for (std::size_t i = 0; i < nodes.size() && index < 0; ++i)
            if (nodes[i].id == id_) index = static_cast<int>(i);
        if (index < 0) {
            if (!pending_heading_ && !changed) {
                // A removed control (a payment row, an income source): focus goes to the nearest control before
                // it that is still there, else to the view's heading.
                std::string to;
                for (const auto& b : before_)
                    if (ui.tree.find(b)) {
                        to = b;
                        break;
                    }
                if (to.empty()) {
                    const int h = view_heading(ui.tree, !state.open_popup.empty());
                    if (h >= 0) to = nodes[static_cast<std::size_t>(h)].id;
                }
                if (!to.empty()) move_to(ui, to, true);
            }
        } else {
            if (index != before_at_ || id_ != before_of_) {
                // Remembered only when the focused node moves in the tree, not every frame.
                before_.clear();
                for (int i = index - 1; i >= 0 && before_.size() < 8; --i)
                    if (nodes[static_cast<std::size_t>(i)].interactive()) before_.push_back(nodes[static_cast<std::size_t>(i)].id);
                before_at_ = index;
                before_of_ = id_;
            }
            const SemanticNode& n = nodes[static_cast<std::size_t>(index)];
            if (SemanticNode* m = ui.tree.find(id_)) m->state |= state_focused;
            const Role region = region_of(nodes, index);
            if (scroll_into_view_ && region == Role::screen && content_max_.y > content_min_.y) {
                const float margin = 16.0f;
                const float top = content_min_.y + margin, bottom = content_max_.y - margin;
                float delta = 0.0f;
                if (n.y + n.h > bottom) delta = n.y + n.h - bottom;
                if (n.y - delta < top) delta = n.y - top;  // a tall node shows its top
                if (std::fabs(delta) > 0.5f) {
                    scroll_to_ = std::clamp(scroll_y_ + delta, 0.0f, scroll_max_);
                    state.frames_requested = std::max(state.frames_requested, 2);
                }
            }
            scroll_into_view_ = false;
            if (visible_ && n.w > 0 && n.h > 0) {
                const ImVec2 display = io.DisplaySize;
                ImVec2 clip_min(0, 0), clip_max = display;
                if (region == Role::screen) {
                    clip_min = ImVec2(0, content_min_.y);
                    clip_max = ImVec2(display.x, content_max_.y);
                } else if (region == Role::banner) {
                    clip_max = ImVec2(display.x, content_min_.y);
                }
                ImDrawList* dl = ImGui::GetForegroundDrawList();
                dl->PushClipRect(clip_min, clip_max, false);
                const float pad = 3.0f, rounding = ImGui::GetStyle().FrameRounding + pad;
                dl->AddRect(ImVec2(n.x - pad, n.y - pad), ImVec2(n.x + n.w + pad, n.y + n.h + pad),
                            ImGui::ColorConvertFloat4ToU32(ui.pal.focus), rounding, 0, 3.0f);
                dl->PopClipRect();
            }
        }
    }

    // [SECTION] The document's title: the view's main heading and the app's name, in the person's language.
    const std::string& app = ui.t("app.name");
    std::string title = app;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const auto& n = nodes[i];
        if (n.role == Role::heading && n.value == "1" && inside(nodes, static_cast<int>(i), Role::screen) &&
            !inside(nodes, static_cast<int>(i), Role::dialog)) {
            if (!n.label.empty() && n.label != app) title = n.label + " — " + app;
            break;
        }
    }
    if (title != title_) {
        title_ = title;
        state.effects.push_back(Effect::of(Effect::Kind::title, title));
    }
}

}  // namespace otbasy::ui
