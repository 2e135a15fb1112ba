// Headless Dear ImGui (no renderer, no GPU): every screen × language × theme × viewport is drawn a few frames
// from a scripted AppState, then its semantic tree is checked: no duplicate ids, every interactive node labelled,
// no untranslated key reaching the screen, no ImGui assert.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>

#include <imgui.h>

#include "platform/assets_native.hpp"
#include "core/guide/session.hpp"
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

// A scene puts the app in one state: a screen and what is on it.
struct Scene {
    std::string name;
    std::function<void(ui::App&)> set;
};

std::vector<Scene> all_scenes(const ui::App& app) {
    std::vector<Scene> scenes;
    auto screen = [](ui::Screen s) { return [s](ui::App& a) { a.state().screen = s; a.state().guide.reset(); }; };
    scenes.push_back({"home", screen(ui::Screen::home)});
    scenes.push_back({"settings", screen(ui::Screen::settings)});
    scenes.push_back({"about", screen(ui::Screen::about)});
    scenes.push_back({"guide.topics", screen(ui::Screen::guide)});
    scenes.push_back({"home.search", [](ui::App& a) { a.state().screen = ui::Screen::home; a.state().search_query = "алимент"; }});
    for (const auto& topic : app.content().guide.topics) {
        const std::string id = topic.id;
        scenes.push_back({"guide." + id + ".start", [id](ui::App& a) {
            a.state().screen = ui::Screen::guide;
            a.state().guide = core::guide::Session::start(a.content().guide, id).value();
        }});
        // Walk to a result by always taking the first option; then the review of those answers.
        scenes.push_back({"guide." + id + ".result", [id](ui::App& a) {
            a.state().screen = ui::Screen::guide;
            auto s = core::guide::Session::start(a.content().guide, id).value();
            for (int guard = 0; guard < 64 && !s.at_result(); ++guard) {
                const auto& n = s.current();
                if (n.type == core::guide::NodeType::question) (void)s.answer(n.options.front().id);
                else (void)s.proceed();
            }
            a.state().guide = std::move(s);
            a.state().guide_review = false;
        }});
    }
    scenes.push_back({"guide.review", [](ui::App& a) { a.state().guide_review = true; }});
    scenes.push_back({"estimator.two_families", [](ui::App& a) {
        auto& e = a.state().estimator;
        a.state().screen = ui::Screen::estimator;
        e.income = {{"450000", true}, {"120000", false}};
        e.orders = {ui::OrderRow{}, ui::OrderRow{}};
        e.orders[0].children = "2";
        e.orders[1].kind = 1;
        e.orders[1].mrp = "12";
    }});
    scenes.push_back({"estimator.bad_input", [](ui::App& a) {
        auto& e = a.state().estimator;
        a.state().screen = ui::Screen::estimator;
        e.income = {{"-5", false}};
        e.orders = {ui::OrderRow{}};
        e.orders[0].children = "два";
    }});
    scenes.push_back({"arrears.schedule", [](ui::App& a) {
        auto& r = a.state().arrears;
        a.state().screen = ui::Screen::arrears;
        r.from = "01.2024";
        r.monthly_due = "100000";
        r.due_day = "10";
        r.payments = {{"15.02.2024", "100000"}, {"20.05.2024", "50000"}};
    }});
    scenes.push_back({"arrears.bad_date", [](ui::App& a) {
        auto& r = a.state().arrears;
        a.state().screen = ui::Screen::arrears;
        r.payments = {{"31.02.2024", "100000"}};
    }});
    return scenes;
}

TEST_F(screens, every_screen_language_theme_and_viewport_has_a_sound_semantic_tree) {
    const ui::ThemeKind themes[] = {ui::ThemeKind::light, ui::ThemeKind::dark, ui::ThemeKind::contrast};
    struct Viewport { float w, h, dpr; } viewports[] = {{360, 640, 3}, {1280, 800, 1}, {1920, 1080, 2}};
    int checked = 0;
    auto scenes = all_scenes(*app);
    for (const auto& scene : scenes)
        for (auto lang : core::i18n::all_langs)
            for (auto theme : themes)
                for (auto vp : viewports) {
                    scene.set(*app);
                    auto& st = app->state();
                    st.lang = lang;
                    st.theme = theme;
                    draw_frames(*app, vp.w, vp.h, vp.dpr, 2);
                    std::string where = scene.name + " " + std::string(core::i18n::code(lang)) + " theme " +
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
                        // Nothing interactive runs off the right edge: text wraps, layouts fit 360 px.
                        if (n.interactive() && n.w > 0) {
                            EXPECT_LE(n.x + n.w, vp.w + 0.5f) << where << ": " << n.id << " runs off the right edge";
                        }
                    }
                    if (HasFailure()) return;  // one broken scene is enough to read
                    ++checked;
                }
    EXPECT_TRUE(app->strings().missing().empty()) << *app->strings().missing().begin();
    EXPECT_TRUE(g_asserts.empty()) << g_asserts.front();
    EXPECT_EQ(checked, static_cast<int>(scenes.size()) * 3 * 3 * 3);
}

