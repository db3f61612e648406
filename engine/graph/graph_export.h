// Graph export through Boost.Graph's own writers, for other graph tools.
//
// Both formats hold one node per claim and one edge per claim-level edge,
// in the stored direction (from the supporting or disputing claim to its
// target). Node properties: claim_id, text, acceptance (from `acceptance`;
// "undecided" for a claim it lacks). Edge properties: edge_id, relation
// ("supports"/"disputes"), rule, reason, score, from_statement, to_statement.
//   DOT: boost::write_graphviz_dp, node ids "c<claim id>"; label is the
//        claim text, and disputes are drawn red and dashed.
//   GraphML: boost::write_graphml, all properties typed as GraphML keys.
// The writers escape text as their format requires.
#ifndef CLAIMGRAPH_GRAPH_GRAPH_EXPORT_H_
#define CLAIMGRAPH_GRAPH_GRAPH_EXPORT_H_

#include <ostream>

#include "graph/analysis.h"
#include "graph/claim_graph.h"

namespace claimgraph::graph {

void WriteDot(const ClaimGraph& graph, const AcceptanceMap& acceptance, std::ostream& out);
void WriteGraphml(const ClaimGraph& graph, const AcceptanceMap& acceptance, std::ostream& out);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_GRAPH_EXPORT_H_
