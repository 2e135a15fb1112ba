// Headless Dear ImGui (no renderer, no GPU): every screen × language × theme × viewport is drawn a few frames
// from a scripted AppState, then its semantic tree is checked: no duplicate ids, every interactive node labelled,
// no untranslated key reaching the screen, no ImGui assert.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "platform/assets_native.hpp"
#include "core/guide/marks.hpp"
#include "core/guide/session.hpp"
#include "ui/app.hpp"
#include "ui/screens/input.hpp"
#include "ui/imgui_assert.hpp"
#include "headless.hpp"

using namespace otbasy;

namespace {

std::vector<std::string> g_asserts;  // filled by the assert handler of this test process

void record_assert(const char* expr, const char* file, int line) {
    g_asserts.push_back(std::string(expr) + " at " + file + ":" + std::to_string(line));
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
    test::upload_fonts(app, dpr);
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
        std::string regular = test::font_file("Regular");
        std::string bold = test::font_file("Bold");
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
    draw_frames(*app, 1280, 800, 1, 1);
    app->act("estimator.income.0.amount", "12абв");  // typed by the person: its error is theirs to see
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

TEST_F(screens, a_language_that_could_not_be_downloaded_is_said_on_every_screen_with_a_retry) {
    draw_frames(*app, 1280, 800, 1, 2);
    app->act("nav.language.1", "");  // Russian, whose texts the platform then fails to download (offline)
    draw_frames(*app, 1280, 800, 1, 1);
    app->platform_event("lang", "ru");
    for (auto screen : {ui::Screen::home, ui::Screen::estimator, ui::Screen::settings}) {
        app->state().screen = screen;
        draw_frames(*app, 1280, 800, 1, 2);
        const auto* n = app->tree().find("lang.not_loaded");
        ASSERT_NE(n, nullptr);
        EXPECT_EQ(n->label, app->strings().get(core::i18n::Lang::ru, "lang.not_loaded"));
        ASSERT_NE(app->tree().find("lang.retry"), nullptr);
    }
    app->state().effects.clear();
    app->act("lang.retry", "");
    draw_frames(*app, 1280, 800, 1, 1);
    bool asked = false;
    for (const auto& e : app->state().effects) asked |= e.kind == ui::Effect::Kind::lang_changed && e.value == "ru";
    EXPECT_TRUE(asked) << "the retry asks the platform for the language again";
    // Back in Kazakh (whose texts are here), nothing is said; once Russian arrives, nothing either.
    app->act("nav.language.0", "");
    draw_frames(*app, 1280, 800, 1, 2);
    EXPECT_EQ(app->tree().find("lang.not_loaded"), nullptr);
    app->act("nav.language.1", "");
    app->platform_event("lang", "");
    draw_frames(*app, 1280, 800, 1, 2);
    EXPECT_EQ(app->tree().find("lang.not_loaded"), nullptr);
    EXPECT_TRUE(g_asserts.empty());
}

TEST_F(screens, escape_twice_asks_for_the_quick_exit) {
    draw_frames(*app, 1280, 800, 1, 1);
    app->state().effects.clear();  // the frame's own (the document title)
    app->escape_pressed(10.0);
    EXPECT_TRUE(app->state().effects.empty());
    app->escape_pressed(10.8);
    ASSERT_EQ(app->state().effects.size(), 1u);
    EXPECT_EQ(app->state().effects[0].kind, ui::Effect::Kind::quick_exit);
}

// [SECTION] What assistive technology gets: the accessible mirror is built from this tree alone (web/loader.js), so
// the tree must carry the text exactly as drawn, in a structure that is valid ARIA.

namespace {

const ui::SemanticNode& parent_of(const std::vector<ui::SemanticNode>& nodes, const ui::SemanticNode& n) {
    return nodes[static_cast<std::size_t>(n.parent)];
}

bool inside(const std::vector<ui::SemanticNode>& nodes, const ui::SemanticNode& n, ui::Role role) {
    for (int p = n.parent; p >= 0; p = nodes[static_cast<std::size_t>(p)].parent)
        if (nodes[static_cast<std::size_t>(p)].role == role) return true;
    return false;
}

std::string squeeze(const std::string& s) {  // whitespace runs as one space, no spaces at the ends
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The citation "numbers" that are words (the app's own conventions: "rounding", "days"…), from the real sources.
std::vector<std::string> named_article_numbers() {
    auto j = nlohmann::json::parse(test::read_file(std::string(OTBASY_ASSETS_DIR) + "/law/sources.json"));
    std::vector<std::string> out;
    for (const auto& a : j["articles"]) {
        const auto number = a["number"].get<std::string>();
        if (number.find_first_not_of("0123456789-") != std::string::npos) out.push_back(number);
    }
    return out;
}

}  // namespace

TEST_F(screens, every_screen_tree_carries_the_drawn_text_in_a_valid_structure) {
    const auto named = named_article_numbers();
    ASSERT_FALSE(named.empty());
    int runs = 0;
    for (const auto& scene : all_scenes(*app))
        for (auto lang : core::i18n::all_langs)
            for (float width : {360.0f, 1280.0f}) {
                scene.set(*app);
                app->state().lang = lang;
                app->state().theme = ui::ThemeKind::light;
                draw_frames(*app, width, 800, 1, 2);
                const std::string where = scene.name + " " + std::string(core::i18n::code(lang)) + " " +
                                          std::to_string(static_cast<int>(width));
                const auto& nodes = app->tree().nodes();
                int h1 = 0, live = 0;
                std::map<int, std::size_t> run_end;  // parent → where its previous run ended
                for (const auto& n : nodes) {
                    if (n.at >= 0) {
                        // An inline run: the very characters of its parent's text, in order, not overlapping.
                        ASSERT_GE(n.parent, 0) << where << ": " << n.id;
                        const auto& p = parent_of(nodes, n);
                        EXPECT_TRUE(p.role == ui::Role::paragraph || p.role == ui::Role::heading) << where << ": " << n.id;
                        EXPECT_EQ(p.label.compare(static_cast<std::size_t>(n.at), n.label.size(), n.label), 0)
                            << where << ": " << n.id << " is not at " << n.at << " of \"" << p.label << "\"";
                        EXPECT_GE(static_cast<std::size_t>(n.at), run_end[n.parent]) << where << ": " << n.id;
                        run_end[n.parent] = static_cast<std::size_t>(n.at) + n.label.size();
                        ++runs;
                    } else if (n.parent >= 0) {
                        const auto& p = parent_of(nodes, n);
                        // Text nodes hold text only; their children are inline runs.
                        EXPECT_FALSE(p.role == ui::Role::paragraph || p.role == ui::Role::heading)
                            << where << ": " << n.id << " inside the text " << p.id;
                    }
                    if (n.role == ui::Role::list) {
                        for (const auto& c : nodes) {
                            if (c.parent >= 0 && &parent_of(nodes, c) == &n) {
                                EXPECT_EQ(c.role, ui::Role::listitem) << where << ": " << c.id << " in the list " << n.id;
                            }
                        }
                    }
                    if (n.role == ui::Role::listitem) {
                        EXPECT_EQ(parent_of(nodes, n).role, ui::Role::list) << where << ": " << n.id;
                    }
                    if (n.role == ui::Role::radio) {
                        EXPECT_EQ(parent_of(nodes, n).role, ui::Role::radiogroup) << where << ": " << n.id;
                    }
                    if (n.role == ui::Role::cell || n.role == ui::Role::columnheader) {
                        EXPECT_EQ(parent_of(nodes, n).role, ui::Role::row) << where << ": " << n.id;
                    }
                    if (n.role == ui::Role::row) {
                        EXPECT_EQ(parent_of(nodes, n).role, ui::Role::table) << where << ": " << n.id;
                    }
                    if (n.role == ui::Role::heading && n.value == "1" && !inside(nodes, n, ui::Role::dialog)) ++h1;
                    if (n.role == ui::Role::status) ++live;
                    if (n.role == ui::Role::heading || n.role == ui::Role::paragraph) {
                        EXPECT_FALSE(n.label.empty()) << where << ": empty text " << n.id;
                    }
                    if (n.id.find(".cite.") != std::string::npos && n.role == ui::Role::button) {
                        for (const auto& number : named) {
                            for (const std::string& raw : {"ст. " + number, number + "-бап", "art. " + number}) {
                                EXPECT_EQ(n.label.find(raw), std::string::npos)
                                    << where << ": the citation label shows an internal id: " << n.label;
                            }
                        }
                    }
                    if (n.id.rfind("nav.language.", 0) == 0) {
                        EXPECT_FALSE(n.lang.empty()) << where << ": " << n.id << " has no language";
                    }
                }
                EXPECT_EQ(h1, 1) << where << ": one main heading per screen";
                EXPECT_LE(live, 1) << where << ": one live region at most";
                if (HasFailure()) return;
            }
    EXPECT_GT(runs, 0) << "some paragraph has a glossary term";
}

TEST_F(screens, a_guide_step_s_heading_is_its_question_and_never_the_previous_one) {
    for (const auto& topic : app->content().guide.topics)
        for (auto lang : {core::i18n::Lang::kk, core::i18n::Lang::ru}) {
            auto& st = app->state();
            st.screen = ui::Screen::guide;
            st.lang = lang;
            st.guide_review = false;
            st.guide_preview.clear();
            st.guide = core::guide::Session::start(app->content().guide, topic.id).value();
            for (int guard = 0; guard < 64; ++guard) {
                draw_frames(*app, 1280, 800, 1, 2);
                const auto& node = st.guide->current();
                if (node.type == core::guide::NodeType::question) {
                    const auto* q = app->tree().find("guide.question");
                    if (!q) q = app->tree().find("guide.question.0");
                    ASSERT_NE(q, nullptr) << node.id;
                    EXPECT_EQ(q->role, ui::Role::heading) << node.id;
                    const std::string want = squeeze(core::guide::render_plain(
                        node.text.get(lang), lang, &app->content().params, st.today));
                    EXPECT_EQ(want.rfind(squeeze(q->label), 0), 0u)
                        << node.id << " " << core::i18n::code(lang) << ": the heading reads \"" << q->label << "\"";
                    (void)st.guide->answer(node.options.back().id);  // the last option: another path than the scenes
                } else if (node.type == core::guide::NodeType::info) {
                    (void)st.guide->proceed();
                } else {
                    break;
                }
            }
        }
}

namespace {

std::string effect_value(const ui::AppState& st, ui::Effect::Kind kind) {
    std::string out;
    for (const auto& e : st.effects)
        if (e.kind == kind) out = e.value;
    return out;
}

float content_scroll() {
    for (ImGuiWindow* w : GImGui->Windows)
        if (std::string(w->Name).find("###content") != std::string::npos) return w->Scroll.y;
    return -1.0f;
}

}  // namespace

TEST_F(screens, a_new_view_starts_at_its_top_with_focus_on_its_heading) {
    auto& st = app->state();
    st.lang = core::i18n::Lang::ru;
    st.screen = ui::Screen::home;
    draw_frames(*app, 360, 640, 1, 3);
    EXPECT_EQ(effect_value(st, ui::Effect::Kind::focus), "") << "focus is not taken when the app opens";
    // Scroll the home screen down, as a person reading it would.
    app->focus().scroll(ui::ScrollKey::bottom);
    draw_frames(*app, 360, 640, 1, 3);
    ASSERT_GT(content_scroll(), 100.0f);

    st.effects.clear();
    app->act("home.open_estimator", "");
    draw_frames(*app, 360, 640, 1, 3);
    EXPECT_EQ(st.screen, ui::Screen::estimator);
    EXPECT_EQ(content_scroll(), 0.0f) << "the estimator opens at its top";
    EXPECT_EQ(effect_value(st, ui::Effect::Kind::focus), "estimator.title");
    EXPECT_EQ(app->focus().id(), "estimator.title");
    EXPECT_TRUE(app->tree().find("estimator.title")->state & ui::state_focused);
    const std::string title = effect_value(st, ui::Effect::Kind::title);
    EXPECT_EQ(title, app->tree().find("estimator.title")->label + " — " +
                         app->strings().get(core::i18n::Lang::ru, "app.name"));

    // Back to a screen where something was typed wrong: it opens at that field.
    app->act("estimator.income.0.amount", "12абв");  // typed by the person: its error is theirs to see
    draw_frames(*app, 360, 640, 1, 3);
    st.screen = ui::Screen::home;
    draw_frames(*app, 360, 640, 1, 3);
    st.screen = ui::Screen::estimator;
    draw_frames(*app, 360, 640, 1, 4);
    EXPECT_EQ(app->focus().id(), "estimator.income.0.amount");
    const auto* field = app->tree().find("estimator.income.0.amount");
    EXPECT_GE(field->y, 0.0f);
    EXPECT_LE(field->y + field->h, 640.0f) << "the field to fix is in view";
    st.estimator.income[0].amount.clear();

    // A guide step: focus goes to the question after each answer.
    st.screen = ui::Screen::guide;
    st.guide = core::guide::Session::start(app->content().guide, "divorce").value();
    draw_frames(*app, 1280, 800, 1, 3);
    ASSERT_EQ(app->focus().id(), "guide.question");
    const auto* option = [&]() -> const ui::SemanticNode* {
        for (const auto& n : app->tree().nodes())
            if (n.id.rfind("guide.option.", 0) == 0) return &n;
        return nullptr;
    }();
    ASSERT_NE(option, nullptr);
    const std::string before = st.guide->current().id;
    app->focus().set(option->id, true);
    st.effects.clear();
    app->act(option->id, "");
    draw_frames(*app, 1280, 800, 1, 3);
    ASSERT_NE(st.guide->current().id, before);
    const std::string heading = effect_value(st, ui::Effect::Kind::focus);
    EXPECT_TRUE(heading == "guide.question" || heading == "guide.result.title" || heading.rfind("guide.info", 0) == 0)
        << heading;
}

TEST_F(screens, a_card_takes_focus_and_gives_it_back_to_its_term_and_a_removed_row_passes_it_on) {
    auto& st = app->state();
    st.lang = core::i18n::Lang::kk;
    st.screen = ui::Screen::guide;
    auto s = core::guide::Session::start(app->content().guide, "child_alimony").value();
    while (!s.at_result()) {
        const auto& n = s.current();
        if (n.type == core::guide::NodeType::question) (void)s.answer(n.options.front().id);
        else (void)s.proceed();
    }
    st.guide = std::move(s);
    draw_frames(*app, 1280, 800, 1, 3);
    std::string term;
    for (const auto& n : app->tree().nodes())
        if (n.role == ui::Role::link && n.id.find(".term.") != std::string::npos) {
            term = n.id;
            break;
        }
    ASSERT_FALSE(term.empty()) << "the result has a glossary term";
    app->focus().set(term, true);
    app->act(term, "");
    draw_frames(*app, 1280, 800, 1, 3);
    ASSERT_FALSE(st.open_popup.empty());
    EXPECT_EQ(app->focus().id(), "card." + st.open_popup + ".title") << "the card's title has focus";
    app->act("card.close", "");
    draw_frames(*app, 1280, 800, 1, 3);
    EXPECT_TRUE(st.open_popup.empty());
    EXPECT_EQ(app->focus().id(), term) << "focus is back on the term that opened the card";

    // Removing a row: focus goes to the control before it, not to nowhere.
    st.screen = ui::Screen::estimator;
    st.estimator.income = {{"100000", false}, {"50000", false}};
    draw_frames(*app, 1280, 800, 1, 3);
    app->focus().set("estimator.income.1.remove", true);
    draw_frames(*app, 1280, 800, 1, 1);
    app->act("estimator.income.1.remove", "");
    draw_frames(*app, 1280, 800, 1, 3);
    ASSERT_EQ(st.estimator.income.size(), 1u);
    const std::string now = app->focus().id();
    ASSERT_NE(app->tree().find(now), nullptr) << now;
    EXPECT_TRUE(app->tree().find(now)->interactive()) << now;
    EXPECT_EQ(now.rfind("estimator.income.1", 0), std::string::npos);
}

TEST_F(screens, every_character_the_content_and_the_ui_use_has_a_glyph_in_every_font_of_the_atlas) {
    // The characters tools/check_glyphs.py collected from assets/ and src/ at build time.
    const std::string used = test::read_file(std::string(OTBASY_FONT_DIR) + "/glyphs-checked.txt");
    ASSERT_FALSE(used.empty());
    draw_frames(*app, 1280, 800, 2, 1);
    ImGuiIO& io = ImGui::GetIO();
    int checked = 0;
    for (ImFont* font : io.Fonts->Fonts) {
        for (std::size_t i = 0; i < used.size();) {
            unsigned int c = 0;
            i += static_cast<std::size_t>(ImTextCharFromUtf8(&c, used.c_str() + i, used.c_str() + used.size()));
            if (c == ' ' || c == 0xA0 || c == 0x2009 || c == 0x202F) continue;  // spaces: advance only
            EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr)
                << "U+" << std::hex << c << " is drawn as '?' at size " << font->FontSize;
            ++checked;
        }
    }
    EXPECT_GT(checked, 500);
    // The characters the review found missing.
    EXPECT_NE(io.Fonts->Fonts[0]->FindGlyphNoFallback(0x2212), nullptr) << "the minus sign";
    EXPECT_NE(io.Fonts->Fonts[0]->FindGlyphNoFallback(0x2192), nullptr) << "the arrow";
}
// [SECTION] Phones, text size, tables, history, field limits, errors after acting, quick exit keys.

namespace {

std::uint32_t be(const std::string& b, std::size_t at, int n) {
    std::uint32_t v = 0;
    for (int i = 0; i < n; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

// (ascent − descent) / units per em from a TrueType file's `hhea` and `head` tables: what Dear ImGui's size is to
// the CSS em.
double imgui_size_per_em(const std::string& ttf) {
    std::size_t tables = be(ttf, 4, 2), head = 0, hhea = 0;
    for (std::size_t i = 0; i < tables; ++i) {
        std::size_t rec = 12 + 16 * i;
        std::string tag = ttf.substr(rec, 4);
        if (tag == "head") head = be(ttf, rec + 8, 4);
        if (tag == "hhea") hhea = be(ttf, rec + 8, 4);
    }
    auto s16 = [&](std::size_t at) { return static_cast<std::int16_t>(be(ttf, at, 2)); };
    return (s16(hhea + 4) - s16(hhea + 6)) / static_cast<double>(be(ttf, head + 18, 2));
}

std::size_t words_in(const std::string& s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        if (c == ' ') in = false;
        else if (!in) in = true, ++n;
    }
    return n;
}

}  // namespace

TEST_F(screens, body_text_is_16_css_px_as_the_font_measures_it) {
    for (const char* weight : {"Regular", "Bold"}) {
        std::string ttf = test::read_file(std::string(OTBASY_FONT_DIR) + "/otbasy-sans-" + weight + ".ttf");
        EXPECT_NEAR(imgui_size_per_em(ttf), ui::FontSizes::em, 0.001) << weight;
    }
    EXPECT_NEAR(ui::FontSizes::body / ui::FontSizes::em, 16.0, 1e-4);
    EXPECT_GE(ui::FontSizes::small / ui::FontSizes::em, 14.0 - 1e-4);
    // What is drawn: whole device pixels, never below 16 CSS px, on a desktop and on a phone.
    for (float dpr : {1.0f, 2.0f, 3.0f}) {
        draw_frames(*app, 360, 640, dpr, 1);
        const ImGuiIO& io = ImGui::GetIO();
        EXPECT_GE(io.FontDefault->FontSize * io.FontGlobalScale / ui::FontSizes::em, 16.0f - 1e-3f) << dpr;
        EXPECT_LT(io.FontDefault->FontSize * io.FontGlobalScale / ui::FontSizes::em, 16.8f) << dpr;
    }
    // The browser's font size and the person's setting multiply.
    app->set_browser_text_scale(1.5f);
    app->state().text_scale_percent = 130;
    EXPECT_NEAR(app->text_scale(), 1.95f, 1e-5);
}

TEST_F(screens, tables_never_break_words_and_become_cards_on_a_phone) {
    auto& r = app->state().arrears;
    app->state().screen = ui::Screen::arrears;
    r.from = "01.2024";
    r.monthly_due = "100000";
    r.payments = {{"15.02.2024", "100000"}, {"20.05.2024", "50000"}};
    for (float width : {320.0f, 360.0f, 640.0f, 1280.0f}) {
        for (auto lang : core::i18n::all_langs) {
            app->state().lang = lang;
            draw_frames(*app, width, 800, 2, 2);
            const float line = ImGui::GetTextLineHeightWithSpacing();
            int cells = 0, headers = 0;
            for (const auto& n : app->tree().nodes()) {
                if (n.id.rfind("arrears.table.", 0) != 0) continue;
                if (n.role == ui::Role::columnheader) ++headers;
                if (n.role != ui::Role::cell || n.label.empty()) continue;
                ++cells;
                std::string where = n.id + " at " + std::to_string(width) + " " + std::string(core::i18n::code(lang));
                EXPECT_GE(n.x, 0.0f) << where;
                EXPECT_LE(n.x + n.w, width + 0.5f) << where;
                // A cell is at most as many lines as the words it holds (and in a card, its column's name).
                std::size_t words = words_in(n.label) + (width < 480 ? 3 : 0);
                EXPECT_LE(n.h, static_cast<float>(words) * line * 1.5f + 8) << where << " \"" << n.label << "\"";
            }
            EXPECT_EQ(headers, 6) << "every column has its header in the semantic tree";
            EXPECT_GT(cells, 20);
        }
    }
}

TEST_F(screens, a_field_takes_at_most_its_length_and_says_so) {
    app->state().screen = ui::Screen::estimator;
    draw_frames(*app, 360, 640, 3, 1);
    app->act("estimator.income.0.amount", std::string(4 * 1024 * 1024, '7'));
    draw_frames(*app, 360, 640, 3, 2);
    EXPECT_EQ(app->state().estimator.income[0].amount, std::string(32, '7'));
    EXPECT_NE(app->tree().find("estimator.income.0.amount.limit"), nullptr);
    app->act("home.search", std::string(1000, 'a'));
    app->state().screen = ui::Screen::home;
    draw_frames(*app, 360, 640, 3, 1);
    app->act("home.search", std::string(300, 'a') + "ә");
    draw_frames(*app, 360, 640, 3, 2);
    EXPECT_EQ(app->state().search_query, std::string(256, 'a'));
    // A value cut inside a Kazakh letter keeps whole letters.
    app->act("home.search", std::string(255, 'a') + "әә");
    draw_frames(*app, 360, 640, 3, 2);
    EXPECT_EQ(app->state().search_query, std::string(255, 'a') + "ә");
    // The edit <input> is told the limit.
    app->state().editing = "home.search";
    draw_frames(*app, 360, 640, 3, 1);
    bool told = false;
    for (const auto& e : app->state().effects)
        if (e.kind == ui::Effect::Kind::edit_text) told = e.max_length == 256;
    EXPECT_TRUE(told);
}

TEST_F(screens, errors_show_after_the_person_acts_and_the_summary_leads_to_the_field) {
    app->state().screen = ui::Screen::estimator;
    draw_frames(*app, 1280, 800, 1, 2);
    for (const auto& n : app->tree().nodes()) EXPECT_NE(n.role, ui::Role::alert) << n.id << " on a fresh form";
    app->act("estimator.income.0.amount", "abc");
    draw_frames(*app, 1280, 800, 1, 2);
    ASSERT_NE(app->tree().find("estimator.income.0.amount.error"), nullptr);
    const auto* link = app->tree().find("estimator.incomplete.estimator.income.0.amount");
    ASSERT_NE(link, nullptr);
    EXPECT_EQ(link->role, ui::Role::link);
    // While the person types in the field, its error waits.
    app->state().editing = "estimator.income.0.amount";
    draw_frames(*app, 1280, 800, 1, 1);
    EXPECT_EQ(app->tree().find("estimator.income.0.amount.error"), nullptr);
    app->end_editing();
    draw_frames(*app, 1280, 800, 1, 1);
    app->act(link->id, "");
    draw_frames(*app, 1280, 800, 1, 2);
    EXPECT_EQ(app->state().editing, "estimator.income.0.amount");
}

TEST_F(screens, back_walks_through_guide_steps_and_the_session_survives_the_estimator) {
    auto frame = [&] { draw_frames(*app, 360, 640, 3, 1); };
    auto pushed = [&] {
        std::vector<int> serials;
        for (const auto& e : app->state().effects)
            if (e.kind == ui::Effect::Kind::history_push) serials.push_back(e.serial);
        app->state().effects.clear();
        return serials;
    };
    frame();
    const int home = app->history_serial();
    app->act("home.open_guide", "");
    frame();
    app->act("guide.topic.divorce", "");
    frame();
    const std::string first = app->state().guide->current().id;
    const int at_first = app->history_serial();
    app->act("guide.option." + app->state().guide->current().options.front().id, "");
    frame();
    const std::string second = app->state().guide->current().id;
    EXPECT_NE(first, second);
    EXPECT_EQ(pushed().size(), 3u) << "the guide, the topic and the answer are three entries";
    // The browser's Back: the first step again, its answer kept.
    EXPECT_EQ(app->history_go(at_first), 2);
    frame();
    EXPECT_EQ(app->state().guide->current().id, first);
    EXPECT_FALSE(app->state().guide->answer_of(first).empty());
    EXPECT_TRUE(pushed().empty()) << "going back adds no entry";
    // The app's own Back button steps the browser back too.
    app->history_go(app->history_serial() + 1);
    frame();
    EXPECT_EQ(app->state().guide->current().id, second);
    app->act("guide.back", "");
    frame();
    bool stepped_back = false;
    for (const auto& e : app->state().effects) stepped_back |= e.kind == ui::Effect::Kind::history_back;
    EXPECT_TRUE(stepped_back);
    app->state().effects.clear();
    // To the estimator and home, then Guide: the same step, not a new start.
    app->state().screen = ui::Screen::estimator;
    frame();
    app->act("nav.home", "");
    frame();
    app->act("home.open_guide", "");
    frame();
    ASSERT_TRUE(app->state().guide.has_value());
    EXPECT_EQ(app->state().guide->current().id, first);
    EXPECT_TRUE(app->has_unsaved_work());
    // All topics, then Back: the walk is still there.
    const int in_topic = app->history_serial();
    app->act("guide.topics", "");
    frame();
    EXPECT_FALSE(app->state().guide.has_value());
    app->history_go(in_topic);
    frame();
    ASSERT_TRUE(app->state().guide.has_value());
    EXPECT_FALSE(app->state().guide->answer_of(first).empty());
    // An entry of an earlier page load: home.
    app->history_go(-1);
    frame();
    EXPECT_EQ(app->state().screen, ui::Screen::home);
    EXPECT_EQ(app->history_serial(), home);
}

TEST_F(screens, nothing_typed_means_nothing_to_lose) {
    draw_frames(*app, 1280, 800, 1, 1);
    EXPECT_FALSE(app->has_unsaved_work());
    app->state().screen = ui::Screen::arrears;
    draw_frames(*app, 1280, 800, 1, 1);
    app->act("arrears.from", "01.2025");
    draw_frames(*app, 1280, 800, 1, 1);
    EXPECT_TRUE(app->has_unsaved_work());
}

TEST_F(screens, escape_that_closes_a_card_is_not_half_a_quick_exit_and_shift_three_times_is_one) {
    draw_frames(*app, 1280, 800, 1, 1);
    ImGuiIO& io = ImGui::GetIO();
    auto key = [&](ImGuiKey k, double t) {
        app->set_now(t);
        io.AddKeyEvent(k, true);
        draw_frames(*app, 1280, 800, 1, 1);
        io.AddKeyEvent(k, false);
        draw_frames(*app, 1280, 800, 1, 1);
    };
    auto exits = [&] {
        bool e = false;
        for (const auto& x : app->state().effects) e |= x.kind == ui::Effect::Kind::quick_exit;
        app->state().effects.clear();
        return e;
    };
    app->state().open_popup = "term:alimony";
    app->state().screen = ui::Screen::home;
    key(ImGuiKey_Escape, 100.0);
    app->state().open_popup.clear();
    key(ImGuiKey_Escape, 100.4);
    EXPECT_FALSE(exits()) << "the first Esc closed a card";
    key(ImGuiKey_Escape, 110.0);
    key(ImGuiKey_Escape, 112.0);
    EXPECT_FALSE(exits()) << "two seconds apart";
    key(ImGuiKey_Escape, 120.0);
    key(ImGuiKey_Escape, 120.5);
    EXPECT_TRUE(exits());
    // Shift on its own three times within five seconds; Shift+letter does not count.
    key(ImGuiKey_LeftShift, 200.0);
    app->set_now(200.5);
    io.AddKeyEvent(ImGuiKey_LeftShift, true);
    draw_frames(*app, 1280, 800, 1, 1);
    io.AddKeyEvent(ImGuiKey_A, true);
    draw_frames(*app, 1280, 800, 1, 1);
    io.AddKeyEvent(ImGuiKey_A, false);
    io.AddKeyEvent(ImGuiKey_LeftShift, false);
    draw_frames(*app, 1280, 800, 1, 2);
    key(ImGuiKey_LeftShift, 201.0);
    EXPECT_FALSE(exits()) << "Shift+A is typing";
    key(ImGuiKey_LeftShift, 201.5);
    EXPECT_TRUE(exits());
}

TEST(date_input, reads_day_month_year_in_the_order_the_app_asks_for) {
    auto date = [](const char* t) {
        auto p = ui::parse_date_text(t, true);
        return p.value ? p.value->to_string() : "error:" + p.error_key;
    };
    EXPECT_EQ(date("15.03.2025"), "2025-03-15");
    EXPECT_EQ(date(" 15.03.2025 "), "2025-03-15");
    EXPECT_EQ(date("1.3.2025"), "2025-03-01");
    EXPECT_EQ(date("15/03/2025"), "2025-03-15");
    EXPECT_EQ(date("15032025"), "2025-03-15");
    EXPECT_EQ(date("2025-03-15"), "2025-03-15");
    for (const char* bad : {"31.02.2025", "15.03.25", "+1.03.2025", "15..03.2025", "15.03.2025.1", "15.13.2025",
                            "2025-3-15", "15.03.2025x", "abc", "1503202"})
        EXPECT_EQ(date(bad), "error:input.error.date") << bad;
    auto month = [](const char* t) {
        auto p = ui::parse_month_text(t, true);
        return p.value ? p.value->to_string() : "error:" + p.error_key;
    };
    EXPECT_EQ(month("01.2024"), "2024-01");
    EXPECT_EQ(month("1.2024"), "2024-01");
    EXPECT_EQ(month("2024-01"), "2024-01");
    for (const char* bad : {"13.2024", "0.2024", "01.24", "2024-1", "01.2024.1"})
        EXPECT_EQ(month(bad), "error:input.error.month") << bad;
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

// The top bar at every width from a 320 px phone, in every language and text size: each label on one line (the
// quick exit as tall as the home button), everything inside the bar, nothing overlapping, settings always there.
TEST_F(screens, the_top_bar_keeps_its_labels_on_one_line_inside_the_bar_at_any_width_language_and_text_size) {
    const char* parts[] = {"nav.home", "nav.language.0", "nav.language.1", "nav.language.2", "nav.settings",
                           "nav.quick_exit"};
    int checked = 0;
    for (int scale : ui::text_scales)
        for (auto lang : core::i18n::all_langs)
            for (int w = 320; w <= 1920; w += 8) {
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
                EXPECT_NE(app->tree().find("nav.settings"), nullptr) << where << ": no settings";
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
