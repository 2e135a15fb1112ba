// The documents' engine as one JSON call. Layer: core/documents.
#include "core/documents/service.hpp"

#include "core/documents/build.hpp"
#include "core/documents/docx.hpp"

namespace otbasy::core::documents {

namespace {

Json errors_json(const Errors& errors) {
    Json list = Json::array();
    for (const auto& e : errors) list.push_back({{"field", e.path}, {"code", e.code}, {"message", e.message}});
    return list;
}

std::string reply_errors(const Errors& errors) {
    return Json{{"ok", false}, {"errors", errors_json(errors)}}.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

bool Service::load() {
    if (tried_) return load_errors_.empty();
    tried_ = true;
    auto lib = Library::load(assets_);
    auto params = law::ParameterSet::load(assets_);
    auto sources = law::Sources::load(assets_);
    if (lib) library_ = std::move(lib).value();
    else load_errors_.insert(load_errors_.end(), lib.errors().begin(), lib.errors().end());
    if (params) params_ = std::move(params).value();
    else load_errors_.insert(load_errors_.end(), params.errors().begin(), params.errors().end());
    if (sources) sources_ = std::move(sources).value();
    else load_errors_.insert(load_errors_.end(), sources.errors().begin(), sources.errors().end());
    for (auto lang : {i18n::Lang::kk, i18n::Lang::ru}) {
        const std::string path = "i18n/alimony/" + std::string(i18n::code(lang)) + ".json";
        auto text = assets_.read(path);
        if (!text) {
            load_errors_.push_back(make_error(path, "asset.missing", "cannot be read"));
            continue;
        }
        auto c = i18n::Catalog::load(*text, path);
        if (c) texts_[lang == i18n::Lang::kk ? 0 : 1] = std::move(c).value();
        else load_errors_.insert(load_errors_.end(), c.errors().begin(), c.errors().end());
    }
    return load_errors_.empty();
}

std::string Service::call(std::string_view request) {
    auto parsed = parse_json(request);
    if (!parsed || !parsed->is_object()) return reply_errors({make_error("", "documents.error.json", "not a request")});
    const Json& req = *parsed;
    if (!load()) return reply_errors(load_errors_);
    auto text = [&req](const char* k) { return req.contains(k) && req[k].is_string() ? req[k].get<std::string>() : ""; };
    const std::string type = text("type");
    const auto lang = i18n::parse_lang(text("lang"));
    if (!lang || *lang == i18n::Lang::en)
        return reply_errors({make_error("lang", "documents.error.lang", "documents are written in kk or ru")});
    const Json input = req.contains("input") ? req["input"] : Json::object();
    const auto& texts = texts_[*lang == i18n::Lang::kk ? 0 : 1];
    BuildEnv env{*library_, *params_, *sources_, texts ? &*texts : nullptr};
    auto built = build_document(type, *lang, input, env);
    if (!built) return reply_errors(built.errors());
    Json out = {{"ok", true}, {"document", to_json(built->doc)}, {"facts", built->facts},
                {"warnings", errors_json(built->warnings)}};
    if (req.contains("docx") && req["docx"].is_boolean() && req["docx"].get<bool>()) {
        Json parts = Json::array();
        for (const auto& p : docx_parts(built->doc)) parts.push_back(Json::array({p.name, p.data}));
        out["parts"] = std::move(parts);
    }
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace otbasy::core::documents
