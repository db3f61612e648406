// Controversies (connected components) and camps (signed two-colouring).
#include <algorithm>
#include <boost/graph/bipartite.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <deque>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "graph/analysis.h"
#include "graph/claim_graph_internal.h"

namespace claimgraph::graph {
namespace {

using UEdge = boost::graph_traits<Undirected>::edge_descriptor;

// Keeps one component's vertices and its dispute edges: the dispute-only
// view that boost::is_bipartite checks.
struct InComponent {
  const std::vector<int>* component = nullptr;
  int wanted = 0;
  bool operator()(Vertex v) const { return (*component)[v] == wanted; }
};
struct IsDispute {
  const Undirected* g = nullptr;
  bool operator()(const UEdge& e) const { return (*g)[e].record.relation == Relation::kDisputes; }
};

// Signed breadth-first colouring of one component from `start`: a dispute
// flips the side, a support keeps it. An edge that disagrees with the sides
// already given is a conflict. Each undirected edge is seen from both ends,
// so conflicts are collected in a set of edge ids.
void SignedColouring(const Undirected& g, Vertex start, std::vector<int>* side,
                     std::set<std::int64_t>* conflicts) {
  std::deque<Vertex> queue{start};
  (*side)[start] = 0;
  while (!queue.empty()) {
    Vertex u = queue.front();
    queue.pop_front();
    for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
      Vertex v = boost::target(*e, g);
      int flip = g[*e].record.relation == Relation::kDisputes ? 1 : 0;
      int expected = (*side)[u] ^ flip;
      if ((*side)[v] < 0) {
        (*side)[v] = expected;
        queue.push_back(v);
      } else if ((*side)[v] != expected) {
        conflicts->insert(g[*e].record.id);
      }
    }
  }
}

// A speaker sits on the side of the claims they state. A claim groups
// statements with one claim key, polarity included, so a denial is its own
// claim ("Moscow denies it plans to invade") and the edges that dispute it
// already place its speaker: no flip for denied statements.
void AssignSpeakers(const ClaimGraph::Impl& impl, Controversy* c) {
  std::array<std::set<std::string>, 2> names;
  for (std::int64_t claim_id : c->claim_ids) {
    const ClaimRecord& claim = impl.claims[impl.vertex_of_claim.at(claim_id)];
    int side = c->side_of_claim.at(claim_id);
    for (const StatementRecord& s : claim.statements) names[side].insert(SpeakerDisplayName(s));
  }
  for (const std::string& name : names[0]) {
    if (names[1].count(name) != 0) c->speakers_on_both_sides.push_back(name);
  }
  for (int k = 0; k < 2; ++k) {
    for (const std::string& name : names[k]) {
      if (names[1 - k].count(name) == 0) c->camps[k].speakers.push_back(name);
    }
  }
}

// Counts of disputes, supports, disputing speakers and outlets. Outlets are
// distinct non-empty article sources, or distinct articles when no disputing
// article names its source.
void CountDisputes(const ClaimGraph::Impl& impl, Controversy* c) {
  std::set<std::string> speakers, outlets;
  std::set<std::int64_t> articles;
  for (const EdgeRecord& e : c->edges) {
    if (e.relation == Relation::kSupports) {
      ++c->supports;
      continue;
    }
    ++c->disputes;
    const StatementRecord& from = *impl.statement_by_id.at(e.from_statement);
    speakers.insert(SpeakerDisplayName(from));
    if (!from.article_source.empty()) outlets.insert(from.article_source);
    articles.insert(from.article_id);
  }
  c->distinct_disputers = static_cast<int>(speakers.size());
  c->distinct_outlets = static_cast<int>(outlets.empty() ? articles.size() : outlets.size());
}

void SplitIntoCamps(const ClaimGraph::Impl& impl, const std::vector<int>& component, int index,
                    Controversy* c) {
  const Undirected& g = impl.undirected;
  const Vertex start = impl.vertex_of_claim.at(c->id);
  std::vector<int> side(boost::num_vertices(g), -1);
  std::set<std::int64_t> conflicts;
  SignedColouring(g, start, &side, &conflicts);
  if (c->dispute_only) {
    // Boost's bipartite test over the component's dispute edges agrees with
    // the signed colouring here; its partition is used when one exists.
    boost::filtered_graph<Undirected, IsDispute, InComponent> view(g, IsDispute{&g},
                                                                   InComponent{&component, index});
    std::vector<boost::default_color_type> partition(boost::num_vertices(g));
    auto partition_map = boost::make_iterator_property_map(partition.begin(),
                                                           boost::get(boost::vertex_index, g));
    if (boost::is_bipartite(view, boost::get(boost::vertex_index, g), partition_map)) {
      const auto start_colour = partition[start];
      for (std::int64_t claim_id : c->claim_ids) {
        Vertex v = impl.vertex_of_claim.at(claim_id);
        side[v] = partition[v] == start_colour ? 0 : 1;
      }
      conflicts.clear();
    }
  }
  c->conflict_edge_ids.assign(conflicts.begin(), conflicts.end());
  for (std::int64_t claim_id : c->claim_ids) {
    int s = side[impl.vertex_of_claim.at(claim_id)];
    c->side_of_claim[claim_id] = s;
    c->camps[s].claim_ids.push_back(claim_id);
  }
  AssignSpeakers(impl, c);
}

bool RanksBefore(const Controversy& a, const Controversy& b) {
  auto key = [](const Controversy& c) {
    return std::make_tuple(-c.distinct_outlets, -c.distinct_disputers, -c.disputes,
                           -static_cast<long>(c.claim_ids.size()), c.id);
  };
  return key(a) < key(b);
}

}  // namespace

std::string SpeakerDisplayName(const StatementRecord& s) {
  if (!s.speaker.empty()) return s.speaker;
  return s.article_source.empty() ? "(narrative)" : "(narrative, " + s.article_source + ")";
}

std::vector<Controversy> Controversies(const ClaimGraph& graph) {
  const ClaimGraph::Impl& impl = graph.impl();
  const Undirected& g = impl.undirected;
  std::vector<int> component(boost::num_vertices(g), 0);
  const int count = boost::num_vertices(g) == 0
                        ? 0
                        : boost::connected_components(
                              g, boost::make_iterator_property_map(
                                     component.begin(), boost::get(boost::vertex_index, g)));
  std::vector<Controversy> all(static_cast<std::size_t>(count));
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    all[component[v]].claim_ids.push_back(g[v].claim_id);
  }
  for (auto [e, end] = boost::edges(impl.directed); e != end; ++e) {
    all[component[boost::source(*e, impl.directed)]].edges.push_back(impl.directed[*e].record);
  }
  std::vector<Controversy> out;
  for (int index = 0; index < count; ++index) {
    Controversy& c = all[index];
    std::sort(c.claim_ids.begin(), c.claim_ids.end());
    std::sort(c.edges.begin(), c.edges.end(),
              [](const EdgeRecord& a, const EdgeRecord& b) { return a.id < b.id; });
    CountDisputes(impl, &c);
    if (c.disputes == 0) continue;
    c.id = c.claim_ids.front();
    c.dispute_only = c.supports == 0;
    SplitIntoCamps(impl, component, index, &c);
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), RanksBefore);
  for (std::size_t i = 0; i < out.size(); ++i) out[i].rank = static_cast<int>(i + 1);
  return out;
}

}  // namespace claimgraph::graph
