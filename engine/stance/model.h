// StanceModel: the learnt stance classifier as the repository ships it
// (models/stance.model): the IDF table of the training bodies and two linear
// stages over the features of features.h. The first stage separates related
// from unrelated pairs; the second labels a related pair agree, disagree or
// discuss. Each stage keeps one weight row per label (bias last) and picks
// the row with the highest score.
//
// The file is plain text, line by line:
//   claimgraph-stance-model 1
//   features N                      (must equal FeatureCount())
//   idf M UNKNOWN                   then M lines "term weight"
//   scaling                         then a line of N means, a line of N scales
//   stage relatedness 2             then per label: "label NAME" and N+1 weights
//   stage stance 3
//   end
#ifndef CLAIMGRAPH_STANCE_MODEL_H_
#define CLAIMGRAPH_STANCE_MODEL_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "stance/analysis.h"
#include "stance/stance.h"

namespace claimgraph::stance {

struct LinearStage {
  std::vector<std::string> labels;
  std::vector<std::vector<double>> weights;  // per label: FeatureCount() weights, then the bias

  // Index of the best label and softmax probability of it; `features` are
  // standardised (see Scaling).
  std::size_t Best(const std::vector<double>& features, double* probability) const;
};

// Standardisation learnt on the training pairs: x' = (x - mean) * scale.
struct Scaling {
  std::vector<double> mean, scale;
  std::vector<double> Apply(const std::vector<double>& features) const;
};

struct Prediction {
  Stance stance = Stance::kUnrelated;
  double confidence = 0;  // probability of the chosen label at its stage, in [0, 1]
};

class StanceModel {
 public:
  // relatedness labels: "related", "unrelated"; stance labels: "agree",
  // "disagree", "discuss" (in any order).
  StanceModel(Idf idf, Scaling scaling, LinearStage relatedness, LinearStage stance);

  // Reads a model file. NotFound when the file is missing, Corruption when it
  // is not a valid model for this binary; both messages name the path.
  static Result<StanceModel> Load(const std::string& path);
  static Result<StanceModel> Parse(std::string_view text, const std::string& origin);

  std::string Serialize() const;
  Status Save(const std::string& path) const;

  Prediction Predict(const std::vector<double>& features) const;
  const Idf& idf() const { return idf_; }

 private:
  Idf idf_;
  Scaling scaling_;
  LinearStage relatedness_;
  LinearStage stance_;
};

// $CLAIMGRAPH_MODELS/stance.model when that variable is set and non-empty,
// else stance.model in the repository's models/ folder (compiled in).
std::string DefaultModelPath();

}  // namespace claimgraph::stance

#endif  // CLAIMGRAPH_STANCE_MODEL_H_
