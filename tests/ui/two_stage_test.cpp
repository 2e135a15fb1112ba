// Loading in two stages, as the browser does on a first visit (ui/content.hpp): the first bundle (one language's
// main catalog and the topic index) draws the home screen and the list of topics; what needs more waits, briefly and
// without losing anything, until the rest has arrived. Also: texts written once for a one-language bundle.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "core/i18n/lang.hpp"
#include "platform/assets_native.hpp"
#include "ui/app.hpp"

using namespace otbasy;

namespace {

// The real assets, of which only `visible` paths can be read (all when `visible` is empty), plus `extra` files.
struct Bundle {
    core::AssetReader disk = platform::assets_from_dir(OTBASY_ASSETS_DIR);
    std::map<std::string, std::string> extra;
    bool complete = false;

    bool shown(std::string_view path) const {
        return complete || path == "i18n/kk.json" || path == "i18n/triage/kk.json" || path == "i18n/documents_menu/kk.json" || extra.count(std::string(path)) > 0;
    }
    core::AssetReader reader() {
        core::AssetReader r;
        r.read = [this](std::string_view path) -> std::optional<std::string> {
            if (auto it = extra.find(std::string(path)); it != extra.end()) return it->second;
            if (!shown(path)) return std::nullopt;
            return disk.read(path);
        };
        r.list = [this](std::string_view dir) {
            std::vector<std::string> out;
            for (const auto& p : disk.list(dir))
                if (shown(p)) out.push_back(p);
            for (const auto& [p, text] : extra)
                if (p.compare(0, dir.size(), dir) == 0) out.push_back(p);
            return out;
        };
        return r;
    }
};

// guide/index.json as tools/make_dist.py writes it: each listed topic's id, order, title, summary and start.
std::string topic_index(const core::AssetReader& disk) {
    auto topics = nlohmann::json::parse(*disk.read("guide/topics.json"));
    nlohmann::json index = {{"schema", 1}, {"topics", nlohmann::json::array()}};
    for (const auto& id : topics["topics"]) {
        auto t = nlohmann::json::parse(*disk.read("guide/" + id.get<std::string>() + ".json"));
        index["topics"].push_back({{"topic", t["topic"]}, {"order", t["order"]}, {"title", t["title"]},
                                   {"summary", t["summary"]}, {"start", t["start"]}});
    }
    return index.dump();
}

struct Headless {
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1024, 768);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    }
    ~Headless() { ImGui::DestroyContext(); }
};

void frames(ui::App& app, int n = 2) {
    for (int i = 0; i < n; ++i) {
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
    }
}

bool on_screen(const ui::App& app, const std::string& id) { return app.tree().find(id) != nullptr; }

class two_stage : public ::testing::Test {
protected:
    void SetUp() override {
        bundle.extra["guide/index.json"] = topic_index(bundle.disk);
        app = std::make_unique<ui::App>(bundle.reader());
        auto errors = app->load();
        for (const auto& e : errors) ADD_FAILURE() << e.path << ": " << e.message;
    }
    void arrive() {
        bundle.complete = true;
        auto errors = app->load_rest();
        for (const auto& e : errors) ADD_FAILURE() << e.path << ": " << e.message;
    }
    Headless imgui;
    Bundle bundle;
    std::unique_ptr<ui::App> app;
};

}  // namespace

TEST_F(two_stage, the_first_bundle_draws_home_and_the_topic_list) {
    EXPECT_FALSE(app->content().complete);
    EXPECT_EQ(app->content().guide.topics.size(), app->content().guide.listed.size());
    ASSERT_FALSE(app->content().guide.topics.empty());
    frames(*app);
    EXPECT_TRUE(on_screen(*app, "home.open_guide"));
    app->act("home.open_guide", "");
    frames(*app, 3);
    EXPECT_TRUE(on_screen(*app, "guide.topic.divorce"));
    EXPECT_TRUE(app->strings().missing().empty()) << *app->strings().missing().begin();
}

TEST_F(two_stage, a_topic_chosen_before_the_rest_arrives_opens_when_it_does) {
    app->state().screen = ui::Screen::guide;
    frames(*app);
    app->act("guide.topic.divorce", "");
    frames(*app, 3);
    EXPECT_TRUE(on_screen(*app, "loading.title"));
    EXPECT_FALSE(app->state().guide.has_value());
    arrive();
    frames(*app, 3);
    ASSERT_TRUE(app->state().guide.has_value());
    EXPECT_EQ(app->state().guide->topic().id, "divorce");
    EXPECT_FALSE(on_screen(*app, "loading.title"));
}

TEST_F(two_stage, actions_for_a_screen_that_waits_are_kept_until_the_content_is_there) {
    app->act("home.open_estimator", "");
    frames(*app, 2);
    EXPECT_EQ(app->state().screen, ui::Screen::estimator);
    app->act("estimator.income.0.amount", "450000");
    frames(*app, 4);
    EXPECT_TRUE(on_screen(*app, "loading.title"));
    EXPECT_TRUE(app->wants_frame());  // frames keep coming while it waits: whoever waits for idle waits for it too
    EXPECT_EQ(app->state().estimator.income[0].amount, "");
    arrive();
    frames(*app, 3);
    EXPECT_EQ(app->state().estimator.income[0].amount, "450000");
    EXPECT_TRUE(app->state().actions.empty());
    frames(*app, 4);
    EXPECT_FALSE(app->wants_frame());  // idle again
}

TEST_F(two_stage, a_failed_second_bundle_is_said_and_nothing_waits_forever) {
    app->act("home.open_estimator", "");
    frames(*app, 2);
    app->act("estimator.income.0.amount", "1");
    app->content_failed();
    frames(*app, 5);
    EXPECT_TRUE(on_screen(*app, "loading.failed"));
    EXPECT_TRUE(app->state().actions.empty());
    EXPECT_FALSE(app->wants_frame());
}

TEST_F(two_stage, search_waits_for_the_content_and_is_built_on_first_use) {
    app->state().search_query = "алимент";
    frames(*app, 2);
    EXPECT_TRUE(on_screen(*app, "home.search.loading"));
    arrive();
    EXPECT_FALSE(app->content().search.built());
    frames(*app, 2);
    EXPECT_TRUE(app->content().search.built());
    EXPECT_FALSE(on_screen(*app, "home.search.loading"));
}

TEST(one_language_texts, a_star_text_is_the_text_in_every_language) {
    auto j = nlohmann::json::parse(R"({"t": {"*": "Ажырасу"}, "bad": {"*": 3}})");
    core::Errors errors;
    core::JsonReader r(j, "x.json", errors);
    auto t = core::i18n::read_text(r, "t");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->kk, "Ажырасу");
    EXPECT_EQ(t->ru, "Ажырасу");
    EXPECT_EQ(t->en, "Ажырасу");
    EXPECT_TRUE(errors.empty());
    EXPECT_FALSE(core::i18n::read_text(r, "bad").has_value());
    EXPECT_FALSE(errors.empty());
}
