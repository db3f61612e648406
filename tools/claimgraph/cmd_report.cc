// `claimgraph report`: the whole graph (or one controversy) as Markdown,
// HTML or JSON.
#include <spdlog/spdlog.h>

#include <memory>
#include <string>

#include "commands.h"
#include "report/report.h"

namespace claimgraph::cli {
namespace {

// Gathers everything the report shows; logs and returns false on failure.
bool CollectReport(store::Store& store, const report::ReportScope& scope,
                   report::ReportData* data) {
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
  auto snapshot = store.Snapshot();
  if (!snapshot.ok()) {
    spdlog::error("{}", snapshot.status().ToString());
    return false;
  }
  if (!report::AddGraphAnalysis(snapshot.value(), scope, data)) {
    spdlog::error("no controversy #{}", scope.controversy);
    return false;
  }
  return true;
}

}  // namespace

Command AddReportCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    std::string format = "md";
    std::string output;
    report::ReportScope scope;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand(
      "report", "A readable report: controversies, disputed claims with evidence, speakers");
  sub->add_option("--format", args->format, "md, html or json")
      ->check(CLI::IsMember({"md", "html", "json"}));
  sub->add_option("--controversy", args->scope.controversy,
                  "Only this controversy (its id or any of its claim ids)");
  sub->add_option("--since", args->scope.since,
                  "Only controversies with a statement published on or after YYYY-MM-DD")
      ->check([](const std::string& date) -> std::string {
        bool ok = date.size() == 10 && date[4] == '-' && date[7] == '-';
        for (std::size_t i = 0; ok && i < date.size(); ++i) {
          ok = (i == 4 || i == 7) || (date[i] >= '0' && date[i] <= '9');
        }
        return ok ? "" : "expected a date YYYY-MM-DD";
      });
  sub->add_option("-o,--output", args->output, "Write to this file instead of stdout");
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            report::ReportData data;
            if (!CollectReport(*store, args->scope, &data)) return kExitFailed;
            std::string out = args->format == "json"   ? report::RenderJson(data)
                              : args->format == "html" ? report::RenderHtml(data)
                                                       : report::RenderMarkdown(data);
            return WriteOutput(args->output, out) ? kExitOk : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
