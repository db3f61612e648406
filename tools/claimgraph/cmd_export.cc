// `claimgraph export --format dot|graphml|aif|jsonl`: the claim graph for
// other tools (Graphviz, Gephi/yEd, OVA/AIFdb, scripts).
#include <spdlog/spdlog.h>

#include <memory>
#include <sstream>
#include <string>

#include "commands.h"
#include "graph/analysis.h"
#include "graph/claim_graph.h"
#include "graph/graph_export.h"
#include "report/report.h"

namespace claimgraph::cli {

Command AddExportCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    std::string format = "graphml";
    std::string output;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand("export", "Write the claim graph as DOT, GraphML, AIF or JSONL");
  sub->add_option("--format", args->format, "dot, graphml, aif or jsonl")
      ->check(CLI::IsMember({"dot", "graphml", "aif", "jsonl"}));
  sub->add_option("-o,--output", args->output, "Write to this file instead of stdout");
  return {sub, [args, &options]() -> int {
            auto store = OpenStore(options);
            if (!store) return kExitFailed;
            auto snapshot = store->Snapshot();
            if (!snapshot.ok()) {
              spdlog::error("{}", snapshot.status().ToString());
              return kExitFailed;
            }
            graph::ClaimGraph claim_graph(snapshot.value());
            const graph::AcceptanceMap acceptance = graph::GroundedExtension(claim_graph);
            std::ostringstream out;
            if (args->format == "dot") {
              graph::WriteDot(claim_graph, acceptance, out);
            } else if (args->format == "graphml") {
              graph::WriteGraphml(claim_graph, acceptance, out);
            } else if (args->format == "aif") {
              out << report::ExportAif(snapshot.value());
            } else {
              out << report::ExportJsonl(snapshot.value(), acceptance);
            }
            return WriteOutput(args->output, out.str()) ? kExitOk : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
