// Internal to graph/: the Boost.Graph types behind ClaimGraph, shared by the
// stage's algorithm files (traversal, analysis, export). Not part of the
// stage's interface; no other stage includes it.
#ifndef CLAIMGRAPH_GRAPH_CLAIM_GRAPH_INTERNAL_H_
#define CLAIMGRAPH_GRAPH_CLAIM_GRAPH_INTERNAL_H_

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "graph/claim_graph.h"
#include "model/records.h"

namespace claimgraph::graph {

struct VertexProps {
  std::int64_t claim_id = 0;
  std::string text;
};

struct EdgeProps {
  EdgeRecord record;
  std::int64_t from_claim = 0;  // claim of record.from_statement
  std::int64_t to_claim = 0;    // claim of record.to_statement
};

// The claim graph proper: parallel edges allowed (two statements of one claim
// may each dispute the other claim), out- and in-edges kept in insertion
// order, which is ascending edge id, so traversals are deterministic.
using Directed =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
// The same vertices and edges without direction.
using Undirected =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, VertexProps, EdgeProps>;
using Vertex = std::size_t;  // vecS vertex descriptors are indices, shared by both graphs

struct ClaimGraph::Impl {
  Directed directed;
  Undirected undirected;
  std::unordered_map<std::int64_t, Vertex> vertex_of_claim;
  // Every statement of the snapshot by id (pointers into claims_), for the
  // analyses that look at speakers, outlets and dates.
  std::vector<ClaimRecord> claims;  // in vertex order
  std::unordered_map<std::int64_t, const StatementRecord*> statement_by_id;

  template <typename Graph, typename OutgoingOf>
  std::vector<TraceStep> Run(const Graph& g, Vertex start, int max_depth,
                             OutgoingOf outgoing_of) const;
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_CLAIM_GRAPH_INTERNAL_H_
