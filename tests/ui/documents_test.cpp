// The documents' screens, headless (no renderer): the list, every type's form in kk, ru and en, the preview, bad
// input shown under its field in the person's language with nothing lost, the prefill from the estimator and a guide
// result, the privacy rules (quick exit forgets, the answers file leaves names out unless asked), and the effects
// the platform acts on (print, .docx).
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include <imgui.h>

#include "core/base/json_read.hpp"
#include "core/documents/service.hpp"
#include "core/guide/session.hpp"
#include "platform/assets_native.hpp"
#include "ui/app.hpp"
#include "ui/imgui_assert.hpp"
#include "headless.hpp"

using namespace otbasy;
using core::i18n::Lang;

namespace {

std::vector<std::string> g_asserts;
void record_assert(const char* expr, const char* file, int line) {
    g_asserts.push_back(std::string(expr) + " at " + file + ":" + std::to_string(line));
}

class documents_screen : public ::testing::Test {
protected:
    void SetUp() override {
        g_asserts.clear();
        ui::set_imgui_assert_handler(record_assert);
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        app = std::make_unique<ui::App>(platform::assets_from_dir(OTBASY_ASSETS_DIR));
        for (const auto& e : app->load()) ADD_FAILURE() << e.path << ": " << e.message;
        app->set_font_data(test::font_file("Regular"), test::font_file("Bold"));
        app->state().today = *core::Date::from_ymd(2026, 3, 2);
        // The documents' engine natively, as the browser's documents module runs it.
        auto service = std::make_shared<core::documents::Service>(platform::assets_from_dir(OTBASY_ASSETS_DIR));
        app->set_documents_service([service](const std::string& request) { return service->call(request); });
    }
    void TearDown() override {
        app.reset();
        ImGui::DestroyContext();
        EXPECT_TRUE(g_asserts.empty()) << g_asserts.front();
    }

    void frames(int n = 2, float w = 1280, float h = 800) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(w, h);
        io.DeltaTime = 1.0f / 60.0f;
        test::upload_fonts(*app, 1.0f);
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            app->frame();
            ImGui::Render();
        }
    }
    // An action, then frames until it was consumed.
    void act(const std::string& id, const std::string& value = "") {
        app->act(id, value);
        frames(2);
    }
    bool has_effect(ui::Effect::Kind k) const {
        for (const auto& e : app->state().effects)
            if (e.kind == k) return true;
        return false;
    }
    // Opens the list of documents the way the platform does: the screen asks for the templates, the platform
    // fetches them and says so.
    void open_documents() {
        app->state().screen = ui::Screen::document;
        frames(1);
        ASSERT_TRUE(has_effect(ui::Effect::Kind::load_documents));
        app->state().effects.clear();
        act("documents.loaded");
        ASSERT_TRUE(app->content().documents_ready());
    }
    void check_tree(const std::string& where) {
        std::set<std::string> ids;
        for (const auto& n : app->tree().nodes()) {
            EXPECT_TRUE(ids.insert(n.id).second) << where << ": duplicate id " << n.id;
            if (n.interactive()) {
                EXPECT_FALSE(n.label.empty()) << where << ": unlabelled " << n.id;
            }
            EXPECT_EQ(n.label.find("⟦"), std::string::npos) << where << ": untranslated " << n.label;
        }
    }
    const ui::SemanticNode* node(const std::string& id) const { return app->tree().find(id); }

    // A court order's answers, typed as a person types them.
    void type_court_order() {
        act("doc.type.court_order");
        act("doc.court.astana");  // the list is open while no court is chosen
        act("doc.claimant.name", "Асқарова Айгүл Болатқызы");
        act("doc.claimant.iin", "880315 412341");
        act("doc.claimant.address", "Астана, Кенесары 40-12");
        act("doc.defendant.name", "Асқаров Ерлан Маратұлы");
        act("doc.defendant.iin", "850722356780");
        act("doc.defendant.address", "Астана, Абая 10-5");
        act("doc.children.0.name", "Асқарова Амина Ерланқызы");
        act("doc.children.0.birth_date", "12.04.2018");
        act("doc.parent_recorded");
        act("doc.estimate.income.monthly", "450 000");
    }

    std::unique_ptr<ui::App> app;
};

}  // namespace

TEST_F(documents_screen, the_templates_arrive_on_demand_and_the_list_shows_six_documents) {
    EXPECT_FALSE(app->content().courts.has_value()) << "nothing of the documents is read at start";
    open_documents();
    frames(2);
    for (const char* t : {"court_order", "alimony_claim", "divorce_claim", "alimony_agreement", "mediated_agreement",
                          "bailiff_application"})
        EXPECT_NE(node(std::string("doc.type.") + t), nullptr) << t;
    check_tree("list");
}

