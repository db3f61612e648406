#include "extract/linear_model.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

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
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : feature) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return static_cast<std::uint32_t>(h % buckets);
}

LinearModel::LinearModel(std::vector<std::string> labels, std::uint32_t buckets,
                         std::vector<double> bias,
                         std::unordered_map<std::uint32_t, std::vector<double>> weights)
    : labels_(std::move(labels)), buckets_(buckets), bias_(std::move(bias)) {
  row_of_.assign(buckets_, 0);
  std::vector<std::uint32_t> keys;
  for (const auto& entry : weights) keys.push_back(entry.first);
  std::sort(keys.begin(), keys.end());
  for (std::uint32_t k : keys) AddRow(k, weights.at(k));
}

void LinearModel::AddRow(std::uint32_t bucket, const std::vector<double>& row) {
  weights_.insert(weights_.end(), row.begin(), row.end());
  row_of_[bucket] = static_cast<std::uint32_t>(weights_.size() / labels_.size());
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
      m.buckets_ = static_cast<std::uint32_t>(b);
      m.row_of_.assign(m.buckets_, 0);
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
      if (m.row_of_[bucket] != 0) return fail("bucket " + f[0] + " given twice");
      m.AddRow(static_cast<std::uint32_t>(bucket), w);
    }
    stage = std::min<std::size_t>(stage + 1, 4);
  }
  if (stage < 4) return Status::Corruption(origin + ": truncated model file (no bias line)");
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
    if (row_of_[bucket] == 0) continue;
    out << bucket;
    const double* row = &weights_[(row_of_[bucket] - 1) * n];
    for (std::size_t c = 0; c < n; ++c) out << ' ' << row[c];
    out << '\n';
  }
  return out.str();
}

std::vector<double> LinearModel::Scores(const std::vector<std::string>& features) const {
  std::vector<double> s = bias_;
  const std::size_t n = s.size();
  if (row_of_.empty()) return s;  // a default-constructed model: bias only
  for (const std::string& f : features) {
    const std::uint32_t row = row_of_[FeatureBucket(f, buckets_)];
    if (row == 0) continue;
    const double* w = &weights_[(row - 1) * n];
    for (std::size_t c = 0; c < n; ++c) s[c] += w[c];
  }
  return s;
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
