// otbasy-cli: the core from the command line — estimates, arrears, guide checks, search, static HTML export.
// Layer: cli (native).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "platform/assets_native.hpp"

namespace otbasy::cli {

bool read_input(const std::string& path, std::string& out) {
    std::ostringstream ss;
    if (path.empty() || path == "-") {
        ss << std::cin.rdbuf();
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) return false;
        ss << in.rdbuf();
    }
    out = ss.str();
    return true;
}

}  // namespace otbasy::cli

namespace {

using otbasy::cli::Command;

void print_help(const std::vector<Command>& commands) {
    std::printf(
        "otbasy-cli %s — Otbasy Komek (Отбасы көмек): Kazakh family law from the command line.\n\n"
        "Usage: otbasy-cli [--assets DIR] COMMAND [ARGS]\n\nCommands:\n",
        OTBASY_VERSION);
    std::printf("  %-34s %s\n", "version", "print the version");
    std::printf("  %-34s %s\n", "help", "print this help");
    for (const auto& c : commands) {
        std::string left = c.name + (c.usage.empty() ? "" : " " + c.usage);
        std::printf("  %-34s %s\n", left.c_str(), c.summary.c_str());
    }
    std::printf(
        "\nJSON in, JSON out. Exit status: 0 success, 1 a check failed, 2 bad input (a JSON error on stdout names\n"
        "the field and the problem). Amounts are tenge; every result is an estimate: the court decides.\n");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace otbasy;
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string assets_dir = OTBASY_ASSETS_DIR;
    if (args.size() >= 2 && args[0] == "--assets") {
        assets_dir = args[1];
        args.erase(args.begin(), args.begin() + 2);
    }
    std::vector<Command> commands;
    cli::add_alimony_commands(commands);
    cli::add_guide_commands(commands);
    cli::add_document_commands(commands);
    cli::add_triage_commands(commands);

    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        print_help(commands);
        return args.empty() ? cli::exit_bad_input : cli::exit_ok;
    }
    if (args[0] == "version" || args[0] == "--version") {
        std::printf("otbasy-cli %s\n", OTBASY_VERSION);
        return cli::exit_ok;
    }
    // The longest matching command name wins ("guide lint" before "guide").
    const Command* best = nullptr;
    std::size_t best_words = 0;
    for (const auto& c : commands) {
        std::istringstream words(c.name);
        std::string w;
        std::size_t i = 0;
        bool match = true;
        while (words >> w) {
            if (i >= args.size() || args[i] != w) {
                match = false;
                break;
            }
            ++i;
        }
        if (match && i > best_words) {
            best = &c;
            best_words = i;
        }
    }
    if (!best) {
        std::fprintf(stderr, "otbasy-cli: unknown command \"%s\" (try: otbasy-cli help)\n", args[0].c_str());
        return cli::exit_bad_input;
    }
    cli::Context ctx{std::vector<std::string>(args.begin() + static_cast<long>(best_words), args.end()),
                     platform::assets_from_dir(assets_dir)};
    return best->run(ctx);
}
