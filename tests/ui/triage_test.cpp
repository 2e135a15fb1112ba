// The situation box, headless (Dear ImGui without a renderer): a person types a situation, the app asks for the
// classifier and reads the text when typing pauses, shows what it understood, and opens the guide at the step the
// confirmed facts lead to with those answers chosen; safety words bring the help numbers first; below the threshold
// it offers the closest topics and the list; the quick exit forgets the text. The classifier is the build's asset,
// handed to the app the way the browser platform hands it over.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <imgui.h>

#include "core/i18n/lang.hpp"
#include "platform/assets_native.hpp"
#include "ui/app.hpp"
#include "ui/handover.hpp"
#include "ui/imgui_assert.hpp"
#include "headless.hpp"

using namespace otbasy;
using core::i18n::Lang;

namespace {

std::vector<std::string> g_asserts;

void record_assert(const char* expr, const char* file, int line) {
    g_asserts.push_back(std::string(expr) + " at " + file + ":" + std::to_string(line));
}

class situation : public ::testing::Test {
protected:
    void SetUp() override {
        g_asserts.clear();
        ui::set_imgui_assert_handler(record_assert);
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        app = std::make_unique<ui::App>(platform::assets_from_dir(OTBASY_ASSETS_DIR));
        for (const auto& e : app->load()) ADD_FAILURE() << e.path << ": " << e.message;
        std::string regular = test::font_file("Regular");
        std::string bold = test::font_file("Bold");
        ASSERT_FALSE(regular.empty());
        fonts[0] = regular, fonts[1] = bold;
        app->set_font_data(std::move(regular), std::move(bold));
        model = test::read_file(OTBASY_TRIAGE_MODEL);
        ASSERT_FALSE(model.empty()) << OTBASY_TRIAGE_MODEL;
    }
    void TearDown() override {
        EXPECT_TRUE(g_asserts.empty()) << g_asserts.front();
        EXPECT_TRUE(app->strings().missing().empty()) << *app->strings().missing().begin();
        app.reset();
        ImGui::DestroyContext();
    }

    void frames(int n = 1) { frames_at(n, vw, vh, vdpr); }
    void frames_at(int n, float w, float h, float dpr) {
        vw = w, vh = h, vdpr = dpr;
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(w, h);
        io.DisplayFramebufferScale = ImVec2(dpr, dpr);
        io.DeltaTime = 1.0f / 60.0f;
        test::upload_fonts(*app, dpr);
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            app->frame();
            ImGui::Render();
            // What the browser platform does with the effects: the timer and the download come back later.
            for (auto& e : app->state().effects) {
                if (e.kind == ui::Effect::Kind::timer) timers.push_back({e.value, e.target});
                if (e.kind == ui::Effect::Kind::fetch_asset) fetched.push_back(e.value);
                if (e.kind == ui::Effect::Kind::open_url) opened.push_back(e.value);
            }
            app->state().effects.clear();
        }
    }
    // Frames until the app wants none (an idle page draws nothing); fails if it never settles.
    void settle() {
        for (int i = 0; i < 20; ++i) {
            frames(1);
            if (!app->wants_frame()) return;
        }
        ADD_FAILURE() << "the app keeps asking for frames";
    }
    // The person types the text (as the platform's <input> sends it), the download arrives, typing pauses.
    void type(const std::string& text, bool with_model = true) {
        app->state().editing = "triage.text";  // the platform's <input> is over the box
        app->act("triage.text", text);
        settle();
        if (with_model && !fetched.empty()) {
            app->asset_arrived(fetched.back(), model, true);
            fetched.clear();
        }
        ASSERT_FALSE(timers.empty()) << "typing sets a timer";
        auto last = timers.back();
        timers.clear();
        EXPECT_EQ(last.first, "triage.read");
        app->act(last.first, last.second);
        settle();
        app->state().editing.clear();  // the person leaves the box: nothing more to read
        settle();
    }
    const ui::SemanticNode* node(const std::string& id) const { return app->tree().find(id); }
    int index_of(const std::string& id) const {
        const auto& n = app->tree().nodes();
        for (std::size_t i = 0; i < n.size(); ++i)
            if (n[i].id == id) return static_cast<int>(i);
        return -1;
    }
    void press(const std::string& id) {
        ASSERT_NE(node(id), nullptr) << id << " is not on screen";
        app->act(id, "");
        settle();
    }

