// Headless Dear ImGui (no renderer, no GPU): every screen × language × theme × viewport is drawn a few frames
// from a scripted AppState, then its semantic tree is checked: no duplicate ids, every interactive node labelled,
// no untranslated key reaching the screen, no ImGui assert.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <imgui.h>

#include "platform/assets_native.hpp"
#include "ui/app.hpp"
#include "ui/imgui_assert.hpp"

using namespace otbasy;

namespace {

std::vector<std::string> g_asserts;  // filled by the assert handler of this test process

void record_assert(const char* expr, const char* file, int line) {
    g_asserts.push_back(std::string(expr) + " at " + file + ":" + std::to_string(line));
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Headless {
    Headless() {
        ui::set_imgui_assert_handler(record_assert);
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    }
    ~Headless() { ImGui::DestroyContext(); }
};

void draw_frames(ui::App& app, float w, float h, float dpr, int frames) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(w, h);
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);
    io.DeltaTime = 1.0f / 60.0f;
    if (app.fonts_need_rebuild(dpr)) {
        app.rebuild_fonts(dpr);
        unsigned char* pixels = nullptr;
        int tw = 0, th = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    }
    for (int i = 0; i < frames; ++i) {
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
    }
}

}  // namespace

class screens : public ::testing::Test {
protected:
    void SetUp() override {
        g_asserts.clear();
        app = std::make_unique<ui::App>(platform::assets_from_dir(OTBASY_ASSETS_DIR));
        auto errors = app->load();
        for (const auto& e : errors) ADD_FAILURE() << e.path << ": " << e.message;
        std::string regular = read_file(std::string(OTBASY_FONT_DIR) + "/otbasy-sans-Regular.ttf");
        std::string bold = read_file(std::string(OTBASY_FONT_DIR) + "/otbasy-sans-Bold.ttf");
        ASSERT_FALSE(regular.empty());
        ASSERT_FALSE(bold.empty());
        app->set_font_data(std::move(regular), std::move(bold));
    }
    Headless imgui;
    std::unique_ptr<ui::App> app;
};

TEST_F(screens, every_screen_language_theme_and_viewport_has_a_sound_semantic_tree) {
    const ui::Screen screens_to_draw[] = {ui::Screen::home, ui::Screen::settings};
    const ui::ThemeKind themes[] = {ui::ThemeKind::light, ui::ThemeKind::dark, ui::ThemeKind::contrast};
    struct Viewport { float w, h, dpr; } viewports[] = {{360, 640, 3}, {1280, 800, 1}, {1920, 1080, 2}};
    int checked = 0;
    for (auto screen : screens_to_draw)
        for (auto lang : core::i18n::all_langs)
            for (auto theme : themes)
                for (auto vp : viewports) {
                    auto& st = app->state();
                    st.screen = screen;
                    st.lang = lang;
                    st.theme = theme;
                    draw_frames(*app, vp.w, vp.h, vp.dpr, 3);
                    std::string where = "screen " + std::to_string(static_cast<int>(screen)) + " lang " +
                                        std::string(core::i18n::code(lang)) + " theme " +
                                        std::to_string(static_cast<int>(theme)) + " width " + std::to_string(vp.w);
                    const auto& nodes = app->tree().nodes();
                    ASSERT_FALSE(nodes.empty()) << where;
                    std::set<std::string> ids;
                    for (const auto& n : nodes) {
                        EXPECT_TRUE(ids.insert(n.id).second) << where << ": duplicate id " << n.id;
                        if (n.interactive()) {
                            EXPECT_FALSE(n.label.empty()) << where << ": unlabelled " << n.id;
                        }
                        EXPECT_EQ(n.label.find("⟦"), std::string::npos) << where << ": untranslated " << n.label;
                        // Everything interactive fits the viewport horizontally (text wraps, nothing runs off).
                        if (n.interactive() && n.w > 0) {
                            EXPECT_LE(n.x + n.w, vp.w + 0.5f) << where << ": " << n.id << " runs off the right edge";
                        }
                    }
                    ++checked;
                }
    EXPECT_TRUE(app->strings().missing().empty()) << *app->strings().missing().begin();
    EXPECT_TRUE(g_asserts.empty()) << g_asserts.front();
    EXPECT_EQ(checked, 2 * 3 * 3 * 3);
}

TEST_F(screens, actions_by_id_press_widgets_and_change_the_language) {
    draw_frames(*app, 1280, 800, 1, 2);
    app->act("nav.language.1", "");
    draw_frames(*app, 1280, 800, 1, 1);
    EXPECT_EQ(app->state().lang, core::i18n::Lang::ru);
    app->act("home.open_settings", "");
    draw_frames(*app, 1280, 800, 1, 1);
    EXPECT_EQ(app->state().screen, ui::Screen::settings);
    app->act("settings.theme.2", "");
    draw_frames(*app, 1280, 800, 1, 1);
    EXPECT_EQ(app->state().theme, ui::ThemeKind::contrast);
}

TEST_F(screens, escape_twice_asks_for_the_quick_exit) {
    draw_frames(*app, 1280, 800, 1, 1);
    app->escape_pressed(10.0);
    EXPECT_TRUE(app->state().effects.empty());
    app->escape_pressed(10.8);
    ASSERT_EQ(app->state().effects.size(), 1u);
    EXPECT_EQ(app->state().effects[0].kind, ui::Effect::Kind::quick_exit);
}