TEST_F(documents_screen, every_form_draws_soundly_in_three_languages_and_on_a_phone) {
    open_documents();
    for (const char* t : {"court_order", "alimony_claim", "divorce_claim", "alimony_agreement", "mediated_agreement",
                          "bailiff_application"}) {
        for (auto lang : core::i18n::all_langs) {
            app->state().document = ui::DocumentState{};
            app->state().document.type = t;
            app->state().lang = lang;
            // Show every optional part: the choices that open more fields.
            auto& f = app->state().document.fields;
            f["requests.arrears"] = "1";
            f["arrangement"] = "claims";
            f["alimony_asked"] = "1";
            f["alimony.payer"] = "party1";
            f["claim.form"] = "mixed";
            f["alimony.form"] = "mixed";
            f["agreement.form"] = "mixed";
            app->state().document.children = {ui::DocChild{}};
            app->state().document.attempted = true;  // every message shown
            frames(2, 360, 640);
            check_tree(std::string(t) + " " + std::string(core::i18n::code(lang)));
            for (const auto& n : app->tree().nodes()) {
                if (n.interactive() && n.w > 0) {
                    EXPECT_LE(n.x + n.w, 360.5f) << t << ": " << n.id << " runs off a phone";
                }
            }
        }
    }
    EXPECT_TRUE(app->strings().missing().empty()) << *app->strings().missing().begin();
}

TEST_F(documents_screen, a_filled_court_order_shows_the_document_and_asks_the_platform_to_print_and_zip_it) {
    open_documents();
    app->state().lang = Lang::ru;
    type_court_order();
    act("doc.show");
    ASSERT_TRUE(app->state().document.preview) << "the document builds from what was typed";
    frames(2);
    check_tree("preview");
    const auto* share = node("doc.preview.request.order");
    ASSERT_NE(share, nullptr);
    EXPECT_NE(share->label.find("1/4"), std::string::npos);
    EXPECT_NE(node("doc.preview.child.1"), nullptr);
    EXPECT_NE(node("doc.preview.estimate"), nullptr) << "the estimate from the typed income";
    // The document's language is independent of the app's.
    act("doc.lang.0");
    const auto* kk = node("doc.preview.title");
    ASSERT_NE(kk, nullptr);
    EXPECT_EQ(kk->label, "АРЫЗ");
    // Print: the platform gets the model of the document; .docx: its parts.
    app->state().effects.clear();
    act("doc.print");
    bool printed = false;
    for (const auto& e : app->state().effects) {
        if (e.kind != ui::Effect::Kind::print_document) continue;
        auto j = core::parse_json(e.value);
        ASSERT_TRUE(j.ok());
        EXPECT_EQ((*j)["lang"], "kk");
        EXPECT_EQ((*j)["type"], "court_order");
        printed = true;
    }
    EXPECT_TRUE(printed);
    app->state().effects.clear();
    act("doc.docx");
    bool zipped = false;
    for (const auto& e : app->state().effects) {
        if (e.kind != ui::Effect::Kind::save_docx) continue;
        auto j = core::parse_json(e.value);
        ASSERT_TRUE(j.ok());
        EXPECT_EQ((*j)["parts"][0][0], "[Content_Types].xml");
        EXPECT_NE((*j)["file"].get<std::string>().find(".docx"), std::string::npos);
        zipped = true;
    }
    EXPECT_TRUE(zipped);
}

