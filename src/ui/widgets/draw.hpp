// Drawing helpers shared by the widget files (widgets.cpp, fields.cpp, rich_text.cpp): colour conversion and
// recording the last item's rectangle into its semantic node. Layer: ui (widgets only).
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/widgets/widgets.hpp"

namespace otbasy::ui::draw {

inline ImU32 col(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

// The last item's rectangle (CSS px). Keyboard focus is not ImGui's: the accessible mirror holds it and the App
// draws its ring (ui/focus.cpp).
inline void record_rect(SemanticNode& n) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    n.x = a.x;
    n.y = a.y;
    n.w = b.x - a.x;
    n.h = b.y - a.y;
}

}  // namespace otbasy::ui::draw
