// Fields, rich text, cards, tables and charts of the semantic widget layer. Layer: ui.
#include <algorithm>
#include <cmath>

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

}  // namespace

float column_width() {
    // From the cursor (which moves right with Indent) to the wrap position the App or a card pushed.
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    if (w->DC.TextWrapPos > 0) return std::max(40.0f, w->DC.TextWrapPos - ImGui::GetCursorPosX());
    return ImGui::GetContentRegionAvail().x;
}

bool text_field(Ui& ui, const std::string& id, const std::string& label, std::string& text, InputMode mode,
                const std::string& error, const std::string& hint) {
    const ImGuiStyle& s = ImGui::GetStyle();
    float width = std::min(column_width(), 420.0f * (ImGui::GetFontSize() / FontSizes::body));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width());
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    if (!hint.empty()) {
        ImGui::PushFont(ui.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.pal.text_muted);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width());
        ImGui::TextUnformatted(hint.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    float h = std::max(48.0f * (ImGui::GetFontSize() / FontSizes::body), ImGui::GetFontSize() + s.FramePadding.y * 2);
    bool pressed = ImGui::InvisibleButton(("###" + id).c_str(), ImVec2(width, h));
    bool editing = ui.state.editing == id;
    bool activate = pressed || (ImGui::IsItemFocused() && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) ||
                                                           ImGui::IsKeyPressed(ImGuiKey_Space, false)));
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool invalid = !error.empty();
    dl->AddRectFilled(a, b, col(ui.pal.surface), s.FrameRounding);
    dl->AddRect(a, b, col(invalid ? ui.pal.danger : editing ? ui.pal.accent : ui.pal.control_border), s.FrameRounding, 0,
                invalid || editing ? 2.0f : 1.0f);
    if (!editing) {
        // While the platform's <input> is over the field, it shows the text; otherwise the canvas does.
        ImGui::PushClipRect(a, b, true);
        dl->AddText(ImVec2(a.x + s.FramePadding.x, a.y + (h - ImGui::GetFontSize()) * 0.5f), col(ui.pal.text),
                    text.c_str());
        ImGui::PopClipRect();
    }

    SemanticNode n;
    n.id = id;
    n.role = Role::textbox;
    n.label = label;
    n.value = text;
    n.description = invalid ? error : hint;
    if (invalid) n.state |= state_invalid;
    record_rect(n);
    ui.tree.add(std::move(n));

    bool changed = false;
    std::string v;
    if (ui.take_action(id, &v) && v != text) {
        text = v;
        changed = true;
    }
    if (activate && !editing) {
        ui.state.editing = id;
        editing = true;
    }
    if (editing) {
        Effect e = Effect::of(Effect::Kind::edit_text, text);
        e.target = id;
        e.x = a.x;
        e.y = a.y;
        e.w = b.x - a.x;
        e.h = b.y - a.y;
        e.input_mode = mode_name(mode);
        ui.state.effects.push_back(std::move(e));
    }
    if (invalid) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui.pal.danger);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width());
        ImGui::TextUnformatted(error.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        SemanticNode e;
        e.id = id + ".error";
        e.role = Role::alert;
        e.label = error;
        record_rect(e);
        ui.tree.add(std::move(e));
    }
    return changed;
}

bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool& checked) {
    const ImGuiStyle& s = ImGui::GetStyle();
    float box = ImGui::GetFontSize() * 1.3f;
    float inner = column_width() - box - s.ItemInnerSpacing.x;
    ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, inner);
    float h = std::max(box, ts.y) + 8;
    bool pressed = ImGui::InvisibleButton(("###" + id).c_str(), ImVec2(column_width(), h));
    ImVec2 a = ImGui::GetItemRectMin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 ba(a.x, a.y + 4), bb(a.x + box, a.y + 4 + box);
    dl->AddRectFilled(ba, bb, col(checked ? ui.pal.accent : ui.pal.surface), 5);
    dl->AddRect(ba, bb, col(checked ? ui.pal.accent : ui.pal.text_muted), 5, 0, 2);
    if (checked) {
        ImVec2 p1(ba.x + box * 0.22f, ba.y + box * 0.52f), p2(ba.x + box * 0.42f, ba.y + box * 0.72f),
            p3(ba.x + box * 0.78f, ba.y + box * 0.3f);
        dl->AddLine(p1, p2, col(ui.pal.accent_text), 2.5f);
        dl->AddLine(p2, p3, col(ui.pal.accent_text), 2.5f);
    }
    dl->AddText(ui.fonts.body, ImGui::GetFontSize(), ImVec2(bb.x + s.ItemInnerSpacing.x, a.y + 4),
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

void table(Ui& ui, const std::string& id, const std::string& label, const std::vector<TableColumn>& columns,
           const std::vector<std::vector<std::string>>& rows, int highlight_last_rows) {
    begin_group(ui, id, Role::table, label);
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_PadOuterX;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(8, 6));
    if (ImGui::BeginTable(("###t." + id).c_str(), static_cast<int>(columns.size()), flags, ImVec2(column_width(), 0))) {
        for (const auto& c : columns)
            ImGui::TableSetupColumn(c.header.c_str(), c.numeric ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthStretch);
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        SemanticNode hr;
        hr.id = id + ".head";
        hr.role = Role::row;
        ui.tree.push(ui.tree.add(std::move(hr)));
        for (std::size_t c = 0; c < columns.size(); ++c) {
            ImGui::TableSetColumnIndex(static_cast<int>(c));
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(columns[c].header.c_str());
            ImGui::PopTextWrapPos();
            SemanticNode cell;
            cell.id = id + ".head." + std::to_string(c);
            cell.role = Role::columnheader;
            cell.label = columns[c].header;
            ui.tree.add(std::move(cell));
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
            for (std::size_t c = 0; c < columns.size() && c < rows[r].size(); ++c) {
                ImGui::TableSetColumnIndex(static_cast<int>(c));
                const std::string& text = rows[r][c];
                if (columns[c].numeric) {
                    float w = ImGui::CalcTextSize(text.c_str()).x, avail = ImGui::GetContentRegionAvail().x;
                    if (w < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
                    ImGui::TextUnformatted(text.c_str());
                } else {
                    ImGui::PushTextWrapPos(0.0f);
                    ImGui::TextUnformatted(text.c_str());
                    ImGui::PopTextWrapPos();
                }
                SemanticNode cell;
                cell.id = id + ".r" + std::to_string(r) + "." + std::to_string(c);
                cell.role = Role::cell;
                cell.label = text;
                ui.tree.add(std::move(cell));
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
