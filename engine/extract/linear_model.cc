#include "extract/linear_model.h"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <sstream>

#include "extract/feature_hash.h"
#include "extract/model_files.h"

namespace claimgraph::extract {
namespace {

constexpr std::string_view kHeader = "claimgraph-linear 1";

// Splits a line at spaces.
std::vector<std::string> Fields(std::string_view line) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < line.size()) {
    const std::size_t sp = std::min(line.find(' ', pos), line.size());
    if (sp > pos) out.emplace_back(line.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

bool ParseDouble(const std::string& s, double* out) {
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}

bool ParseWeights(const std::vector<std::string>& f, std::size_t first, std::size_t n,
                  std::vector<double>* out) {
  if (f.size() != first + n) return false;
  out->resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (!ParseDouble(f[first + i], &(*out)[i])) return false;
  }
  return true;
}

}  // namespace

std::uint32_t FeatureBucket(std::string_view feature, std::uint32_t buckets) {
  return static_cast<std::uint32_t>(FeatureHash().Add(feature).value() % buckets);
}

LinearModel::LinearModel(std::vector<std::string> labels, std::uint32_t buckets,
                         std::vector<double> bias,
                         std::unordered_map<std::uint32_t, std::vector<double>> weights)
    : labels_(std::move(labels)), bias_(std::move(bias)) {
  SetBuckets(buckets);
  std::vector<std::uint32_t> row_buckets;
  for (const auto& [bucket, row] : weights) AddRow(bucket, row, &row_buckets);
  FinishRows(row_buckets);
}

void LinearModel::SetBuckets(std::uint32_t buckets) {
  buckets_ = buckets;
  mask_ = buckets != 0 && (buckets & (buckets - 1)) == 0 ? buckets - 1 : 0;
  present_.assign((std::size_t{buckets} + 63) / 64, 0);
}

bool LinearModel::AddRow(std::uint32_t bucket, const std::vector<double>& row,
                         std::vector<std::uint32_t>* row_buckets) {
  const std::uint64_t bit = std::uint64_t{1} << (bucket % 64);
  if (present_[bucket / 64] & bit) return false;
  present_[bucket / 64] |= bit;
  weights_.insert(weights_.end(), row.begin(), row.end());
  row_buckets->push_back(bucket);
  return true;
}

void LinearModel::FinishRows(const std::vector<std::uint32_t>& row_buckets) {
  if (!std::is_sorted(row_buckets.begin(), row_buckets.end())) {
    std::vector<std::size_t> order(row_buckets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return row_buckets[a] < row_buckets[b]; });
    const std::size_t n = labels_.size();
    std::vector<double> sorted;
    sorted.reserve(weights_.size());
    for (std::size_t r : order) {
      sorted.insert(sorted.end(), weights_.begin() + r * n, weights_.begin() + (r + 1) * n);
    }
    weights_ = std::move(sorted);
  }
  rank_.resize(present_.size());
  std::uint32_t count = 0;
  for (std::size_t k = 0; k < present_.size(); ++k) {
    rank_[k] = count;
    count += static_cast<std::uint32_t>(std::popcount(present_[k]));
  }
}

std::size_t LinearModel::RowOf(std::uint64_t bucket) const {
  const std::uint64_t word = present_[bucket / 64], bit = std::uint64_t{1} << (bucket % 64);
  if ((word & bit) == 0) return 0;
  return 1 + rank_[bucket / 64] + static_cast<std::size_t>(std::popcount(word & (bit - 1)));
}