    // The page of a new version replaces this one (an update accepted): a fresh app, nothing downloaded yet, given
    // the session the old page handed over.
    void new_page(const std::string& handed_over) {
        app = std::make_unique<ui::App>(platform::assets_from_dir(OTBASY_ASSETS_DIR));
        for (const auto& e : app->load()) ADD_FAILURE() << e.path << ": " << e.message;
        app->set_font_data(fonts[0], fonts[1]);
        timers.clear(), fetched.clear(), opened.clear();
        app->platform_event("handover", handed_over);
        settle();
    }

    std::unique_ptr<ui::App> app;
    std::string fonts[2];
    std::string model;
    std::vector<std::pair<std::string, std::string>> timers;
    std::vector<std::string> fetched, opened;
    float vw = 1280, vh = 900, vdpr = 1;
};

}  // namespace

TEST_F(situation, typing_lands_on_the_right_guide_step_with_the_answers_chosen) {
    app->state().lang = Lang::ru;
    settle();
    ASSERT_NE(node("triage.text"), nullptr);
    EXPECT_TRUE(fetched.empty()) << "nothing is downloaded before the box is used";
    app->state().editing = "triage.text";
    app->act("triage.text", "бывший муж не платит алименты полгода, решение суда есть, приставы, он скрывается");
    settle();
    ASSERT_EQ(fetched, std::vector<std::string>{"triage-model.bin"});
    EXPECT_NE(node("triage.loading"), nullptr) << "it says it is loading meanwhile";
    app->asset_arrived(fetched.back(), model, true);
    fetched.clear();
    // Not read yet: only when typing pauses (the timer's action), not on every key.
    EXPECT_EQ(node("triage.understood"), nullptr);
    ASSERT_EQ(timers.size(), 1u);
    app->act(timers[0].first, timers[0].second);
    timers.clear();
    settle();

    const auto* best = node("triage.topic.unpaid_alimony");
    ASSERT_NE(best, nullptr);
    EXPECT_TRUE(best->state & ui::state_selected);
    EXPECT_EQ(best->label.rfind(app->strings().get(Lang::ru, "triage.likely"), 0), 0u) << best->label;
    for (const char* fact : {"triage.fact.months_unpaid", "triage.fact.document", "triage.fact.bailiff",
                             "triage.fact.whereabouts"}) {
        ASSERT_NE(node(fact), nullptr) << fact;
        EXPECT_TRUE(node(fact)->state & ui::state_checked) << fact;
    }
    EXPECT_NE(node("triage.fact.months_unpaid")->label.find('6'), std::string::npos);
    app->state().editing.clear();  // pressing a button takes the focus from the <input>
    settle();

    press("triage.open");
    auto& st = app->state();
    ASSERT_EQ(st.screen, ui::Screen::guide);
    ASSERT_TRUE(st.guide.has_value());
    EXPECT_EQ(st.guide->current().id, "r_unpaid_alimony_search");
    EXPECT_EQ(st.guide->answer_of("q_unpaid_alimony_role"), "recipient");
    EXPECT_EQ(st.guide->answer_of("q_unpaid_alimony_document"), "court");
    EXPECT_EQ(st.guide->answer_of("q_unpaid_alimony_bailiff"), "yes");
    EXPECT_EQ(st.guide->answer_of("q_unpaid_alimony_whereabouts"), "unknown");
    ASSERT_NE(node("triage.prefilled"), nullptr) << "the guide says answers were chosen";
    // Every chosen answer is a step of the path, and Back goes to it with the answer kept.
    EXPECT_EQ(st.guide->review().size(), 4u);
    press("guide.back");
    EXPECT_EQ(st.guide->current().id, "q_unpaid_alimony_whereabouts");
    ASSERT_NE(node("guide.option.unknown"), nullptr);
    EXPECT_TRUE(node("guide.option.unknown")->state & ui::state_selected);
}

