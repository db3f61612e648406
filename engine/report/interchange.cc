// AIF and JSON Lines export. Claim-level edges only: an edge between two
// statements of one claim has no place in an argument map and is left out
// of AIF (JSONL keeps every stored edge).
#include <string>
#include <unordered_map>

#include "report/json_internal.h"
#include "report/report.h"

namespace claimgraph::report {
namespace {

using internal::Json;

std::string Line(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string ExportAif(const GraphSnapshot& snapshot) {
  // AIFdb ids are strings; I-nodes are "I<claim id>", scheme nodes
  // "RA<edge id>"/"CA<edge id>", edges numbered in order of writing.
  Json nodes = Json::array();
  Json edges = Json::array();
  std::unordered_map<std::int64_t, std::int64_t> claim_of_statement;
  for (const ClaimRecord& claim : snapshot.claims) {
    nodes.push_back(Json{{"nodeID", "I" + std::to_string(claim.id)},
                         {"text", claim.text},
                         {"type", "I"},
                         {"timestamp", ""}});
    for (const StatementRecord& s : claim.statements) claim_of_statement.emplace(s.id, claim.id);
  }
  int edge_number = 0;
  auto add_edge = [&](const std::string& from, const std::string& to) {
    edges.push_back(Json{{"edgeID", std::to_string(++edge_number)}, {"fromID", from}, {"toID", to}});
  };
  for (const EdgeRecord& e : snapshot.edges) {
    auto from = claim_of_statement.find(e.from_statement);
    auto to = claim_of_statement.find(e.to_statement);
    if (from == claim_of_statement.end() || to == claim_of_statement.end()) continue;
    if (from->second == to->second) continue;
    const bool conflict = e.relation == Relation::kDisputes;
    const std::string scheme = (conflict ? "CA" : "RA") + std::to_string(e.id);
    nodes.push_back(Json{{"nodeID", scheme},
                         {"text", conflict ? "Default Conflict" : "Default Inference"},
                         {"type", conflict ? "CA" : "RA"},
                         {"timestamp", ""}});
    add_edge("I" + std::to_string(from->second), scheme);
    add_edge(scheme, "I" + std::to_string(to->second));
  }
  return internal::DumpJson(Json{{"nodes", std::move(nodes)},
                                 {"edges", std::move(edges)},
                                 {"locutions", Json::array()}});
}

std::string ExportJsonl(const GraphSnapshot& snapshot, const graph::AcceptanceMap& acceptance) {
  std::string out;
  for (const ClaimRecord& claim : snapshot.claims) {
    auto status = acceptance.find(claim.id);
    out += Line(Json{{"type", "claim"},
                     {"id", claim.id},
                     {"text", claim.text},
                     {"statement_count", claim.statements.size()},
                     {"acceptance", status != acceptance.end() ? Json(ToString(status->second))
                                                               : Json(nullptr)}});
  }
  for (const ClaimRecord& claim : snapshot.claims) {
    for (const StatementRecord& s : claim.statements) {
      Json j{{"type", "statement"}};
      j.update(internal::StatementToJson(s));
      out += Line(j);
    }
  }
  for (const EdgeRecord& e : snapshot.edges) {
    Json j{{"type", "edge"}};
    j.update(internal::EdgeToJson(e));
    out += Line(j);
  }
  return out;
}

}  // namespace claimgraph::report
