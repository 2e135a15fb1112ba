// otbasy-cli commands of the guide. Layer: cli (native).
#include "cli/commands.hpp"

namespace otbasy::cli {

void add_guide_commands(std::vector<Command>& out) { (void)out; }

}  // namespace otbasy::cli
