// `claimgraph eval attribution DIR`: extraction scored against gold annotations;
// `claimgraph eval fnc1 ...` (cmd_eval_fnc1.cc) is registered here too.
#include <spdlog/spdlog.h>

#include <memory>
#include <string>

#include "commands.h"
#include "eval/attribution_eval.h"
#include "extract/extractor.h"

namespace claimgraph::cli {

Command AddEvalCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    std::string dir;
    std::string errors;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand("eval", "Measure the engine against annotated corpora");
  sub->require_subcommand(1);
  CLI::App* attribution = sub->add_subcommand(
      "attribution", "Score extraction against brat attributions (DIR/text, DIR/attributions)");
  attribution->add_option("dir", args->dir, "Corpus folder, e.g. polnear/dev")->required();
  attribution->add_flag("--json", args->json, "Print the scores as one JSON object");
  attribution->add_option("--errors", args->errors, "Write missed and spurious attributions here");
  Command fnc1 = AddEvalFnc1Command(*sub, options);
  return {sub, [args, fnc1]() -> int {
            if (fnc1.app->parsed()) return fnc1.run();
            extract::Extractor extractor;
            std::string errors;
            auto scores = eval::EvaluateAttribution(args->dir, extractor,
                                                    args->errors.empty() ? nullptr : &errors);
            if (!scores.ok()) {
              spdlog::error("{}", scores.status().ToString());
              return kExitFailed;
            }
            if (!args->errors.empty() && !WriteOutput(args->errors, errors)) return kExitFailed;
            std::string out = args->json ? scores->ToJson() + "\n" : scores->ToText();
            return WriteOutput("", out) ? kExitOk : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
