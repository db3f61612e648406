// `claimgraph eval fnc1`, `track` and `tracked` as a user drives them.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "tools/cli_runner.h"

namespace claimgraph::testing {
namespace {

const std::string kFixtures = CLAIMGRAPH_FIXTURES_DIR;
const std::string kStances = kFixtures + "/stance/stances.csv";
const std::string kUnlabelled = kFixtures + "/stance/unlabelled.csv";
const std::string kBodies = kFixtures + "/stance/bodies.csv";
const std::string kClaims = kFixtures + "/watchlist/claims.txt";
const std::string kArticles = kFixtures + "/watchlist/articles.jsonl";

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Db(const ScratchDir& dir) { return "--db '" + dir.db() + "' "; }

// Points CLAIMGRAPH_MODELS somewhere for the lifetime of the object.
class ModelsDir {
 public:
  explicit ModelsDir(const std::string& dir) { setenv("CLAIMGRAPH_MODELS", dir.c_str(), 1); }
  ~ModelsDir() { unsetenv("CLAIMGRAPH_MODELS"); }
};

// A copy of the repository's models/ folder without stance.model (other
// stages' models stay available), inside `dir`.
std::string ModelsWithoutStance(const ScratchDir& dir) {
  const auto models = std::filesystem::path(kFixtures).parent_path() / "models";
  const auto copy = dir.path() / "models";
  std::filesystem::create_directories(copy);
  for (const auto& entry : std::filesystem::directory_iterator(models)) {
    if (entry.path().filename() != "stance.model") {
      std::filesystem::copy(entry.path(), copy / entry.path().filename());
    }
  }
  return copy.string();
}

}  // namespace

TEST_CASE("CLI: eval fnc1 cross-validates and writes predictions in input order", "[tools]") {
  ScratchDir dir;
  const std::string out = (dir.path() / "predictions.csv").string();
  auto run = RunCli("eval fnc1 --stances '" + kStances + "' --bodies '" + kBodies +
                    "' --train-folds 2 --predictions '" + out + "'");
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "2-fold cross-validation"));
  CHECK(Contains(run.out, "FNC-1 relative score"));
  CHECK(Contains(run.out, "macro-F1"));
  CHECK(Contains(run.out, "pairs/s"));
  const std::string csv = ReadFile(out);
  CHECK(csv.rfind("Headline,Body ID,Stance\nRussia pulls troops back from Ukraine border,1,", 0) == 0);
  CHECK(Contains(csv, "\"Apple to unveil new iPhone, sources say\",5,"));
}

TEST_CASE("CLI: eval fnc1 predicts unlabelled pairs with the shipped model", "[tools]") {
  ScratchDir dir;
  const std::string out = (dir.path() / "predictions.csv").string();
  auto run = RunCli("eval fnc1 --stances '" + kUnlabelled + "' --bodies '" + kBodies +
                    "' --predictions '" + out + "'");
  REQUIRE(run.exit_code == 0);
  CHECK_FALSE(Contains(run.out, "relative score"));
  CHECK(Contains(ReadFile(out), "Russia pulls troops back from Ukraine border,1,agree\n"));
}

TEST_CASE("CLI: eval fnc1 fails clearly without a model or with bad input", "[tools]") {
  {
    ModelsDir models("/nonexistent-models");
    auto run = RunCli("eval fnc1 --stances '" + kStances + "' --bodies '" + kBodies + "'");
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, "/nonexistent-models/stance.model"));
  }
  CHECK(RunCli("eval fnc1 --stances '" + kStances + "'").exit_code == 2);
  CHECK(RunCli("eval fnc1 --stances x --bodies y --train-folds 1").exit_code == 2);
  auto missing = RunCli("eval fnc1 --stances '" + kFixtures + "/stance/missing-body.csv' --bodies '" +
                        kBodies + "'");
  CHECK(missing.exit_code == 1);
  CHECK(Contains(missing.err, "Body ID 99"));
}

TEST_CASE("CLI: track, ingest, then tracked counts supporting and disputing outlets", "[tools]") {
  ScratchDir dir;
  REQUIRE(RunCli(Db(dir) + "track '" + kClaims + "'").exit_code == 0);
  REQUIRE(RunCli(Db(dir) + "ingest '" + kArticles + "'").exit_code == 0);
  auto text = RunCli(Db(dir) + "tracked");
  REQUIRE(text.exit_code == 0);
  CHECK(Contains(text.out, "Russia is pulling its troops back from the Ukrainian border"));
  CHECK(Contains(text.out, "[dam-1]"));
  auto json = RunCli(Db(dir) + "tracked --json");
  REQUIRE(json.exit_code == 0);
  auto rows = nlohmann::json::parse(json.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]["supporting_articles"] == 1);
  CHECK(rows[0]["disputing_articles"] == 1);
  CHECK(rows[0]["disputing_outlets"] == 1);
  CHECK(rows[0]["first_seen"] == "2022-02-15");
  CHECK(rows[1]["external_id"] == "dam-1");
  CHECK(rows[1]["supporting_articles"] == 0);
}

TEST_CASE("CLI: ingest with tracked claims and no model names the model path", "[tools]") {
  ScratchDir dir;
  REQUIRE(RunCli(Db(dir) + "track '" + kClaims + "'").exit_code == 0);
  const std::string models_dir = ModelsWithoutStance(dir);
  ModelsDir models(models_dir);
  auto run = RunCli(Db(dir) + "ingest '" + kArticles + "'");
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, models_dir + "/stance.model"));
  CHECK(Contains(run.err, "article stored, but not linked to the watchlist"));
}

}  // namespace claimgraph::testing
