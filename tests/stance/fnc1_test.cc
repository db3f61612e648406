// FNC-1 files, topic folds, scores and the predictions file.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "stance/csv.h"
#include "stance/fnc1.h"

namespace claimgraph::stance {
namespace {

const std::string kDir = std::string(CLAIMGRAPH_FIXTURES_DIR) + "/stance";
const std::string kBodies = kDir + "/bodies.csv";
const std::string kStances = kDir + "/stances.csv";

Fnc1Pair P(std::string headline, std::string body, Stance gold) {
  return {std::move(headline), std::move(body), gold};
}

}  // namespace

TEST_CASE("FNC-1: loads pairs in order, bodies with embedded newlines and quotes", "[stance]") {
  auto data = LoadFnc1(kStances, kBodies);
  REQUIRE(data.ok());
  REQUIRE(data->pairs.size() == 8);
  CHECK(data->pairs[4].headline == "Apple to unveil new iPhone, sources say");
  CHECK(data->pairs[1].gold == Stance::kDisagree);
  CHECK(data->bodies.at("1").find("\nUnits are returning") != std::string::npos);
  CHECK(data->bodies.at("2").find("\"false\"") != std::string::npos);
}

TEST_CASE("FNC-1: rejects unknown bodies and labels, accepts unlabelled pairs", "[stance]") {
  auto missing = LoadFnc1(kDir + "/missing-body.csv", kBodies);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("Body ID 99") != std::string::npos);
  auto bad = LoadFnc1(kDir + "/bad-label.csv", kBodies);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("agrees") != std::string::npos);
  auto unlabelled = LoadFnc1(kDir + "/unlabelled.csv", kBodies);
  REQUIRE(unlabelled.ok());
  CHECK_FALSE(unlabelled->pairs[0].gold.has_value());
  CHECK_FALSE(LoadFnc1(kDir + "/no-such.csv", kBodies).ok());
}

TEST_CASE("FNC-1: folds follow connected components over related pairs", "[stance]") {
  // Topic A: H1-B1, H1-B2, H2-B2 related; topic B: H3-B3. H4-B1 is an
  // unrelated pair, so it follows its body B1 into topic A's fold.
  std::vector<Fnc1Pair> pairs = {
      P("H1", "B1", Stance::kAgree),   P("H1", "B2", Stance::kDiscuss),
      P("H2", "B2", Stance::kDisagree), P("H3", "B3", Stance::kAgree),
      P("H3", "B1", Stance::kUnrelated), P("H4", "B4", Stance::kUnrelated),
      P("H4", "B1", Stance::kUnrelated)};
  std::vector<int> folds = TopicFolds(pairs, 2);
  REQUIRE(folds.size() == pairs.size());
  CHECK(folds[0] == folds[1]);
  CHECK(folds[1] == folds[2]);
  CHECK(folds[4] == folds[0]);
  CHECK(folds[6] == folds[0]);
  CHECK(folds[3] != folds[0]);  // the largest topic fills fold 0, the next goes to fold 1
  for (int fold : folds) CHECK((fold == 0 || fold == 1));
  CHECK(TopicFolds(pairs, 2) == folds);  // deterministic
}

TEST_CASE("FNC-1: score, per-class F1 and macro-F1 of a tiny confusion", "[stance]") {
  // agree exact (1.0), unrelated exact (0.25), discuss as agree (0.25),
  // disagree as unrelated (0): 1.5 of 3.25.
  std::vector<Stance> gold = {Stance::kAgree, Stance::kUnrelated, Stance::kDiscuss,
                              Stance::kDisagree};
  std::vector<Stance> predicted = {Stance::kAgree, Stance::kUnrelated, Stance::kAgree,
                                   Stance::kUnrelated};
  Fnc1Scores s = ScoreFnc1(gold, predicted);
  CHECK(s.score == Approx(1.5));
  CHECK(s.max_score == Approx(3.25));
  CHECK(s.relative == Approx(100 * 1.5 / 3.25));
  CHECK(s.f1[0] == Approx(2.0 / 3));
  CHECK(s.f1[1] == 0.0);
  CHECK(s.f1[2] == 0.0);
  CHECK(s.f1[3] == Approx(2.0 / 3));
  CHECK(s.macro_f1 == Approx(1.0 / 3));
  CHECK(s.confusion[2][0] == 1);
  CHECK(s.confusion[1][3] == 1);
  CHECK(s.ToText().find("macro-F1: 0.3333") != std::string::npos);
}

TEST_CASE("FNC-1: predictions CSV keeps input order and quotes headlines", "[stance]") {
  std::vector<Fnc1Pair> pairs = {P("Plain", "1", Stance::kAgree),
                                 P("With, comma \"and quote\"", "2", Stance::kDiscuss)};
  std::string csv = Fnc1PredictionsCsv(pairs, {Stance::kUnrelated, Stance::kDisagree});
  auto back = ParseCsv(csv, "out");
  REQUIRE(back.ok());
  REQUIRE(back->size() == 3);
  CHECK(back.value()[0] == CsvRecord{"Headline", "Body ID", "Stance"});
  CHECK(back.value()[1] == CsvRecord{"Plain", "1", "unrelated"});
  CHECK(back.value()[2] == CsvRecord{"With, comma \"and quote\"", "2", "disagree"});
}

}  // namespace claimgraph::stance
