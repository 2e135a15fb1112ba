// Where Dear ImGui's asserts go. Layer: ui.
#pragma once

namespace otbasy::ui {
using AssertHandler = void (*)(const char* expr, const char* file, int line);
void set_imgui_assert_handler(AssertHandler handler);
}  // namespace otbasy::ui
