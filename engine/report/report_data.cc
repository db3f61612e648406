// AddGraphAnalysis: the graph part of a report, computed from a snapshot.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

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

void AddSpeakersOf(const GraphSnapshot& snapshot, const std::vector<SpeakerRecord>& speakers,
                   int max_speakers, ReportData* data) {
  std::map<std::int64_t, std::vector<StatementRecord>> statements_of;
  for (const ClaimRecord& claim : snapshot.claims) {
    for (const StatementRecord& s : claim.statements) {
      if (s.speaker_id != 0) statements_of[s.speaker_id].push_back(s);
    }
  }
  std::vector<ReportData::SpeakerSection> sections;
  for (const SpeakerRecord& speaker : speakers) {
    auto found = statements_of.find(speaker.id);
    if (found == statements_of.end()) continue;
    std::vector<StatementRecord> own = std::move(found->second);
    std::sort(own.begin(), own.end(), [](const StatementRecord& a, const StatementRecord& b) {
      if (a.article_id != b.article_id) return a.article_id < b.article_id;
      return a.sentence_span.begin < b.sentence_span.begin ||
             (a.sentence_span.begin == b.sentence_span.begin && a.id < b.id);
    });
    sections.push_back({speaker, std::move(own)});
  }
  std::stable_sort(sections.begin(), sections.end(),
                   [](const ReportData::SpeakerSection& a, const ReportData::SpeakerSection& b) {
                     if (a.statements.size() != b.statements.size()) {
                       return a.statements.size() > b.statements.size();
                     }
                     if (a.speaker.statement_count != b.speaker.statement_count) {
                       return a.speaker.statement_count > b.speaker.statement_count;
                     }
                     return a.speaker.name < b.speaker.name;
                   });
  data->coverage.speakers_total = static_cast<std::int64_t>(sections.size());
  if (max_speakers > 0 && sections.size() > static_cast<std::size_t>(max_speakers)) {
    sections.resize(static_cast<std::size_t>(max_speakers));
  }
  for (auto& section : sections) data->speakers.push_back(std::move(section));
}

std::string CoverageNote(const ReportData& data) {
  const ReportData::Coverage& c = data.coverage;
  if (c.complete) return "";
  const auto n = [](std::int64_t v) { return std::to_string(v); };
  const std::int64_t shown = static_cast<std::int64_t>(data.disputed.size());
  std::string note = "This report lists " + n(shown) + " of " + n(c.disputed_total) +
                     " disputed claims, most disputed first";
  if (data.only_controversy == 0 && data.since.empty() && c.disputed_total > shown) {
    note += " (" + n(c.disputed_total - shown) + " left out; use --limit N or --all for more)";
  }
  note += ". Controversies and acceptance were computed on the " + n(c.subgraph_claims) +
          " claims and " + n(c.subgraph_edges) + " edges around them, of " + n(data.claims) +
          " claims and " + n(data.edges) + " edges in the graph";
  if (c.subgraph_truncated) note += " (the subgraph reached its size cap)";
  note += ". Speakers: " + n(static_cast<std::int64_t>(data.speakers.size())) + " of the " +
          n(c.speakers_total) + " with statements in that subgraph, with those statements only.";
  return note;
}

}  // namespace claimgraph::report