TEST_F(documents_screen, bad_input_shows_messages_under_the_fields_in_the_persons_language_and_keeps_the_text) {
    open_documents();
    app->state().lang = Lang::ru;
    type_court_order();
    act("doc.claimant.iin", "880315412342");   // one digit wrong
    act("doc.defendant.name", "   ");           // empty
    act("doc.children.0.birth_date", "01.05.2026");  // after the document's date
    act("doc.show");
    EXPECT_FALSE(app->state().document.preview) << "no document from bad input";
    frames(2);
    const auto& ru = app->strings();
    auto alert = [&](const std::string& id) { return node(id + ".error"); };
    ASSERT_NE(alert("doc.claimant.iin"), nullptr);
    EXPECT_EQ(alert("doc.claimant.iin")->label, ru.get(Lang::ru, "documents.error.iin_checksum"));
    ASSERT_NE(alert("doc.defendant.name"), nullptr);
    EXPECT_EQ(alert("doc.defendant.name")->label, ru.get(Lang::ru, "documents.error.required"));
    ASSERT_NE(alert("doc.children.0.birth_date"), nullptr);
    EXPECT_EQ(alert("doc.children.0.birth_date")->label, ru.get(Lang::ru, "documents.error.date_future"));
    EXPECT_TRUE(node("doc.claimant.iin")->state & ui::state_invalid);
    // What was typed stays, the wrong text too.
    EXPECT_EQ(node("doc.claimant.iin")->value, "880315412342");
    EXPECT_EQ(node("doc.claimant.name")->value, "Асқарова Айгүл Болатқызы");
    EXPECT_EQ(node("doc.children.0.name")->value, "Асқарова Амина Ерланқызы");
    // The same messages in Kazakh when the app is in Kazakh.
    app->state().lang = Lang::kk;
    frames(2);
    EXPECT_EQ(alert("doc.claimant.iin")->label, ru.get(Lang::kk, "documents.error.iin_checksum"));
    // Corrected, the document comes.
    act("doc.claimant.iin", "880315412341");
    act("doc.defendant.name", "Асқаров Ерлан Маратұлы");
    act("doc.children.0.birth_date", "12.04.2018");
    act("doc.show");
    EXPECT_TRUE(app->state().document.preview);
}

TEST_F(documents_screen, the_estimator_prefills_the_document_visibly) {
    auto& e = app->state().estimator;
    e.income = {{"300 000", false}};
    e.orders = {ui::OrderRow{}};
    e.orders[0].children = "2";
    app->state().screen = ui::Screen::estimator;
    frames(2);
    ASSERT_NE(node("doc.offer.court_order"), nullptr) << "the estimator offers the documents it leads to";
    act("doc.offer.court_order");
    EXPECT_EQ(app->state().screen, ui::Screen::document);
    act("documents.loaded");
    frames(2);
    ASSERT_NE(node("doc.estimate.income.monthly"), nullptr);
    EXPECT_EQ(node("doc.estimate.income.monthly")->value, "300 000");
    EXPECT_EQ(app->state().document.children.size(), 2u) << "a row for each child of the estimate";
}

TEST_F(documents_screen, a_guide_result_offers_its_document_with_what_it_implies) {
    app->state().screen = ui::Screen::guide;
    app->state().guide_preview = "r_divorce_court_contested";
    frames(2);
    ASSERT_NE(node("doc.offer.divorce_claim"), nullptr);
    act("doc.offer.divorce_claim");
    EXPECT_EQ(app->state().document.type, "divorce_claim");
    EXPECT_EQ(app->state().document.fields["consent"], "objects");
}

TEST_F(documents_screen, quick_exit_and_start_again_forget_names_and_the_answers_file_leaves_them_out) {
    open_documents();
    type_court_order();
    act("doc.show");
    ASSERT_TRUE(app->state().document.preview);
    // The answers file: without the tick, no name, ИИН or address.
    app->state().effects.clear();
    act("doc.save");
    std::string saved;
    for (const auto& e : app->state().effects)
        if (e.kind == ui::Effect::Kind::save_file) saved = e.value;
    ASSERT_FALSE(saved.empty());
    for (const char* secret : {"Асқарова", "880315", "Кенесары", "850722356780", "Амина"})
        EXPECT_EQ(saved.find(secret), std::string::npos) << secret;
    EXPECT_NE(saved.find("450 000"), std::string::npos) << "amounts are kept";
    act("doc.keep_personal");
    app->state().effects.clear();
    act("doc.save");
    for (const auto& e : app->state().effects)
        if (e.kind == ui::Effect::Kind::save_file) saved = e.value;
    EXPECT_NE(saved.find("880315 412341"), std::string::npos) << "kept, as typed, when the person asks";
    // Opening the file brings the answers back.
    app->state().document = ui::DocumentState{};
    frames(1);
    act("documents.load_file", saved);
    EXPECT_EQ(app->state().document.people["claimant"].iin, "880315 412341");
    EXPECT_EQ(app->state().document.type, "court_order");
    // Start again forgets.
    act("doc.start_again");
    EXPECT_TRUE(app->state().document.people.empty());
    EXPECT_TRUE(has_effect(ui::Effect::Kind::clear_print));
    // Quick exit forgets at once.
    type_court_order();
    EXPECT_FALSE(app->state().document.people.empty());
    act("nav.quick_exit");
    EXPECT_TRUE(app->state().document.people.empty());
    EXPECT_TRUE(app->state().document.children.empty());
}
