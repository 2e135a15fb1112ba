// The semantic widget layer. Layer: ui. The only file besides theme/app that calls Dear ImGui for content.
#include "ui/widgets/widgets.hpp"
#include "ui/widgets/draw.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

namespace otbasy::ui {
namespace {

using draw::col;

// Records the last item's rectangle and focus into the node just added.
void finish_node(Ui& ui, int index) {
    draw::record_rect(const_cast<SemanticNode&>(ui.tree.nodes()[static_cast<std::size_t>(index)]));
}

std::string imgui_id(const std::string& label, const std::string& id) { return label + "###" + id; }

// Text in the current font, wrapped at `wrap` px, each line underlined (its trailing spaces not).
void draw_underlined(ImVec2 pos, ImU32 color, const std::string& text, float wrap) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize(), scale = size / font->FontSize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const char* s = text.c_str();
    const char* end = s + text.size();
    float y = pos.y;
    while (s < end) {
        const char* eol = font->CalcWordWrapPositionA(scale, s, end, wrap > 0 ? wrap : FLT_MAX);
        if (eol == s) ++eol;  // a word wider than the line still advances
        const char* visible_end = eol;
        while (visible_end > s && (visible_end[-1] == ' ' || visible_end[-1] == '\n')) --visible_end;
        dl->AddText(font, size, ImVec2(pos.x, y), color, s, visible_end);
        const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, visible_end).x;
        dl->AddLine(ImVec2(pos.x, y + size + 1.0f), ImVec2(pos.x + w, y + size + 1.0f), color, 1.0f);
        y += size;
        s = eol;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
}

}  // namespace

bool Ui::take_action(const std::string& id, std::string* value) {
    if (!action || action_used || action->id != id) return false;
    action_used = true;
    if (value) *value = action->value;
    return true;
}

void begin_group(Ui& ui, const std::string& id, Role role, const std::string& label) {
    SemanticNode n;
    n.id = id;
    n.role = role;
    n.label = label;
    ui.tree.push(ui.tree.add(std::move(n)));
    ImGui::PushID(id.c_str());
}

void end_group(Ui& ui) {
    ImGui::PopID();
    ui.tree.pop();
}

void heading(Ui& ui, const std::string& id, const std::string& text, int level) {
    ImGui::PushFont(level <= 1 ? ui.fonts.h1 : ui.fonts.h2);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    SemanticNode n;
    n.id = id;
    n.role = Role::heading;
    n.label = text;
    n.value = std::to_string(level);
    finish_node(ui, ui.tree.add(std::move(n)));
}

void paragraph(Ui& ui, const std::string& id, const std::string& text, bool muted) {
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, ui.pal.text_muted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    if (muted) ImGui::PopStyleColor();
    SemanticNode n;
    n.id = id;
    n.role = Role::paragraph;
    n.label = text;
    finish_node(ui, ui.tree.add(std::move(n)));
}

bool button(Ui& ui, const std::string& id, const std::string& label, ButtonKind kind, float width, bool selected) {
    const ImGuiStyle& s = ImGui::GetStyle();
    ImGui::PushFont(ui.fonts.bold);
    const float column = column_width();
    float want = width > 0 ? width : ImGui::CalcTextSize(label.c_str()).x + s.FramePadding.x * 2;
    if (want > column) want = column;  // a long label wraps inside the column instead of running off the screen
    const float wrap = want - s.FramePadding.x * 2;
    ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    float min_h = 44.0f * (ImGui::GetFontSize() / FontSizes::body);  // touch target
    ImVec2 size(want, std::max(min_h, text.y + s.FramePadding.y * 2));
    bool pressed = ImGui::InvisibleButton(imgui_id(label, id).c_str(), size);
    bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImVec4 bg, fg, border;
    switch (kind) {
        case ButtonKind::primary:
            bg = ui.pal.accent;
            fg = ui.pal.accent_text;
            border = ui.pal.accent;
            break;
        case ButtonKind::secondary:
            bg = hovered ? ui.pal.surface_alt : ui.pal.surface;
            fg = ui.pal.accent;
            border = ui.pal.accent;
            break;
        case ButtonKind::quiet:
            bg = hovered ? ui.pal.surface_alt : ImVec4(0, 0, 0, 0);
            fg = ui.pal.accent;
            border = ImVec4(0, 0, 0, 0);
            break;
        case ButtonKind::danger:
            bg = hovered ? ui.pal.danger_soft : ui.pal.surface;
            fg = ui.pal.danger;
            border = ui.pal.danger;
            break;
    }
    if (held) bg.w *= 0.85f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, col(bg), s.FrameRounding);
    dl->AddRect(a, b, col(border), s.FrameRounding, 0, 1.5f);
    if (kind == ButtonKind::quiet) {
        // A quiet button reads as a link: accent colour, each line underlined, text from the left edge.
        draw_underlined(ImVec2(a.x + s.FramePadding.x, a.y + (size.y - text.y) * 0.5f), col(fg), label, wrap);
    } else {
        dl->AddText(ui.fonts.bold, ImGui::GetFontSize(),
                    ImVec2(a.x + (size.x - text.x) * 0.5f, a.y + (size.y - text.y) * 0.5f), col(fg), label.c_str(),
                    nullptr, wrap);
    }
    ImGui::PopFont();
    SemanticNode n;
    n.id = id;
    n.role = Role::button;
    n.label = label;
    if (selected) n.state |= state_selected;
    finish_node(ui, ui.tree.add(std::move(n)));
    return pressed || ui.take_action(id);
}

