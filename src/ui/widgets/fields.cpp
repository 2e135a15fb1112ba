// Fields, rich text, cards, tables and charts of the semantic widget layer. Layer: ui.
#include <algorithm>
#include <cmath>
#include <cstring>

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/widgets/widgets.hpp"
#include "ui/widgets/draw.hpp"

namespace otbasy::ui {
namespace {

using draw::col;
using draw::record_rect;

const char* mode_name(InputMode m) {
    switch (m) {
        case InputMode::text: return "text";
        case InputMode::decimal: return "decimal";
        case InputMode::numeric: return "numeric";
        case InputMode::date: return "date";
    }
    return "text";
}

// Characters (code points) in UTF-8 text, and cutting it to at most `n` of them on a character boundary.
std::size_t utf8_length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

void limit_utf8(std::string& s, std::size_t n) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && count++ == n) {
            s.resize(i);
            return;
        }
    }
}

// A line under a field (its error, its length note), wrapped in the column, with its node in the semantic tree.
void field_note(Ui& ui, const std::string& id, Role role, const std::string& text, ImFont* font, const ImVec4& color) {
    if (font) ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width());
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
    SemanticNode n;
    n.id = id;
    n.role = role;
    n.label = text;
    record_rect(n);
    ui.tree.add(std::move(n));
}

}  // namespace

float column_width() {
    // From the cursor (which moves right with Indent) to the wrap position the App or a card pushed.
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    if (w->DC.TextWrapPos > 0) return std::max(40.0f, w->DC.TextWrapPos - ImGui::GetCursorPosX());
    return ImGui::GetContentRegionAvail().x;
}

int default_max_length(InputMode mode) { return mode == InputMode::text ? 256 : 32; }

