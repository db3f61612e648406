// FNC-1 evaluation: predicts the stance of every pair with a model loaded
// once, or runs topic-grouped K-fold cross-validation (train on K-1 folds,
// predict the held-out one), and scores the predictions when the pairs are
// labelled. Each distinct headline and body is analysed once.
#ifndef CLAIMGRAPH_STANCE_FNC1_EVAL_H_
#define CLAIMGRAPH_STANCE_FNC1_EVAL_H_

#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "extract/extractor.h"
#include "stance/fnc1.h"
#include "stance/trainer.h"

namespace claimgraph::stance {

// The FNC-1 pairs as analysed claims and bodies; pairs without a gold label
// get kUnrelated (they must not be trained on).
struct Fnc1Corpus {
  Corpus corpus;
  std::vector<LabelledPair> pairs;  // same order as Fnc1Data::pairs
};

// Analyses every distinct headline and body (no IDF applied yet).
Fnc1Corpus AnalyseFnc1(const Fnc1Data& data, const extract::Extractor& extractor);

struct Fnc1EvalOptions {
  std::string model_path;  // used when train_folds == 0
  int train_folds = 0;     // >= 2: cross-validation instead of the shipped model
  TrainOptions train;
};

struct Fnc1EvalResult {
  std::vector<Stance> predicted;     // input order
  std::optional<Fnc1Scores> scores;  // when every pair has a gold label
  std::size_t pairs = 0, headlines = 0, bodies = 0;
  int folds = 0;
  double analysis_seconds = 0;  // analysing headlines and bodies, once
  double classify_seconds = 0;  // features + prediction for every pair
  std::string ToText() const;   // scores and throughput, human-readable
};

// NotFound/Corruption from the model; InvalidArgument when cross-validation
// is asked for on pairs without gold labels or a fold cannot be trained.
Result<Fnc1EvalResult> EvaluateFnc1(const Fnc1Data& data, const Fnc1EvalOptions& options);

}  // namespace claimgraph::stance

#endif  // CLAIMGRAPH_STANCE_FNC1_EVAL_H_
