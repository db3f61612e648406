// The claimgraph subcommands: each registers its options on the CLI11 app
// and, when chosen, runs against the engine. Handlers return an ExitCode.
#ifndef CLAIMGRAPH_TOOLS_COMMANDS_H_
#define CLAIMGRAPH_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

#include "cli_common.h"

namespace claimgraph::cli {

// A registered subcommand and the handler to run when it is chosen. The
// handler may read option values bound at registration, so `options` must
// outlive it.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command AddIngestCommand(CLI::App& app, const GlobalOptions& options);
Command AddExtractCommand(CLI::App& app, const GlobalOptions& options);
Command AddDisputedCommand(CLI::App& app, const GlobalOptions& options);
Command AddClaimsCommand(CLI::App& app, const GlobalOptions& options);
Command AddShowCommand(CLI::App& app, const GlobalOptions& options);
Command AddTraceCommand(CLI::App& app, const GlobalOptions& options);
Command AddReportCommand(CLI::App& app, const GlobalOptions& options);
Command AddEvalCommand(CLI::App& app, const GlobalOptions& options);
// `eval fnc1`, nested under the `eval` command (cmd_eval_fnc1.cc).
Command AddEvalFnc1Command(CLI::App& eval, const GlobalOptions& options);
// `track FILE` and `tracked` (cmd_watchlist.cc).
Command AddTrackCommand(CLI::App& app, const GlobalOptions& options);
Command AddTrackedCommand(CLI::App& app, const GlobalOptions& options);
Command AddControversiesCommand(CLI::App& app, const GlobalOptions& options);
Command AddSpeakersCommand(CLI::App& app, const GlobalOptions& options);
Command AddTimelineCommand(CLI::App& app, const GlobalOptions& options);
Command AddExportCommand(CLI::App& app, const GlobalOptions& options);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_COMMANDS_H_
