// ClaimGraph: the claim graph in memory (Boost.Graph), for traversals.
//
// Vertices are claims; each stored statement-to-statement edge becomes an
// edge between the claims of its two statements (self-loops, where both
// statements belong to one claim, are kept out). Built from a GraphSnapshot;
// immutable afterwards. The analyses over it (controversies, camps,
// acceptance, export) are in graph/analysis.h and graph/graph_export.h.
#ifndef CLAIMGRAPH_GRAPH_CLAIM_GRAPH_H_
#define CLAIMGRAPH_GRAPH_CLAIM_GRAPH_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "model/records.h"

namespace claimgraph::graph {

enum class Direction {
  kOutgoing,  // follow edges from the claim: what it supports or disputes
  kIncoming,  // follow edges into the claim: what supports or disputes it
  kBoth,
};

// One claim reached by a traversal.
struct TraceStep {
  std::int64_t claim_id = 0;
  std::int64_t parent_claim_id = 0;  // 0 for the start claim
  int depth = 0;                     // 0 for the start claim
  EdgeRecord via;                    // the edge that reached it (unset for the start)
  bool via_outgoing = true;          // via points from parent to this claim
};

class ClaimGraph {
 public:
  explicit ClaimGraph(const GraphSnapshot& snapshot);
  ~ClaimGraph();
  ClaimGraph(const ClaimGraph&) = delete;
  ClaimGraph& operator=(const ClaimGraph&) = delete;

  std::size_t claim_count() const;
  std::size_t edge_count() const;
  bool HasClaim(std::int64_t claim_id) const;

  // Breadth-first traversal (boost::breadth_first_search) from `claim_id` up
  // to `max_depth` edges away, following edges in `direction`. The start
  // claim comes first at depth 0; every claim appears once, at its shortest
  // depth, in BFS order. Empty if the claim is not in the graph.
  std::vector<TraceStep> Trace(std::int64_t claim_id, int max_depth,
                               Direction direction = Direction::kBoth) const;

  // The Boost.Graph representation, defined in graph/claim_graph_internal.h
  // for the stage's own algorithm files; opaque everywhere else.
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_CLAIM_GRAPH_H_
