// train_stance: learns models/stance.model from labelled FNC-1 pairs.
//
//   train_stance --stances dev_stances.csv --bodies dev_bodies.csv --out models/stance.model
//
// Deterministic: the same files give the same model file. Only labelled
// FNC-1 dev pairs are meant to be trained on (see `make train-stance`).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "extract/extractor.h"
#include "stance/fnc1.h"
#include "stance/fnc1_eval.h"
#include "stance/trainer.h"

int main(int argc, char** argv) {
  using namespace claimgraph::stance;
  std::string stances, bodies, out;
  TrainOptions options;
  CLI::App app{"Train the claimgraph stance model on labelled FNC-1 pairs"};
  app.add_option("--stances", stances, "Stances CSV (Headline,Body ID,Stance)")->required();
  app.add_option("--bodies", bodies, "Bodies CSV (Body ID,articleBody)")->required();
  app.add_option("--out", out, "Model file to write")->required();
  app.add_option("--c", options.c, "liblinear C");
  app.add_option("--weight-power", options.weight_power, "Class weight exponent (1 = balanced)");
  CLI11_PARSE(app, argc, argv);

  auto data = LoadFnc1(stances, bodies);
  if (!data.ok()) {
    std::fprintf(stderr, "train_stance: %s\n", data.status().ToString().c_str());
    return 1;
  }
  for (const Fnc1Pair& pair : data->pairs) {
    if (!pair.gold) {
      std::fprintf(stderr, "train_stance: %s has pairs without a Stance label\n", stances.c_str());
      return 1;
    }
  }
  claimgraph::extract::Extractor extractor;
  Fnc1Corpus analysed = AnalyseFnc1(data.value(), extractor);
  auto model = TrainStanceModel(&analysed.corpus, analysed.pairs, options);
  if (!model.ok()) {
    std::fprintf(stderr, "train_stance: %s\n", model.status().ToString().c_str());
    return 1;
  }
  claimgraph::Status saved = model->Save(out);
  if (!saved.ok()) {
    std::fprintf(stderr, "train_stance: %s\n", saved.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "train_stance: %zu pairs, %zu bodies -> %s\n", analysed.pairs.size(),
               analysed.corpus.bodies.size(), out.c_str());
  return 0;
}
