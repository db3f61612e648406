// Training a LinearModel (engine/extract/linear_model.h) with liblinear.
//
// A Dataset collects instances as hashed feature strings and integer labels
// (indices into the label names); Train() fits an L2-regularised L2-loss
// linear SVM (dual solver, one-vs-rest) and keeps the weights whose
// magnitude reaches `min_weight`. Deterministic: liblinear's shuffling uses
// rand(), which is reseeded before each training.
#ifndef CLAIMGRAPH_TOOLS_TRAIN_LINEAR_TRAINING_H_
#define CLAIMGRAPH_TOOLS_TRAIN_LINEAR_TRAINING_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/linear_model.h"

namespace claimgraph::train {

class Dataset {
 public:
  explicit Dataset(std::uint32_t buckets) : buckets_(buckets) {}
  void Add(const std::vector<std::string>& features, int label);
  std::size_t size() const { return labels_.size(); }
  std::size_t CountOf(int label) const;

  std::uint32_t buckets() const { return buckets_; }
  const std::vector<double>& labels() const { return labels_; }
  // Per instance: (bucket + 1, count) pairs sorted by bucket.
  const std::vector<std::vector<std::pair<int, double>>>& rows() const { return rows_; }

 private:
  std::uint32_t buckets_;
  std::vector<double> labels_;
  std::vector<std::vector<std::pair<int, double>>> rows_;
};

extract::LinearModel Train(const Dataset& data, const std::vector<std::string>& label_names,
                           double c, double min_weight);

}  // namespace claimgraph::train

#endif  // CLAIMGRAPH_TOOLS_TRAIN_LINEAR_TRAINING_H_
