// JSON for the graph analysis commands and the report's controversies. The
// shapes are documented in docs/cli-json.md and docs/report-schema.json.
#include <string>
#include <vector>

#include "report/json_internal.h"
#include "report/report.h"

namespace claimgraph::report {
namespace internal {
namespace {

Json CampJson(const graph::Camp& camp) {
  return Json{{"claim_ids", camp.claim_ids}, {"speakers", camp.speakers}};
}

}  // namespace

Json ControversyToJson(const graph::Controversy& c, const graph::AcceptanceMap& acceptance,
                       const ClaimLookup& claim_of,
                       const std::vector<graph::TimelineEntry>* timeline) {
  Json claims = Json::array();
  for (std::int64_t id : c.claim_ids) {
    const ClaimRecord* claim = claim_of(id);
    auto status = acceptance.find(id);
    claims.push_back(
        Json{{"id", id},
             {"text", claim != nullptr ? claim->text : std::string()},
             {"acceptance", ToString(status != acceptance.end() ? status->second
                                                               : graph::Acceptance::kUndecided)},
             {"side", c.side_of_claim.count(id) != 0 ? c.side_of_claim.at(id) : 0},
             {"statement_count", claim != nullptr ? claim->statements.size() : 0}});
  }
  Json edges = Json::array();
  for (const EdgeRecord& e : c.edges) edges.push_back(EdgeToJson(e));
  Json j{{"id", c.id},
         {"rank", c.rank},
         {"claim_count", c.claim_ids.size()},
         {"disputes", c.disputes},
         {"supports", c.supports},
         {"distinct_outlets", c.distinct_outlets},
         {"distinct_disputers", c.distinct_disputers},
         {"clean_split", c.clean_split()},
         {"camps", Json::array({CampJson(c.camps[0]), CampJson(c.camps[1])})},
         {"speakers_on_both_sides", c.speakers_on_both_sides},
         {"conflict_edge_ids", c.conflict_edge_ids},
         {"claims", std::move(claims)},
         {"edges", std::move(edges)}};
  if (timeline != nullptr) j["timeline"] = TimelineToJson(*timeline);
  return j;
}

Json TimelineToJson(const std::vector<graph::TimelineEntry>& timeline) {
  Json j = Json::array();
  for (const graph::TimelineEntry& entry : timeline) {
    Json edges = Json::array();
    for (const EdgeRecord& e : entry.edges) edges.push_back(EdgeToJson(e));
    j.push_back(Json{{"role", ToString(entry.role)},
                     {"statement", StatementToJson(entry.statement)},
                     {"edges", std::move(edges)}});
  }
  return j;
}

}  // namespace internal

std::string ControversiesJson(const std::vector<graph::Controversy>& controversies,
                              const graph::AcceptanceMap& acceptance,
                              const std::vector<ClaimRecord>& claims) {
  auto claim_of = [&claims](std::int64_t id) -> const ClaimRecord* {
    for (const ClaimRecord& c : claims) {
      if (c.id == id) return &c;
    }
    return nullptr;
  };
  internal::Json j = internal::Json::array();
  for (const graph::Controversy& c : controversies) {
    j.push_back(internal::ControversyToJson(c, acceptance, claim_of, nullptr));
  }
  return internal::DumpJson(j);
}

std::string SpeakerLinksJson(const std::vector<graph::SpeakerLink>& links) {
  internal::Json j = internal::Json::array();
  for (const graph::SpeakerLink& link : links) {
    j.push_back(internal::Json{{"from", link.from},
                               {"to", link.to},
                               {"relation", ToString(link.relation)},
                               {"count", link.count},
                               {"from_claims", link.from_claims},
                               {"to_claims", link.to_claims},
                               {"edge_ids", link.edge_ids}});
  }
  return internal::DumpJson(j);
}

std::string TimelineJson(const std::vector<graph::TimelineEntry>& timeline) {
  return internal::DumpJson(internal::TimelineToJson(timeline));
}

}  // namespace claimgraph::report
