// Grounded extension (Dung 1995): the least fixed point of "accept what is
// defended", computed with a worklist in O(V + E).
#include <deque>
#include <vector>

#include "graph/analysis.h"
#include "graph/claim_graph_internal.h"

namespace claimgraph::graph {

const char* ToString(Acceptance acceptance) {
  switch (acceptance) {
    case Acceptance::kAccepted: return "accepted";
    case Acceptance::kRejected: return "rejected";
    case Acceptance::kUndecided: return "undecided";
  }
  return "undecided";
}

AcceptanceMap GroundedExtension(const ClaimGraph& graph) {
  const ClaimGraph::Impl& impl = graph.impl();
  const Directed& g = impl.directed;
  const std::size_t n = boost::num_vertices(g);
  std::vector<Acceptance> label(n, Acceptance::kUndecided);
  // Invariant: open_attackers[v] counts v's incoming dispute edges whose
  // source is not (yet) rejected; v is accepted exactly when it reaches 0.
  std::vector<int> open_attackers(n, 0);
  std::deque<Vertex> accepted_queue;
  for (Vertex v = 0; v < n; ++v) {
    for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) {
      if (g[*e].record.relation == Relation::kDisputes) ++open_attackers[v];
    }
    if (open_attackers[v] == 0) {
      label[v] = Acceptance::kAccepted;
      accepted_queue.push_back(v);
    }
  }
  while (!accepted_queue.empty()) {
    Vertex a = accepted_queue.front();
    accepted_queue.pop_front();
    for (auto [e, end] = boost::out_edges(a, g); e != end; ++e) {
      if (g[*e].record.relation != Relation::kDisputes) continue;
      Vertex r = boost::target(*e, g);
      if (label[r] != Acceptance::kUndecided) continue;  // cannot be accepted: a attacks it
      label[r] = Acceptance::kRejected;
      for (auto [f, fend] = boost::out_edges(r, g); f != fend; ++f) {
        if (g[*f].record.relation != Relation::kDisputes) continue;
        Vertex t = boost::target(*f, g);
        if (--open_attackers[t] == 0 && label[t] == Acceptance::kUndecided) {
          label[t] = Acceptance::kAccepted;
          accepted_queue.push_back(t);
        }
      }
    }
  }
  AcceptanceMap out;
  for (Vertex v = 0; v < n; ++v) out.emplace(g[v].claim_id, label[v]);
  return out;
}

}  // namespace claimgraph::graph
