#include "pipeline/acceptance.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <string>
#include <unordered_map>

#include "graph/claim_graph.h"

namespace claimgraph::pipeline {
namespace {

// Labels are stored under graph::ToString's names.
graph::Acceptance FromName(const std::string& name) {
  if (name == graph::ToString(graph::Acceptance::kAccepted)) return graph::Acceptance::kAccepted;
  if (name == graph::ToString(graph::Acceptance::kRejected)) return graph::Acceptance::kRejected;
  return graph::Acceptance::kUndecided;
}

std::unordered_map<std::int64_t, std::string> LabelNames(const GraphSnapshot& dispute_graph) {
  std::unordered_map<std::int64_t, std::string> names;
  for (const auto& [id, label] : graph::GroundedExtension(graph::ClaimGraph(dispute_graph))) {
    names.emplace(id, graph::ToString(label));
  }
  return names;
}

}  // namespace

Result<graph::AcceptanceMap> AcceptanceOf(store::Store& store,
                                          const std::vector<std::int64_t>& claim_ids) {
  auto read = store.ReadAcceptance(claim_ids);
  if (!read.ok()) return read.status();
  if (!read->current) return graph::GroundedExtension(graph::ClaimGraph(read->dispute_graph));
  graph::AcceptanceMap out;
  for (const auto& [id, name] : read->labels) out.emplace(id, FromName(name));
  return out;
}

Result<store::Store::RelabelOutcome> RelabelAcceptance(store::Store& store) {
  const auto started = std::chrono::steady_clock::now();
  auto outcome = store.Relabel(LabelNames);
  if (!outcome.ok()) return outcome.status();
  if (outcome->dirty > 0) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    // info once it is long enough for a user to notice (a first ingest of an
    // upgraded database), debug otherwise.
    spdlog::log(seconds >= 1.0 ? spdlog::level::info : spdlog::level::debug,
                "acceptance: relabelled {} claims ({} disputed since the last ingest) over {}"
                " claims and {} edges in {:.3f} s",
                outcome->relabelled, outcome->dirty, outcome->graph_claims, outcome->graph_edges,
                seconds);
  }
  return outcome;
}

}  // namespace claimgraph::pipeline
