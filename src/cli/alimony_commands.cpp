// otbasy-cli commands of the alimony estimator. Layer: cli (native).
#include "cli/commands.hpp"

namespace otbasy::cli {

void add_alimony_commands(std::vector<Command>& out) { (void)out; }

}  // namespace otbasy::cli
