// Test helper: runs the built claimgraph binary in a scratch folder and
// captures its exit code, stdout and stderr.
#ifndef CLAIMGRAPH_TESTS_TOOLS_CLI_RUNNER_H_
#define CLAIMGRAPH_TESTS_TOOLS_CLI_RUNNER_H_

#include <filesystem>
#include <string>

namespace claimgraph::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// A fresh temporary folder, removed with the object.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  const std::filesystem::path& path() const { return path_; }
  std::string db() const { return (path_ / "test.db").string(); }

 private:
  std::filesystem::path path_;
};

// Runs `claimgraph <args>` (args are passed to /bin/sh as written, so quote
// them) with stdin from /dev/null. `env` ("NAME=value ...") is prepended to
// the command line to set environment variables for that run only.
CliResult RunCli(const std::string& args, const std::string& env = "");

std::string ReadFile(const std::filesystem::path& path);

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_TOOLS_CLI_RUNNER_H_