TEST_F(situation, an_update_hands_over_the_text_and_the_corrections_to_the_new_page) {
    app->state().lang = Lang::kk;
    settle();
    const std::string text =
        "бұрынғы күйеуім 8 ай алимент төлемейді, сот шешімі бар, сот орындаушысында, ресми жұмыс істейді";
    type(text);
    ASSERT_NE(node("triage.fact.work"), nullptr);
    press("triage.fact.work");  // the person says the payer's work was misread
    ASSERT_FALSE(node("triage.fact.work")->state & ui::state_checked);

    new_page(ui::session_to_json(app->state()));
    ASSERT_NE(node("triage.text"), nullptr);
    EXPECT_EQ(node("triage.text")->value, text);
    EXPECT_EQ(fetched, std::vector<std::string>{"triage-model.bin"}) << "the new page fetches the classifier again";
    // Read again at once, with the correction kept; the topics come with the classifier.
    ASSERT_NE(node("triage.fact.work"), nullptr);
    EXPECT_FALSE(node("triage.fact.work")->state & ui::state_checked);
    ASSERT_NE(node("triage.fact.months_unpaid"), nullptr);
    EXPECT_TRUE(node("triage.fact.months_unpaid")->state & ui::state_checked);
    app->asset_arrived(fetched.back(), model, true);
    fetched.clear();
    settle();
    ASSERT_NE(node("triage.topic.unpaid_alimony"), nullptr);
    EXPECT_FALSE(node("triage.fact.work")->state & ui::state_checked) << "the classifier's arrival keeps it";
    press("triage.open");
    ASSERT_TRUE(app->state().guide.has_value());
    EXPECT_EQ(app->state().guide->current().id, "q_unpaid_alimony_whereabouts");

    // Opened with answers from the box: the note atop the guide survives the next update too.
    new_page(ui::session_to_json(app->state()));
    EXPECT_EQ(app->state().screen, ui::Screen::guide);
    EXPECT_NE(node("triage.prefilled"), nullptr);
}

TEST_F(situation, the_search_keeps_its_synonyms_when_the_day_changes) {
    app->state().lang = Lang::ru;
    app->state().search_query = "приставы";
    settle();
    ASSERT_NE(node("home.search.hits"), nullptr) << "«приставы» is a synonym of the guide's words";
    // The platform gives the app today's date before every frame; a new day rebuilds the index.
    app->set_today(*core::Date::parse("2027-01-01"));
    settle();
    EXPECT_NE(node("home.search.hits"), nullptr) << "…and so it stays after a new day";
}

TEST_F(situation, a_fact_ticked_off_and_another_topic_change_where_the_guide_opens) {
    app->state().lang = Lang::kk;
    settle();
    type("бұрынғы күйеуім 8 ай алимент төлемейді, сот шешімі бар, сот орындаушысында, ресми жұмыс істейді");
    ASSERT_NE(node("triage.topic.unpaid_alimony"), nullptr);
    ASSERT_NE(node("triage.fact.work"), nullptr);
    press("triage.fact.work");  // the person says the payer's work was misread
    EXPECT_FALSE(node("triage.fact.work")->state & ui::state_checked);
    press("triage.open");
    ASSERT_TRUE(app->state().guide.has_value());
    EXPECT_EQ(app->state().guide->current().id, "q_unpaid_alimony_whereabouts") << "the guide asks what was untold";

    // Another topic: the list has every topic; picking one opens it from the facts that fit it.
    press("nav.home");
    ASSERT_NE(node("triage.all_topics"), nullptr);
    press("triage.all_topics");
    press("triage.list.change_alimony");
    EXPECT_TRUE(node("triage.list.change_alimony")->state & ui::state_selected);
    press("triage.open");
    ASSERT_TRUE(app->state().guide.has_value());
    EXPECT_EQ(app->state().guide->topic().id, "change_alimony");
    EXPECT_EQ(app->state().guide->answer_of("q_change_alimony_basis"), "court");
}

