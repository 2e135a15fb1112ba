// Loading and checking the documents' templates, links and court list (`guide lint`). Layer: core/documents.
#include "core/documents/library.hpp"

#include <algorithm>

#include "core/documents/build.hpp"

namespace otbasy::core::documents {

const Template* Library::find(std::string_view type) const {
    auto it = templates.find(type);
    return it == templates.end() ? nullptr : &it->second;
}

Result<Library> Library::load(const AssetReader& assets) {
    Library lib;
    Errors errors;
    for (auto type : document_types) {
        const std::string file = "documents/" + std::string(type) + ".json";
        auto text = assets.read(file);
        if (!text) {
            errors.push_back(make_error(file, "asset.missing", "cannot be read"));
            continue;
        }
        auto t = parse_template(*text, file);
        if (!t) {
            errors.insert(errors.end(), t.errors().begin(), t.errors().end());
            continue;
        }
        if (t->type != type) errors.push_back(make_error(file, "documents.asset.type", "declares another type"));
        lib.templates.emplace(std::string(type), std::move(t).value());
    }
    auto courts_text = assets.read(courts_file);
    if (!courts_text) {
        errors.push_back(make_error(courts_file, "asset.missing", "cannot be read"));
    } else if (auto c = parse_courts(*courts_text, courts_file)) {
        lib.courts = std::move(c).value();
    } else {
        errors.insert(errors.end(), c.errors().begin(), c.errors().end());
    }
    if (!errors.empty()) return errors;
    return lib;
}

Errors lint_documents(const AssetReader& assets, const std::function<bool(std::string_view)>& cite_exists,
                      const std::function<bool(std::string_view)>& result_exists) {
    Errors errors;
    auto append = [&errors](const Errors& more) { errors.insert(errors.end(), more.begin(), more.end()); };
    // Every file of documents/ is a template of a known type, or the links.
    for (const auto& path : assets.list("documents/")) {
        if (path == links_file) continue;
        std::string stem = path.substr(std::string("documents/").size());
        if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".json") == 0) stem.resize(stem.size() - 5);
        if (!is_document_type(stem))
            errors.push_back(make_error(path, "documents.asset.unknown_file", "is not a template of a known document type"));
    }
    auto lib = Library::load(assets);
    if (!lib) append(lib.errors());
    for (auto type : document_types) {
        const std::string file = "documents/" + std::string(type) + ".json";
        auto text = assets.read(file);
        if (!text) continue;
        auto t = parse_template(*text, file);
        if (!t) continue;
        append(check_template(*t, context_schema(type), file, cite_exists));
    }
    if (lib) {
        for (const auto& src : lib->courts.sources)
            if (!src.cite.empty() && !cite_exists(src.cite))
                errors.push_back(make_error(std::string(courts_file) + ": sources." + src.id, "cite.article",
                                            "cites \"" + src.cite + "\", which is not in law/sources.json"));
    }
    auto links = load_links(assets);
    if (!links) {
        append(links.errors());
        return errors;
    }
    auto check_prefill = [&](const std::string& where, const Link& link) {
        for (auto it = link.prefill.begin(); it != link.prefill.end(); ++it) {
            bool known = false;
            for (const auto& doc : link.documents) {
                auto paths = input_paths(doc);
                known = known || std::find(paths.begin(), paths.end(), it.key()) != paths.end();
            }
            if (!known)
                errors.push_back(make_error(std::string(links_file) + ": " + where + ".prefill." + it.key(),
                                            "documents.asset.prefill", "is not an input field of these documents"));
        }
    };
    for (const auto& [id, link] : links->results) {
        if (!result_exists(id))
            errors.push_back(make_error(std::string(links_file) + ": results." + id, "documents.asset.result",
                                        "is not a result of the guide"));
        check_prefill("results." + id, link);
    }
    for (const auto& [id, link] : links->tools) check_prefill("tools." + id, link);
    return errors;
}

}  // namespace otbasy::core::documents