Result<LinearModel> LinearModel::Parse(std::string_view content, const std::string& origin) {
  // Header lines in order, then weight lines.
  LinearModel m;
  std::size_t stage = 0;
  ModelLines lines(content);
  auto fail = [&](const std::string& what) {
    return Status::Corruption(origin + ":" + std::to_string(lines.line_no()) + ": " + what);
  };
  std::string_view line;
  std::vector<std::uint32_t> row_buckets;
  while (lines.Next(&line)) {
    const std::vector<std::string> f = Fields(line);
    const std::size_t n = m.labels_.size();
    if (stage == 0) {
      if (line != kHeader) return fail("expected header '" + std::string(kHeader) + "'");
    } else if (stage == 1) {
      if (f.size() < 3 || f[0] != "classes" || f[1] != std::to_string(f.size() - 2)) {
        return fail("expected 'classes <n> <labels...>' with at least two labels");
      }
      m.labels_.assign(f.begin() + 2, f.end());
    } else if (stage == 2) {
      const long b = f.size() == 2 && f[0] == "buckets" ? std::atol(f[1].c_str()) : 0;
      if (b <= 0 || b > (1L << 30)) return fail("expected 'buckets <positive count>'");
      m.SetBuckets(static_cast<std::uint32_t>(b));
    } else if (stage == 3) {
      if (f.empty() || f[0] != "bias" || !ParseWeights(f, 1, n, &m.bias_)) {
        return fail("expected 'bias' and one weight per class");
      }
    } else {
      std::vector<double> w;
      char* end = nullptr;
      const unsigned long bucket = f.empty() ? 0 : std::strtoul(f[0].c_str(), &end, 10);
      if (f.empty() || end != f[0].c_str() + f[0].size() || bucket >= m.buckets_ ||
          !ParseWeights(f, 1, n, &w)) {
        return fail("expected '<bucket> <weight per class>' with bucket below " +
                    std::to_string(m.buckets_));
      }
      if (!m.AddRow(static_cast<std::uint32_t>(bucket), w, &row_buckets)) {
        return fail("bucket " + f[0] + " given twice");
      }
    }
    stage = std::min<std::size_t>(stage + 1, 4);
  }
  if (stage < 4) return Status::Corruption(origin + ": truncated model file (no bias line)");
  m.FinishRows(row_buckets);
  return m;
}

Result<LinearModel> LinearModel::Load(const std::filesystem::path& path) {
  Result<std::string> content = ReadModelFile(path, "model file");
  if (!content.ok()) return content.status();
  return Parse(content.value(), path.string());
}

std::string LinearModel::Serialize() const {
  std::ostringstream out;
  out.precision(4);
  out << kHeader << "\nclasses " << labels_.size();
  for (const auto& l : labels_) out << ' ' << l;
  out << "\nbuckets " << buckets_ << "\nbias";
  for (double b : bias_) out << ' ' << b;
  out << '\n';
  // In bucket order, so that the same model always gives the same file.
  const std::size_t n = labels_.size();
  for (std::uint32_t bucket = 0; bucket < buckets_; ++bucket) {
    const std::size_t row_of = RowOf(bucket);
    if (row_of == 0) continue;
    out << bucket;
    const double* row = &weights_[(row_of - 1) * n];
    for (std::size_t c = 0; c < n; ++c) out << ' ' << row[c];
    out << '\n';
  }
  return out.str();
}

std::vector<double> LinearModel::Scores(const std::vector<std::string>& features) const {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(features.size());
  for (const std::string& f : features) hashes.push_back(FeatureHash().Add(f).value());
  std::vector<double> s(bias_.size());
  ScoreHashes(hashes, s);
  return s;
}

void LinearModel::ScoreHashes(std::span<const std::uint64_t> hashes,
                              std::span<double> scores) const {
  const std::size_t n = bias_.size();
  std::copy(bias_.begin(), bias_.end(), scores.begin());
  if (present_.empty()) return;  // a default-constructed model: bias only
  // The tables are large and reached at random, so the row lookups of a
  // batch are issued together (independent loads overlap) before the
  // weights are added, still in the order of the features.
  constexpr std::size_t kBatch = 32;
  std::size_t rows[kBatch];
  for (std::size_t at = 0; at < hashes.size(); at += kBatch) {
    const std::size_t m = std::min(kBatch, hashes.size() - at);
    for (std::size_t j = 0; j < m; ++j) {
      const std::uint64_t h = hashes[at + j];
      rows[j] = RowOf(mask_ != 0 ? h & mask_ : h % buckets_);
    }
    for (std::size_t j = 0; j < m; ++j) {
      if (rows[j] != 0) __builtin_prefetch(&weights_[(rows[j] - 1) * n]);
    }
    for (std::size_t j = 0; j < m; ++j) {
      if (rows[j] == 0) continue;
      const double* w = &weights_[(rows[j] - 1) * n];
      for (std::size_t c = 0; c < n; ++c) scores[c] += w[c];
    }
  }
}

std::size_t LinearModel::Best(const std::vector<std::string>& features) const {
  const std::vector<double> s = Scores(features);
  return static_cast<std::size_t>(std::max_element(s.begin(), s.end()) - s.begin());
}

std::size_t LinearModel::LabelIndex(std::string_view label) const {
  for (std::size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == label) return i;
  }
  return labels_.size();
}

}  // namespace claimgraph::extract
