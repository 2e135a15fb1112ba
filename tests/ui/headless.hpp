// What the headless UI tests and the frame benchmark share: a file's bytes, the app's own fonts, and the font atlas
// as a renderer would take it (there is no renderer: the texture id is a placeholder).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <imgui.h>

#include "ui/app.hpp"

namespace otbasy::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// One of the build's font subsets ("Regular", "Bold"); empty when it is missing.
inline std::string font_file(const std::string& weight) {
    return read_file(std::string(OTBASY_FONT_DIR) + "/otbasy-sans-" + weight + ".ttf");
}

// Rebuilds the atlas when the app asks for it (a new pixel ratio or text size) and marks it uploaded.
inline void upload_fonts(ui::App& app, float dpr) {
    if (!app.fonts_need_rebuild(dpr)) return;
    app.rebuild_fonts(dpr);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
}

}  // namespace otbasy::test
