// Contrast of every theme's palette (WCAG 2.2): text ≥ 4.5:1 on every background it sits on (1.4.3), and the
// focus ring and the edges of controls ≥ 3:1 against the page and the surface next to them (1.4.11, 2.4.13).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/theme.hpp"

using namespace otbasy;

namespace {

double channel(float c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double luminance(const ImVec4& c) { return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z); }

double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Named {
    const char* name;
    ImVec4 ui::Palette::*colour;
};

const Named backgrounds[] = {{"background", &ui::Palette::background},
                             {"surface", &ui::Palette::surface},
                             {"surface_alt", &ui::Palette::surface_alt}};

const char* theme_name(ui::ThemeKind k) {
    return k == ui::ThemeKind::light ? "light" : k == ui::ThemeKind::dark ? "dark" : "contrast";
}

}  // namespace

TEST(theme, the_focus_ring_and_control_edges_stand_out_3_to_1_in_every_theme) {
    for (auto kind : {ui::ThemeKind::light, ui::ThemeKind::dark, ui::ThemeKind::contrast}) {
        const ui::Palette& p = ui::palette(kind);
        for (const auto& bg : backgrounds) {
            EXPECT_GE(contrast(p.focus, p.*bg.colour), 3.0) << theme_name(kind) << ": focus ring on " << bg.name;
        }
        for (const ImVec4& bg : {p.background, p.surface}) {
            EXPECT_GE(contrast(p.control_border, bg), 3.0) << theme_name(kind) << ": a field's border";
            EXPECT_GE(contrast(p.text_muted, bg), 3.0) << theme_name(kind) << ": a checkbox's edge";
            EXPECT_GE(contrast(p.accent, bg), 3.0) << theme_name(kind) << ": a button's edge";
            EXPECT_GE(contrast(p.danger, bg), 3.0) << theme_name(kind) << ": an invalid field's border";
        }
    }
}

TEST(theme, text_reads_4_5_to_1_on_every_background_in_every_theme) {
    const Named texts[] = {{"text", &ui::Palette::text},
                           {"text_muted", &ui::Palette::text_muted},
                           {"accent", &ui::Palette::accent},
                           {"danger", &ui::Palette::danger}};
    for (auto kind : {ui::ThemeKind::light, ui::ThemeKind::dark, ui::ThemeKind::contrast}) {
        const ui::Palette& p = ui::palette(kind);
        for (const auto& t : texts)
            for (const auto& bg : backgrounds)
                EXPECT_GE(contrast(p.*t.colour, p.*bg.colour), 4.5) << theme_name(kind) << ": " << t.name << " on " << bg.name;
        EXPECT_GE(contrast(p.text, p.danger_soft), 4.5) << theme_name(kind) << ": an error notice";
        EXPECT_GE(contrast(p.accent_text, p.accent), 4.5) << theme_name(kind) << ": a primary button's label";
    }
}

TEST(theme, contrast_is_measured_as_wcag_defines_it) {
    EXPECT_NEAR(contrast(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)), 21.0, 1e-9);
    EXPECT_NEAR(contrast(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)), 1.0, 1e-9);
    // #767676 on white is the well-known 4.54:1.
    const float g = 0x76 / 255.0f;
    EXPECT_NEAR(contrast(ImVec4(g, g, g, 1), ImVec4(1, 1, 1, 1)), 4.54, 0.01);
}
