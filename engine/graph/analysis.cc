// Speaker links, timelines and the Analysis bundle.
#include "graph/analysis.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "graph/claim_graph_internal.h"

namespace claimgraph::graph {
namespace {

template <typename T>
void SortUnique(std::vector<T>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// Publication order: dated articles by date, undated last; then article id
// and sentence offset. ISO dates compare correctly as strings.
bool EarlierInPrint(const StatementRecord& a, const StatementRecord& b) {
  auto key = [](const StatementRecord& s) {
    return std::make_tuple(s.article_published.empty(), s.article_published, s.article_id,
                           s.sentence_span.begin, s.id);
  };
  return key(a) < key(b);
}

}  // namespace

const char* ToString(TimelineRole role) {
  switch (role) {
    case TimelineRole::kFirstAssertion: return "first assertion";
    case TimelineRole::kRestatement: return "restatement";
    case TimelineRole::kFirstDispute: return "first dispute";
    case TimelineRole::kDispute: return "dispute";
    case TimelineRole::kSupport: return "support";
  }
  return "restatement";
}

std::vector<SpeakerLink> SpeakerLinks(const ClaimGraph& graph) {
  const ClaimGraph::Impl& impl = graph.impl();
  std::map<std::tuple<Relation, std::string, std::string>, SpeakerLink> links;
  for (auto [e, end] = boost::edges(impl.directed); e != end; ++e) {
    const EdgeProps& props = impl.directed[*e];
    const StatementRecord& from = *impl.statement_by_id.at(props.record.from_statement);
    const StatementRecord& to = *impl.statement_by_id.at(props.record.to_statement);
    SpeakerLink& link = links[{props.record.relation, SpeakerDisplayName(from),
                               SpeakerDisplayName(to)}];
    link.from = SpeakerDisplayName(from);
    link.to = SpeakerDisplayName(to);
    link.relation = props.record.relation;
    ++link.count;
    link.from_claims.push_back(props.from_claim);
    link.to_claims.push_back(props.to_claim);
    link.edge_ids.push_back(props.record.id);
  }
  std::vector<SpeakerLink> out;
  for (auto& [key, link] : links) {
    SortUnique(&link.from_claims);
    SortUnique(&link.to_claims);
    SortUnique(&link.edge_ids);
    out.push_back(std::move(link));
  }
  std::stable_sort(out.begin(), out.end(), [](const SpeakerLink& a, const SpeakerLink& b) {
    return std::make_tuple(a.relation != Relation::kDisputes, -a.count) <
           std::make_tuple(b.relation != Relation::kDisputes, -b.count);
  });
  return out;
}

std::vector<TimelineEntry> Timeline(const ClaimGraph& graph,
                                    const std::vector<std::int64_t>& claim_ids) {
  const ClaimGraph::Impl& impl = graph.impl();
  const Directed& g = impl.directed;
  std::set<std::int64_t> scope;
  for (std::int64_t id : claim_ids) {
    if (impl.vertex_of_claim.count(id) != 0) scope.insert(id);
  }
  // Statements in view, and the edges each draws into another claim in scope.
  std::map<std::int64_t, std::vector<EdgeRecord>> drawn;
  std::set<std::int64_t> in_view;
  for (std::int64_t claim_id : scope) {
    Vertex v = impl.vertex_of_claim.at(claim_id);
    for (const StatementRecord& s : impl.claims[v].statements) in_view.insert(s.id);
    for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) {
      const EdgeRecord& record = g[*e].record;
      if (scope.size() == 1) in_view.insert(record.from_statement);
      drawn[record.from_statement].push_back(record);
    }
  }
  std::vector<TimelineEntry> out;
  for (std::int64_t id : in_view) {
    TimelineEntry entry;
    entry.statement = *impl.statement_by_id.at(id);
    auto edges = drawn.find(id);
    if (edges != drawn.end()) entry.edges = edges->second;
    out.push_back(std::move(entry));
  }
  std::sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    return EarlierInPrint(a.statement, b.statement);
  });
  bool disputed_yet = false;
  std::set<std::int64_t> asserted_claims;
  for (TimelineEntry& entry : out) {
    // A disputing or supporting statement also puts its own claim forward,
    // so later statements of that claim are restatements.
    const bool first_of_claim = asserted_claims.insert(entry.statement.claim_id).second;
    auto relation_is = [&](Relation r) {
      return std::any_of(entry.edges.begin(), entry.edges.end(),
                         [r](const EdgeRecord& e) { return e.relation == r; });
    };
    if (relation_is(Relation::kDisputes)) {
      entry.role = disputed_yet ? TimelineRole::kDispute : TimelineRole::kFirstDispute;
      disputed_yet = true;
    } else if (relation_is(Relation::kSupports)) {
      entry.role = TimelineRole::kSupport;
    } else if (first_of_claim) {
      entry.role = TimelineRole::kFirstAssertion;
    } else {
      entry.role = TimelineRole::kRestatement;
    }
  }
  return out;
}

const Controversy* Analysis::Find(std::int64_t id_or_claim) const {
  for (const Controversy& c : controversies) {
    if (c.id == id_or_claim) return &c;
  }
  for (const Controversy& c : controversies) {
    if (std::binary_search(c.claim_ids.begin(), c.claim_ids.end(), id_or_claim)) return &c;
  }
  return nullptr;
}

Acceptance Analysis::AcceptanceOf(std::int64_t claim_id) const {
  auto found = acceptance.find(claim_id);
  return found != acceptance.end() ? found->second : Acceptance::kUndecided;
}

Analysis Analyze(const ClaimGraph& graph) {
  Analysis analysis;
  analysis.acceptance = GroundedExtension(graph);
  analysis.controversies = Controversies(graph);
  return analysis;
}

}  // namespace claimgraph::graph
