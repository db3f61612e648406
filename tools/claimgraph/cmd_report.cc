// `claimgraph report`: the whole graph as Markdown or JSON.
#include <spdlog/spdlog.h>

#include <memory>
#include <string>

#include "commands.h"
#include "report/report.h"

namespace claimgraph::cli {
namespace {

// Gathers everything the report shows; logs and returns false on failure.
bool CollectReport(store::Store& store, report::ReportData* data) {
  auto counts = store.GetCounts();
  auto disputed = store.Disputed(1000000);
  auto speakers = store.Speakers();
  for (const Status& status : {counts.status(), disputed.status(), speakers.status()}) {
    if (!status.ok()) {
      spdlog::error("{}", status.ToString());
      return false;
    }
  }
  data->articles = counts->articles;
  data->statements = counts->statements;
  data->claims = counts->claims;
  data->edges = counts->edges;
  data->disputed = std::move(disputed).value();
  for (auto& speaker : speakers.value()) {
    auto statements = store.StatementsBySpeaker(speaker.id);
    if (!statements.ok()) {
      spdlog::error("{}", statements.status().ToString());
      return false;
    }
    data->speakers.push_back({std::move(speaker), std::move(statements).value()});
  }
  return true;
}

}  // namespace

Command AddReportCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    std::string format = "md";
    std::string output;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand(
      "report", "A readable report: disputed claims with evidence, then speakers");
  sub->add_option("--format", args->format, "md or json")->check(CLI::IsMember({"md", "json"}));
  sub->add_option("-o,--output", args->output, "Write to this file instead of stdout");
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            report::ReportData data;
            if (!CollectReport(*store, &data)) return kExitFailed;
            std::string out = args->format == "json" ? report::RenderJson(data)
                                                     : report::RenderMarkdown(data);
            return WriteOutput(args->output, out) ? kExitOk : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