bool text_field(Ui& ui, const std::string& id, const std::string& label, std::string& text, InputMode mode,
                const std::string& error, const std::string& hint, int max_length) {
    const ImGuiStyle& s = ImGui::GetStyle();
    const std::size_t max_chars = static_cast<std::size_t>(max_length > 0 ? max_length : default_max_length(mode));
    const float top = ImGui::GetCursorScreenPos().y;  // the label's top: revealing a field shows its label too
    float width = std::min(column_width(), 420.0f * (ImGui::GetFontSize() / FontSizes::body));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width());
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    // A date field says its format, the one its <input> reads, wherever it is.
    const std::string shown_hint = mode != InputMode::date ? hint
                                   : hint.empty()          ? ui.t("input.date_format")
                                                           : hint + " " + ui.t("input.date_format");
    if (!shown_hint.empty()) {
        ImGui::PushFont(ui.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.pal.text_muted);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width());
        ImGui::TextUnformatted(shown_hint.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    float h = std::max(48.0f * (ImGui::GetFontSize() / FontSizes::body), ImGui::GetFontSize() + s.FramePadding.y * 2);
    bool pressed = ImGui::InvisibleButton(("###" + id).c_str(), ImVec2(width, h));
    bool editing = ui.state.editing == id;
    const bool focused = ImGui::IsItemFocused();
    bool activate = pressed || (focused && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) ||
                                            ImGui::IsKeyPressed(ImGuiKey_Space, false)));
    // Typing into the focused field starts editing it with what was typed (not only Enter or Space).
    std::string typed;
    if (focused && !editing && !ImGui::IsKeyPressed(ImGuiKey_Space, false)) {
        for (ImWchar c : ImGui::GetIO().InputQueueCharacters) {
            if (c < 0x20 || c == 0x7F) continue;
            char buf[5] = {0};
            ImTextCharToUtf8(buf, c);
            typed += buf;
        }
    }
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();

    bool changed = false;
    std::string v;
    if (ui.take_action(id, &v)) {
        limit_utf8(v, max_chars);
        ui.state.touched.insert(id);
        if (v != text) {
            text = std::move(v);
            changed = true;
        }
    }
    if (!typed.empty()) {
        text += typed;
        limit_utf8(text, max_chars);
        changed = true;
        activate = true;
    }
    if (activate && !editing) {
        ui.state.editing = id;
        ui.state.reveal_editing = true;
        editing = true;
    }
    if (ui.state.reveal_field == id) {  // the error summary's link: scroll here and edit
        ui.state.reveal_field.clear();
        ui.state.editing = id;
        ui.state.reveal_editing = true;
        editing = true;
    }

    const bool at_limit = utf8_length(text) >= max_chars;
    // An error is the person's to see once they have changed or left the field, never while they type in it.
    const bool show_error = !error.empty() && !editing && ui.state.touched.count(id) > 0;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, col(ui.pal.surface), s.FrameRounding);
    dl->AddRect(a, b, col(show_error ? ui.pal.danger : editing ? ui.pal.accent : ui.pal.control_border), s.FrameRounding, 0,
                show_error || editing ? 2.0f : 1.0f);
    if (!editing) {
        // While the platform's <input> is over the field, it shows the text; otherwise the canvas does: only the
        // part that fits (the first line), so a long value costs no more to draw than a short one.
        ImFont* font = ImGui::GetFont();
        const float fs = ImGui::GetFontSize(), inner = width - s.FramePadding.x * 2;
        const char* begin = text.c_str();
        const char* end = begin + text.size();
        if (const char* nl = static_cast<const char*>(std::memchr(begin, '\n', text.size()))) end = nl;
        const char* shown_end = end;
        font->CalcTextSizeA(fs, inner, 0.0f, begin, end, &shown_end);
        ImGui::PushClipRect(a, b, true);
        dl->AddText(font, fs, ImVec2(a.x + s.FramePadding.x, a.y + (h - fs) * 0.5f), col(ui.pal.text), begin,
                    shown_end);
        ImGui::PopClipRect();
    }

    SemanticNode n;
    n.id = id;
    n.role = Role::textbox;
    n.label = label;
    n.value = text;
    n.description = show_error ? error : shown_hint;
    if (show_error) n.state |= state_invalid;
    n.input_mode = mode_name(mode);
    n.max_length = static_cast<int>(max_chars);
    record_rect(n);
    ui.tree.add(std::move(n));

    if (editing) {
        Effect e = Effect::of(Effect::Kind::edit_text, text);
        e.target = id;
        e.x = a.x;
        e.y = a.y;
        e.w = b.x - a.x;
        e.h = b.y - a.y;
        e.input_mode = mode_name(mode);
        e.max_length = static_cast<int>(max_chars);
        ui.state.effects.push_back(std::move(e));
    }
    if (show_error) {
        field_note(ui, id + ".error", Role::alert, error, nullptr, ui.pal.danger);
        ui.state.field_errors.push_back({id, label, error});
    }
    if (at_limit) {
        std::string note = ui.t("input.max_length");
        const std::string ph = "{n}";
        if (auto at = note.find(ph); at != std::string::npos) note.replace(at, ph.size(), std::to_string(max_chars));
        field_note(ui, id + ".limit", Role::status, note, ui.fonts.small, ui.pal.text_muted);
    }

    // Keep the field in sight: when editing starts, when an on-screen keyboard or a resize shrinks what can be seen,
    // and when the error summary sends the person here.
    if (editing && ui.state.reveal_editing) {
        ui.state.reveal_editing = false;
        ImGuiWindow* w = ImGui::GetCurrentWindow();
        const float margin = 12.0f;
        const float bottom = ImGui::GetCursorScreenPos().y;  // below the error or the note
        const float view_top = std::max(w->InnerRect.Min.y, ui.state.visible_top) + margin;
        const float view_bottom = std::min(w->InnerRect.Max.y, ui.state.visible_bottom) - margin;
        float delta = 0.0f;
        if (bottom - top <= view_bottom - view_top) {
            if (bottom > view_bottom) delta = bottom - view_bottom;
            else if (top < view_top) delta = top - view_top;
        } else {  // taller than what can be seen: at least the box itself
            if (b.y > view_bottom) delta = b.y - view_bottom;
            else if (a.y < view_top) delta = a.y - view_top;
        }
        if (delta != 0.0f && view_bottom > view_top) {
            ImGui::SetScrollY(w, std::max(0.0f, w->Scroll.y + delta));
            ui.state.frames_requested = std::max(ui.state.frames_requested, 2);
        }
    }
    return changed;
}

