#include "linear_training.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <unordered_map>

namespace claimgraph::train {
namespace {

void Quiet(const char*) {}

}  // namespace

void Dataset::Add(const std::vector<std::string>& features, int label) {
  std::map<int, double> row;
  for (const std::string& f : features) row[static_cast<int>(extract::FeatureBucket(f, buckets_)) + 1] += 1;
  rows_.emplace_back(row.begin(), row.end());
  labels_.push_back(label);
}

std::size_t Dataset::CountOf(int label) const {
  return static_cast<std::size_t>(std::count(labels_.begin(), labels_.end(), label));
}

extract::LinearModel Train(const Dataset& data, const std::vector<std::string>& label_names,
                           double c, double min_weight) {
  // liblinear wants rows of feature_node ending in index -1, plus the bias
  // node (index buckets + 1, value 1) before it.
  const int bias_index = static_cast<int>(data.buckets()) + 1;
  std::vector<std::vector<feature_node>> nodes(data.size());
  std::vector<feature_node*> x(data.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    for (const auto& [index, value] : data.rows()[i]) nodes[i].push_back({index, value});
    nodes[i].push_back({bias_index, 1.0});
    nodes[i].push_back({-1, 0.0});
    x[i] = nodes[i].data();
  }
  std::vector<double> y = data.labels();
  problem prob{};
  prob.l = static_cast<int>(data.size());
  prob.n = bias_index;
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = -1;  // the bias node is part of every row already
  parameter param{};
  param.solver_type = L2R_L2LOSS_SVC_DUAL;
  param.eps = 0.1;
  param.C = c;
  set_print_string_function(&Quiet);
  std::srand(1);
  model* m = ::train(&prob, &param);

  const int n_class = get_nr_class(m);
  std::vector<int> order(static_cast<std::size_t>(n_class));
  get_labels(m, order.data());
  // Column of each named label in liblinear's class order.
  std::vector<int> column(label_names.size(), -1);
  for (int k = 0; k < n_class; ++k) column[static_cast<std::size_t>(order[k])] = k;
  auto coef = [&](int feature, std::size_t label) {
    return column[label] < 0 ? -1e3 : get_decfun_coef(m, feature, column[label]);
  };
  std::vector<double> bias(label_names.size());
  for (std::size_t l = 0; l < label_names.size(); ++l) bias[l] = coef(bias_index, l);
  std::unordered_map<std::uint32_t, std::vector<double>> weights;
  for (int f = 1; f < bias_index; ++f) {
    std::vector<double> w(label_names.size());
    double largest = 0;
    for (std::size_t l = 0; l < label_names.size(); ++l) {
      w[l] = column[l] < 0 ? 0 : coef(f, l);
      largest = std::max(largest, std::fabs(w[l]));
    }
    if (largest >= min_weight) weights[static_cast<std::uint32_t>(f - 1)] = std::move(w);
  }
  free_and_destroy_model(&m);
  return extract::LinearModel(label_names, data.buckets(), std::move(bias), std::move(weights));
}

}  // namespace claimgraph::train