bool tile(Ui& ui, const std::string& id, const std::string& title, const std::string& description) {
    const ImGuiStyle& s = ImGui::GetStyle();
    float width = column_width();
    float pad = s.FramePadding.x * 1.5f;
    float inner = width - pad * 2;
    ImGui::PushFont(ui.fonts.h2);
    ImVec2 t = ImGui::CalcTextSize(title.c_str(), nullptr, false, inner);
    ImGui::PopFont();
    ImVec2 d = ImGui::CalcTextSize(description.c_str(), nullptr, false, inner);
    float height = pad * 2 + t.y + s.ItemInnerSpacing.y + d.y;
    bool pressed = ImGui::InvisibleButton(imgui_id(title, id).c_str(), ImVec2(width, height));
    bool hovered = ImGui::IsItemHovered();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float r = s.ChildRounding;
    dl->AddRectFilled(a, b, col(hovered ? ui.pal.surface_alt : ui.pal.surface), r);
    dl->AddRect(a, b, col(hovered ? ui.pal.accent : ui.pal.border), r, 0, hovered ? 2.0f : 1.0f);
    dl->AddRectFilled(a, ImVec2(a.x + 6, b.y), col(ui.pal.accent), r, ImDrawFlags_RoundCornersLeft);
    ImGui::PushFont(ui.fonts.h2);
    dl->AddText(ui.fonts.h2, ImGui::GetFontSize(), ImVec2(a.x + pad, a.y + pad), col(ui.pal.accent), title.c_str(),
                nullptr, inner);
    ImGui::PopFont();
    dl->AddText(ui.fonts.body, ImGui::GetFontSize(), ImVec2(a.x + pad, a.y + pad + t.y + s.ItemInnerSpacing.y),
                col(ui.pal.text_muted), description.c_str(), nullptr, inner);
    SemanticNode n;
    n.id = id;
    n.role = Role::button;
    n.label = title;
    n.description = description;
    finish_node(ui, ui.tree.add(std::move(n)));
    return pressed || ui.take_action(id);
}