void error_summary(Ui& ui, const std::string& id, const std::string& fill_in) {
    const auto& errors = ui.state.field_errors;
    if (errors.empty()) {
        notice(ui, id, fill_in, Tone::info);
        return;
    }
    const ImGuiStyle& s = ImGui::GetStyle();
    const float width = column_width();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);  // the box is drawn under its contents once their height is known
    dl->ChannelsSetCurrent(1);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Indent(s.FramePadding.x + 6);
    ImGui::Dummy(ImVec2(1, s.FramePadding.y * 0.5f));
    begin_group(ui, id, Role::alert, ui.t("input.summary_title"));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - s.FramePadding.x * 2 - 6);
    ImGui::TextUnformatted(ui.t("input.summary_title").c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    // Copied: pressing a link changes the state the list came from.
    const std::vector<FieldError> list = errors;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string text = list[i].label + ": " + list[i].message;
        const float wrap = width - s.FramePadding.x * 2 - 6;
        ImVec2 ts = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
        const std::string lid = id + "." + list[i].id;
        bool hit = ImGui::InvisibleButton(("###" + lid).c_str(), ImVec2(wrap, std::max(ts.y + 8, 32.0f)));
        ImVec2 la = ImGui::GetItemRectMin();
        ImDrawList* ldl = ImGui::GetWindowDrawList();
        ldl->AddText(ui.fonts.body, ImGui::GetFontSize(), ImVec2(la.x, la.y + 4), col(ui.pal.danger), text.c_str(),
                     nullptr, wrap);
        const float uy = la.y + 5 + ImGui::GetFontSize();  // the first line underlined: it is a link
        ldl->AddLine(ImVec2(la.x, uy), ImVec2(la.x + std::min(ts.x, wrap), uy), col(ui.pal.danger), 1.0f);
        SemanticNode n;
        n.id = lid;
        n.role = Role::link;
        n.label = text;
        n.value = "#" + list[i].id;
        record_rect(n);
        ui.tree.add(std::move(n));
        if (hit || ui.take_action(lid)) ui.state.reveal_field = list[i].id;
    }
    end_group(ui);
    ImGui::Dummy(ImVec2(1, s.FramePadding.y * 0.5f));
    ImGui::Unindent(s.FramePadding.x + 6);
    const ImVec2 b(a.x + width, ImGui::GetCursorScreenPos().y - s.ItemSpacing.y + s.FramePadding.y * 0.5f);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(a, b, col(ui.pal.danger_soft), s.FrameRounding);
    dl->AddRectFilled(a, ImVec2(a.x + 5, b.y), col(ui.pal.danger), s.FrameRounding, ImDrawFlags_RoundCornersLeft);
    dl->ChannelsMerge();
    if (!ui.state.reveal_field.empty()) ui.state.frames_requested = std::max(ui.state.frames_requested, 2);
}

bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool& checked) {
    const ImGuiStyle& s = ImGui::GetStyle();
    float box = ImGui::GetFontSize() * 1.3f;
    float inner = column_width() - box - s.ItemInnerSpacing.x;
    ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, inner);
    // A whole row is the target, at least 44 px tall (a comfortable touch target); box and text centred in it.
    float h = std::max(std::max(box, ts.y) + 8, 44.0f * (ImGui::GetFontSize() / FontSizes::body));
    bool pressed = ImGui::InvisibleButton(("###" + id).c_str(), ImVec2(column_width(), h));
    ImVec2 a = ImGui::GetItemRectMin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float top = a.y + (h - std::max(box, ts.y)) * 0.5f;
    ImVec2 ba(a.x, top), bb(a.x + box, top + box);
    dl->AddRectFilled(ba, bb, col(checked ? ui.pal.accent : ui.pal.surface), 5);
    dl->AddRect(ba, bb, col(checked ? ui.pal.accent : ui.pal.text_muted), 5, 0, 2);
    if (checked) {
        ImVec2 p1(ba.x + box * 0.22f, ba.y + box * 0.52f), p2(ba.x + box * 0.42f, ba.y + box * 0.72f),
            p3(ba.x + box * 0.78f, ba.y + box * 0.3f);
        dl->AddLine(p1, p2, col(ui.pal.accent_text), 2.5f);
        dl->AddLine(p2, p3, col(ui.pal.accent_text), 2.5f);
    }
    dl->AddText(ui.fonts.body, ImGui::GetFontSize(), ImVec2(bb.x + s.ItemInnerSpacing.x, top),
                col(checked ? ui.pal.text_muted : ui.pal.text), label.c_str(), nullptr, inner);
    SemanticNode n;
    n.id = id;
    n.role = Role::checkbox;
    n.label = label;
    if (checked) n.state |= state_checked;
    record_rect(n);
    ui.tree.add(std::move(n));
    if (pressed || ui.take_action(id)) {
        checked = !checked;
        return true;
    }
    return false;
}