TEST_F(situation, safety_words_bring_the_help_numbers_before_anything_else) {
    for (Lang lang : {Lang::kk, Lang::ru}) {
        app->state() = ui::AppState();
        app->state().lang = lang;
        settle();
        type(lang == Lang::ru ? "муж бьет меня и угрожает, не платит алименты на детей"
                              : "күйеуім ұрады, өлтіремін деп қорқытады, балаға алимент төлемейді");
        const int panel = index_of("triage.safety");
        ASSERT_GE(panel, 0);
        for (const char* c : {"triage.safety.emergency_112.call", "triage.safety.police_102.call",
                              "triage.safety.contact_centre_111.call", "triage.safety.family_support_centre"})
            EXPECT_NE(node(c), nullptr) << c;
        EXPECT_NE(node("triage.safety.checked"), nullptr) << "the numbers say when they were checked";
        const int topics = index_of("triage.understood");
        ASSERT_GE(topics, 0);
        EXPECT_LT(panel, topics) << "help first, then the topics";
        // The call button dials.
        opened.clear();
        press("triage.safety.emergency_112.call");
        EXPECT_EQ(opened, std::vector<std::string>{"tel:112"});
    }
}

TEST_F(situation, below_the_threshold_it_offers_the_three_closest_topics_and_the_list_never_a_guess) {
    app->state().lang = Lang::ru;
    settle();
    type("здравствуйте подскажите пожалуйста");
    ASSERT_NE(node("triage.unsure"), nullptr);
    int offered = 0;
    for (const auto& n : app->tree().nodes())
        if (n.id.rfind("triage.topic.", 0) == 0) {
            ++offered;
            EXPECT_FALSE(n.state & ui::state_selected) << n.id << " was chosen without the person";
        }
    EXPECT_EQ(offered, 3);
    EXPECT_NE(node("triage.list"), nullptr) << "the topic list is open";
    EXPECT_EQ(node("triage.open"), nullptr) << "nothing opens before a topic is picked";
    EXPECT_NE(node("triage.choose_first"), nullptr);
}

TEST_F(situation, the_numbers_open_the_estimator_prefilled) {
    app->state().lang = Lang::ru;
    settle();
    type("у нас двое детей, бывший муж получает 400 тысяч, алименты не платит");
    ASSERT_NE(node("triage.fact.children"), nullptr);
    ASSERT_NE(node("triage.fact.monthly"), nullptr);
    press("triage.open_estimator");
    ASSERT_EQ(app->state().screen, ui::Screen::estimator);
    settle();
    ASSERT_EQ(app->state().estimator.orders.size(), 1u);
    EXPECT_EQ(app->state().estimator.orders[0].kind, 0);
    EXPECT_EQ(app->state().estimator.orders[0].children, "2");
    ASSERT_EQ(app->state().estimator.income.size(), 1u);
    EXPECT_EQ(app->state().estimator.income[0].amount, "400000");
    EXPECT_NE(node("estimator.table"), nullptr) << "an estimate from the prefilled numbers";
}

