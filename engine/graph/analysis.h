// Analysis: what an analyst reads off the claim graph.
//
// - Controversies: connected components of the claim graph (supports and
//   disputes both join claims, direction ignored) that contain at least one
//   dispute, ranked by distinct disputing outlets, then distinct disputing
//   speakers, then disputes, then size, then id. A controversy's id is the
//   smallest claim id in it, so it stays the same as long as the component
//   does; any member claim id finds it too (Analysis::Find).
// - Camps: each controversy's claims split into two sides so that every
//   dispute crosses sides and every support stays within one (a signed-graph
//   two-colouring, by breadth-first search from the smallest claim; for a
//   dispute-only controversy boost::is_bipartite decides). Where no such
//   split exists, the edges that contradict the search's colouring are
//   listed: removing them leaves a consistent split (not necessarily the
//   fewest). Speakers go to the side of the claims they assert, the other
//   side for claims they deny; a speaker found on both is listed apart.
// - Acceptance: the grounded extension (Dung 1995) with claims as arguments
//   and disputes as attacks. Accepted: every attacker is rejected (so a claim
//   nobody disputes is accepted); rejected: some attacker is accepted;
//   undecided: neither (attack cycles). Supports do not change acceptance.
// - Speaker links: who disputes (or supports) whom, over claim-level edges,
//   with counts and the claims behind each count.
// - Timeline: statements in order of article publication date (then article
//   id, then sentence offset), each with its role.
//
// All results are deterministic for a given snapshot.
#ifndef CLAIMGRAPH_GRAPH_ANALYSIS_H_
#define CLAIMGRAPH_GRAPH_ANALYSIS_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/claim_graph.h"
#include "model/records.h"

namespace claimgraph::graph {

enum class Acceptance { kAccepted, kRejected, kUndecided };
const char* ToString(Acceptance acceptance);

// Every claim of the graph by id.
using AcceptanceMap = std::unordered_map<std::int64_t, Acceptance>;

AcceptanceMap GroundedExtension(const ClaimGraph& graph);

struct Camp {
  std::vector<std::int64_t> claim_ids;  // ascending
  std::vector<std::string> speakers;    // display names, sorted
};

struct Controversy {
  std::int64_t id = 0;                  // the smallest claim id in it
  int rank = 0;                         // 1 = most disputed
  std::vector<std::int64_t> claim_ids;  // ascending
  std::vector<EdgeRecord> edges;        // claim-level edges inside it, by id
  int disputes = 0, supports = 0;
  int distinct_outlets = 0;             // among the articles of disputing statements
  int distinct_disputers = 0;           // speakers of disputing statements
  // Side 0 holds the controversy's smallest claim.
  std::array<Camp, 2> camps;
  std::map<std::int64_t, int> side_of_claim;
  std::vector<std::string> speakers_on_both_sides;  // sorted
  std::vector<std::int64_t> conflict_edge_ids;      // empty: the split is clean
  bool dispute_only = false;                        // no supports inside

  bool clean_split() const { return conflict_edge_ids.empty(); }
};

// Ranked, rank 1 first.
std::vector<Controversy> Controversies(const ClaimGraph& graph);

struct SpeakerLink {
  std::string from, to;  // display names (see SpeakerDisplayName)
  Relation relation = Relation::kDisputes;
  int count = 0;                          // claim-level edges
  std::vector<std::int64_t> from_claims;  // distinct, ascending
  std::vector<std::int64_t> to_claims;    // distinct, ascending
  std::vector<std::int64_t> edge_ids;     // ascending
};

// Disputes first, then supports; within each by count (descending), then
// names.
std::vector<SpeakerLink> SpeakerLinks(const ClaimGraph& graph);

// "Dmitry Peskov", or "(narrative, Outlet)" / "(narrative)" for a statement
// in an outlet's own voice.
std::string SpeakerDisplayName(const StatementRecord& s);

enum class TimelineRole { kFirstAssertion, kRestatement, kFirstDispute, kDispute, kSupport };
const char* ToString(TimelineRole role);

struct TimelineEntry {
  StatementRecord statement;
  TimelineRole role = TimelineRole::kRestatement;
  std::vector<EdgeRecord> edges;  // edges it draws into another claim of the scope
};

// The statements of `claim_ids` and, for a single claim, also the statements
// of other claims that dispute or support it. A statement that disputes a
// claim in scope (other than its own) is a dispute (the earliest one the
// first dispute); one that supports one is a support; otherwise the earliest
// statement of each claim is its first assertion and later ones restate it
// (a claim's disputing or supporting statement counts as its first).
// Unknown ids are ignored. Undated articles sort last.
std::vector<TimelineEntry> Timeline(const ClaimGraph& graph,
                                    const std::vector<std::int64_t>& claim_ids);

// Everything the query commands and reports need from the graph.
struct Analysis {
  AcceptanceMap acceptance;
  std::vector<Controversy> controversies;

  // The controversy with this id, or the one containing this claim; null if
  // none.
  const Controversy* Find(std::int64_t id_or_claim) const;
  Acceptance AcceptanceOf(std::int64_t claim_id) const;  // kUndecided if unknown
};

Analysis Analyze(const ClaimGraph& graph);

}  // namespace claimgraph::graph

#endif  // CLAIMGRAPH_GRAPH_ANALYSIS_H_
