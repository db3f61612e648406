#include "stance/classifier.h"

#include "stance/features.h"

namespace claimgraph::stance {

Result<std::unique_ptr<StanceClassifier>> StanceClassifier::Load(const std::string& path) {
  auto model = StanceModel::Load(path);
  if (!model.ok()) return model.status();
  return std::make_unique<StanceClassifier>(std::move(model).value());
}

StanceClassifier::StanceClassifier(StanceModel model) : model_(std::move(model)) {}

TextAnalysis StanceClassifier::AnalyseClaim(std::string_view claim) const {
  TextAnalysis analysis = Analyse(claim, Span{0, claim.size()}, {nullptr, /*antonyms=*/true});
  ApplyIdf(model_.idf(), &analysis);
  return analysis;
}

TextAnalysis StanceClassifier::AnalyseBody(std::string_view text, Span range) const {
  TextAnalysis analysis = Analyse(text, range, {&extractor_, /*antonyms=*/false});
  ApplyIdf(model_.idf(), &analysis);
  return analysis;
}

Judgement StanceClassifier::Classify(const TextAnalysis& claim, const TextAnalysis& body) const {
  PairFeatures features = ComputeFeatures(claim, body, model_.idf());
  Prediction prediction = model_.Predict(features.values);
  Judgement judgement;
  judgement.stance = prediction.stance;
  judgement.confidence = prediction.confidence;
  for (std::size_t index : features.evidence) {
    judgement.evidence.push_back(body.sentences[index].span);
  }
  return judgement;
}

}  // namespace claimgraph::stance
