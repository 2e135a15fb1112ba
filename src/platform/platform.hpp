// The platform interface: the only layer that knows where the app runs. One interface, one file per platform
// (Tracy's Backend.hpp + BackendEmscripten.cpp): platform_web.cpp for the browser, assets_native.cpp for the CLI
// and the tests. Layer: platform.
#pragma once

#include "core/assets.hpp"
#include "ui/app.hpp"

namespace otbasy::platform {

// The assets the loader fetched before main() (the bundle), read by path.
core::AssetReader asset_reader();
// Today's date on the person's device (the date parameters are read for).
core::Date today();
// Hands the app to the platform and starts drawing on demand; returns at once in the browser, where the page's
// events drive everything from then on. The app lives as long as the page.
void run(ui::App* app);

}  // namespace otbasy::platform
