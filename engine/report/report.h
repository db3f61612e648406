// Report: renders query results and whole-graph reports for people (text,
// Markdown) and scripts (JSON). Rendering only: no I/O, no database access.
// Every user-derived string is escaped for the target format.
#ifndef CLAIMGRAPH_REPORT_REPORT_H_
#define CLAIMGRAPH_REPORT_REPORT_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/analysis.h"
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

  // Graph analysis, filled by AddGraphAnalysis(). Empty controversies and
  // acceptance make the renderers leave those sections out.
  std::vector<graph::Controversy> controversies;                      // those shown, ranked
  graph::AcceptanceMap acceptance;                                    // every claim
  std::map<std::int64_t, std::vector<graph::TimelineEntry>> timelines;  // by controversy id
  std::map<std::int64_t, ClaimRecord> claim_records;  // every claim of a shown controversy, by id
  std::string since;                           // the --since date, "" for none
  std::int64_t only_controversy = 0;           // the --controversy id, 0 for all

  // What the report covers. A complete report analyses the whole graph; a
  // bounded one (the default of `claimgraph report`) lists the top disputed
  // claims and analyses only the subgraph around them, so its cost follows
  // what it prints. Renderers state what a bounded report left out.
  struct Coverage {
    bool complete = true;
    std::int64_t limit = 0;            // disputed claims asked for (--limit)
    std::int64_t disputed_total = 0;   // disputed claims in the whole graph
    std::int64_t subgraph_claims = 0;  // claims the analysis ran on
    std::int64_t subgraph_edges = 0;
    bool subgraph_truncated = false;   // the subgraph reached its size cap
    std::int64_t speakers_total = 0;   // speakers with a statement in the subgraph
  };
  Coverage coverage;
};

// Which part of the graph a report covers.
struct ReportScope {
  std::int64_t controversy = 0;  // a controversy id or any of its claim ids; 0: all
  std::string since;  // "YYYY-MM-DD": keep what has a statement published on or after it
};

// Analyses `snapshot` (graph::Analyze) and fills the graph fields of `data`:
// the controversies in scope with their timelines and claims, and the
// acceptance of every claim. `data->disputed` is narrowed to claims of the
// controversies in scope when a scope is given. Returns false when
// scope.controversy names no controversy.
bool AddGraphAnalysis(const GraphSnapshot& snapshot, const ReportScope& scope, ReportData* data);

// The speaker sections of a bounded report: of `speakers`, those with a
// statement in `snapshot`, each with those statements (in article order),
// most such statements first, then most statements overall, then name; at
// most `max_speakers` (<= 0: all). Sets coverage.speakers_total.
void AddSpeakersOf(const GraphSnapshot& snapshot, const std::vector<SpeakerRecord>& speakers,
                   int max_speakers, ReportData* data);

// One plain sentence saying what a bounded report covers and left out; ""
// for a complete report.
std::string CoverageNote(const ReportData& data);

// Whole-graph report: summary, controversies (camps, acceptance, timeline),
// disputed claims with evidence, then speakers and what each asserted.
std::string RenderMarkdown(const ReportData& data);
std::string RenderJson(const ReportData& data);  // pretty-printed; docs/report-schema.json
// One self-contained HTML page (no scripts, no external resources): each
// controversy's graph drawn as inline SVG by Graphviz, in-process. Every
// article-derived string is escaped; URLs other than http(s) are not linked.
std::string RenderHtml(const ReportData& data);

// Console output of the query commands. `acceptance` (optional) adds each
// claim's grounded-extension status. Text is for reading; JSON is a
// stable contract (one JSON document, documented in docs/cli-json.md).
std::string DisputedText(const std::vector<DisputedClaim>& disputed,
                         const graph::AcceptanceMap& acceptance = {});
std::string DisputedJson(const std::vector<DisputedClaim>& disputed,
                         const graph::AcceptanceMap& acceptance = {});
std::string ClaimsText(const std::vector<ClaimRecord>& claims);
std::string ClaimsJson(const std::vector<ClaimRecord>& claims);
// A claim with its statements and every edge touching it; `related` holds the
// statements at the other end of those edges.
std::string ClaimText(const ClaimRecord& claim, const std::vector<EdgeRecord>& edges,
                      const std::vector<StatementRecord>& related,
                      const graph::AcceptanceMap& acceptance = {});
std::string ClaimJson(const ClaimRecord& claim, const std::vector<EdgeRecord>& edges,
                      const std::vector<StatementRecord>& related,
                      const graph::AcceptanceMap& acceptance = {});
// A trace as an indented tree; `claims` must contain every claim in `steps`.
std::string TraceText(const std::vector<graph::TraceStep>& steps,
                      const std::vector<ClaimRecord>& claims);
std::string TraceJson(const std::vector<graph::TraceStep>& steps,
                      const std::vector<ClaimRecord>& claims);

// Graph analysis commands. `claims` must hold every claim named.
std::string ControversiesText(const std::vector<graph::Controversy>& controversies,
                              const graph::AcceptanceMap& acceptance,
                              const std::vector<ClaimRecord>& claims);
std::string ControversiesJson(const std::vector<graph::Controversy>& controversies,
                              const graph::AcceptanceMap& acceptance,
                              const std::vector<ClaimRecord>& claims);
std::string SpeakerLinksText(const std::vector<graph::SpeakerLink>& links);
std::string SpeakerLinksJson(const std::vector<graph::SpeakerLink>& links);
std::string TimelineText(const std::vector<graph::TimelineEntry>& timeline);
std::string TimelineJson(const std::vector<graph::TimelineEntry>& timeline);

// Interchange formats for other tools (see docs/export.md).
// AIF JSON as AIFdb lays it out: {"nodes": [...], "edges": [...]}; a claim is
// an I-node, each support edge an RA-node and each dispute a CA-node, linked
// premise I -> RA/CA -> conclusion I.
std::string ExportAif(const GraphSnapshot& snapshot);
// JSON Lines: one {"type": "claim"|"statement"|"edge", ...} object a line.
std::string ExportJsonl(const GraphSnapshot& snapshot, const graph::AcceptanceMap& acceptance);

}  // namespace claimgraph::report

#endif  // CLAIMGRAPH_REPORT_REPORT_H_