bool begin_card_popup(Ui& ui, const std::string& id, const std::string& title) {
    if (ui.state.open_popup != id) return false;
    ImGuiIO& io = ImGui::GetIO();
    float w = std::min(io.DisplaySize.x - 24.0f, 560.0f);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, io.DisplaySize.y - 40));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ui.pal.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 18));
    ImGui::Begin(("###card." + id).c_str(), nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
    ImGui::SetWindowFocus();
    begin_group(ui, "card." + id, Role::dialog, title);
    ImGui::PushItemWidth(w - 40);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - 40);
    heading(ui, "card." + id + ".title", title, 2);
    return true;
}

void end_card_popup(Ui& ui) {
    vspace(4);
    bool close = button(ui, "card.close", ui.t("common.close"), ButtonKind::secondary);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) close = true;
    // A press outside the card closes it too.
    if (ImGui::IsMouseClicked(0) && !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) close = true;
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    end_group(ui);
    ImGui::End();
    if (close) ui.state.open_popup.clear();
}

bool disclosure(Ui& ui, const std::string& id, const std::string& label, bool default_open) {
    ImGuiStorage* st = ImGui::GetStateStorage();
    ImGuiID key = ImGui::GetID(("disclosure." + id).c_str());
    bool open = st->GetBool(key, default_open);
    const ImGuiStyle& s = ImGui::GetStyle();
    ImGui::PushFont(ui.fonts.bold);
    float width = column_width();
    ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, width - 40);
    float h = std::max(44.0f, ts.y + s.FramePadding.y * 2);
    bool pressed = ImGui::InvisibleButton(("###" + id).c_str(), ImVec2(width, h));
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered()) dl->AddRectFilled(a, b, col(ui.pal.surface_alt), s.FrameRounding);
    // A chevron drawn as a triangle: right when closed, down when open.
    float cy = a.y + h * 0.5f, cx = a.x + 14, r = 6;
    if (open)
        dl->AddTriangleFilled(ImVec2(cx - r, cy - r * 0.6f), ImVec2(cx + r, cy - r * 0.6f), ImVec2(cx, cy + r * 0.7f),
                              col(ui.pal.accent));
    else
        dl->AddTriangleFilled(ImVec2(cx - r * 0.6f, cy - r), ImVec2(cx - r * 0.6f, cy + r), ImVec2(cx + r * 0.7f, cy),
                              col(ui.pal.accent));
    dl->AddText(ui.fonts.bold, ImGui::GetFontSize(), ImVec2(a.x + 30, a.y + (h - ts.y) * 0.5f), col(ui.pal.accent),
                label.c_str(), nullptr, width - 40);
    ImGui::PopFont();
    SemanticNode n;
    n.id = id;
    n.role = Role::button;
    n.label = label;
    n.state |= open ? state_expanded : state_collapsed;
    record_rect(n);
    ui.tree.add(std::move(n));
    if (pressed || ui.take_action(id)) {
        open = !open;
        st->SetBool(key, open);
    }
    return open;
}

namespace {

// The widest word of a text (words end at ordinary spaces; an amount such as "100 000,00 ₸" is written with
// no-break spaces and so is one word): a column narrower than this would break a word letter by letter.
float widest_word(const std::string& text) {
    float w = 0;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::size_t j = text.find(' ', i);
        if (j == std::string::npos) j = text.size();
        if (j > i) w = std::max(w, ImGui::CalcTextSize(text.c_str() + i, text.c_str() + j).x);
        i = j + 1;
    }
    return w;
}

SemanticNode cell_node(const std::string& id, Role role, const std::string& text) {
    SemanticNode n;
    n.id = id;
    n.role = role;
    n.label = text;
    record_rect(n);
    return n;
}

