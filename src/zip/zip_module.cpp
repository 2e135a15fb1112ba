// The browser's zip module (zip.js + zip.wasm): loaded only when a person downloads a .docx, so the first visit
// never carries zlib. The app hands it the parts of the document; it returns the archive's bytes. Layer: zip (web).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <emscripten.h>

#include "zip/zip_writer.hpp"

namespace {

// One archive at a time: the page builds it, reads it, then frees it.
std::vector<otbasy::zip::Entry> entries;
otbasy::zip::Stamp stamp;
std::string result;

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void otbasy_zip_begin(int year, int month, int day) {
    entries.clear();
    result.clear();
    stamp = {year, month, day};
}

EMSCRIPTEN_KEEPALIVE void otbasy_zip_add(const char* name, const std::uint8_t* data, int size) {
    entries.push_back({name, std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))});
}

// The archive's bytes (valid until the next begin), or null on failure; its size through otbasy_zip_size().
EMSCRIPTEN_KEEPALIVE const std::uint8_t* otbasy_zip_finish() {
    auto bytes = otbasy::zip::write(entries, stamp);
    entries.clear();
    if (!bytes) return nullptr;
    result = std::move(*bytes);
    return reinterpret_cast<const std::uint8_t*>(result.data());
}

EMSCRIPTEN_KEEPALIVE int otbasy_zip_size() { return static_cast<int>(result.size()); }

// Forgets the archive: the document's text does not stay in the module's memory.
EMSCRIPTEN_KEEPALIVE void otbasy_zip_clear() {
    std::fill(result.begin(), result.end(), '\0');
    result.clear();
    result.shrink_to_fit();
}

}  // extern "C"
