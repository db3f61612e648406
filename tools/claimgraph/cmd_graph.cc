// `claimgraph controversies`, `speakers` and `timeline ID`: the graph as an
// analyst reads it (engine/graph analyses, engine/report renderers).
#include <spdlog/spdlog.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "graph/analysis.h"
#include "graph/claim_graph.h"
#include "report/report.h"

namespace claimgraph::cli {
namespace {

// The stored graph, loaded and built once per command.
struct LoadedGraph {
  GraphSnapshot snapshot;
  std::unique_ptr<graph::ClaimGraph> graph;
};

std::unique_ptr<LoadedGraph> LoadGraph(const GlobalOptions& options) {
  auto store = OpenStore(options);
  if (!store) return nullptr;
  auto snapshot = store->Snapshot();
  if (!snapshot.ok()) {
    spdlog::error("{}", snapshot.status().ToString());
    return nullptr;
  }
  auto loaded = std::make_unique<LoadedGraph>();
  loaded->snapshot = std::move(snapshot).value();
  loaded->graph = std::make_unique<graph::ClaimGraph>(loaded->snapshot);
  return loaded;
}

}  // namespace

Command AddControversiesCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    bool json = false;
    int limit = 0;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand(
      "controversies", "Groups of linked claims with disputes: camps and what still stands");
  sub->add_flag("--json", args->json, "Print JSON");
  sub->add_option("--limit", args->limit, "At most this many (0: all)")
      ->check(CLI::NonNegativeNumber);
  return {sub, [args, &options]() -> int {
            auto loaded = LoadGraph(options);
            if (!loaded) return kExitFailed;
            graph::Analysis analysis = graph::Analyze(*loaded->graph);
            auto& shown = analysis.controversies;
            if (args->limit > 0 && shown.size() > static_cast<std::size_t>(args->limit)) {
              shown.resize(static_cast<std::size_t>(args->limit));
            }
            const auto& claims = loaded->snapshot.claims;
            std::string out =
                args->json ? report::ControversiesJson(shown, analysis.acceptance, claims)
                           : report::ControversiesText(shown, analysis.acceptance, claims);
            return WriteOutput("", out) ? kExitOk : kExitFailed;
          }};
}

Command AddSpeakersCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand("speakers", "Who disputes or supports whom, with counts");
  sub->add_flag("--json", args->json, "Print JSON");
  return {sub, [args, &options]() -> int {
            auto loaded = LoadGraph(options);
            if (!loaded) return kExitFailed;
            auto links = graph::SpeakerLinks(*loaded->graph);
            std::string out = args->json ? report::SpeakerLinksJson(links)
                                         : report::SpeakerLinksText(links);
            return WriteOutput("", out) ? kExitOk : kExitFailed;
          }};
}

Command AddTimelineCommand(CLI::App& app, const GlobalOptions& options) {
  struct Args {
    bool json = false;
    bool controversy = false;
    std::int64_t id = 0;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = app.add_subcommand(
      "timeline", "A claim's (or its controversy's) statements in order of publication");
  sub->add_option("id", args->id, "Claim id (with --controversy: controversy or member claim id)")
      ->required();
  sub->add_flag("--controversy", args->controversy, "The whole controversy the id belongs to");
  sub->add_flag("--json", args->json, "Print JSON");
  return {sub, [args, &options]() -> int {
            auto loaded = LoadGraph(options);
            if (!loaded) return kExitFailed;
            std::vector<std::int64_t> scope{args->id};
            if (args->controversy) {
              const graph::Analysis analysis = graph::Analyze(*loaded->graph);
              const graph::Controversy* c = analysis.Find(args->id);
              if (c == nullptr) {
                spdlog::error("no controversy #{}", args->id);
                return kExitFailed;
              }
              scope = c->claim_ids;
            } else if (!loaded->graph->HasClaim(args->id)) {
              spdlog::error("no claim #{}", args->id);
              return kExitFailed;
            }
            auto timeline = graph::Timeline(*loaded->graph, scope);
            std::string out = args->json ? report::TimelineJson(timeline)
                                         : report::TimelineText(timeline);
            return WriteOutput("", out) ? kExitOk : kExitFailed;
          }};
}

}  // namespace claimgraph::cli