TEST_F(situation, without_the_classifier_it_says_so_and_still_reads_safety_and_facts) {
    app->state().lang = Lang::kk;
    settle();
    app->state().editing = "triage.text";
    app->act("triage.text", "екі балам бар, ұрады");
    settle();
    ASSERT_EQ(fetched.size(), 1u);
    app->asset_arrived(fetched[0], "", false);  // offline on a first visit
    fetched.clear();
    app->act(timers.back().first, timers.back().second);
    settle();
    EXPECT_NE(node("triage.failed"), nullptr);
    EXPECT_NE(node("triage.safety"), nullptr);
    EXPECT_NE(node("triage.fact.children"), nullptr);
    EXPECT_EQ(node("triage.understood"), nullptr);
    press("triage.retry");
    ASSERT_EQ(fetched.size(), 1u) << "trying again asks for the file again";
    app->asset_arrived(fetched[0], model, true);
    settle();
    EXPECT_NE(node("triage.understood"), nullptr) << "the text is read again with the classifier";
}

TEST_F(situation, the_quick_exit_forgets_the_text_and_an_idle_box_draws_nothing) {
    app->state().lang = Lang::ru;
    settle();
    type("не платит алименты 3 месяца");
    EXPECT_FALSE(app->wants_frame()) << "after reading, the page is idle";
    EXPECT_TRUE(timers.empty());
    app->escape_pressed(10.0);
    app->escape_pressed(10.5);
    EXPECT_TRUE(app->state().triage.text.empty());
    EXPECT_FALSE(app->state().triage.outcome.has_value());
}

TEST_F(situation, every_state_of_the_box_has_a_sound_tree_in_every_language_and_width) {
    struct Viewport { float w, h, dpr; } viewports[] = {{360, 640, 3}, {1280, 800, 1}};
    const char* texts[] = {"бывший муж не платит алименты полгода, решение суда есть, двое детей, доход 300к",
                           "күйеуім ұрады, баланы алып кетті", "подскажите пожалуйста"};
    int checked = 0;
    for (const char* text : texts)
        for (auto lang : core::i18n::all_langs)
            for (auto vp : viewports) {
                app->state() = ui::AppState();
                app->state().lang = lang;
                frames_at(1, vp.w, vp.h, vp.dpr);
                type(text);
                frames(2);
                std::set<std::string> ids;
                for (const auto& n : app->tree().nodes()) {
                    EXPECT_TRUE(ids.insert(n.id).second) << text << ": duplicate id " << n.id;
                    if (n.interactive()) {
                        EXPECT_FALSE(n.label.empty()) << n.id;
                    }
                    EXPECT_EQ(n.label.find("⟦"), std::string::npos) << n.label;
                    if (n.interactive() && n.w > 0) {
                        EXPECT_LE(n.x + n.w, vp.w + 0.5f) << n.id << " at " << vp.w;
                    }
                }
                if (HasFailure()) return;
                ++checked;
            }
    EXPECT_EQ(checked, 3 * 3 * 2);
}

TEST(situation_strings, the_three_catalogs_hold_the_same_keys) {
    auto assets = platform::assets_from_dir(OTBASY_ASSETS_DIR);
    std::set<std::string> keys[3];
    int i = 0;
    for (const char* lang : {"kk", "ru", "en"}) {
        auto text = assets.read(std::string("i18n/triage/") + lang + ".json");
        ASSERT_TRUE(text.has_value()) << lang;
        auto c = core::i18n::Catalog::load(*text, lang);
        ASSERT_TRUE(c.ok()) << lang;
        for (const auto& [k, v] : c->strings()) keys[i].insert(k);
        ++i;
    }
    EXPECT_EQ(keys[0], keys[1]);
    EXPECT_EQ(keys[0], keys[2]);
    // Every fact the reader can report has its words.
    for (const auto& kind : core::triage::fact_kinds()) {
        if (kind.number) {
            if (kind.name != "children" && kind.name != "monthly" && kind.name != "months_unpaid") continue;
            EXPECT_TRUE(keys[0].count("triage.fact." + kind.name)) << kind.name;
        } else {
            for (const auto& v : kind.values) {
                EXPECT_TRUE(keys[0].count("triage.fact." + kind.name + "." + v)) << kind.name << "=" << v;
            }
        }
    }
}