// Narrow screens: each row is a card, its first cell the title and every other cell a line "column: value".
void table_cards(Ui& ui, const std::string& id, const std::vector<TableColumn>& columns,
                 const std::vector<std::vector<std::string>>& rows, int highlight_last_rows) {
    const ImGuiStyle& s = ImGui::GetStyle();
    const float width = column_width(), pad = s.FramePadding.x, inner = width - pad * 2;
    const float gap = s.ItemInnerSpacing.x, line_gap = s.ItemInnerSpacing.y * 0.5f;
    const bool titled = !columns.empty() && !columns[0].numeric;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const bool strong = static_cast<int>(rows.size() - r) <= highlight_last_rows;
        SemanticNode row;
        row.id = id + ".r" + std::to_string(r);
        row.role = Role::row;
        ui.tree.push(ui.tree.add(std::move(row)));
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        const ImVec2 a = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(a.x + pad, a.y + s.FramePadding.y));
        for (std::size_t c = 0; c < columns.size() && c < rows[r].size(); ++c) {
            const std::string& text = rows[r][c];
            const std::string cid = id + ".r" + std::to_string(r) + "." + std::to_string(c);
            const float x = a.x + pad;
            if (c == 0 && titled) {
                ImGui::PushFont(ui.fonts.bold);
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
                ImGui::TextUnformatted(text.c_str());
                ImGui::PopTextWrapPos();
                ImGui::PopFont();
                ui.tree.add(cell_node(cid, Role::cell, text));
                continue;
            }
            if (text.empty()) {
                ui.tree.add(cell_node(cid, Role::cell, text));
                continue;
            }
            // The column's name on the left (wrapping by words), the value on the right; the value goes under the
            // name when both do not fit side by side.
            ImGui::PushFont(strong ? ui.fonts.bold : ui.fonts.body);
            const ImVec2 vs = ImGui::CalcTextSize(text.c_str(), nullptr, false, inner);
            ImGui::PopFont();
            const float label_w = std::max(inner * 0.45f, inner - vs.x - gap);
            ImGui::PushFont(ui.fonts.small);
            const ImVec2 ls = ImGui::CalcTextSize(columns[c].header.c_str(), nullptr, false, label_w);
            ImGui::PopFont();
            const bool beside = vs.x + gap + std::min(ls.x, label_w) <= inner;
            const float y = ImGui::GetCursorScreenPos().y;
            const float h = beside ? std::max(ls.y, vs.y) : ls.y + line_gap + vs.y;
            ImGui::Dummy(ImVec2(inner, h));
            // Beside the value, the smaller label shares its baseline (ascent is about 0.785 of Noto Sans's size).
            const float small_size = ImGui::GetFontSize() * FontSizes::small / FontSizes::body;
            const float ly = beside ? y + (ImGui::GetFontSize() - small_size) * 0.785f : y;
            dl->AddText(ui.fonts.small, small_size, ImVec2(x, ly), col(ui.pal.text_muted), columns[c].header.c_str(),
                        nullptr, label_w);
            const float vx = beside ? x + inner - vs.x : (columns[c].numeric ? x + inner - vs.x : x);
            const float vy = beside ? y : y + ls.y + line_gap;
            dl->AddText(strong ? ui.fonts.bold : ui.fonts.body, ImGui::GetFontSize(), ImVec2(vx, vy), col(ui.pal.text),
                        text.c_str(), nullptr, inner);
            ui.tree.add(cell_node(cid, Role::cell, text));
        }
        const ImVec2 b(a.x + width, ImGui::GetCursorScreenPos().y - s.ItemSpacing.y + s.FramePadding.y);
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(a, b, col(strong ? ui.pal.surface_alt : ui.pal.surface), s.FrameRounding);
        dl->AddRect(a, b, col(ui.pal.border), s.FrameRounding, 0, 1.0f);
        dl->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(a.x, b.y + s.ItemSpacing.y * 0.5f));
        ImGui::Dummy(ImVec2(width, 0));
        ui.tree.pop();
    }
}

}  // namespace

