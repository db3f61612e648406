#include "extract/linear_model.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

#include "extract/feature_hash.h"
#include "extract/model_files.h"

namespace claimgraph::extract {
namespace {

constexpr std::string_view kTextHeader = "claimgraph-linear 1";
constexpr std::string_view kHeader = "claimgraph-linear 2";
// A row's weights relative to its first class, as int16 multiples of 2^e.
constexpr int kWeightBits = 16;
constexpr double kLargestWeightUnits = (1 << (kWeightBits - 1)) - 1;  // 32767

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

// The shortest text that reads back as exactly `v`.
std::string ExactText(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

void PutLittleEndian(std::uint64_t v, int bytes, std::string* out) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

std::uint64_t GetLittleEndian(const char* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  return v;
}

std::string Hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
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
  LinearModel m;
  Status status = m.ParseLines(content, origin);
  if (!status.ok()) return status;
  return m;
}

Status LinearModel::ParseLines(std::string_view content, const std::string& origin) {
  // Header lines in order, then weight lines (version 1) or the weights
  // line and the payload (version 2).
  std::size_t stage = 0;
  bool text_rows = false;
  ModelLines lines(content);
  auto fail = [&](const std::string& what) {
    return Status::Corruption(origin + ":" + std::to_string(lines.line_no()) + ": " + what);
  };
  std::string_view line;
  while (stage < 4 && lines.Next(&line)) {
    const std::vector<std::string> f = Fields(line);
    if (stage == 0) {
      text_rows = line == kTextHeader;
      if (line != kHeader && !text_rows) {
        return fail("expected header '" + std::string(kHeader) + "'");
      }
    } else if (stage == 1) {
      if (f.size() < 3 || f[0] != "classes" || f[1] != std::to_string(f.size() - 2)) {
        return fail("expected 'classes <n> <labels...>' with at least two labels");
      }
      labels_.assign(f.begin() + 2, f.end());
    } else if (stage == 2) {
      const long b = f.size() == 2 && f[0] == "buckets" ? std::atol(f[1].c_str()) : 0;
      if (b <= 0 || b > (1L << 30)) return fail("expected 'buckets <positive count>'");
      SetBuckets(static_cast<std::uint32_t>(b));
    } else if (f.empty() || f[0] != "bias" || !ParseWeights(f, 1, labels_.size(), &bias_)) {
      return fail("expected 'bias' and one weight per class");
    }
    ++stage;
  }
  if (stage < 4) return Status::Corruption(origin + ": truncated model file (no bias line)");
  if (text_rows) return ParseTextRows(&lines, origin);
  if (!lines.Next(&line)) return Status::Corruption(origin + ": truncated model file (no weights)");
  Status status = ParsePayload(line, content.substr(lines.offset()));
  if (!status.ok()) return fail(status.message());
  return status;
}

Status LinearModel::ParseTextRows(ModelLines* lines, const std::string& origin) {
  const std::size_t n = labels_.size();
  std::vector<std::uint32_t> row_buckets;
  std::string_view line;
  while (lines->Next(&line)) {
    const std::vector<std::string> f = Fields(line);
    std::vector<double> w;
    char* end = nullptr;
    const unsigned long bucket = f.empty() ? 0 : std::strtoul(f[0].c_str(), &end, 10);
    const std::string where = origin + ":" + std::to_string(lines->line_no()) + ": ";
    if (f.empty() || end != f[0].c_str() + f[0].size() || bucket >= buckets_ ||
        !ParseWeights(f, 1, n, &w)) {
      return Status::Corruption(where +
                                "expected '<bucket> <weight per class>' with bucket below " +
                                std::to_string(buckets_));
    }
    if (!AddRow(static_cast<std::uint32_t>(bucket), w, &row_buckets)) {
      return Status::Corruption(where + "bucket " + f[0] + " given twice");
    }
  }
  FinishRows(row_buckets);
  return Status::Ok();
}

Status LinearModel::ParsePayload(std::string_view weights_line, std::string_view payload) {
  // weights <rows> int16 2^<e> checksum <hex>
  const std::vector<std::string> f = Fields(weights_line);
  char* end = nullptr;
  const unsigned long long rows = f.size() == 6 ? std::strtoull(f[1].c_str(), &end, 10) : 0;
  const bool well_formed = f.size() == 6 && f[0] == "weights" &&
                           end == f[1].c_str() + f[1].size() && f[2] == "int16" &&
                           f[3].rfind("2^", 0) == 0 && f[4] == "checksum" && f[5].size() == 16;
  const int exponent = well_formed ? std::atoi(f[3].c_str() + 2) : 0;
  if (!well_formed || exponent < -1000 || exponent > 1000) {
    return Status::Corruption("expected 'weights <rows> int16 2^<e> checksum <hex>'");
  }
  const std::size_t n = labels_.size(), words = present_.size();
  const std::uint64_t expected = words * 8 + rows * (n - 1) * 2;
  if (rows > buckets_ || payload.size() != expected) {
    return Status::Corruption("the weights take " + std::to_string(payload.size()) +
                              " bytes, expected " + std::to_string(expected) + " for " +
                              std::to_string(rows) + " rows (truncated or damaged file)");
  }
  if (Hex(FeatureHash().Add(payload).value()) != f[5]) {
    return Status::Corruption("checksum mismatch: the weights are damaged");
  }
  std::uint64_t set = 0;
  for (std::size_t k = 0; k < words; ++k) {
    present_[k] = GetLittleEndian(payload.data() + 8 * k, 8);
    set += static_cast<std::uint64_t>(std::popcount(present_[k]));
  }
  const bool past_end = buckets_ % 64 != 0 && (present_.back() >> (buckets_ % 64)) != 0;
  if (set != rows || past_end) {
    return Status::Corruption("the bucket bitmap does not match " + std::to_string(rows) + " rows");
  }
  const double unit = std::ldexp(1.0, exponent);
  weights_.assign(static_cast<std::size_t>(rows) * n, 0.0);
  const char* q = payload.data() + words * 8;
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 1; c < n; ++c, q += 2) {
      const auto units = static_cast<std::int16_t>(GetLittleEndian(q, 2));
      weights_[r * n + c] = units * unit;
    }
  }
  FinishRows({});
  return Status::Ok();
}

