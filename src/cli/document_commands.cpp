// otbasy-cli document TYPE --lang kk|ru --format html|docx|json [FILE|-]: the person's answers (JSON) in, the
// filled-in document out on stdout. Layer: cli (native). Bad input → exit 2 with {"errors": [{"field", "code",
// "message"}]} on stdout, as the estimator's commands; warnings go to stderr.
#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "core/alimony/json_io.hpp"
#include "core/documents/build.hpp"
#include "core/documents/docx.hpp"
#include "core/documents/library.hpp"
#include "core/guide/model.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"
#include "zip/zip_writer.hpp"

namespace otbasy::cli {

namespace {

using core::Json;
namespace docs = core::documents;
namespace i18n = core::i18n;

void print_json(const Json& j) {
    const std::string text = j.dump(2, ' ', false, Json::error_handler_t::replace);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

int bad_input(const core::Errors& errors) {
    print_json(core::alimony::errors_to_json(errors));
    return exit_bad_input;
}

int bad_input(const std::string& field, const std::string& code, const std::string& message) {
    return bad_input({core::make_error(field, code, message)});
}

int failed(const core::Errors& errors) {
    for (const auto& e : errors) std::fprintf(stderr, "otbasy-cli: %s: %s\n", e.path.c_str(), e.message.c_str());
    return exit_failed;
}

int run_document(Context& ctx) {
    std::string type, lang_text, format = "html", path = "-";
    int positional = 0;
    for (std::size_t i = 0; i < ctx.args.size(); ++i) {
        const std::string& a = ctx.args[i];
        if (a == "--lang" || a == "--format") {
            if (i + 1 >= ctx.args.size()) return bad_input(a, "documents.error.required", "needs a value");
            (a == "--lang" ? lang_text : format) = ctx.args[++i];
        } else if (positional == 0) {
            type = a;
            ++positional;
        } else if (positional == 1) {
            path = a;
            ++positional;
        } else {
            return bad_input("FILE", "documents.error.too_many", "give one input file, or - for stdin");
        }
    }
    if (!docs::is_document_type(type)) {
        std::string list;
        for (auto t : docs::document_types) list += (list.empty() ? "" : ", ") + std::string(t);
        return bad_input("TYPE", "documents.error.type_unknown", "must be one of: " + list);
    }
    auto lang = i18n::parse_lang(lang_text);
    if (!lang || *lang == i18n::Lang::en)
        return bad_input("--lang", "documents.error.lang", "documents are written in kk or ru");
    if (format != "html" && format != "docx" && format != "json")
        return bad_input("--format", "documents.error.choice", "must be html, docx or json");
    std::string text;
    if (!read_input(path, text)) return bad_input("FILE", "documents.error.required", "cannot read \"" + path + "\"");
    auto input = core::parse_json(text);
    if (!input) return bad_input("", "documents.error.json", input.errors()[0].message);

    auto params = core::law::ParameterSet::load(ctx.assets);
    if (!params) return failed(params.errors());
    auto sources = core::law::Sources::load(ctx.assets);
    if (!sources) return failed(sources.errors());
    auto library = docs::Library::load(ctx.assets);
    if (!library) return failed(library.errors());
    // The estimator's step texts in the document's language, for the working attached as an annex.
    const std::string catalog_path = "i18n/alimony/" + std::string(i18n::code(*lang)) + ".json";
    auto catalog_text = ctx.assets.read(catalog_path);
    if (!catalog_text) return failed({core::make_error(catalog_path, "asset.missing", "cannot be read")});
    auto catalog = i18n::Catalog::load(*catalog_text, catalog_path);
    if (!catalog) return failed(catalog.errors());

    docs::BuildEnv env{*library, *params, *sources, &*catalog};
    auto built = docs::build_document(type, *lang, *input, env);
    if (!built) return bad_input(built.errors());
    for (const auto& w : built->warnings)
        std::fprintf(stderr, "otbasy-cli: warning: %s: %s (%s)\n", w.path.c_str(), w.message.c_str(), w.code.c_str());

    if (format == "json") {
        print_json({{"document", docs::to_json(built->doc)}, {"facts", built->facts}});
    } else if (format == "html") {
        const std::string html = docs::to_html(built->doc);
        std::fwrite(html.data(), 1, html.size(), stdout);
    } else {
        std::vector<otbasy::zip::Entry> entries;
        for (auto& p : docs::docx_parts(built->doc)) entries.push_back({std::move(p.name), std::move(p.data)});
        const auto& d = built->doc.date;
        auto bytes = otbasy::zip::write(entries, {d.year(), d.month(), d.day()});
        if (!bytes) return failed({core::make_error("docx", "documents.error.zip", "the .docx could not be packed")});
        std::fwrite(bytes->data(), 1, bytes->size(), stdout);
    }
    return exit_ok;
}

}  // namespace

core::Errors lint_document_assets(const core::AssetReader& assets, const core::law::Sources& sources,
                                  const core::guide::Guide& guide) {
    return docs::lint_documents(
        assets, [&sources](std::string_view id) { return sources.resolve(id).ok(); },
        [&guide](std::string_view id) {
            const auto* n = guide.node(id);
            return n && n->type == core::guide::NodeType::result;
        });
}

void add_document_commands(std::vector<Command>& out) {
    out.push_back({"document", "TYPE --lang kk|ru [--format html|docx|json] [FILE|-]",
                   "a filled-in document (court order, claims, agreements, bailiff) from JSON answers", &run_document});
}

}  // namespace otbasy::cli