void table(Ui& ui, const std::string& id, const std::string& label, const std::vector<TableColumn>& columns,
           const std::vector<std::vector<std::string>>& rows, int highlight_last_rows) {
    begin_group(ui, id, Role::table, label);
    const ImVec2 cell_pad(8, 6);
    const std::size_t n = columns.size();
    const float width = column_width();
    // Each column at least as wide as its widest word (headers and cells, in bold: the upper bound), at most as
    // wide as its longest text; the space left goes to the columns that would wrap.
    std::vector<float> min_w(n, 0.0f), want_w(n, 0.0f);
    ImGui::PushFont(ui.fonts.bold);
    for (std::size_t c = 0; c < n; ++c) {
        min_w[c] = widest_word(columns[c].header);
        want_w[c] = ImGui::CalcTextSize(columns[c].header.c_str()).x;
        for (const auto& row : rows) {
            if (c >= row.size()) continue;
            min_w[c] = std::max(min_w[c], widest_word(row[c]));
            want_w[c] = std::max(want_w[c], ImGui::CalcTextSize(row[c].c_str()).x);
        }
        min_w[c] = std::ceil(min_w[c]) + 1;
        want_w[c] = std::max(min_w[c], std::ceil(want_w[c]) + 1);
    }
    ImGui::PopFont();
    const float chrome = static_cast<float>(n) * cell_pad.x * 2 + static_cast<float>(n + 1);
    float min_total = chrome;
    for (float w : min_w) min_total += w;
    // Under about 480 px, or when the columns cannot fit without breaking words: rows as cards.
    if (n > 1 && (width < 480.0f || min_total > width)) {
        // The column headers are still in the semantic tree, for screen readers.
        SemanticNode hr;
        hr.id = id + ".head";
        hr.role = Role::row;
        ui.tree.push(ui.tree.add(std::move(hr)));
        for (std::size_t c = 0; c < n; ++c) {
            SemanticNode h;
            h.id = id + ".head." + std::to_string(c);
            h.role = Role::columnheader;
            h.label = columns[c].header;
            ui.tree.add(std::move(h));
        }
        ui.tree.pop();
        table_cards(ui, id, columns, rows, highlight_last_rows);
        end_group(ui);
        return;
    }
    std::vector<float> w = min_w;
    float spare = width - min_total;
    float growth = 0;
    for (std::size_t c = 0; c < n; ++c) growth += want_w[c] - min_w[c];
    for (std::size_t c = 0; c < n && growth > 0; ++c) w[c] += std::min(want_w[c] - min_w[c], spare * (want_w[c] - min_w[c]) / growth);
    float used = chrome;
    for (float x : w) used += x;
    // What is still left goes to the text (non-numeric) columns, so the table spans the column.
    std::size_t text_columns = 0;
    for (const auto& c : columns) text_columns += c.numeric ? 0 : 1;
    for (std::size_t c = 0; c < n; ++c)
        if (width - used > 0 && (!columns[c].numeric || text_columns == 0))
            w[c] += std::floor((width - used) / static_cast<float>(text_columns ? text_columns : n));

    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoHostExtendX |
                                  ImGuiTableFlags_PadOuterX;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, cell_pad);
    if (ImGui::BeginTable(("###t." + id).c_str(), static_cast<int>(n), flags, ImVec2(width, 0))) {
        for (std::size_t c = 0; c < n; ++c)
            ImGui::TableSetupColumn(columns[c].header.c_str(), ImGuiTableColumnFlags_WidthFixed, w[c]);
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        SemanticNode hr;
        hr.id = id + ".head";
        hr.role = Role::row;
        ui.tree.push(ui.tree.add(std::move(hr)));
        for (std::size_t c = 0; c < n; ++c) {
            ImGui::TableSetColumnIndex(static_cast<int>(c));
            // Over numbers the header sits on the right, as the numbers do (when it fits on one line).
            const float hw = ImGui::CalcTextSize(columns[c].header.c_str()).x, avail = ImGui::GetContentRegionAvail().x;
            if (columns[c].numeric && hw < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - hw);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(columns[c].header.c_str());
            ImGui::PopTextWrapPos();
            ui.tree.add(cell_node(id + ".head." + std::to_string(c), Role::columnheader, columns[c].header));
        }
        ui.tree.pop();
        ImGui::PopFont();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            bool strong = static_cast<int>(rows.size() - r) <= highlight_last_rows;
            ImGui::TableNextRow();
            SemanticNode row;
            row.id = id + ".r" + std::to_string(r);
            row.role = Role::row;
            ui.tree.push(ui.tree.add(std::move(row)));
            if (strong) ImGui::PushFont(ui.fonts.bold);
            for (std::size_t c = 0; c < n && c < rows[r].size(); ++c) {
                ImGui::TableSetColumnIndex(static_cast<int>(c));
                const std::string& text = rows[r][c];
                float tw = ImGui::CalcTextSize(text.c_str()).x, avail = ImGui::GetContentRegionAvail().x;
                if (columns[c].numeric && tw < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - tw);
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextUnformatted(text.c_str());
                ImGui::PopTextWrapPos();
                ui.tree.add(cell_node(id + ".r" + std::to_string(r) + "." + std::to_string(c), Role::cell, text));
            }
            if (strong) ImGui::PopFont();
            ui.tree.pop();
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    end_group(ui);
}

