// Report: renders query results and whole-graph reports for people (text,
// Markdown) and scripts (JSON). Rendering only: no I/O, no database access.
// Every user-derived string is escaped for the target format.
#ifndef CLAIMGRAPH_REPORT_REPORT_H_
#define CLAIMGRAPH_REPORT_REPORT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "graph/claim_graph.h"
#include "model/records.h"

namespace claimgraph::report {

// What the whole-graph report shows.
struct ReportData {
  std::int64_t articles = 0, statements = 0, claims = 0, edges = 0;
  std::vector<DisputedClaim> disputed;
  struct SpeakerSection {
    SpeakerRecord speaker;
    std::vector<StatementRecord> statements;
  };
  std::vector<SpeakerSection> speakers;
};

// Whole-graph report: summary, disputed claims with evidence, then speakers
// and what each asserted.
std::string RenderMarkdown(const ReportData& data);
std::string RenderJson(const ReportData& data);  // pretty-printed JSON object

// Console output of the query commands. Text is for reading; JSON is a
// stable contract (one JSON document, documented in docs/cli-json.md).
std::string DisputedText(const std::vector<DisputedClaim>& disputed);
std::string DisputedJson(const std::vector<DisputedClaim>& disputed);
std::string ClaimsText(const std::vector<ClaimRecord>& claims);
std::string ClaimsJson(const std::vector<ClaimRecord>& claims);
// A claim with its statements and every edge touching it; `related` holds the
// statements at the other end of those edges.
std::string ClaimText(const ClaimRecord& claim, const std::vector<EdgeRecord>& edges,
                      const std::vector<StatementRecord>& related);
std::string ClaimJson(const ClaimRecord& claim, const std::vector<EdgeRecord>& edges,
                      const std::vector<StatementRecord>& related);
// A trace as an indented tree; `claims` must contain every claim in `steps`.
std::string TraceText(const std::vector<graph::TraceStep>& steps,
                      const std::vector<ClaimRecord>& claims);
std::string TraceJson(const std::vector<graph::TraceStep>& steps,
                      const std::vector<ClaimRecord>& claims);

}  // namespace claimgraph::report

#endif  // CLAIMGRAPH_REPORT_REPORT_H_
