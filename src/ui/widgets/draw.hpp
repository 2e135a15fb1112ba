// Drawing helpers shared by the widget files (widgets.cpp, fields.cpp): colour conversion, the keyboard focus ring,
// and recording the last item's rectangle and focus into its semantic node. Layer: ui (widgets only).
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/widgets/widgets.hpp"

namespace otbasy::ui::draw {

inline ImU32 col(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

// The last item's rectangle (CSS px) and whether it has keyboard focus.
inline void record_rect(SemanticNode& n) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    n.x = a.x;
    n.y = a.y;
    n.w = b.x - a.x;
    n.h = b.y - a.y;
    if (ImGui::IsItemFocused()) n.state |= state_focused;
}

// A visible ring around the last item while the keyboard (not the mouse) has put focus on it.
inline void focus_ring(const Ui& ui, ImVec2 a, ImVec2 b) {
    if (!ImGui::IsItemFocused() || GImGui->NavDisableHighlight) return;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), col(ui.pal.focus),
                                        ImGui::GetStyle().FrameRounding + 3, 0, 3.0f);
}

}  // namespace otbasy::ui::draw