void bar_chart(Ui& ui, const std::string& id, const std::string& summary, const std::vector<Bar>& bars, float height) {
    float width = column_width();
    ImGui::Dummy(ImVec2(width, height + 40));
    ImVec2 a = ImGui::GetItemRectMin();
    SemanticNode n;
    n.id = id;
    n.role = Role::image;
    n.label = summary;
    record_rect(n);
    ui.tree.add(std::move(n));
    if (bars.empty()) return;
    double top = 0;
    for (const auto& b : bars) top = std::max(top, b.value);
    if (top <= 0) top = 1;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float base_y = a.y + height;
    dl->AddLine(ImVec2(a.x, base_y), ImVec2(a.x + width, base_y), col(ui.pal.border), 1.0f);
    float slot = width / static_cast<float>(bars.size());
    float bw = std::max(2.0f, std::min(48.0f, slot * 0.7f));
    // Show every label only when they fit; otherwise about eight evenly spaced ones.
    ImGui::PushFont(ui.fonts.small);
    float label_w = ImGui::CalcTextSize("0000-00").x + 6;
    std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(label_w / slot)));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        float h = static_cast<float>(bars[i].value / top) * (height - 24);
        float cx = a.x + slot * (static_cast<float>(i) + 0.5f);
        dl->AddRectFilled(ImVec2(cx - bw * 0.5f, base_y - h), ImVec2(cx + bw * 0.5f, base_y), col(ui.pal.accent), 3,
                          ImDrawFlags_RoundCornersTop);
        if (bars.size() <= 8 && !bars[i].value_text.empty()) {
            ImVec2 ts = ImGui::CalcTextSize(bars[i].value_text.c_str());
            dl->AddText(ImVec2(cx - ts.x * 0.5f, base_y - h - ts.y - 2), col(ui.pal.text_muted),
                        bars[i].value_text.c_str());
        }
        if (i % every == 0) {
            ImVec2 ts = ImGui::CalcTextSize(bars[i].label.c_str());
            dl->AddText(ImVec2(cx - ts.x * 0.5f, base_y + 6), col(ui.pal.text_muted), bars[i].label.c_str());
        }
    }
    ImGui::PopFont();
}

void notice(Ui& ui, const std::string& id, const std::string& text, Tone tone, bool live) {
    const ImGuiStyle& s = ImGui::GetStyle();
    ImVec4 edge = tone == Tone::error ? ui.pal.danger : tone == Tone::warning ? ui.pal.focus
                  : tone == Tone::success ? ui.pal.success : ui.pal.accent;
    ImVec4 fill = tone == Tone::error ? ui.pal.danger_soft : ui.pal.surface_alt;
    float width = column_width(), pad = s.FramePadding.x;
    ImVec2 ts = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - pad * 2 - 6);
    ImGui::Dummy(ImVec2(width, ts.y + s.FramePadding.y * 2));
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, col(fill), s.FrameRounding);
    dl->AddRectFilled(a, ImVec2(a.x + 5, b.y), col(edge), s.FrameRounding, ImDrawFlags_RoundCornersLeft);
    dl->AddText(ui.fonts.body, ImGui::GetFontSize(), ImVec2(a.x + pad + 6, a.y + s.FramePadding.y), col(ui.pal.text),
                text.c_str(), nullptr, width - pad * 2 - 6);
    SemanticNode n;
    n.id = id;
    n.role = tone == Tone::error ? Role::alert : live ? Role::status : Role::note;
    n.label = text;
    record_rect(n);
    ui.tree.add(std::move(n));
}

}  // namespace otbasy::ui
