// How core reads its data: bytes in through a callback, no file I/O inside core.
// Layer: core. The platform (native files, the browser's asset bundle) provides the implementation.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace otbasy::core {

struct AssetReader {
    // The bytes of `path` (relative to assets/, e.g. "law/parameters/kz/mrp.json"), or nullopt.
    std::function<std::optional<std::string>(std::string_view path)> read;
    // Every file under `dir` (recursively), as paths relative to assets/, sorted.
    std::function<std::vector<std::string>(std::string_view dir)> list;
};

}  // namespace otbasy::core
