// StanceClassifier: the engine's entry point for stance — loads the shipped
// model once, analyses claims and bodies once each, and judges a pair:
// agree, disagree, discuss or unrelated, with the body sentences that carry
// the claim as evidence.
//
// Immutable after Load(); Analyse*() and Classify() may be called from
// several threads at once.
#ifndef CLAIMGRAPH_STANCE_CLASSIFIER_H_
#define CLAIMGRAPH_STANCE_CLASSIFIER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "extract/extractor.h"
#include "model/statement.h"
#include "stance/analysis.h"
#include "stance/model.h"
#include "stance/stance.h"

namespace claimgraph::stance {

struct Judgement {
  Stance stance = Stance::kUnrelated;
  double confidence = 0;       // in [0, 1]
  std::vector<Span> evidence;  // body sentences carrying the claim, best first; offsets into the body text
};

class StanceClassifier {
 public:
  // Loads the model file (default: DefaultModelPath()). NotFound or
  // Corruption naming the path when it is missing or invalid.
  static Result<std::unique_ptr<StanceClassifier>> Load(const std::string& path);
  explicit StanceClassifier(StanceModel model);

  TextAnalysis AnalyseClaim(std::string_view claim) const;
  // Analyses text[range] as an article body (the extractor's statements included).
  TextAnalysis AnalyseBody(std::string_view text, Span range) const;

  // Both analyses must come from this classifier (or have had ApplyIdf with
  // model().idf()).
  Judgement Classify(const TextAnalysis& claim, const TextAnalysis& body) const;

  const StanceModel& model() const { return model_; }
  const extract::Extractor& extractor() const { return extractor_; }

 private:
  StanceModel model_;
  extract::Extractor extractor_;
};

}  // namespace claimgraph::stance

#endif  // CLAIMGRAPH_STANCE_CLASSIFIER_H_
