#include "stance/fnc1.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <unordered_map>

#include "stance/csv.h"

namespace claimgraph::stance {
namespace {

Status CheckHeader(const std::vector<CsvRecord>& records, const std::vector<std::string>& expected,
                   const std::string& path) {
  if (records.empty()) return Status::InvalidArgument(path + ": empty file");
  const CsvRecord& header = records.front();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (i >= header.size() || header[i] != expected[i]) {
      return Status::InvalidArgument(path + ":1: expected header column '" + expected[i] + "'");
    }
  }
  return Status::Ok();
}

// Union-find over node ids.
struct Components {
  std::vector<int> parent;
  int Add() {
    parent.push_back(static_cast<int>(parent.size()));
    return parent.back();
  }
  int Find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(int a, int b) { parent[Find(a)] = Find(b); }
};

}  // namespace

Result<Fnc1Data> LoadFnc1(const std::string& stances_path, const std::string& bodies_path) {
  auto bodies = ReadCsvFile(bodies_path);
  if (!bodies.ok()) return bodies.status();
  CG_RETURN_IF_ERROR(CheckHeader(bodies.value(), {"Body ID", "articleBody"}, bodies_path));
  Fnc1Data data;
  for (std::size_t i = 1; i < bodies->size(); ++i) {
    const CsvRecord& r = bodies.value()[i];
    if (r.size() < 2) {
      return Status::InvalidArgument(bodies_path + ": record " + std::to_string(i + 1) +
                                     " has fewer than 2 fields");
    }
    data.bodies[r[0]] = r[1];
  }
  auto stances = ReadCsvFile(stances_path);
  if (!stances.ok()) return stances.status();
  CG_RETURN_IF_ERROR(CheckHeader(stances.value(), {"Headline", "Body ID"}, stances_path));
  for (std::size_t i = 1; i < stances->size(); ++i) {
    const CsvRecord& r = stances.value()[i];
    std::string where = stances_path + ": record " + std::to_string(i + 1);
    if (r.size() < 2) return Status::InvalidArgument(where + " has fewer than 2 fields");
    Fnc1Pair pair{r[0], r[1], std::nullopt};
    if (r.size() >= 3 && !r[2].empty()) {
      pair.gold = ParseStance(r[2]);
      if (!pair.gold) return Status::InvalidArgument(where + ": unknown stance '" + r[2] + "'");
    }
    if (!data.bodies.count(pair.body_id)) {
      return Status::InvalidArgument(where + ": Body ID " + pair.body_id + " is not in " +
                                     bodies_path);
    }
    data.pairs.push_back(std::move(pair));
  }
  return data;
}

std::vector<int> TopicFolds(const std::vector<Fnc1Pair>& pairs, int k) {
  Components components;
  std::unordered_map<std::string, int> headline_node, body_node;
  auto node = [&](std::unordered_map<std::string, int>& nodes, const std::string& key) {
    auto [it, added] = nodes.emplace(key, 0);
    if (added) it->second = components.Add();
    return it->second;
  };
  std::vector<int> pair_body(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    int h = node(headline_node, pairs[i].headline);
    pair_body[i] = node(body_node, pairs[i].body_id);
    if (pairs[i].gold && IsRelated(*pairs[i].gold)) components.Join(h, pair_body[i]);
  }
  // Pairs per component, in order of first appearance.
  std::vector<int> order;
  std::unordered_map<int, long> size;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    int root = components.Find(pair_body[i]);
    if (size[root]++ == 0) order.push_back(root);
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return size[a] > size[b]; });
  std::vector<long> fold_size(static_cast<std::size_t>(k), 0);
  std::unordered_map<int, int> fold_of;
  for (int root : order) {
    int fold = static_cast<int>(std::min_element(fold_size.begin(), fold_size.end()) -
                                fold_size.begin());
    fold_of[root] = fold;
    fold_size[static_cast<std::size_t>(fold)] += size[root];
  }
  std::vector<int> folds(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) folds[i] = fold_of[components.Find(pair_body[i])];
  return folds;
}

Fnc1Scores ScoreFnc1(const std::vector<Stance>& gold, const std::vector<Stance>& predicted) {
  Fnc1Scores s;
  for (std::size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
    Stance g = gold[i], p = predicted[i];
    ++s.confusion[static_cast<int>(g)][static_cast<int>(p)];
    if (IsRelated(g)) {
      s.max_score += 1.0;
      if (IsRelated(p)) s.score += 0.25;
      if (g == p) s.score += 0.75;
    } else {
      s.max_score += 0.25;
      if (p == g) s.score += 0.25;
    }
  }
  s.relative = s.max_score > 0 ? 100.0 * s.score / s.max_score : 0;
  for (int c = 0; c < kStanceCount; ++c) {
    long tp = s.confusion[c][c], gold_c = 0, pred_c = 0;
    for (int o = 0; o < kStanceCount; ++o) {
      gold_c += s.confusion[c][o];
      pred_c += s.confusion[o][c];
    }
    s.f1[c] = gold_c + pred_c > 0 ? 2.0 * tp / static_cast<double>(gold_c + pred_c) : 0;
  }
  s.macro_f1 = std::accumulate(s.f1.begin(), s.f1.end(), 0.0) / kStanceCount;
  return s;
}

std::string Fnc1Scores::ToText() const {
  char line[160];
  std::string out;
  std::snprintf(line, sizeof line, "FNC-1 relative score: %.2f (%.2f of %.2f)\nmacro-F1: %.4f\n",
                relative, score, max_score, macro_f1);
  out += line;
  for (int c = 0; c < kStanceCount; ++c) {
    std::snprintf(line, sizeof line, "F1 %-9s %.4f\n", ToString(static_cast<Stance>(c)), f1[c]);
    out += line;
  }
  out += "confusion (rows gold, columns predicted):\n";
  std::snprintf(line, sizeof line, "%-10s %9s %9s %9s %9s\n", "", "agree", "disagree", "discuss",
                "unrelated");
  out += line;
  for (int g = 0; g < kStanceCount; ++g) {
    std::snprintf(line, sizeof line, "%-10s %9ld %9ld %9ld %9ld\n", ToString(static_cast<Stance>(g)),
                  confusion[g][0], confusion[g][1], confusion[g][2], confusion[g][3]);
    out += line;
  }
  return out;
}

std::string Fnc1PredictionsCsv(const std::vector<Fnc1Pair>& pairs,
                               const std::vector<Stance>& predicted) {
  std::string out = "Headline,Body ID,Stance\n";
  for (std::size_t i = 0; i < pairs.size() && i < predicted.size(); ++i) {
    out += CsvLine({pairs[i].headline, pairs[i].body_id, ToString(predicted[i])});
  }
  return out;
}

}  // namespace claimgraph::stance
