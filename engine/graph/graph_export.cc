#include "graph/graph_export.h"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <string>

#include "graph/claim_graph_internal.h"

namespace claimgraph::graph {
namespace {

using DEdge = boost::graph_traits<Directed>::edge_descriptor;

// The properties both writers share, as dynamic_properties over `g`.
// Function property maps capture `g` and `acceptance` by pointer: both
// outlive the write.
boost::dynamic_properties SharedProperties(const Directed& g, const AcceptanceMap& acceptance) {
  boost::dynamic_properties dp;
  const AcceptanceMap* acc = &acceptance;
  const Directed* graph = &g;
  // Read-only maps throughout: dynamic_properties would otherwise require
  // writable ones.
  dp.property("claim_id", boost::make_function_property_map<Vertex, std::int64_t>(
                              [graph](Vertex v) { return (*graph)[v].claim_id; }));
  dp.property("text", boost::make_function_property_map<Vertex, std::string>(
                          [graph](Vertex v) { return (*graph)[v].text; }));
  dp.property("acceptance", boost::make_function_property_map<Vertex, std::string>(
                                [acc, graph](Vertex v) -> std::string {
                                  auto found = acc->find((*graph)[v].claim_id);
                                  return ToString(found != acc->end() ? found->second
                                                                      : Acceptance::kUndecided);
                                }));
  auto edge_field = [graph](auto member) {
    return boost::make_function_property_map<DEdge>(
        [graph, member](DEdge e) {
          return std::decay_t<decltype((*graph)[e].record.*member)>((*graph)[e].record.*member);
        });
  };
  dp.property("edge_id", edge_field(&EdgeRecord::id));
  dp.property("rule", edge_field(&EdgeRecord::rule));
  dp.property("reason", edge_field(&EdgeRecord::reason));
  dp.property("score", edge_field(&EdgeRecord::score));
  dp.property("from_statement", edge_field(&EdgeRecord::from_statement));
  dp.property("to_statement", edge_field(&EdgeRecord::to_statement));
  dp.property("relation", boost::make_function_property_map<DEdge, std::string>(
                              [graph](DEdge e) -> std::string {
                                return ToString((*graph)[e].record.relation);
                              }));
  return dp;
}

}  // namespace

void WriteDot(const ClaimGraph& graph, const AcceptanceMap& acceptance, std::ostream& out) {
  const Directed& g = graph.impl().directed;
  boost::dynamic_properties dp = SharedProperties(g, acceptance);
  const Directed* gp = &g;
  dp.property("node_id", boost::make_function_property_map<Vertex, std::string>(
                             [gp](Vertex v) { return "c" + std::to_string((*gp)[v].claim_id); }));
  dp.property("label", boost::make_function_property_map<Vertex, std::string>(
                           [gp](Vertex v) { return (*gp)[v].text; }));
  dp.property("color", boost::make_function_property_map<DEdge, std::string>(
                           [gp](DEdge e) -> std::string {
                             return (*gp)[e].record.relation == Relation::kDisputes ? "red"
                                                                                    : "darkgreen";
                           }));
  dp.property("style", boost::make_function_property_map<DEdge, std::string>(
                           [gp](DEdge e) -> std::string {
                             return (*gp)[e].record.relation == Relation::kDisputes ? "dashed"
                                                                                    : "solid";
                           }));
  boost::write_graphviz_dp(out, g, dp, "node_id");
}

void WriteGraphml(const ClaimGraph& graph, const AcceptanceMap& acceptance, std::ostream& out) {
  const Directed& g = graph.impl().directed;
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g),
                       SharedProperties(g, acceptance), /*ordered_vertices=*/true);
}

}  // namespace claimgraph::graph
