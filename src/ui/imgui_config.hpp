// Dear ImGui build configuration for Otbasy Komek (IMGUI_USER_CONFIG). Layer: ui (third-party config).
// Asserts go to a handler instead of aborting: the headless UI test turns them into failures, the app logs them.
#pragma once

#ifdef __cplusplus
extern "C" {
#endif
void otbasy_imgui_assert(const char* expr, const char* file, int line);
#ifdef __cplusplus
}
#endif

#ifdef NDEBUG
// Release builds (the web app) keep every check but not its text: the file and line name the check, and Dear
// ImGui's ≈570 assert expressions no longer travel in app.wasm to every first visit.
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : otbasy_imgui_assert("", __FILE__, __LINE__))
#else
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : otbasy_imgui_assert(#_EXPR, __FILE__, __LINE__))
#endif
#define IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
