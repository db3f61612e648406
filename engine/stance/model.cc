#include "stance/model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "stance/features.h"

namespace claimgraph::stance {
namespace {

constexpr std::string_view kMagic = "claimgraph-stance-model 1";

std::string Format(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

class Reader {
 public:
  Reader(std::string_view text, const std::string& origin) : in_(std::string(text)), origin_(origin) {}

  bool Line(std::istringstream* line) {
    std::string text;
    if (!std::getline(in_, text)) return false;
    ++number_;
    line->clear();
    line->str(text);
    return true;
  }
  Status Error(const std::string& what) const {
    return Status::Corruption("stance model '" + origin_ + "' line " + std::to_string(number_) +
                              ": " + what);
  }

 private:
  std::istringstream in_;
  std::string origin_;
  int number_ = 0;
};

Result<LinearStage> ReadStage(Reader& reader, std::string_view name, std::size_t features) {
  std::istringstream line;
  std::string keyword, stage_name;
  std::size_t labels = 0;
  if (!reader.Line(&line) || !(line >> keyword >> stage_name >> labels) || keyword != "stage" ||
      stage_name != name || labels < 2 || labels > 8) {
    return reader.Error("expected 'stage " + std::string(name) + " <labels>'");
  }
  LinearStage stage;
  for (std::size_t i = 0; i < labels; ++i) {
    std::string label;
    if (!reader.Line(&line) || !(line >> keyword >> label) || keyword != "label") {
      return reader.Error("expected 'label NAME'");
    }
    std::vector<double> weights(features + 1);
    if (!reader.Line(&line)) return reader.Error("missing weights");
    for (double& w : weights) {
      if (!(line >> w) || !std::isfinite(w)) return reader.Error("bad or missing weight");
    }
    stage.labels.push_back(label);
    stage.weights.push_back(std::move(weights));
  }
  return stage;
}

Status CheckLabels(const LinearStage& stage, std::vector<std::string> expected,
                   const std::string& origin) {
  std::vector<std::string> labels = stage.labels;
  std::sort(labels.begin(), labels.end());
  std::sort(expected.begin(), expected.end());
  if (labels == expected) return Status::Ok();
  return Status::Corruption("stance model '" + origin + "': unexpected stage labels");
}

}  // namespace

std::size_t LinearStage::Best(const std::vector<double>& features, double* probability) const {
  std::vector<double> scores(labels.size());
  std::size_t best = 0;
  for (std::size_t k = 0; k < labels.size(); ++k) {
    const std::vector<double>& w = weights[k];
    double score = w.back();
    for (std::size_t i = 0; i < features.size(); ++i) score += w[i] * features[i];
    scores[k] = score;
    if (score > scores[best]) best = k;
  }
  if (probability != nullptr) {
    double sum = 0;
    for (double s : scores) sum += std::exp(s - scores[best]);
    *probability = 1.0 / sum;
  }
  return best;
}

std::vector<double> Scaling::Apply(const std::vector<double>& features) const {
  std::vector<double> out(features.size());
  for (std::size_t i = 0; i < features.size(); ++i) {
    out[i] = i < mean.size() ? (features[i] - mean[i]) * scale[i] : features[i];
  }
  return out;
}

StanceModel::StanceModel(Idf idf, Scaling scaling, LinearStage relatedness, LinearStage stance)
    : idf_(std::move(idf)), scaling_(std::move(scaling)), relatedness_(std::move(relatedness)), stance_(std::move(stance)) {}

Result<StanceModel> StanceModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("stance model '" + path +
                            "' not found (run `make train-stance`, or set CLAIMGRAPH_MODELS to "
                            "the folder holding stance.model)");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path);
}

