// LinearModel: a multi-class linear classifier over hashed string features,
// as shipped in models/ (written by tools/train/train_attribution from a
// liblinear model; the engine itself does not link liblinear).
//
// Features are strings ("w=said", "d=L3"); each is hashed (FNV-1a 64) into
// [0, buckets). The file keeps only non-zero weights:
//
//   claimgraph-linear 1
//   classes <n> <label names...>
//   buckets <b>
//   bias <w_1> ... <w_n>
//   <bucket> <w_1> ... <w_n>          (one line per non-zero bucket)
//
// Scores(features) gives one score per class, the bias weights plus the sum
// of the weights of the features' buckets (each feature counts with value
// 1). Immutable after loading; thread-safe.
//
// Scoring is on the extractor's hot path (every token, every cue), so the
// weights live in one flat array reached through a dense bucket -> row
// table (4 bytes per bucket) instead of a hash map.
#ifndef CLAIMGRAPH_EXTRACT_LINEAR_MODEL_H_
#define CLAIMGRAPH_EXTRACT_LINEAR_MODEL_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"

namespace claimgraph::extract {

// The bucket of a feature string; shared by the trainer and the engine.
std::uint32_t FeatureBucket(std::string_view feature, std::uint32_t buckets);

class LinearModel {
 public:
  // Parses a model file's content; Corruption naming `origin` and the line
  // on a malformed header or weight line.
  static Result<LinearModel> Parse(std::string_view content, const std::string& origin);
  // Reads and parses the file; NotFound naming the path if it is missing.
  static Result<LinearModel> Load(const std::filesystem::path& path);

  // Builds a model from weights (used by the trainer and tests).
  LinearModel(std::vector<std::string> labels, std::uint32_t buckets, std::vector<double> bias,
              std::unordered_map<std::uint32_t, std::vector<double>> weights);
  LinearModel() = default;

  // The file content for this model (round-trips through Parse).
  std::string Serialize() const;

  std::vector<double> Scores(const std::vector<std::string>& features) const;
  // The index of the best-scoring class.
  std::size_t Best(const std::vector<std::string>& features) const;

  const std::vector<std::string>& labels() const { return labels_; }
  std::uint32_t buckets() const { return buckets_; }
  // The index of the class named `label`, or labels().size() if none.
  std::size_t LabelIndex(std::string_view label) const;

 private:
  std::vector<std::string> labels_;
  std::uint32_t buckets_ = 0;
  std::vector<double> bias_;
  // row_of_[bucket] is 1 + the bucket's row in weights_, or 0 for none.
  std::vector<std::uint32_t> row_of_;
  std::vector<double> weights_;  // rows of labels_.size() weights, in bucket order

  // Appends the weights of `bucket`, which has none yet.
  void AddRow(std::uint32_t bucket, const std::vector<double>& row);
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_LINEAR_MODEL_H_
