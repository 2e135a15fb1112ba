// How long one frame of each screen takes to build (no GPU: ImGui's vertex buffers are built, nothing is drawn),
// against a baseline measured in the same run: one frame of an empty ImGui window. The ratio says what our screens
// cost beyond ImGui's own floor; the browser draws only on input, so this is the cost of one reaction.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include <imgui.h>

#include "core/guide/session.hpp"
#include "platform/assets_native.hpp"
#include "ui/app.hpp"
#include "../ui/headless.hpp"

using namespace otbasy;

namespace {

struct Fixture {
    ui::App app{platform::assets_from_dir(OTBASY_ASSETS_DIR)};
    Fixture() {
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        app.load();
        app.set_font_data(test::font_file("Regular"), test::font_file("Bold"));
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        test::upload_fonts(app, 1.0f);
    }
    ~Fixture() { ImGui::DestroyContext(); }
};

Fixture& fixture() {
    static Fixture f;  // one ImGui context for the whole benchmark process
    return f;
}

void frame(ui::App& app) {
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
}

void BM_baseline_empty_imgui_frame(benchmark::State& state) {
    fixture();
    for (auto _ : state) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("empty", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::End();
        ImGui::Render();
    }
}
BENCHMARK(BM_baseline_empty_imgui_frame);

void BM_home_frame(benchmark::State& state) {
    auto& app = fixture().app;
    app.state().screen = ui::Screen::home;
    for (auto _ : state) frame(app);
}
BENCHMARK(BM_home_frame);

void BM_guide_result_frame(benchmark::State& state) {
    auto& app = fixture().app;
    app.state().screen = ui::Screen::guide;
    auto s = core::guide::Session::start(app.content().guide, "child_alimony").value();
    for (int i = 0; i < 64 && !s.at_result(); ++i) {
        if (s.current().type == core::guide::NodeType::question) (void)s.answer(s.current().options.front().id);
        else (void)s.proceed();
    }
    app.state().guide = std::move(s);
    for (auto _ : state) frame(app);
}
BENCHMARK(BM_guide_result_frame);

void BM_estimator_frame(benchmark::State& state) {
    auto& app = fixture().app;
    app.state().screen = ui::Screen::estimator;
    app.state().estimator.income = {{"450000", true}};
    app.state().estimator.orders[0].children = "2";
    for (auto _ : state) frame(app);
}
BENCHMARK(BM_estimator_frame);

}  // namespace

BENCHMARK_MAIN();
