// LinearModel: a multi-class linear classifier over hashed string features,
// as shipped in models/ (written by tools/train/train_attribution from a
// liblinear model; the engine itself does not link liblinear).
//
// Features are strings ("w=said", "d=L3"); each is hashed (FNV-1a 64) into
// [0, buckets). A model file starts with text lines, then (version 2) a
// binary payload:
//
//   claimgraph-linear 2
//   classes <n> <label names...>
//   buckets <b>
//   bias <w_1> ... <w_n>
//   weights <rows> int16 2^<e> checksum <16 hex digits>
//   <payload>
//
// The payload is the model's in-memory layout: a bitmap of the buckets that
// have weights (ceil(b / 64) 64-bit words, little-endian), then per such
// bucket, in bucket order, n - 1 little-endian int16 values q_c; the
// bucket's weights are 0 for the first class and q_c * 2^e for class c.
// Storing each row relative to its first class loses nothing the engine
// uses: adding one amount to every class of a row changes no difference
// between class scores, and only differences are used (argmax, margins).
// With 16-bit weights the role model takes 1.8 MB instead of 11.4 MB of
// text, and loads without parsing numbers. The checksum is FeatureHash of
// the payload bytes.
//
// Version 1 is all text, one line "<bucket> <w_1> ... <w_n>" per bucket
// after the bias line; it is still read (hand-written test models, fold
// models trained before version 2). Serialize writes version 2.
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
#include "extract/model_files.h"

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

  // The version-2 file content for this model. Parse(Serialize()) gives the
  // same score differences between classes up to the 16-bit rounding of
  // each weight (half of 2^e, e chosen from the largest weight); a model
  // parsed from version 2 serialises to the same bytes.
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
  // Parse's work on a fresh model: the header, classes, buckets and bias
  // lines, then ParseTextRows (version 1) or ParsePayload (version 2).
  Status ParseLines(std::string_view content, const std::string& origin);
  // The "<bucket> <weights>" lines after the bias line.
  Status ParseTextRows(ModelLines* lines, const std::string& origin);
  // The "weights" line and the payload after it; errors without the origin.
  Status ParsePayload(std::string_view weights_line, std::string_view payload);
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_LINEAR_MODEL_H_
