// Colours, sizes and fonts. Layer: ui.
#include "ui/theme.hpp"

#include <cmath>

namespace otbasy::ui {
namespace {

constexpr ImVec4 rgb(int hex, float a = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, a);
}

// Colours chosen for contrast (see Palette): body text ≥ 7:1, muted text ≥ 4.5:1, focus ring and control edges
// ≥ 3:1.
const Palette light{rgb(0xF4F6F8), rgb(0xFFFFFF), rgb(0xEAF1F4), rgb(0xC9D3DA), rgb(0x76838F), rgb(0x1B2631),
                    rgb(0x4A5866), rgb(0x0B5C7A), rgb(0xFFFFFF), rgb(0xDCEBF1), rgb(0xA4262C), rgb(0xFBE9EA),
                    rgb(0xB45309), rgb(0x1E7045)};
const Palette dark{rgb(0x12181E), rgb(0x1B232B), rgb(0x223039), rgb(0x3A4854), rgb(0x758694), rgb(0xEEF2F5),
                   rgb(0xB4C0CA), rgb(0x6CC4E4), rgb(0x0B1A22), rgb(0x1E3B48), rgb(0xFF8A8F), rgb(0x3A1E22),
                   rgb(0xF2B65C), rgb(0x7FD3A0)};
const Palette contrast{rgb(0x000000), rgb(0x000000), rgb(0x101010), rgb(0xFFFFFF), rgb(0xFFFFFF), rgb(0xFFFFFF),
                       rgb(0xFFFFFF), rgb(0xFFE500), rgb(0x000000), rgb(0x333000), rgb(0xFF6B6B), rgb(0x330000),
                       rgb(0x00E5FF), rgb(0x7CFF7C)};

// The characters Dear ImGui rasterises; tools/check_glyphs.py fails the build when the content or the UI uses one
// outside these ranges or outside the font subset (tools/cmake/otbasy.cmake). Kazakh letters, Russian, Latin,
// typographic punctuation and spaces, ₸, №, arrows, − ≤ ≥, ✓ ✕ ▸ ▾ and the ⟦ ⟧ that mark an untranslated key.
const ImWchar glyph_ranges[] = {
    0x0020, 0x007E, 0x00A0, 0x00BB, 0x00D7, 0x00D7, 0x00F7, 0x00F7, 0x0400, 0x045F, 0x0492, 0x0493,
    0x049A, 0x049B, 0x04A2, 0x04A3, 0x04AE, 0x04B1, 0x04BA, 0x04BB, 0x04D8, 0x04D9, 0x04E8, 0x04E9,
    0x2009, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026, 0x202F, 0x202F, 0x2039, 0x203A,
    0x20B8, 0x20B8, 0x2116, 0x2116, 0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0x2713, 0x2713,
    0x2715, 0x2715, 0x25B8, 0x25B8, 0x25BE, 0x25BE, 0x27E6, 0x27E7, 0};

}  // namespace

const Palette& palette(ThemeKind kind) {
    switch (kind) {
        case ThemeKind::light: return light;
        case ThemeKind::dark: return dark;
        case ThemeKind::contrast: return contrast;
    }
    return light;
}

void apply_theme(ThemeKind kind, float scale) {
    const Palette& p = palette(kind);
    ImGuiStyle style;
    style.WindowPadding = ImVec2(20, 16);
    style.FramePadding = ImVec2(14, 10);
    style.ItemSpacing = ImVec2(12, 12);
    style.ItemInnerSpacing = ImVec2(10, 8);
    style.ScrollbarSize = 14;
    style.WindowRounding = 0;
    style.ChildRounding = 10;
    style.FrameRounding = 8;
    style.PopupRounding = 10;
    style.GrabRounding = 8;
    style.ScrollbarRounding = 8;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = kind == ThemeKind::contrast ? 2.0f : 1.0f;
    style.PopupBorderSize = 1;
    style.TouchExtraPadding = ImVec2(2, 2);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_muted;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = p.surface;
    c[ImGuiCol_PopupBg] = p.surface;
    c[ImGuiCol_Border] = p.border;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = p.surface;
    c[ImGuiCol_FrameBgHovered] = p.surface_alt;
    c[ImGuiCol_FrameBgActive] = p.accent_soft;
    c[ImGuiCol_Button] = p.surface;
    c[ImGuiCol_ButtonHovered] = p.surface_alt;
    c[ImGuiCol_ButtonActive] = p.accent_soft;
    c[ImGuiCol_Header] = p.accent_soft;
    c[ImGuiCol_HeaderHovered] = p.surface_alt;
    c[ImGuiCol_HeaderActive] = p.accent_soft;
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = p.accent;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = p.border;
    c[ImGuiCol_ScrollbarGrabHovered] = p.text_muted;
    c[ImGuiCol_ScrollbarGrabActive] = p.text_muted;
    c[ImGuiCol_Separator] = p.border;
    c[ImGuiCol_NavHighlight] = p.focus;
    c[ImGuiCol_TextSelectedBg] = p.accent_soft;
    c[ImGuiCol_TableHeaderBg] = p.surface_alt;
    c[ImGuiCol_TableBorderStrong] = p.border;
    c[ImGuiCol_TableBorderLight] = p.border;
    c[ImGuiCol_TableRowBg] = p.surface;
    c[ImGuiCol_TableRowBgAlt] = p.surface_alt;
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);
    c[ImGuiCol_PlotLines] = p.accent;
    c[ImGuiCol_PlotHistogram] = p.accent;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

Fonts build_fonts(ImGuiIO& io, std::string& regular_ttf, std::string& bold_ttf, float dpr, float text_scale) {
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the App keeps the bytes for rebuilds
    cfg.OversampleH = 1;               // rasterised at the device's own resolution: no oversampling needed
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    const float k = dpr * text_scale;
    // Dear ImGui rounds font sizes down to whole pixels: round up instead, so text is never smaller than asked.
    auto add = [&](std::string& ttf, float size) {
        return io.Fonts->AddFontFromMemoryTTF(ttf.data(), static_cast<int>(ttf.size()), std::ceil(size * k - 0.01f),
                                              &cfg, glyph_ranges);
    };
    Fonts f;
    f.body = add(regular_ttf, FontSizes::body);
    f.bold = add(bold_ttf, FontSizes::body);
    f.small = add(regular_ttf, FontSizes::small);
    f.h2 = add(bold_ttf, FontSizes::h2);
    f.h1 = add(bold_ttf, FontSizes::h1);
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / dpr;
    io.FontDefault = f.body;
    return f;
}

}  // namespace otbasy::ui
