// Assets read from a folder on disk: the CLI, the native tests, and the wasm tests under node (NODERAWFS).
// Layer: platform (native). The browser reads the same paths from the bundle instead (platform_web.cpp).
#pragma once

#include <string>

#include "core/assets.hpp"

namespace otbasy::platform {

core::AssetReader assets_from_dir(std::string root);

}  // namespace otbasy::platform
