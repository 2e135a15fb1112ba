// The browser's documents module (docs.js + docs.wasm): the documents' engine (templates, the ИИН check, the
// calculations, the .docx parts) in a module of its own that the page loads only when a person opens a document, so
// the first visit never carries it. The page hands it the files it reads, then calls it with JSON requests.
// Layer: platform (web entry of core::documents::Service; no EM_JS: it only exports functions).
#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include <emscripten.h>

#include "core/documents/service.hpp"

namespace {

// The module's whole state: the files it was given, the engine, the last reply (one call at a time).
std::map<std::string, std::string, std::less<>> files;
std::unique_ptr<otbasy::core::documents::Service> service;
std::string reply;

otbasy::core::AssetReader reader() {
    otbasy::core::AssetReader r;
    r.read = [](std::string_view path) -> std::optional<std::string> {
        auto it = files.find(path);
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
    r.list = [](std::string_view dir) {
        std::vector<std::string> out;
        for (const auto& [path, text] : files)
            if (path.compare(0, dir.size(), dir) == 0) out.push_back(path);
        return out;
    };
    return r;
}

}  // namespace

extern "C" {

// A file of assets/ (path relative to it), given before the first call.
EMSCRIPTEN_KEEPALIVE void otbasy_docs_file(const char* path, const char* text) { files[path] = text; }

// A request (see core/documents/service.hpp); the reply stays valid until the next call or otbasy_docs_forget().
EMSCRIPTEN_KEEPALIVE const char* otbasy_docs_call(const char* request) {
    if (!service) service = std::make_unique<otbasy::core::documents::Service>(reader());
    reply = service->call(request);
    return reply.c_str();
}

// The reply holds names and ИИН: the page clears it once read.
EMSCRIPTEN_KEEPALIVE void otbasy_docs_forget() {
    std::fill(reply.begin(), reply.end(), '\0');
    reply.clear();
}

}  // extern "C"
