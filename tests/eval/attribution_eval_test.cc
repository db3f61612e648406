#include "eval/attribution_eval.h"

#include <catch2/catch.hpp>

#include <string>

namespace claimgraph::eval {
namespace {

const std::string kMiniCorpus = std::string(CLAIMGRAPH_FIXTURES_DIR) + "/eval/polnear-mini";

}  // namespace

TEST_CASE("AttributionEval: scores the extractor on a small annotated corpus", "[eval]") {
  extract::Extractor extractor;
  std::string errors;
  auto scores = EvaluateAttribution(kMiniCorpus, extractor, &errors);
  REQUIRE(scores.ok());
  CHECK(scores->articles == 1);
  CHECK(scores->gold_attributions == 2);  // the first annotator's file, not mini_bbbb.ann
  // Both attributions are plain "X said/denied Y": the extractor must find them.
  CHECK(scores->attribution.tp == 2);
  CHECK(scores->attribution.Recall() == Approx(1.0));
  CHECK(scores->speaker_head_found == 2);
  CHECK(scores->ToJson().find("\"attribution\"") != std::string::npos);
}

TEST_CASE("AttributionEval: a folder without text/ and attributions/ is an error", "[eval]") {
  extract::Extractor extractor;
  auto scores = EvaluateAttribution(CLAIMGRAPH_FIXTURES_DIR, extractor, nullptr);
  CHECK_FALSE(scores.ok());
}

}  // namespace claimgraph::eval
