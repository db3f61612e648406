// Stance features on hand-written (claim, body) pairs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "stance/analysis.h"
#include "stance/features.h"

namespace claimgraph::stance {
namespace {

struct Pair {
  TextAnalysis claim, body;
  PairFeatures features;
};

// Analyses both texts (IDF from the body and a filler document) and
// computes the pair's features.
Pair Compute(const std::string& claim_text, const std::string& body_text) {
  Pair pair;
  pair.claim = Analyse(claim_text, Span{0, claim_text.size()}, {nullptr, true});
  pair.body = Analyse(body_text, Span{0, body_text.size()}, {nullptr, false});
  const std::string filler = "The weather was mild and the market was quiet on Monday.";
  TextAnalysis other = Analyse(filler, Span{0, filler.size()}, {nullptr, false});
  Idf idf = Idf::FromDocuments({&pair.body.vocabulary, &other.vocabulary}, 1);
  ApplyIdf(idf, &pair.claim);
  ApplyIdf(idf, &pair.body);
  pair.features = ComputeFeatures(pair.claim, pair.body, idf);
  return pair;
}

double Feature(const Pair& pair, const std::string& name) {
  const auto& names = FeatureNames();
  auto it = std::find(names.begin(), names.end(), name);
  REQUIRE(it != names.end());
  return pair.features.values[static_cast<std::size_t>(it - names.begin())];
}

const std::string kClaim = "Russia is pulling troops back from the Ukrainian border";

}  // namespace

TEST_CASE("Features: one value per named feature, names unique", "[stance]") {
  Pair pair = Compute(kClaim, "Russia pulled troops back.");
  CHECK(pair.features.values.size() == FeatureCount());
  auto names = FeatureNames();
  std::sort(names.begin(), names.end());
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
}

TEST_CASE("Features: a restating body covers the claim, an unrelated one does not", "[stance]") {
  Pair related = Compute(kClaim,
                         "The weather was cold. Russia has pulled troops back from the "
                         "Ukrainian border, officials said.");
  Pair unrelated = Compute(kClaim, "Bake the bread in a hot oven until the crust is brown.");
  CHECK(Feature(related, "term_coverage") == Approx(1.0));
  CHECK(Feature(related, "max_sentence_cos") > 0.5);
  CHECK(Feature(related, "cos_body") > Feature(unrelated, "cos_body"));
  CHECK(Feature(unrelated, "term_coverage") == 0.0);
  CHECK(Feature(unrelated, "max_sentence_cos") == 0.0);
  // The sentence that carries the claim is the evidence, best first.
  REQUIRE_FALSE(related.features.evidence.empty());
  CHECK(related.features.evidence.front() == 1);
  CHECK(unrelated.features.evidence.empty());
}

TEST_CASE("Features: refuting, hedging and negation cues near the claim", "[stance]") {
  Pair refuted = Compute(kClaim,
                         "Reports that Russia is pulling troops back from the Ukrainian border "
                         "are a hoax, NATO said. There is no sign of a pullback.");
  Pair hedged = Compute(kClaim,
                        "Russia is reportedly pulling troops back from the Ukrainian border, "
                        "according to unconfirmed claims.");
  Pair plain = Compute(kClaim, "Russia is pulling troops back from the Ukrainian border.");
  CHECK(Feature(refuted, "related_refute") > 0);
  CHECK(Feature(refuted, "claim_plain_body_denies") == 1.0);
  CHECK(Feature(refuted, "related_cue:hoax") == 1.0);
  CHECK(Feature(hedged, "related_hedge") > 0);
  CHECK(Feature(hedged, "related_cue:reportedly") == 1.0);
  CHECK(Feature(plain, "related_refute") == 0.0);
  CHECK(Feature(plain, "related_hedge") == 0.0);
  CHECK(Feature(plain, "claim_plain_body_denies") == 0.0);
}

TEST_CASE("Features: a claim that is itself a denial flips the cue interaction", "[stance]") {
  Pair pair = Compute("No, Russia is not pulling troops back from the border",
                      "Russia is pulling troops back from the border, the ministry said.");
  CHECK(Feature(pair, "claim_negation") == 1.0);
  CHECK(Feature(pair, "claim_denies_body_plain") == 1.0);
}

TEST_CASE("Features: numbers found or mismatched", "[stance]") {
  const std::string claim = "The storm killed 12 people in Manila";
  Pair same = Compute(claim, "The storm killed 12 people in Manila on Sunday.");
  Pair other = Compute(claim, "The storm killed 15 people in Manila on Sunday.");
  CHECK(Feature(same, "number_found") == 1.0);
  CHECK(Feature(same, "number_mismatch") == 0.0);
  CHECK(Feature(other, "number_found") == 0.0);
  CHECK(Feature(other, "number_mismatch") == 1.0);
}

TEST_CASE("Features: WordNet antonyms of claim words in the carrying sentence", "[stance]") {
  Pair pair = Compute("Oil prices rise sharply", "Oil prices fall sharply after the report.");
  Pair same = Compute("Oil prices rise sharply", "Oil prices rise sharply after the report.");
  // wordnet-base lists rise/fall as verb antonyms; without the package the
  // feature is always 0, which this test then reports.
  CHECK(Feature(pair, "antonym_in_top") == 1.0);
  CHECK(Feature(same, "antonym_in_top") == 0.0);
}

TEST_CASE("Analysis: the extractor's denials of the claim are counted", "[stance]") {
  extract::Extractor extractor;
  const std::string body =
      "The Kremlin denied that Russia is pulling troops back from the Ukrainian border.";
  TextAnalysis analysis = Analyse(body, Span{0, body.size()}, {&extractor, false});
  REQUIRE_FALSE(analysis.statements.empty());
  CHECK(std::any_of(analysis.statements.begin(), analysis.statements.end(),
                    [](const StatementTerms& s) { return s.denied; }));
}

TEST_CASE("Features: a body that debunks the claim up front sets the lead cues", "[stance]") {
  Pair debunk = Compute(kClaim,
                        "A viral story is a hoax. Russia is not pulling troops back from the "
                        "Ukrainian border. Satellite images show more tanks. Analysts agree. "
                        "Talks resume next week.");
  Pair late = Compute(kClaim,
                      "Talks resume next week. Analysts agree. Satellite images show more "
                      "tanks. Russia is pulling troops back from the Ukrainian border. A "
                      "rival story was a hoax.");
  CHECK(Feature(debunk, "lead_refute") == 1.0);
  CHECK(Feature(debunk, "lead_cue:hoax") == 1.0);
  CHECK(Feature(late, "lead_refute") == 0.0);
  CHECK(Feature(late, "lead_cue:hoax") == 0.0);
  CHECK(Feature(debunk, "refute_variety") > 0.0);
}

}  // namespace claimgraph::stance
