// Colours, sizes and fonts: a calm, readable look for a public legal service, in light, dark and high contrast.
// Layer: ui.
#pragma once

#include <string>

#include <imgui.h>

#include "ui/app_state.hpp"

namespace otbasy::ui {

// Contrast (WCAG 2.2, checked by tests/ui/theme_test.cpp in every theme): text and muted text ≥ 4.5:1 on the
// backgrounds they sit on; the focus ring and the edges of controls (a field's border, a checkbox) ≥ 3:1 against
// the page and the surface. `border` is for decoration only (rules, table lines), where no contrast is required.
struct Palette {
    ImVec4 background, surface, surface_alt, border, control_border, text, text_muted, accent, accent_text,
        accent_soft, danger, danger_soft, focus, success;
};

const Palette& palette(ThemeKind kind);
// Applies the palette and the spacing (scaled by `scale` = text size factor) to ImGui's style.
void apply_theme(ThemeKind kind, float scale);

// Base sizes at 100 % text size. Dear ImGui sizes a font by its ascent − descent, CSS by its em: for Noto Sans
// (ascent 1069, descent −293, 1000 units per em; checked against the font file by the UI tests) a font of ImGui size
// 1.362 × N shows letters as large as CSS `font-size: Npx`. Body text is 16 CSS px, the web's default.
struct FontSizes {
    static constexpr float em = 1.362f;
    static constexpr float body = 16.0f * em;
    static constexpr float small = 14.0f * em;
    static constexpr float h2 = 20.0f * em;
    static constexpr float h1 = 26.0f * em;
};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* small = nullptr;
    ImFont* h2 = nullptr;
    ImFont* h1 = nullptr;
};

// Builds the atlas for the device pixel ratio: glyphs rasterised at size × dpr × text scale, shown at 1/dpr, so
// text is sharp on a 3× phone and on a desktop. The font bytes stay owned by the caller.
Fonts build_fonts(ImGuiIO& io, std::string& regular_ttf, std::string& bold_ttf, float dpr, float text_scale);

}  // namespace otbasy::ui
