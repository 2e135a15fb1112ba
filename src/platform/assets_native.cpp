// Assets read from a folder on disk. Layer: platform (native).
#include "platform/assets_native.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace otbasy::platform {

core::AssetReader assets_from_dir(std::string root) {
    core::AssetReader r;
    r.read = [root](std::string_view path) -> std::optional<std::string> {
        if (path.find("..") != std::string_view::npos) return std::nullopt;
        std::ifstream in(root + "/" + std::string(path), std::ios::binary);
        if (!in) return std::nullopt;
        std::ostringstream ss;
        ss << in.rdbuf();
        return ss.str();
    };
    r.list = [root](std::string_view dir) {
        std::vector<std::string> out;
        std::error_code ec;
        std::filesystem::path base(root);
        for (auto it = std::filesystem::recursive_directory_iterator(base / std::string(dir), ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_regular_file(ec)) out.push_back(std::filesystem::relative(it->path(), base, ec).generic_string());
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    return r;
}

}  // namespace otbasy::platform
