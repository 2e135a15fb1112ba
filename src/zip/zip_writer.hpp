// A zip archive in memory, written by minizip and zlib's deflate (Debian's zlib source package, built natively for
// the CLI and with Emscripten for the browser's lazily loaded zip module). Layer: zip (below core's consumers, above
// nothing of ours: it knows bytes, not documents).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace otbasy::zip {

struct Entry {
    std::string name;  // a path inside the archive ("word/document.xml")
    std::string data;  // the bytes
};

// The date written on every entry: the document's own date, so that the same answers give the same file.
struct Stamp {
    int year = 1980, month = 1, day = 1;
};

// The archive with every entry deflated, in the given order; nullopt if minizip reports an error.
std::optional<std::string> write(const std::vector<Entry>& entries, Stamp stamp);

}  // namespace otbasy::zip