Result<StanceModel> StanceModel::Parse(std::string_view text, const std::string& origin) {
  Reader reader(text, origin);
  std::istringstream line;
  if (!reader.Line(&line) || line.str() != kMagic) {
    return reader.Error("not a claimgraph stance model (expected '" + std::string(kMagic) + "')");
  }
  std::string keyword;
  std::size_t features = 0;
  if (!reader.Line(&line) || !(line >> keyword >> features) || keyword != "features" ||
      features != FeatureCount()) {
    return reader.Error("feature count does not match this binary (" +
                        std::to_string(FeatureCount()) + "); retrain with `make train-stance`");
  }
  std::size_t terms = 0;
  double unknown = 0;
  if (!reader.Line(&line) || !(line >> keyword >> terms >> unknown) || keyword != "idf") {
    return reader.Error("expected 'idf <terms> <unknown weight>'");
  }
  std::unordered_map<std::string, double> weights;
  weights.reserve(terms);
  for (std::size_t i = 0; i < terms; ++i) {
    std::string term;
    double weight = 0;
    if (!reader.Line(&line) || !(line >> term >> weight)) return reader.Error("bad idf entry");
    weights.emplace(std::move(term), weight);
  }
  Scaling scaling;
  if (!reader.Line(&line) || line.str() != "scaling") return reader.Error("expected 'scaling'");
  for (auto* values : {&scaling.mean, &scaling.scale}) {
    values->resize(features);
    if (!reader.Line(&line)) return reader.Error("missing scaling values");
    for (double& v : *values) {
      if (!(line >> v) || !std::isfinite(v)) return reader.Error("bad or missing scaling value");
    }
  }
  auto relatedness = ReadStage(reader, "relatedness", features);
  if (!relatedness.ok()) return relatedness.status();
  auto stance = ReadStage(reader, "stance", features);
  if (!stance.ok()) return stance.status();
  if (!reader.Line(&line) || line.str() != "end") return reader.Error("expected 'end'");
  CG_RETURN_IF_ERROR(CheckLabels(relatedness.value(), {"related", "unrelated"}, origin));
  CG_RETURN_IF_ERROR(CheckLabels(stance.value(), {"agree", "disagree", "discuss"}, origin));
  return StanceModel(Idf(std::move(weights), unknown), std::move(scaling),
                     std::move(relatedness).value(),
                     std::move(stance).value());
}

std::string StanceModel::Serialize() const {
  std::string out(kMagic);
  out += "\nfeatures " + std::to_string(FeatureCount()) + "\n";
  std::vector<std::pair<std::string, double>> terms(idf_.by_term().begin(), idf_.by_term().end());
  std::sort(terms.begin(), terms.end());
  out += "idf " + std::to_string(terms.size()) + " " + Format(idf_.unknown()) + "\n";
  for (const auto& [term, weight] : terms) out += term + " " + Format(weight) + "\n";
  out += "scaling\n";
  for (const auto* values : {&scaling_.mean, &scaling_.scale}) {
    for (std::size_t i = 0; i < values->size(); ++i) out += (i == 0 ? "" : " ") + Format((*values)[i]);
    out += "\n";
  }
  for (const auto* stage : {&relatedness_, &stance_}) {
    out += std::string("stage ") + (stage == &relatedness_ ? "relatedness " : "stance ") +
           std::to_string(stage->labels.size()) + "\n";
    for (std::size_t k = 0; k < stage->labels.size(); ++k) {
      out += "label " + stage->labels[k] + "\n";
      for (std::size_t i = 0; i < stage->weights[k].size(); ++i) {
        out += (i == 0 ? "" : " ") + Format(stage->weights[k][i]);
      }
      out += "\n";
    }
  }
  return out + "end\n";
}

Status StanceModel::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << Serialize();
  out.close();
  if (!out) return Status::IOError("cannot write stance model '" + path + "'");
  return Status::Ok();
}

Prediction StanceModel::Predict(const std::vector<double>& raw) const {
  const std::vector<double> features = scaling_.Apply(raw);
  Prediction prediction;
  double p = 0;
  std::size_t best = relatedness_.Best(features, &p);
  if (relatedness_.labels[best] == "unrelated") {
    prediction.stance = Stance::kUnrelated;
    prediction.confidence = p;
    return prediction;
  }
  best = stance_.Best(features, &p);
  prediction.stance = ParseStance(stance_.labels[best]).value_or(Stance::kDiscuss);
  prediction.confidence = p;
  return prediction;
}

std::string DefaultModelPath() {
  const char* env = std::getenv("CLAIMGRAPH_MODELS");
  std::string dir = (env != nullptr && *env != '\0') ? env : CLAIMGRAPH_MODELS_DIR;
  return dir + "/stance.model";
}

}  // namespace claimgraph::stance
