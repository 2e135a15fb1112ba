// otbasy-cli commands: each group of commands lives in its own file and lists itself here.
// Layer: cli (native). JSON in, JSON out; exit 0 on success, 1 on a failed check, 2 on bad input.
#pragma once

#include <string>
#include <vector>

#include "core/assets.hpp"
#include "core/base/result.hpp"

namespace otbasy::core::law { class Sources; }
namespace otbasy::core::guide { struct Guide; }

namespace otbasy::cli {

struct Context {
    std::vector<std::string> args;  // after the command name
    core::AssetReader assets;       // the assets folder (OTBASY_ASSETS_DIR or --assets DIR)
};

struct Command {
    std::string name;     // "alimony", "guide lint" (two words allowed)
    std::string usage;    // one line: arguments
    std::string summary;  // one line: what it does
    int (*run)(Context& ctx);
};

// Exit codes.
inline constexpr int exit_ok = 0;
inline constexpr int exit_failed = 1;
inline constexpr int exit_bad_input = 2;

// Reads a whole file, or stdin for "-" or when `path` is empty. False if it cannot be read.
bool read_input(const std::string& path, std::string& out);

// Each group adds its commands (alimony_commands.cpp, guide_commands.cpp, document_commands.cpp).
void add_alimony_commands(std::vector<Command>& out);
void add_guide_commands(std::vector<Command>& out);
void add_document_commands(std::vector<Command>& out);

// The documents' share of `guide lint`: templates, links and the court list (document_commands.cpp).
core::Errors lint_document_assets(const core::AssetReader& assets, const core::law::Sources& sources,
                                  const core::guide::Guide& guide);
void add_triage_commands(std::vector<Command>& out);

}  // namespace otbasy::cli
