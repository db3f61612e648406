#include "stance/trainer.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "stance/features.h"

namespace claimgraph::stance {
namespace {

void Silent(const char*) {}

// Owns liblinear's sparse rows. As liblinear's own tools do, each row ends
// with the bias node (index n, value 1) and then index -1.
struct Problem {
  std::vector<std::vector<feature_node>> rows;
  std::vector<feature_node*> pointers;
  std::vector<double> labels;

  void Add(const std::vector<double>& features, int label) {
    std::vector<feature_node> row;
    for (std::size_t i = 0; i < features.size(); ++i) {
      if (features[i] != 0) row.push_back({static_cast<int>(i) + 1, features[i]});
    }
    row.push_back({static_cast<int>(features.size()) + 1, 1.0});
    row.push_back({-1, 0});
    rows.push_back(std::move(row));
    labels.push_back(label);
  }
};

Result<LinearStage> TrainStage(Problem& data, const std::map<int, std::string>& names,
                               const TrainOptions& options) {
  std::map<int, int> counts;
  for (double y : data.labels) ++counts[static_cast<int>(y)];
  if (counts.size() < 2) {
    return Status::InvalidArgument("stance training: a stage needs pairs of two classes or more");
  }
  data.pointers.clear();
  for (auto& row : data.rows) data.pointers.push_back(row.data());
  problem prob{};
  prob.l = static_cast<int>(data.rows.size());
  prob.n = static_cast<int>(FeatureCount()) + 1;
  prob.y = data.labels.data();
  prob.x = data.pointers.data();
  prob.bias = 1;
  std::vector<int> weight_labels;
  std::vector<double> weights;
  const double n = static_cast<double>(data.labels.size());
  const double k = static_cast<double>(counts.size());
  for (const auto& [label, count] : counts) {
    weight_labels.push_back(label);
    weights.push_back(std::pow(n / (k * count), options.weight_power));
  }
  parameter param{};
  param.solver_type = L1R_LR;
  param.eps = 0.001;
  param.C = options.c;
  param.nr_weight = static_cast<int>(weights.size());
  param.weight_label = weight_labels.data();
  param.weight = weights.data();
  if (const char* error = check_parameter(&prob, &param)) {
    return Status::InvalidArgument(std::string("liblinear: ") + error);
  }
  set_print_string_function(&Silent);
  model* trained = train(&prob, &param);
  LinearStage stage;
  const int features = static_cast<int>(FeatureCount());
  for (int label_index = 0; label_index < get_nr_class(trained); ++label_index) {
    stage.labels.push_back(names.at(trained->label[label_index]));
    std::vector<double> row;
    for (int i = 1; i <= features; ++i) row.push_back(get_decfun_coef(trained, i, label_index));
    row.push_back(get_decfun_bias(trained, label_index));
    stage.weights.push_back(std::move(row));
  }
  free_and_destroy_model(&trained);
  return stage;
}

// Indicator features (one per cue word, "cue:", and the bins) stay 0/1:
// standardising them would blow rare words up to large values, which
// overfits topics in cross-validation.
bool IsIndicator(std::size_t feature) {
  const std::string& name = FeatureNames()[feature];
  return name.find(':') != std::string::npos || name.find("_bin") != std::string::npos;
}

// Mean and 1 / standard deviation per other feature; a constant feature
// keeps scale 1 (it then only shifts the bias).
Scaling FitScaling(const std::vector<std::vector<double>>& rows) {
  const std::size_t n = FeatureCount();
  Scaling scaling{std::vector<double>(n, 0.0), std::vector<double>(n, 1.0)};
  if (rows.empty()) return scaling;
  std::vector<double> sum_sq(n, 0.0);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < n; ++i) {
      scaling.mean[i] += row[i];
      sum_sq[i] += row[i] * row[i];
    }
  }
  const double count = static_cast<double>(rows.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (IsIndicator(i)) {
      scaling.mean[i] = 0;
      continue;
    }
    scaling.mean[i] /= count;
    double variance = sum_sq[i] / count - scaling.mean[i] * scaling.mean[i];
    if (variance > 1e-12) scaling.scale[i] = 1.0 / std::sqrt(variance);
  }
  return scaling;
}

}  // namespace

void ApplyIdf(const Idf& idf, Corpus* corpus) {
  for (TextAnalysis& claim : corpus->claims) ApplyIdf(idf, &claim);
  for (TextAnalysis& body : corpus->bodies) ApplyIdf(idf, &body);
}

Result<StanceModel> TrainStanceModel(Corpus* corpus, const std::vector<LabelledPair>& pairs,
                                     const TrainOptions& options) {
  std::set<std::size_t> bodies;
  for (const LabelledPair& pair : pairs) bodies.insert(pair.body);
  std::vector<const std::vector<std::string>*> vocabularies;
  for (std::size_t body : bodies) vocabularies.push_back(&corpus->bodies[body].vocabulary);
  Idf idf = Idf::FromDocuments(vocabularies, options.min_df);
  ApplyIdf(idf, corpus);

  std::vector<std::vector<double>> rows;
  rows.reserve(pairs.size());
  for (const LabelledPair& pair : pairs) {
    rows.push_back(
        ComputeFeatures(corpus->claims[pair.claim], corpus->bodies[pair.body], idf).values);
  }
  Scaling scaling = FitScaling(rows);
  Problem relatedness, stance;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    std::vector<double> x = scaling.Apply(rows[i]);
    relatedness.Add(x, IsRelated(pairs[i].gold) ? 1 : 0);
    if (IsRelated(pairs[i].gold)) stance.Add(x, static_cast<int>(pairs[i].gold));
  }
  auto first = TrainStage(relatedness, {{1, "related"}, {0, "unrelated"}}, options);
  if (!first.ok()) return first.status();
  auto second = TrainStage(stance,
                           {{static_cast<int>(Stance::kAgree), "agree"},
                            {static_cast<int>(Stance::kDisagree), "disagree"},
                            {static_cast<int>(Stance::kDiscuss), "discuss"}},
                           options);
  if (!second.ok()) return second.status();
  return StanceModel(std::move(idf), std::move(scaling), std::move(first).value(), std::move(second).value());
}

}  // namespace claimgraph::stance