Result<LinearModel> LinearModel::Load(const std::filesystem::path& path) {
  Result<std::string> content = ReadModelFile(path, "model file");
  if (!content.ok()) return content.status();
  return Parse(content.value(), path.string());
}

std::string LinearModel::Serialize() const {
  const std::size_t n = labels_.size();
  // Each row relative to its first class, then the unit: the smallest power
  // of two that keeps the largest relative weight within int16. A power of
  // two keeps q * unit exact, so a parsed model serialises to the same bytes.
  std::vector<std::uint32_t> buckets;  // those with weights, in order
  double largest = 0;
  for (std::uint32_t bucket = 0; bucket < buckets_; ++bucket) {
    const std::size_t row_of = RowOf(bucket);
    if (row_of == 0) continue;
    buckets.push_back(bucket);
    const double* row = &weights_[(row_of - 1) * n];
    for (std::size_t c = 1; c < n; ++c) largest = std::max(largest, std::fabs(row[c] - row[0]));
  }
  int exponent = 0;
  if (largest > 0) {
    std::frexp(largest / kLargestWeightUnits, &exponent);  // largest / 32767 < 2^exponent
  }
  const double unit = std::ldexp(1.0, exponent);
  // Rows whose relative weights all round to 0 change no score difference.
  std::vector<std::uint64_t> present(present_.size(), 0);
  std::string units;
  for (std::uint32_t bucket : buckets) {
    const double* row = &weights_[(RowOf(bucket) - 1) * n];
    std::string row_units;
    bool any = false;
    for (std::size_t c = 1; c < n; ++c) {
      const long q = std::lround((row[c] - row[0]) / unit);
      any = any || q != 0;
      PutLittleEndian(static_cast<std::uint16_t>(static_cast<std::int16_t>(q)), 2, &row_units);
    }
    if (!any) continue;
    present[bucket / 64] |= std::uint64_t{1} << (bucket % 64);
    units += row_units;
  }
  std::string payload;
  payload.reserve(present.size() * 8 + units.size());
  for (std::uint64_t word : present) PutLittleEndian(word, 8, &payload);
  payload += units;
  std::string out = std::string(kHeader) + "\nclasses " + std::to_string(n);
  for (const auto& l : labels_) out += ' ' + l;
  out += "\nbuckets " + std::to_string(buckets_) + "\nbias";
  for (double b : bias_) out += ' ' + ExactText(b);
  out += "\nweights " + std::to_string(units.size() / ((n - 1) * 2)) + " int16 2^" +
         std::to_string(exponent) + " checksum " + Hex(FeatureHash().Add(payload).value()) + '\n';
  return out + payload;
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
