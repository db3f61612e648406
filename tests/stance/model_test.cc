// Stance model files: loading errors, round trip, training, the shipped model.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/extractor.h"
#include "stance/classifier.h"
#include "stance/features.h"
#include "stance/fnc1.h"
#include "stance/fnc1_eval.h"
#include "stance/model.h"
#include "stance/trainer.h"

namespace claimgraph::stance {
namespace {

const std::string kDir = std::string(CLAIMGRAPH_FIXTURES_DIR) + "/stance";

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("claimgraph-stance-test-" + name)).string();
}

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A model trained on the small fixture set.
StanceModel FixtureModel(Fnc1Corpus* analysed) {
  auto data = LoadFnc1(kDir + "/stances.csv", kDir + "/bodies.csv");
  REQUIRE(data.ok());
  extract::Extractor extractor;
  *analysed = AnalyseFnc1(data.value(), extractor);
  auto model = TrainStanceModel(&analysed->corpus, analysed->pairs, {1.0, 1.0, 1});
  REQUIRE(model.ok());
  return std::move(model).value();
}

}  // namespace

TEST_CASE("Model: a missing file is NotFound naming the path", "[stance]") {
  const std::string path = TempPath("missing/stance.model");
  auto model = StanceModel::Load(path);
  REQUIRE_FALSE(model.ok());
  CHECK(model.status().code() == Status::Code::kNotFound);
  CHECK(model.status().message().find(path) != std::string::npos);
  auto classifier = StanceClassifier::Load(path);
  CHECK_FALSE(classifier.ok());
}

TEST_CASE("Model: corrupt files are Corruption naming the path", "[stance]") {
  Fnc1Corpus analysed;
  const std::string good = FixtureModel(&analysed).Serialize();
  const std::string truncated = good.substr(0, good.size() / 2);
  std::string bad_weight = good;
  bad_weight.replace(bad_weight.rfind("label agree"), 11, "label agrex");
  const std::string wrong_count = "claimgraph-stance-model 1\nfeatures 3\n";
  for (const std::string& text : {std::string("not a model\n"), truncated, bad_weight, wrong_count}) {
    const std::string path = TempPath("corrupt.model");
    WriteText(path, text);
    auto model = StanceModel::Load(path);
    REQUIRE_FALSE(model.ok());
    CHECK(model.status().code() == Status::Code::kCorruption);
    CHECK(model.status().message().find(path) != std::string::npos);
    std::filesystem::remove(path);
  }
}

TEST_CASE("Model: a saved model loads back and predicts the same", "[stance]") {
  Fnc1Corpus analysed;
  StanceModel model = FixtureModel(&analysed);
  const std::string path = TempPath("roundtrip.model");
  REQUIRE(model.Save(path).ok());
  auto loaded = StanceModel::Load(path);
  REQUIRE(loaded.ok());
  CHECK(loaded->Serialize() == model.Serialize());
  std::filesystem::remove(path);
  // Trained and scored on the same eight pairs, the unrelated ones are found.
  for (const LabelledPair& pair : analysed.pairs) {
    auto features = ComputeFeatures(analysed.corpus.claims[pair.claim],
                                    analysed.corpus.bodies[pair.body], model.idf());
    if (pair.gold == Stance::kUnrelated) {
      CHECK(model.Predict(features.values).stance == Stance::kUnrelated);
    } else {
      CHECK(IsRelated(model.Predict(features.values).stance));
    }
  }
}

TEST_CASE("Model: DefaultModelPath honours CLAIMGRAPH_MODELS", "[stance]") {
  const char* old = std::getenv("CLAIMGRAPH_MODELS");
  std::string saved = old ? old : "";
  setenv("CLAIMGRAPH_MODELS", "/some/dir", 1);
  CHECK(DefaultModelPath() == "/some/dir/stance.model");
  unsetenv("CLAIMGRAPH_MODELS");
  CHECK(DefaultModelPath().ends_with("/models/stance.model"));
  if (old) setenv("CLAIMGRAPH_MODELS", saved.c_str(), 1);
}

TEST_CASE("Classifier: the shipped model judges clear cases", "[stance]") {
  auto classifier = StanceClassifier::Load(DefaultModelPath());
  REQUIRE(classifier.ok());
  const StanceClassifier& judge = *classifier.value();
  const std::string body =
      "Bake the sourdough loaf in a hot oven until the crust is deep brown. Let it cool.";
  Judgement unrelated = judge.Classify(judge.AnalyseClaim("Russia pulls troops back from border"),
                                       judge.AnalyseBody(body, Span{0, body.size()}));
  CHECK(unrelated.stance == Stance::kUnrelated);
  const std::string news =
      "The weather was cold on Tuesday. Russia is pulling its troops back from the Ukrainian "
      "border after exercises, the defence ministry said. Trains carried tanks to their bases.";
  Judgement related = judge.Classify(judge.AnalyseClaim("Russia pulls troops back from border"),
                                     judge.AnalyseBody(news, Span{0, news.size()}));
  CHECK(IsRelated(related.stance));
  REQUIRE_FALSE(related.evidence.empty());
  CHECK(related.evidence.front().in(news).starts_with("Russia is pulling"));
}

TEST_CASE("Evaluation: cross-validation refuses unlabelled pairs", "[stance]") {
  auto data = LoadFnc1(kDir + "/unlabelled.csv", kDir + "/bodies.csv");
  REQUIRE(data.ok());
  Fnc1EvalOptions options;
  options.train_folds = 2;
  auto result = EvaluateFnc1(data.value(), options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().code() == Status::Code::kInvalidArgument);
}

}  // namespace claimgraph::stance
