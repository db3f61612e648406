// Replays every saved fuzz input (fixtures/fuzz/<target>/) through the same
// target function libFuzzer runs (tools/fuzz/fuzz_targets.h), in the normal
// build: inputs that once crashed or broke an invariant stay fixed.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "fuzz_targets.h"
#include "tools/cli_runner.h"

namespace claimgraph::fuzz {
namespace {

namespace fs = std::filesystem;

TEST_CASE("Fuzz regressions: every saved input passes its target's invariants", "[tools]") {
  const fs::path root = fs::path(CLAIMGRAPH_FIXTURES_DIR) / "fuzz";
  for (const NamedTarget& target : AllTargets()) {
    const fs::path folder = root / target.name;
    INFO(folder.string());
    REQUIRE(fs::is_directory(folder));
    int inputs = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (!entry.is_regular_file()) continue;
      INFO(entry.path().filename().string());
      CHECK(target.run(claimgraph::testing::ReadFile(entry.path())) == "");
      ++inputs;
    }
    CHECK(inputs > 0);
  }
}

}  // namespace
}  // namespace claimgraph::fuzz
