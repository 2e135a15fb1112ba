// Rich text of the semantic widget layer: words that flow and wrap, with glossary terms underlined as one run and
// pressable on every line they cover. Layer: ui.
//
// The semantic node holds the whole text exactly as drawn (its label); each term is a child link node whose `at` is
// its offset in that text, in order, so the accessible mirror can rebuild the paragraph as text with inline links.
#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/widgets/draw.hpp"
#include "ui/widgets/widgets.hpp"

namespace otbasy::ui {
namespace {

using draw::col;

// Splits text into words, keeping the spaces that follow each word with it.
std::vector<std::string> words_of(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string::npos) {
            out.push_back(s.substr(i));
            break;
        }
        out.push_back(s.substr(i, j - i + 1));
        i = j + 1;
    }
    return out;
}

// One line's piece of a term: where it is drawn (screen px).
struct Segment {
    float x0, x1, y;
};

}  // namespace

std::string rich_paragraph(Ui& ui, const std::string& id, const std::vector<TextRun>& runs, bool muted, bool large,
                           int heading_level) {
    std::string pressed_ref;
    if (large) ImGui::PushFont(ui.fonts.h2);
    const float x0 = ImGui::GetCursorScreenPos().x, width = column_width();
    const float line_h = ImGui::GetTextLineHeight() * 1.25f;
    const float top = ImGui::GetCursorScreenPos().y;
    float x = x0, y = top;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // The paragraph's node comes first (its children follow it); its label is filled in once the runs are laid out.
    SemanticNode para;
    para.id = id;
    para.role = heading_level > 0 ? Role::heading : Role::paragraph;
    if (heading_level > 0) para.value = std::to_string(heading_level);
    const int para_index = ui.tree.add(std::move(para));
    ui.tree.push(para_index);
    ImGui::PushID(id.c_str());
    std::string plain;
    int term_index = 0;
    std::vector<Segment> segments;
    for (const auto& run : runs) {
        const bool term = run.kind == TextRun::Kind::term;
        ImFont* font = large ? ui.fonts.h2 : run.kind == TextRun::Kind::strong ? ui.fonts.bold : ui.fonts.body;
        const ImVec4 color = term ? ui.pal.accent : muted ? ui.pal.text_muted : ui.pal.text;
        const std::size_t at = plain.size();
        plain += run.text;
        ImGui::PushFont(font);
        segments.clear();
        for (const auto& w : words_of(run.text)) {
            std::string trimmed = w;
            while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
            const float advance = ImGui::CalcTextSize(w.c_str()).x;
            const float wt = ImGui::CalcTextSize(trimmed.c_str()).x;
            if (x > x0 && x + wt > x0 + width) {
                x = x0;
                y += line_h;
            }
            dl->AddText(ImVec2(x, y), col(color), w.c_str());
            if (term && !trimmed.empty()) {
                // A term is underlined as one run per line, the spaces between its words included.
                if (segments.empty() || segments.back().y != y) segments.push_back({x, x + wt, y});
                else segments.back().x1 = x + wt;
            }
            x += advance;
        }
        if (term) {
            const float under = ImGui::GetFontSize() + 1.0f;
            for (const auto& s : segments)
                dl->AddLine(ImVec2(s.x0, s.y + under), ImVec2(s.x1, s.y + under), col(color), 1.0f);
        }
        ImGui::PopFont();
        if (term && !segments.empty()) {
            // Pressable on every line the term covers; the node's rectangle encloses them all.
            const std::string tid = id + ".term." + std::to_string(term_index++);
            const ImVec2 keep = ImGui::GetCursorScreenPos();
            bool hit = false;
            ImVec2 a(segments.front().x0, segments.front().y), b(a);
            for (std::size_t k = 0; k < segments.size(); ++k) {
                const auto& s = segments[k];
                ImGui::SetCursorScreenPos(ImVec2(s.x0, s.y));
                hit |= ImGui::InvisibleButton(("###" + tid + "." + std::to_string(k)).c_str(),
                                              ImVec2(std::max(8.0f, s.x1 - s.x0), line_h));
                a = ImVec2(std::min(a.x, s.x0), std::min(a.y, s.y));
                b = ImVec2(std::max(b.x, s.x1), std::max(b.y, s.y + line_h));
            }
            SemanticNode t;
            t.id = tid;
            t.role = Role::link;
            t.label = run.text;
            t.value = run.ref;
            t.at = static_cast<int>(at);
            t.x = a.x;
            t.y = a.y;
            t.w = b.x - a.x;
            t.h = b.y - a.y;
            ui.tree.add(std::move(t));
            if (hit || ui.take_action(tid)) pressed_ref = run.ref;
            ImGui::SetCursorScreenPos(keep);
        }
    }
    ImGui::PopID();
    ui.tree.pop();
    ImGui::SetCursorScreenPos(ImVec2(x0, top));
    ImGui::Dummy(ImVec2(width, (y - top) + line_h));
    if (large) ImGui::PopFont();
    auto& node = const_cast<SemanticNode&>(ui.tree.nodes()[static_cast<std::size_t>(para_index)]);
    node.label = std::move(plain);
    draw::record_rect(node);
    return pressed_ref;
}

}  // namespace otbasy::ui
