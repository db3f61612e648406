// Shared plumbing of the claimgraph subcommands: exit codes, logging set-up,
// opening the database, writing results.
#ifndef CLAIMGRAPH_TOOLS_CLI_COMMON_H_
#define CLAIMGRAPH_TOOLS_CLI_COMMON_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace claimgraph::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitFailed = 1,  // some inputs were rejected, or the command failed
  kExitUsage = 2,   // bad arguments
};

struct GlobalOptions {
  std::string db;   // database path (--db, else $CLAIMGRAPH_DB, else ./claimgraph.db)
  int verbosity = 0;  // -v: debug logs; -q: warnings and errors only
  bool quiet = false;
};

// Configures spdlog to log to stderr at the level the options ask for.
void SetUpLogging(const GlobalOptions& options);

// Opens (creating and migrating if needed) the database, or logs why not.
// Commands that read one bounded page (disputed, show) pass kBounded.
std::unique_ptr<store::Store> OpenStore(
    const GlobalOptions& options, store::Store::Workload workload = store::Store::Workload::kWide);

// Writes `content` to `path`, or to stdout when path is empty or "-".
// Returns false (and logs) when the file cannot be written.
bool WriteOutput(const std::string& path, const std::string& content);

// True when stderr is a terminal (progress lines are shown only then).
bool StderrIsTerminal();

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_TOOLS_CLI_COMMON_H_