int segmented(Ui& ui, const std::string& id, const std::string& label, const std::vector<std::string>& options,
              int selected, const std::vector<std::string>& option_langs) {
    begin_group(ui, id, Role::radiogroup, label);
    int chosen = -1;
    const ImGuiStyle& s = ImGui::GetStyle();
    ImGui::PushFont(ui.fonts.bold);
    float h = std::max(44.0f * (ImGui::GetFontSize() / FontSizes::body), ImGui::GetFontSize() + s.FramePadding.y * 2);
    // Side by side when all options fit the column; otherwise one under another, each as wide as the column.
    float total = 0;
    for (const auto& o : options) total += ImGui::CalcTextSize(o.c_str()).x + s.FramePadding.x * 1.6f;
    const float column = column_width();
    const bool stacked = total > column;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (i > 0 && !stacked) ImGui::SameLine(0, 0);
        const std::string& text = options[i];
        const float wrap = stacked ? column - s.FramePadding.x * 1.6f : 0.0f;
        ImVec2 ts = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
        ImVec2 size(stacked ? column : ts.x + s.FramePadding.x * 1.6f, std::max(h, ts.y + s.FramePadding.y * 2));
        std::string oid = id + "." + std::to_string(i);
        bool pressed = ImGui::InvisibleButton(imgui_id(text, oid).c_str(), size);
        bool on = static_cast<int>(i) == selected;
        bool hovered = ImGui::IsItemHovered();
        ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImDrawFlags corners = stacked ? (i == 0 ? ImDrawFlags_RoundCornersTop
                                         : i + 1 == options.size() ? ImDrawFlags_RoundCornersBottom
                                                                   : ImDrawFlags_RoundCornersNone)
                              : i == 0 ? ImDrawFlags_RoundCornersLeft
                              : i + 1 == options.size() ? ImDrawFlags_RoundCornersRight
                                                        : ImDrawFlags_RoundCornersNone;
        dl->AddRectFilled(a, b, col(on ? ui.pal.accent : hovered ? ui.pal.surface_alt : ui.pal.surface),
                          s.FrameRounding, corners);
        dl->AddRect(a, b, col(ui.pal.accent), s.FrameRounding, corners, 1.5f);
        dl->AddText(ui.fonts.bold, ImGui::GetFontSize(), ImVec2(a.x + (size.x - ts.x) * 0.5f, a.y + (size.y - ts.y) * 0.5f),
                    col(on ? ui.pal.accent_text : ui.pal.accent), text.c_str(), nullptr, wrap);
        SemanticNode n;
        n.id = oid;
        n.role = Role::radio;
        n.label = text;
        n.state = on ? state_checked : state_none;
        if (i < option_langs.size()) n.lang = option_langs[i];
        finish_node(ui, ui.tree.add(std::move(n)));
        if (pressed || ui.take_action(oid)) chosen = static_cast<int>(i);
    }
    ImGui::PopFont();
    end_group(ui);
    return chosen;
}

bool icon_home_button(Ui& ui, const std::string& id, const std::string& label) {
    float size = 44.0f * (ImGui::GetFontSize() / FontSizes::body);
    bool pressed = ImGui::InvisibleButton(imgui_id(label, id).c_str(), ImVec2(size, size));
    bool hovered = ImGui::IsItemHovered();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (hovered) dl->AddRectFilled(a, b, col(ui.pal.surface_alt), ImGui::GetStyle().FrameRounding);
    // A house: roof and body, drawn so that no icon font is needed.
    float cx = (a.x + b.x) * 0.5f, u = size / 44.0f;
    ImU32 c = col(ui.pal.accent);
    dl->AddTriangleFilled(ImVec2(cx, a.y + 10 * u), ImVec2(cx - 13 * u, a.y + 22 * u), ImVec2(cx + 13 * u, a.y + 22 * u), c);
    dl->AddRectFilled(ImVec2(cx - 9 * u, a.y + 21 * u), ImVec2(cx + 9 * u, a.y + 34 * u), c);
    dl->AddRectFilled(ImVec2(cx - 3 * u, a.y + 26 * u), ImVec2(cx + 3 * u, a.y + 34 * u), col(ui.pal.surface));
    SemanticNode n;
    n.id = id;
    n.role = Role::button;
    n.label = label;
    finish_node(ui, ui.tree.add(std::move(n)));
    return pressed || ui.take_action(id);
}

float button_width(Ui& ui, const std::string& label) {
    ImGui::PushFont(ui.fonts.bold);
    float w = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PopFont();
    return w;
}

void same_line_if_fits(float next_width) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    float right = w->DC.TextWrapPos > 0 ? w->Pos.x - w->Scroll.x + w->DC.TextWrapPos : w->WorkRect.Max.x;
    float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (x + next_width <= right + 0.5f) ImGui::SameLine();
}

void separator(Ui& ui) {
    // A rule as wide as the content column (ImGui's own separator spans the whole window).
    ImVec2 p = ImGui::GetCursorScreenPos();
    float w = column_width();
    ImGui::Dummy(ImVec2(w, 1.0f));
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + w, p.y), col(ui.pal.border), 1.0f);
}

void vspace(float css_px) { ImGui::Dummy(ImVec2(1, css_px)); }

}  // namespace otbasy::ui
