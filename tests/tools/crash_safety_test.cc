// Crash safety: `claimgraph ingest` killed with SIGKILL at random points of a
// batch, then re-run, must leave the same database as an uninterrupted run,
// with no duplicates and a clean integrity check.
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>

#include "tools/cli_runner.h"

namespace claimgraph::testing {
namespace {

const std::string kFixtures = CLAIMGRAPH_FIXTURES_DIR;
const std::string kSampleJsonl = kFixtures + "/sample/ukraine-border.jsonl";
const std::string kSeed = kFixtures + "/seed/kremlin-summit.txt";
constexpr int kArticles = 400;

// A batch of kArticles distinct articles built from the fixture texts: each
// copy gets its own outlet, date and an opening sentence naming its number.
std::string WriteBatch(const ScratchDir& dir) {
  std::vector<std::string> bodies;
  std::ifstream sample(kSampleJsonl);
  for (std::string line; std::getline(sample, line);) {
    bodies.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
  }
  const std::string seed = ReadFile(kSeed);
  bodies.push_back(seed.substr(seed.find('\n') + 1));
  const std::string path = (dir.path() / "batch.jsonl").string();
  std::ofstream out(path);
  for (int i = 0; i < kArticles; ++i) {
    nlohmann::json article = {
        {"id", "copy-" + std::to_string(i)},
        {"source", "Outlet " + std::to_string(i % 7)},
        {"published", "2022-02-" + std::to_string(10 + i % 18)},
        {"text", "Officials said update number " + std::to_string(i) + " was filed on time.\n" +
                     bodies[i % bodies.size()]}};
    out << article.dump() << "\n";
  }
  return path;
}

// Starts `claimgraph --db DB -q ingest BATCH` and kills it after `delay`.
void IngestAndKill(const std::string& db, const std::string& batch,
                   std::chrono::milliseconds delay) {
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    execl(CLAIMGRAPH_BINARY, "claimgraph", "--db", db.c_str(), "-q", "ingest", batch.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

// Everything a user can see of the database, as one canonical string.
std::string Contents(const std::string& db) {
  auto claims = RunCli("--db '" + db + "' claims --json --limit 1000000");
  auto disputed = RunCli("--db '" + db + "' disputed --json --limit 1000000");
  REQUIRE(claims.exit_code == 0);
  REQUIRE(disputed.exit_code == 0);
  return claims.out + disputed.out;
}

std::string IntegrityCheck(const std::string& db) {
  sqlite3* handle = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK);
  std::string result;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    result += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(handle);
  return result;
}

}  // namespace

TEST_CASE("Crash safety: SIGKILL mid-ingest, then a re-run, equals an uninterrupted run",
          "[tools][slow]") {
  ScratchDir dir;
  const std::string batch = WriteBatch(dir);
  const std::string reference = (dir.path() / "reference.db").string();
  REQUIRE(RunCli("--db '" + reference + "' -q ingest '" + batch + "'").exit_code == 0);
  const std::string expected = Contents(reference);

  std::mt19937 random(20261128);
  for (int round = 0; round < 4; ++round) {
    const std::string db = (dir.path() / ("killed-" + std::to_string(round) + ".db")).string();
    // Kill twice at random points, then let a third run finish.
    for (int kill = 0; kill < 2; ++kill) {
      IngestAndKill(db, batch, std::chrono::milliseconds(20 + random() % 400));
    }
    auto rerun = RunCli("--db '" + db + "' ingest --json '" + batch + "'");
    REQUIRE(rerun.exit_code == 0);
    auto summary = nlohmann::json::parse(rerun.out);
    CHECK(summary["read"] == kArticles);
    CHECK(summary["new"].get<int>() + summary["already_present"].get<int>() == kArticles);
    CHECK(IntegrityCheck(db) == "ok");
    CHECK(Contents(db) == expected);
  }
}

}  // namespace claimgraph::testing
