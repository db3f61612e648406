// Attribution evaluation against gold brat annotations (PolNeAR layout):
// DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann (the first
// annotator's file in name order when there are several).
//
// Runs the same extractor as `claimgraph extract` and scores, for each role
// (source, cue, content):
//   * exact-span P/R/F1: a predicted span counts when its word tokens are
//     exactly those of a gold span of that role (a discontinuous span counts
//     as the union of its parts);
//   * token P/R/F1: word tokens labelled with the role anywhere in the article;
// and attribution-level P/R/F1: a predicted attribution matches a gold one
// when their contents share a word token and their cues share a word token,
// one-to-one, greedily by content overlap. Narrative statements are ignored.
#ifndef CLAIMGRAPH_EVAL_ATTRIBUTION_EVAL_H_
#define CLAIMGRAPH_EVAL_ATTRIBUTION_EVAL_H_

#include <array>
#include <cstddef>
#include <filesystem>
#include <string>

#include "common/status.h"
#include "extract/extractor.h"

namespace claimgraph::eval {

struct Counts {
  double tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp > 0 ? tp / (tp + fp) : 0.0; }
  double Recall() const { return tp + fn > 0 ? tp / (tp + fn) : 0.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

enum Role { kSource = 0, kCue = 1, kContent = 2 };
inline constexpr std::array<const char*, 3> kRoleNames = {"source", "cue", "content"};

struct AttributionScores {
  std::array<Counts, 3> exact;  // by Role
  std::array<Counts, 3> token;  // by Role
  Counts attribution;
  std::size_t articles = 0;
  std::size_t gold_attributions = 0;
  std::size_t predicted_attributions = 0;
  // Among matched attributions whose gold has a source: how many resolved
  // speakers contain the gold source's head (last) word.
  std::size_t speaker_checked = 0;
  std::size_t speaker_head_found = 0;
  double extract_seconds = 0;  // time spent in the extractor only

  std::string ToText() const;
  std::string ToJson() const;  // one JSON object
};

// Evaluates the extractor over `dir`. If `errors` is not null, fills it with
// a readable list of missed and spurious attributions with their sentences.
// Fails when the folder layout is wrong or an annotation file is malformed.
Result<AttributionScores> EvaluateAttribution(const std::filesystem::path& dir,
                                              const extract::Extractor& extractor,
                                              std::string* errors);

}  // namespace claimgraph::eval

#endif  // CLAIMGRAPH_EVAL_ATTRIBUTION_EVAL_H_
