// claimgraph: load news articles, find who said what, and query the claims
// that other speakers dispute. Argument parsing only; the work is in engine/.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <vector>
#include <string>

#include "cli_common.h"
#include "commands.h"

namespace {

std::string DefaultDatabase() {
  const char* env = std::getenv("CLAIMGRAPH_DB");
  return (env != nullptr && *env != '\0') ? env : "claimgraph.db";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimgraph::cli;
  GlobalOptions options;
  options.db = DefaultDatabase();

  CLI::App app{"claimgraph: track claims and contradictions across news articles"};
  app.set_version_flag("--version", std::string("claimgraph ") + CLAIMGRAPH_VERSION);
  app.option_defaults()->always_capture_default();
  app.add_option("--db", options.db, "SQLite database file (env CLAIMGRAPH_DB)");
  app.add_flag("-v,--verbose", options.verbosity, "Log debug details to stderr");
  app.add_flag("-q,--quiet", options.quiet, "Log only warnings and errors");
  app.require_subcommand(1);

  const std::vector<Command> commands = {
      AddIngestCommand(app, options),   AddExtractCommand(app, options),
      AddDisputedCommand(app, options), AddClaimsCommand(app, options),
      AddShowCommand(app, options),     AddTraceCommand(app, options),
      AddReportCommand(app, options),   AddEvalCommand(app, options),
      AddTrackCommand(app, options),    AddTrackedCommand(app, options),
      AddControversiesCommand(app, options),
      AddSpeakersCommand(app, options),
      AddTimelineCommand(app, options),
      AddExportCommand(app, options),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  SetUpLogging(options);
  for (const Command& command : commands) {
    if (!command.app->parsed()) continue;
    // Engine stages report expected failures as Status; an exception here is
    // a start-up failure such as a missing or corrupt model file, and its
    // message names the file.
    try {
      return command.run();
    } catch (const std::exception& e) {
      spdlog::error("{}", e.what());
      return kExitFailed;
    }
  }
  return kExitUsage;
}
