#include "stance/fnc1_eval.h"

#include <chrono>
#include <cstdio>
#include <unordered_map>

#include "stance/features.h"
#include "stance/model.h"

namespace claimgraph::stance {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void PredictPairs(const StanceModel& model, const Fnc1Corpus& data, const std::vector<int>* folds,
                  int fold, std::vector<Stance>* predicted) {
  for (std::size_t i = 0; i < data.pairs.size(); ++i) {
    if (folds != nullptr && (*folds)[i] != fold) continue;
    const LabelledPair& pair = data.pairs[i];
    PairFeatures features = ComputeFeatures(data.corpus.claims[pair.claim],
                                            data.corpus.bodies[pair.body], model.idf());
    (*predicted)[i] = model.Predict(features.values).stance;
  }
}

Status CrossValidate(const Fnc1Data& data, Fnc1Corpus& analysed, int k, const TrainOptions& train,
                     Fnc1EvalResult* result) {
  std::vector<int> folds = TopicFolds(data.pairs, k);
  for (int fold = 0; fold < k; ++fold) {
    std::vector<LabelledPair> training;
    for (std::size_t i = 0; i < analysed.pairs.size(); ++i) {
      if (folds[i] != fold) training.push_back(analysed.pairs[i]);
    }
    auto model = TrainStanceModel(&analysed.corpus, training, train);
    if (!model.ok()) return model.status();
    auto start = Clock::now();
    PredictPairs(model.value(), analysed, &folds, fold, &result->predicted);
    result->classify_seconds += Since(start);
  }
  return Status::Ok();
}

}  // namespace

Fnc1Corpus AnalyseFnc1(const Fnc1Data& data, const extract::Extractor& extractor) {
  Fnc1Corpus out;
  std::unordered_map<std::string, std::size_t> claims, bodies;
  for (const Fnc1Pair& pair : data.pairs) {
    auto [claim, new_claim] = claims.emplace(pair.headline, out.corpus.claims.size());
    if (new_claim) {
      out.corpus.claims.push_back(
          Analyse(pair.headline, Span{0, pair.headline.size()}, {nullptr, /*antonyms=*/true}));
    }
    auto [body, new_body] = bodies.emplace(pair.body_id, out.corpus.bodies.size());
    if (new_body) {
      const std::string& text = data.bodies.at(pair.body_id);
      out.corpus.bodies.push_back(Analyse(text, Span{0, text.size()}, {&extractor, false}));
    }
    out.pairs.push_back({claim->second, body->second, pair.gold.value_or(Stance::kUnrelated)});
  }
  return out;
}

Result<Fnc1EvalResult> EvaluateFnc1(const Fnc1Data& data, const Fnc1EvalOptions& options) {
  Fnc1EvalResult result;
  result.pairs = data.pairs.size();
  result.folds = options.train_folds;
  result.predicted.assign(data.pairs.size(), Stance::kUnrelated);
  bool labelled = true;
  for (const Fnc1Pair& pair : data.pairs) labelled = labelled && pair.gold.has_value();

  std::optional<StanceModel> model;
  if (options.train_folds == 0) {
    auto loaded = StanceModel::Load(options.model_path);
    if (!loaded.ok()) return loaded.status();
    model.emplace(std::move(loaded).value());
  } else if (options.train_folds < 2) {
    return Status::InvalidArgument("--train-folds must be at least 2");
  } else if (!labelled) {
    return Status::InvalidArgument("cross-validation needs a Stance label on every pair");
  }
  extract::Extractor extractor;
  auto start = Clock::now();
  Fnc1Corpus analysed = AnalyseFnc1(data, extractor);
  result.headlines = analysed.corpus.claims.size();
  result.bodies = analysed.corpus.bodies.size();
  if (model) {
    ApplyIdf(model->idf(), &analysed.corpus);
    result.analysis_seconds = Since(start);
    start = Clock::now();
    PredictPairs(*model, analysed, nullptr, 0, &result.predicted);
    result.classify_seconds = Since(start);
  } else {
    result.analysis_seconds = Since(start);
    CG_RETURN_IF_ERROR(
        CrossValidate(data, analysed, options.train_folds, options.train, &result));
  }
  if (labelled) {
    std::vector<Stance> gold;
    for (const Fnc1Pair& pair : data.pairs) gold.push_back(*pair.gold);
    result.scores = ScoreFnc1(gold, result.predicted);
  }
  return result;
}

std::string Fnc1EvalResult::ToText() const {
  std::string out;
  char line[200];
  if (folds > 0) {
    std::snprintf(line, sizeof line, "%d-fold cross-validation, folds grouped by topic\n", folds);
    out += line;
  }
  std::snprintf(line, sizeof line, "%zu pairs, %zu headlines, %zu bodies\n", pairs, headlines,
                bodies);
  out += line;
  if (scores) out += scores->ToText();
  const double total = analysis_seconds + classify_seconds;
  std::snprintf(line, sizeof line,
                "speed (one thread): %.0f pairs/s end to end (analysis %.2f s + classification "
                "%.2f s); %.0f pairs/s classification of analysed texts\n",
                total > 0 ? static_cast<double>(pairs) / total : 0.0, analysis_seconds,
                classify_seconds,
                classify_seconds > 0 ? static_cast<double>(pairs) / classify_seconds : 0.0);
  return out + line;
}

}  // namespace claimgraph::stance
