// Entry point of the web app: load what the UI needs, then let the platform drive frames from events.
// Layer: platform.
#include <cstdio>

#include "platform/platform.hpp"
#include "ui/app.hpp"

int main() {
    using namespace otbasy;
    auto* app = new ui::App(platform::asset_reader());  // lives as long as the page
    app->state().today = platform::today();
    for (const auto& e : app->load()) std::fprintf(stderr, "asset error: %s: %s\n", e.path.c_str(), e.message.c_str());
    platform::run(app);
    return 0;
}
