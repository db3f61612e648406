// The claimgraph binary as a user drives it: commands, exit codes, outputs.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tools/cli_runner.h"

namespace claimgraph::testing {
namespace {

const std::string kFixtures = CLAIMGRAPH_FIXTURES_DIR;
const std::string kSeed = kFixtures + "/seed/kremlin-summit.txt";
const std::string kSample = kFixtures + "/sample";
const std::string kMixedBatch = kFixtures + "/pipeline/mixed-batch";

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Db(const ScratchDir& dir) { return "--db '" + dir.db() + "' "; }

}  // namespace

TEST_CASE("CLI: --version and --help succeed, bad usage exits 2", "[tools]") {
  CHECK(RunCli("--version").exit_code == 0);
  CHECK(Contains(RunCli("--version").out, "claimgraph"));
  for (const char* command : {"ingest", "extract", "disputed", "claims", "show", "trace", "report"}) {
    auto help = RunCli(std::string(command) + " --help");
    CHECK(help.exit_code == 0);
    CHECK(Contains(help.out, command));
  }
  CHECK(RunCli("no-such-command").exit_code == 2);
  CHECK(RunCli("").exit_code == 2);
  CHECK(RunCli("disputed --limit zero").exit_code == 2);
  CHECK(RunCli("report --format pdf").exit_code == 2);
}

TEST_CASE("CLI: ingest then disputed lists the seed's disputed claims", "[tools]") {
  ScratchDir dir;
  auto ingest = RunCli(Db(dir) + "ingest '" + kSample + "'");
  REQUIRE(ingest.exit_code == 0);
  CHECK(Contains(ingest.err, "already present"));

  auto disputed = RunCli(Db(dir) + "disputed");
  REQUIRE(disputed.exit_code == 0);
  CHECK(Contains(disputed.out, "pulling troops back"));
  CHECK(Contains(disputed.out, "plans to invade Ukraine"));

  auto json = RunCli(Db(dir) + "disputed --json");
  REQUIRE(json.exit_code == 0);
  auto parsed = nlohmann::json::parse(json.out);
  REQUIRE(parsed.is_array());
  CHECK(parsed.size() >= 2);

  // Re-running the batch changes nothing.
  auto again = RunCli(Db(dir) + "ingest --json '" + kSample + "'");
  REQUIRE(again.exit_code == 0);
  CHECK(nlohmann::json::parse(again.out)["new"] == 0);
  CHECK(RunCli(Db(dir) + "disputed --json").out == json.out);
}

TEST_CASE("CLI: ingest names rejected inputs and exits 1, loading the rest", "[tools]") {
  ScratchDir dir;
  auto ingest = RunCli(Db(dir) + "ingest --json '" + kMixedBatch + "'");
  CHECK(ingest.exit_code == 1);
  CHECK(Contains(ingest.err, "02-batch.jsonl:2"));
  CHECK(Contains(ingest.err, "03-invalid-utf8.txt"));
  CHECK(Contains(ingest.err, "04-empty.txt"));
  auto summary = nlohmann::json::parse(ingest.out);
  CHECK(summary["new"] == 3);
  auto claims = RunCli(Db(dir) + "claims --json --search bridge");
  REQUIRE(claims.exit_code == 0);
  CHECK(!nlohmann::json::parse(claims.out).empty());
}

TEST_CASE("CLI: extract --json gives byte offsets into the file", "[tools]") {
  auto result = RunCli("extract --json '" + kSeed + "'");
  REQUIRE(result.exit_code == 0);
  const std::string file = ReadFile(kSeed);
  std::istringstream lines(result.out);
  std::string line;
  int statements = 0;
  bool found_denial = false;
  while (std::getline(lines, line)) {
    auto s = nlohmann::json::parse(line);
    ++statements;
    for (const char* key : {"file", "speaker", "source", "cue", "content", "kind", "polarity", "hedged"}) {
      REQUIRE(s.contains(key));
    }
    for (const char* key : {"source", "cue", "content"}) {
      const auto& span = s[key];
      if (!span.is_object()) continue;
      std::size_t start = span["start"], end = span["end"];
      REQUIRE(end <= file.size());
      CHECK(file.substr(start, end - start) == span["text"].get<std::string>());
    }
    if (s["polarity"] == "denied" && s["speaker"] == "Moscow") found_denial = true;
    CHECK(!Contains(line, "Leave a Reply"));
    CHECK(!Contains(line, "Send this to a friend"));
  }
  CHECK(statements >= 12);
  CHECK(found_denial);
}

TEST_CASE("CLI: claims, show, trace and report work on the sample", "[tools]") {
  ScratchDir dir;
  REQUIRE(RunCli(Db(dir) + "ingest '" + kSample + "'").exit_code == 0);

  auto peskov = RunCli(Db(dir) + "claims --json --speaker Peskov");
  REQUIRE(peskov.exit_code == 0);
  auto claims = nlohmann::json::parse(peskov.out);
  REQUIRE(!claims.empty());

  auto disputed = nlohmann::json::parse(RunCli(Db(dir) + "disputed --json").out);
  REQUIRE(!disputed.empty());
  const std::string id = std::to_string(disputed[0]["claim"]["id"].get<long long>());

  auto show = RunCli(Db(dir) + "show " + id);
  REQUIRE(show.exit_code == 0);
  CHECK(Contains(show.out, "disput"));
  CHECK(RunCli(Db(dir) + "show 999999").exit_code == 1);

  // show is bounded by --statements and --edges; JSON counts what it left out.
  auto all = nlohmann::json::parse(
      RunCli(Db(dir) + "show " + id + " --json --statements 0 --edges 0").out);
  CHECK(all["statements"].size() == all["statement_count"].get<std::size_t>());
  CHECK(all["edges"].size() == all["edge_count"].get<std::size_t>());
  REQUIRE(all["edge_count"].get<int>() >= 1);
  CHECK(all["edges"][0]["relation"] == "disputes");  // disputes come first
  auto one = nlohmann::json::parse(RunCli(Db(dir) + "show " + id + " --json --edges 1").out);
  CHECK(one["edges"].size() == 1);
  CHECK(one["edge_count"] == all["edge_count"]);
  if (all["edge_count"].get<int>() > 1) {
    CHECK(Contains(RunCli(Db(dir) + "show " + id + " --edges 1").out, " more edge"));
  }
  CHECK_FALSE(Contains(RunCli(Db(dir) + "show " + id + " --statements 0 --edges 0").out, " more "));

  auto trace = RunCli(Db(dir) + "trace " + id + " --depth 2 --json");
  REQUIRE(trace.exit_code == 0);
  auto steps = nlohmann::json::parse(trace.out);
  REQUIRE(steps.size() >= 2);  // the claim and at least its disputer

  const std::string md = (dir.path() / "report.md").string();
  REQUIRE(RunCli(Db(dir) + "report --format md -o '" + md + "'").exit_code == 0);
  const std::string report = ReadFile(md);
  CHECK(Contains(report, "pulling troops back"));
  CHECK(Contains(report, "Dmitry Peskov"));
  auto json = RunCli(Db(dir) + "report --format json");
  REQUIRE(json.exit_code == 0);
  CHECK(nlohmann::json::parse(json.out).is_object());
}

}  // namespace claimgraph::testing

namespace claimgraph::testing {

TEST_CASE("CLI: a missing model directory is a clear error naming the path, not a crash",
          "[tools]") {
  auto result = RunCli("extract '" + std::string(CLAIMGRAPH_FIXTURES_DIR) +
                       "/seed/kremlin-summit.txt'", "CLAIMGRAPH_MODELS=/nonexistent/models");
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("/nonexistent/models") != std::string::npos);
}

}  // namespace claimgraph::testing