TEST_F(screens, a_bad_amount_shows_a_message_in_the_language_and_keeps_the_text) {
    auto& e = app->state().estimator;
    app->state().screen = ui::Screen::estimator;
    app->state().lang = core::i18n::Lang::ru;
    e.income = {{"12абв", false}};
    draw_frames(*app, 1280, 800, 1, 2);
    const auto* field = app->tree().find("estimator.income.0.amount");
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->state & ui::state_invalid);
    EXPECT_EQ(field->value, "12абв");
    const auto* alert = app->tree().find("estimator.income.0.amount.error");
    ASSERT_NE(alert, nullptr);
    EXPECT_EQ(alert->label, app->strings().get(core::i18n::Lang::ru, "input.error.amount"));
    EXPECT_EQ(app->tree().find("estimator.table"), nullptr) << "no result from bad input";
    // Correcting it brings the result; nothing else was lost.
    app->act("estimator.income.0.amount", "300 000");
    draw_frames(*app, 1280, 800, 1, 2);
    EXPECT_EQ(e.income[0].amount, "300 000");
    EXPECT_NE(app->tree().find("estimator.table"), nullptr);
}

TEST_F(screens, actions_by_id_press_widgets_and_change_the_language) {
    draw_frames(*app, 1280, 800, 1, 2);
    app->act("nav.language.1", "");
    draw_frames(*app, 1280, 800, 1, 1);
    EXPECT_EQ(app->state().lang, core::i18n::Lang::ru);
    app->act("nav.settings", "");
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

TEST_F(screens, the_last_of_several_queued_actions_is_drawn) {
    // Keys typed faster than frames are drawn queue one action each; the platform draws while the app wants frames.
    app->state().screen = ui::Screen::estimator;
    draw_frames(*app, 1280, 800, 1, 3);
    for (const char* v : {"2", "25", "250", "250 ", "250 0", "250 00", "250 000", "250 000,", "250 000,5"})
        app->act("estimator.income.0.amount", v);
    int frames = 0;
    for (; frames < 50 && app->wants_frame(); ++frames) draw_frames(*app, 1280, 800, 1, 1);
    EXPECT_FALSE(app->wants_frame());
    const auto* field = app->tree().find("estimator.income.0.amount");
    ASSERT_NE(field, nullptr);
    EXPECT_EQ(field->value, "250 000,5") << "after " << frames << " frames";
}

// The top bar at every width from 560 px (phones have their own layout), in every language and text size: each
// label on one line (the quick exit as tall as the home button), everything inside the bar, nothing overlapping.
TEST_F(screens, the_top_bar_keeps_its_labels_on_one_line_inside_the_bar_at_any_width_language_and_text_size) {
    const char* parts[] = {"nav.home", "nav.language.0", "nav.language.1", "nav.language.2", "nav.settings",
                           "nav.quick_exit"};
    int checked = 0;
    for (int scale : ui::text_scales)
        for (auto lang : core::i18n::all_langs)
            for (int w = 560; w <= 1920; w += 8) {
                auto& st = app->state();
                st.screen = ui::Screen::home;
                st.lang = lang;
                st.text_scale_percent = scale;
                draw_frames(*app, static_cast<float>(w), 800, 1, 2);
                const std::string where = std::string(core::i18n::code(lang)) + " " + std::to_string(scale) + "% " +
                                          std::to_string(w) + " px";
                const auto* bar = app->tree().find("topbar");
                const auto* home = app->tree().find("nav.home");
                const auto* exit = app->tree().find("nav.quick_exit");
                ASSERT_TRUE(bar && home && exit) << where;
                EXPECT_NEAR(bar->w, static_cast<float>(w), 0.5f) << where;
                EXPECT_LE(exit->h, home->h + 0.5f) << where << ": the quick exit's label wraps";
                if (w >= 1024) {
                    EXPECT_NE(app->tree().find("nav.settings"), nullptr) << where << ": no settings";
                }
                std::vector<const ui::SemanticNode*> shown;
                for (const char* id : parts)
                    if (const auto* n = app->tree().find(id)) shown.push_back(n);
                for (std::size_t i = 0; i < shown.size(); ++i) {
                    const auto* n = shown[i];
                    EXPECT_TRUE(n->x >= bar->x - 0.5f && n->x + n->w <= bar->x + bar->w + 0.5f && n->y >= bar->y - 0.5f &&
                                n->y + n->h <= bar->y + bar->h + 0.5f)
                        << where << ": " << n->id << " leaves the bar";
                    for (std::size_t j = i + 1; j < shown.size(); ++j) {
                        const auto* m = shown[j];
                        bool apart = n->x + n->w <= m->x + 0.5f || m->x + m->w <= n->x + 0.5f ||
                                     n->y + n->h <= m->y + 0.5f || m->y + m->h <= n->y + 0.5f;
                        EXPECT_TRUE(apart) << where << ": " << n->id << " overlaps " << m->id;
                    }
                }
                if (HasFailure()) return;
                ++checked;
            }
    EXPECT_GT(checked, 1000);
}
