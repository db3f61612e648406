// `claimgraph eval fnc1 --stances FILE --bodies FILE [--predictions OUT]
// [--train-folds K]`: the stance classifier scored on FNC-1 pairs.
#include <spdlog/spdlog.h>

#include <memory>
#include <string>

#include "commands.h"
#include "stance/fnc1.h"
#include "stance/fnc1_eval.h"
#include "stance/model.h"

namespace claimgraph::cli {

Command AddEvalFnc1Command(CLI::App& eval, const GlobalOptions& options) {
  struct Args {
    std::string stances, bodies, predictions;
    int folds = 0;
    stance::TrainOptions train;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = eval.add_subcommand(
      "fnc1", "Score stance detection on FNC-1 pairs (shipped model, or topic-grouped CV)");
  sub->add_option("--stances", args->stances, "Stances CSV: Headline,Body ID[,Stance]")
      ->required();
  sub->add_option("--bodies", args->bodies, "Bodies CSV: Body ID,articleBody")->required();
  sub->add_option("--predictions", args->predictions,
                  "Write Headline,Body ID,Stance for every pair here (input order)");
  sub->add_option("--train-folds", args->folds,
                  "Cross-validate: K folds grouped by topic, train on K-1, score the held-out one")
      ->check(CLI::Range(2, 100));
  sub->add_option("--c", args->train.c, "With --train-folds: liblinear C")
      ->check(CLI::PositiveNumber);
  sub->add_option("--weight-power", args->train.weight_power,
                  "With --train-folds: class weight exponent (1 = balanced, 0 = none)")
      ->check(CLI::Range(0.0, 2.0));
  return {sub, [args]() -> int {
            auto data = stance::LoadFnc1(args->stances, args->bodies);
            if (!data.ok()) {
              spdlog::error("{}", data.status().ToString());
              return kExitFailed;
            }
            stance::Fnc1EvalOptions eval_options;
            eval_options.model_path = stance::DefaultModelPath();
            eval_options.train_folds = args->folds;
            eval_options.train = args->train;
            auto result = stance::EvaluateFnc1(data.value(), eval_options);
            if (!result.ok()) {
              spdlog::error("{}", result.status().ToString());
              return kExitFailed;
            }
            if (!args->predictions.empty() &&
                !WriteOutput(args->predictions,
                             stance::Fnc1PredictionsCsv(data->pairs, result->predicted))) {
              return kExitFailed;
            }
            return WriteOutput("", result->ToText()) ? kExitOk : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
