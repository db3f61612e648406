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
// weights live in one flat array in bucket order, reached through a bitmap
// of the buckets that have weights plus a rank table (3/16 byte per bucket:
// small enough to stay in cache, unlike a hash map), and ScoreHashes takes
// features as FeatureHash values (extract/feature_hash.h), never as strings.
// Both Scores and ScoreHashes add the weights in the order of the features,
// so the two give bit-identical scores for the same features.
#ifndef CLAIMGRAPH_EXTRACT_LINEAR_MODEL_H_
#define CLAIMGRAPH_EXTRACT_LINEAR_MODEL_H_

#include <cstdint>
#include <filesystem>
#include <span>
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
  // Scores() of the features whose FeatureHash values are `hashes`, written
  // to `scores` (one per class).
  void ScoreHashes(std::span<const std::uint64_t> hashes, std::span<double> scores) const;

  const std::vector<std::string>& labels() const { return labels_; }
  std::uint32_t buckets() const { return buckets_; }
  // The index of the class named `label`, or labels().size() if none.
  std::size_t LabelIndex(std::string_view label) const;

 private:
  std::vector<std::string> labels_;
  std::uint32_t buckets_ = 0;
  std::uint64_t mask_ = 0;  // buckets_ - 1 when buckets_ is a power of two: h % b == h & mask_
  std::vector<double> bias_;
  // Bucket b has weights iff bit b % 64 of present_[b / 64] is set; its row
  // is the number of such buckets below b: rank_[b / 64] plus the set bits
  // below b in its word.
  std::vector<std::uint64_t> present_;
  std::vector<std::uint32_t> rank_;
  std::vector<double> weights_;  // rows of labels_.size() weights, in bucket order

  // Sets buckets_ and mask_, and no bucket present.
  void SetBuckets(std::uint32_t buckets);
  // Appends the weights of `bucket`; false (nothing added) if it has some.
  bool AddRow(std::uint32_t bucket, const std::vector<double>& row,
              std::vector<std::uint32_t>* row_buckets);
  // Puts the rows (added for `row_buckets`) in bucket order; fills rank_.
  void FinishRows(const std::vector<std::uint32_t>& row_buckets);
  // 1 + the row of `bucket`, or 0 if it has no weights.
  std::size_t RowOf(std::uint64_t bucket) const;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_LINEAR_MODEL_H_
