#include "graph/claim_graph.h"

#include "graph/claim_graph_internal.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <unordered_map>
#include <utility>

namespace claimgraph::graph {
namespace {

constexpr int kUnreached = -1;

// Keeps only the edges leaving a vertex whose depth is below the limit, so
// the search never expands a claim at max_depth. A vertex is always given its
// depth (on the tree edge that discovers it) before its out-edges are scanned.
template <typename Graph>
struct WithinDepth {
  const Graph* graph = nullptr;
  const std::vector<int>* depth = nullptr;
  int max_depth = 0;

  template <typename Edge>
  bool operator()(const Edge& e) const {
    int d = (*depth)[boost::source(e, *graph)];
    return d != kUnreached && d < max_depth;
  }
};

// Records BFS order, depth and the tree edge that reached each vertex.
// `outgoing_of` tells, for a tree edge, whether it runs from parent to child
// in the stored direction.
template <typename OutgoingOf>
class TraceVisitor : public boost::default_bfs_visitor {
 public:
  TraceVisitor(std::vector<int>* depth, std::vector<TraceStep>* steps, OutgoingOf outgoing_of)
      : depth_(depth), steps_(steps), outgoing_of_(outgoing_of) {}

  template <typename Edge, typename Graph>
  void tree_edge(const Edge& e, const Graph& g) const {
    Vertex u = boost::source(e, g);
    Vertex v = boost::target(e, g);
    (*depth_)[v] = (*depth_)[u] + 1;
    TraceStep step;
    step.claim_id = g[v].claim_id;
    step.parent_claim_id = g[u].claim_id;
    step.depth = (*depth_)[v];
    step.via = g[e].record;
    step.via_outgoing = outgoing_of_(g[e], g[u].claim_id);
    steps_->push_back(std::move(step));
  }

 private:
  std::vector<int>* depth_;
  std::vector<TraceStep>* steps_;
  OutgoingOf outgoing_of_;
};

}  // namespace

template <typename Graph, typename OutgoingOf>
std::vector<TraceStep> ClaimGraph::Impl::Run(const Graph& g, Vertex start, int max_depth,
                                             OutgoingOf outgoing_of) const {
  const std::size_t n = boost::num_vertices(g);
  std::vector<int> depth(n, kUnreached);
  std::vector<boost::default_color_type> color(n, boost::white_color);
  std::vector<TraceStep> steps;
  depth[start] = 0;
  steps.push_back(TraceStep{g[start].claim_id, 0, 0, EdgeRecord{}, true});

  WithinDepth<Graph> keep{&g, &depth, max_depth};
  boost::filtered_graph<Graph, WithinDepth<Graph>> limited(g, keep);
  TraceVisitor<OutgoingOf> visitor(&depth, &steps, outgoing_of);
  boost::breadth_first_search(limited, start,
                              boost::visitor(visitor).color_map(boost::make_iterator_property_map(
                                  color.begin(), boost::get(boost::vertex_index, limited))));
  return steps;
}

ClaimGraph::ClaimGraph(const GraphSnapshot& snapshot) : impl_(std::make_unique<Impl>()) {
  std::unordered_map<std::int64_t, std::int64_t> claim_of_statement;
  for (const ClaimRecord& claim : snapshot.claims) {
    if (impl_->vertex_of_claim.count(claim.id) != 0) continue;  // first record wins
    Vertex v = boost::add_vertex(VertexProps{claim.id, claim.text}, impl_->directed);
    boost::add_vertex(VertexProps{claim.id, claim.text}, impl_->undirected);
    impl_->vertex_of_claim.emplace(claim.id, v);
    impl_->claims.push_back(claim);
    for (const StatementRecord& s : claim.statements) claim_of_statement.emplace(s.id, claim.id);
  }
  // Filled after the copies are complete so the pointers stay valid.
  for (const ClaimRecord& claim : impl_->claims) {
    for (const StatementRecord& s : claim.statements) impl_->statement_by_id.emplace(s.id, &s);
  }

  std::vector<const EdgeRecord*> edges;
  for (const EdgeRecord& e : snapshot.edges) edges.push_back(&e);
  std::stable_sort(edges.begin(), edges.end(),
                   [](const EdgeRecord* a, const EdgeRecord* b) { return a->id < b->id; });
  for (const EdgeRecord* e : edges) {
    auto from = claim_of_statement.find(e->from_statement);
    auto to = claim_of_statement.find(e->to_statement);
    if (from == claim_of_statement.end() || to == claim_of_statement.end()) continue;
    if (from->second == to->second) continue;  // within one claim: not a claim-level edge
    Vertex u = impl_->vertex_of_claim.at(from->second);
    Vertex v = impl_->vertex_of_claim.at(to->second);
    EdgeProps props{*e, from->second, to->second};
    boost::add_edge(u, v, props, impl_->directed);
    boost::add_edge(u, v, props, impl_->undirected);
  }
}

ClaimGraph::~ClaimGraph() = default;

std::size_t ClaimGraph::claim_count() const { return boost::num_vertices(impl_->directed); }

std::size_t ClaimGraph::edge_count() const { return boost::num_edges(impl_->directed); }

bool ClaimGraph::HasClaim(std::int64_t claim_id) const {
  return impl_->vertex_of_claim.count(claim_id) != 0;
}

std::vector<TraceStep> ClaimGraph::Trace(std::int64_t claim_id, int max_depth,
                                         Direction direction) const {
  auto found = impl_->vertex_of_claim.find(claim_id);
  if (found == impl_->vertex_of_claim.end()) return {};
  const Vertex start = found->second;
  max_depth = std::max(max_depth, 0);
  switch (direction) {
    case Direction::kOutgoing:
      return impl_->Run(impl_->directed, start, max_depth,
                        [](const EdgeProps&, std::int64_t) { return true; });
    case Direction::kIncoming:
      return impl_->Run(boost::make_reverse_graph(impl_->directed), start, max_depth,
                        [](const EdgeProps&, std::int64_t) { return false; });
    case Direction::kBoth:
      return impl_->Run(impl_->undirected, start, max_depth,
                        [](const EdgeProps& e, std::int64_t parent_claim) {
                          return e.from_claim == parent_claim;
                        });
  }
  return {};
}

}  // namespace claimgraph::graph
