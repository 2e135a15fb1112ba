// The documents' real assets, read as the app and the CLI read them: the six templates match their fields, cite
// only articles of law/sources.json, hold kk and ru; the links name guide results; the court list is dated and
// sourced. (`otbasy-cli guide lint` runs the same check.)
#include <gtest/gtest.h>

#include "core/documents/build.hpp"
#include "core/documents/library.hpp"
#include "core/guide/model.hpp"
#include "core/law/sources.hpp"
#include "platform/assets_native.hpp"

using namespace otbasy::core;
namespace docs = otbasy::core::documents;

namespace {
AssetReader assets() { return otbasy::platform::assets_from_dir(OTBASY_ASSETS_DIR); }
}  // namespace

TEST(documents_assets, templates_links_and_courts_pass_the_checks) {
    auto sources = law::Sources::load(assets());
    ASSERT_TRUE(sources.ok());
    auto guide = guide::load_guide(assets());
    ASSERT_TRUE(guide.ok());
    auto errors = docs::lint_documents(
        assets(), [&](std::string_view id) { return sources->resolve(id).ok(); },
        [&](std::string_view id) {
            const auto* n = guide->node(id);
            return n && n->type == guide::NodeType::result;
        });
    for (const auto& e : errors) ADD_FAILURE() << e.path << ": " << e.message << " [" << e.code << "]";
}

TEST(documents_assets, every_type_has_a_template_and_a_name_in_three_languages) {
    auto lib = docs::Library::load(assets());
    ASSERT_TRUE(lib.ok());
    for (auto type : docs::document_types) {
        EXPECT_NE(lib->find(type), nullptr) << type;
        for (auto l : i18n::all_langs) {
            // The name is read at start (it labels the offers under guide results); the summary with the form.
            for (auto [folder, part] : {std::pair<const char*, const char*>{"documents_menu", ".title"}, {"documents", ".summary"}}) {
                const std::string path = "i18n/" + std::string(folder) + "/" + std::string(i18n::code(l)) + ".json";
                auto catalog = i18n::Catalog::load(assets().read(path).value_or(""), path);
                ASSERT_TRUE(catalog.ok()) << path;
                EXPECT_NE(catalog->find("documents.type." + std::string(type) + part), nullptr) << path << ": " << type << part;
            }
        }
    }
}

TEST(documents_assets, the_court_list_names_the_three_big_cities_and_marks_what_is_unconfirmed) {
    auto lib = docs::Library::load(assets());
    ASSERT_TRUE(lib.ok());
    for (const char* id : {"astana", "almaty", "shymkent"}) EXPECT_NE(lib->courts.find(id), nullptr) << id;
    EXPECT_GE(lib->courts.courts.size(), 17u);
    for (const auto& c : lib->courts.courts) {
        EXPECT_FALSE(c.sources.empty()) << c.id;
        // An address is shown only when it was read in a source; until then the court is marked unconfirmed.
        if (!c.address) {
            EXPECT_TRUE(c.unconfirmed) << c.id;
        }
    }
}

TEST(documents_assets, guide_results_lead_to_every_document) {
    auto links = docs::load_links(assets());
    ASSERT_TRUE(links.ok());
    for (auto type : docs::document_types) {
        bool linked = false;
        for (const auto& [id, link] : links->results)
            for (const auto& d : link.documents) linked = linked || d == type;
        EXPECT_TRUE(linked) << type << " is offered by no guide result";
    }
}
