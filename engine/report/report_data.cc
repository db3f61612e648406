// AddGraphAnalysis: the graph part of a report, computed from a snapshot.
#include <algorithm>
#include <set>
#include <string>

#include "report/format_internal.h"
#include "report/report.h"

namespace claimgraph::report {
namespace {

// True if some statement of the timeline was published on or after `since`
// (compared on the date part, so "2022-02-16T11:00:00Z" is on 2022-02-16).
bool ActiveSince(const std::vector<graph::TimelineEntry>& timeline, const std::string& since) {
  return std::any_of(timeline.begin(), timeline.end(), [&](const graph::TimelineEntry& e) {
    std::string date = internal::DatePart(e.statement.article_published);
    return !date.empty() && date >= since;
  });
}

}  // namespace

bool AddGraphAnalysis(const GraphSnapshot& snapshot, const ReportScope& scope, ReportData* data) {
  graph::ClaimGraph claim_graph(snapshot);
  graph::Analysis analysis = graph::Analyze(claim_graph);
  data->acceptance = analysis.acceptance;
  data->since = scope.since;
  std::vector<graph::Controversy> chosen;
  if (scope.controversy != 0) {
    const graph::Controversy* found = analysis.Find(scope.controversy);
    if (found == nullptr) return false;
    chosen.push_back(*found);
    data->only_controversy = found->id;
  } else {
    chosen = std::move(analysis.controversies);
  }
  std::set<std::int64_t> shown_claims;
  for (graph::Controversy& c : chosen) {
    auto timeline = graph::Timeline(claim_graph, c.claim_ids);
    if (!scope.since.empty() && !ActiveSince(timeline, scope.since)) continue;
    shown_claims.insert(c.claim_ids.begin(), c.claim_ids.end());
    data->timelines.emplace(c.id, std::move(timeline));
    data->controversies.push_back(std::move(c));
  }
  for (const ClaimRecord& claim : snapshot.claims) {
    if (shown_claims.count(claim.id) != 0) data->claim_records.emplace(claim.id, claim);
  }
  if (scope.controversy != 0 || !scope.since.empty()) {
    std::erase_if(data->disputed, [&](const DisputedClaim& d) {
      return shown_claims.count(d.claim.id) == 0;
    });
  }
  return true;
}

}  // namespace claimgraph::report
