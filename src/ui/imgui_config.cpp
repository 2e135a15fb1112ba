// The assert handler behind IM_ASSERT. Layer: ui (third-party config), compiled into the imgui target.
#include "ui/imgui_assert.hpp"

#include <cstdio>

namespace {
otbasy::ui::AssertHandler g_handler = nullptr;  // set once at start-up by the app or the test; not app state
}

namespace otbasy::ui {
void set_imgui_assert_handler(AssertHandler handler) { g_handler = handler; }
}  // namespace otbasy::ui

extern "C" void otbasy_imgui_assert(const char* expr, const char* file, int line) {
    if (g_handler) {
        g_handler(expr, file, line);
        return;
    }
    std::fprintf(stderr, "imgui assert: %s (%s:%d)\n", expr, file, line);
}
