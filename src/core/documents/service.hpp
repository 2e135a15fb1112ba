// The documents' engine behind one text call: a request in, the filled-in document (or the mistakes) out, as JSON.
// The same C++ runs natively (tests) and in the browser's documents module (docs.js + docs.wasm), which the page
// loads only when a person opens a document: the app itself never carries the template engine. Layer: core/documents.
//
// Request:  {"type", "lang": "kk"|"ru", "input": {...as for otbasy-cli document...}, "docx": bool}
// Response: {"ok": true, "document": {...to_json(Document)}, "facts": {...}, "warnings": [{"field","code","message"}],
//            "parts": [[name, text], …] (with "docx": true)}
//         | {"ok": false, "errors": [{"field", "code", "message"}]}
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/assets.hpp"
#include "core/documents/library.hpp"
#include "core/i18n/lang.hpp"
#include "core/law/parameters.hpp"
#include "core/law/sources.hpp"

namespace otbasy::core::documents {

class Service {
public:
    explicit Service(AssetReader assets) : assets_(std::move(assets)) {}
    std::string call(std::string_view request);

private:
    bool load();  // the templates, courts, parameters, sources and the estimator's texts, once

    AssetReader assets_;
    bool tried_ = false;
    Errors load_errors_;
    std::optional<Library> library_;
    std::optional<law::ParameterSet> params_;
    std::optional<law::Sources> sources_;
    std::array<std::optional<i18n::Catalog>, 2> texts_;  // kk, ru
};

}  // namespace otbasy::core::documents
