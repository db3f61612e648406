// JSON renderers. The shapes are a contract with scripts, documented in
// docs/cli-json.md: keys are never renamed or removed, only added. Objects
// keep the documented key order (ordered_json) so output is stable.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "report/format_internal.h"
#include "report/json_internal.h"
#include "report/report.h"

namespace claimgraph::report {
namespace {

using Json = nlohmann::ordered_json;

// Invalid UTF-8 in stored text is replaced (U+FFFD) rather than thrown on.
std::string Dump(const Json& j) {
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Json SpanJson(const Span& span) {
  if (span.empty()) return nullptr;
  return Json::array({span.begin, span.end});
}

Json StatementJson(const StatementRecord& s) {
  Json j;
  j["id"] = s.id;
  j["claim_id"] = s.claim_id;
  j["speaker"] = s.speaker;
  j["speaker_id"] = s.speaker_id;
  j["source_text"] = s.source_text;
  j["cue"] = s.cue;
  j["cue_lemma"] = s.cue_lemma;
  j["content"] = s.content;
  j["sentence"] = s.sentence;
  j["kind"] = ToString(s.kind);
  j["polarity"] = ToString(s.polarity);
  j["hedged"] = s.hedged;
  j["offsets"] = Json{{"sentence", SpanJson(s.sentence_span)},
                      {"source", SpanJson(s.source_span)},
                      {"cue", SpanJson(s.cue_span)},
                      {"content", SpanJson(s.content_span)}};
  j["article"] = Json{{"id", s.article_id},
                      {"title", s.article_title},
                      {"source", s.article_source},
                      {"url", s.article_url},
                      {"published", s.article_published}};
  return j;
}

Json StatementsJson(const std::vector<StatementRecord>& statements) {
  Json j = Json::array();
  for (const StatementRecord& s : statements) j.push_back(StatementJson(s));
  return j;
}

Json EdgeJson(const EdgeRecord& e) {
  return Json{{"id", e.id},
              {"from_statement", e.from_statement},
              {"to_statement", e.to_statement},
              {"relation", ToString(e.relation)},
              {"rule", e.rule},
              {"reason", e.reason},
              {"score", e.score}};
}

Json ClaimRefJson(const ClaimRecord& claim) { return Json{{"id", claim.id}, {"text", claim.text}}; }

// The claim's acceptance, or null when the map does not know it.
Json StatusJson(const graph::AcceptanceMap& acceptance, std::int64_t claim_id) {
  auto found = acceptance.find(claim_id);
  if (found == acceptance.end()) return nullptr;
  return ToString(found->second);
}

Json DisputedEntryJson(const DisputedClaim& d, const graph::AcceptanceMap& acceptance) {
  Json disputed_by = Json::array();
  for (const DisputedClaim::Dispute& dispute : d.disputes) {
    disputed_by.push_back(Json{{"statement", StatementJson(dispute.disputer)},
                               {"target_statement_id", dispute.target.id},
                               {"edge_id", dispute.edge.id},
                               {"relation", ToString(dispute.edge.relation)},
                               {"rule", dispute.edge.rule},
                               {"reason", dispute.edge.reason},
                               {"score", dispute.edge.score}});
  }
  return Json{{"claim", ClaimRefJson(d.claim)},
              {"asserted_by", StatementsJson(d.claim.statements)},
              {"statement_count", std::max<std::size_t>(static_cast<std::size_t>(d.statement_count),
                                                        d.claim.statements.size())},
              {"disputed_by", std::move(disputed_by)},
              {"dispute_count", d.dispute_count},
              {"distinct_disputers", d.distinct_disputers},
              {"distinct_outlets", d.distinct_outlets},
              {"acceptance", StatusJson(acceptance, d.claim.id)}};
}

Json DisputedArrayJson(const std::vector<DisputedClaim>& disputed,
                       const graph::AcceptanceMap& acceptance) {
  Json j = Json::array();
  for (const DisputedClaim& d : disputed) j.push_back(DisputedEntryJson(d, acceptance));
  return j;
}

// Distinct speaker names in order of first appearance; "" stands for
// narrative statements.
Json SpeakersOf(const ClaimRecord& claim) {
  Json j = Json::array();
  std::set<std::string> seen;
  for (const StatementRecord& s : claim.statements) {
    if (seen.insert(s.speaker).second) j.push_back(s.speaker);
  }
  return j;
}

// Where an edge runs relative to `claim`: "outgoing" if it leaves one of the
// claim's statements, "incoming" if it enters one, "internal" if both.
const char* EdgeDirection(const ClaimRecord& claim, const EdgeRecord& e) {
  bool from_inside = false, to_inside = false;
  for (const StatementRecord& s : claim.statements) {
    from_inside = from_inside || s.id == e.from_statement;
    to_inside = to_inside || s.id == e.to_statement;
  }
  if (from_inside && to_inside) return "internal";
  return from_inside ? "outgoing" : "incoming";
}

const ClaimRecord* FindClaim(const std::vector<ClaimRecord>& claims, std::int64_t id) {
  for (const ClaimRecord& c : claims) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

Json ReportControversiesJson(const ReportData& data) {
  Json j = Json::array();
  auto claim_of = [&data](std::int64_t id) -> const ClaimRecord* {
    auto found = data.claim_records.find(id);
    return found != data.claim_records.end() ? &found->second : nullptr;
  };
  for (const graph::Controversy& c : data.controversies) {
    auto timeline = data.timelines.find(c.id);
    j.push_back(internal::ControversyToJson(
        c, data.acceptance, claim_of, timeline != data.timelines.end() ? &timeline->second : nullptr));
  }
  return j;
}

}  // namespace

namespace internal {
std::string DumpJson(const Json& j) { return Dump(j); }
Json StatementToJson(const StatementRecord& s) { return StatementJson(s); }
Json EdgeToJson(const EdgeRecord& e) { return EdgeJson(e); }
}  // namespace internal

std::string RenderJson(const ReportData& data) {
  Json speakers = Json::array();
  for (const ReportData::SpeakerSection& section : data.speakers) {
    speakers.push_back(Json{{"id", section.speaker.id},
                            {"name", section.speaker.name},
                            {"aliases", section.speaker.aliases},
                            {"statement_count", section.speaker.statement_count},
                            {"statements", StatementsJson(section.statements)}});
  }
  Json j;
  j["summary"] = Json{{"articles", data.articles},
                      {"statements", data.statements},
                      {"claims", data.claims},
                      {"edges", data.edges},
                      {"disputed_claims", data.coverage.complete
                                              ? static_cast<std::int64_t>(data.disputed.size())
                                              : data.coverage.disputed_total}};
  j["summary"]["controversies"] = data.controversies.size();
  j["scope"] = Json{{"controversy", data.only_controversy == 0 ? Json(nullptr)
                                                              : Json(data.only_controversy)},
                    {"since", data.since.empty() ? Json(nullptr) : Json(data.since)}};
  j["controversies"] = ReportControversiesJson(data);
  j["disputed"] = DisputedArrayJson(data.disputed, data.acceptance);
  j["speakers"] = std::move(speakers);
  const ReportData::Coverage& c = data.coverage;
  j["coverage"] = Json{{"complete", c.complete},
                       {"limit", c.complete ? Json(nullptr) : Json(c.limit)},
                       {"disputed_shown", data.disputed.size()},
                       {"disputed_total", c.complete ? static_cast<std::int64_t>(data.disputed.size())
                                                     : c.disputed_total},
                       {"subgraph_claims", c.subgraph_claims},
                       {"subgraph_edges", c.subgraph_edges},
                       {"subgraph_truncated", c.subgraph_truncated},
                       {"speakers_shown", data.speakers.size()},
                       {"speakers_total", c.complete ? static_cast<std::int64_t>(data.speakers.size())
                                                     : c.speakers_total},
                       {"note", CoverageNote(data)}};
  return Dump(j);
}

std::string DisputedJson(const std::vector<DisputedClaim>& disputed,
                         const graph::AcceptanceMap& acceptance) {
  return Dump(DisputedArrayJson(disputed, acceptance));
}

std::string ClaimsJson(const std::vector<ClaimRecord>& claims) {
  Json j = Json::array();
  for (const ClaimRecord& c : claims) {
    j.push_back(Json{{"id", c.id},
                     {"text", c.text},
                     {"statement_count", c.statements.size()},
                     {"speakers", SpeakersOf(c)},
                     {"statements", StatementsJson(c.statements)}});
  }
  return Dump(j);
}

std::string ClaimJson(const ClaimRecord& claim, const std::vector<EdgeRecord>& edges,
                      const std::vector<StatementRecord>& related,
                      const graph::AcceptanceMap& acceptance) {
  Json edges_json = Json::array();
  for (const EdgeRecord& e : edges) {
    Json ej = EdgeJson(e);
    ej["direction"] = EdgeDirection(claim, e);
    edges_json.push_back(std::move(ej));
  }
  std::set<std::int64_t> articles;
  std::set<std::string> outlets;
  for (const StatementRecord& s : claim.statements) {
    articles.insert(s.article_id);
    if (!s.article_source.empty()) outlets.insert(s.article_source);
  }
  return Dump(Json{{"claim", ClaimRefJson(claim)},
                   {"acceptance", StatusJson(acceptance, claim.id)},
                   {"statements", StatementsJson(claim.statements)},
                   {"edges", std::move(edges_json)},
                   {"related", StatementsJson(related)},
                   {"articles", articles.size()},
                   {"outlets", Json(std::vector<std::string>(outlets.begin(), outlets.end()))}});
}

std::string TraceJson(const std::vector<graph::TraceStep>& steps,
                      const std::vector<ClaimRecord>& claims) {
  Json j = Json::array();
  for (const graph::TraceStep& step : steps) {
    const ClaimRecord* claim = FindClaim(claims, step.claim_id);
    Json via = nullptr;
    Json parent = nullptr;
    if (step.depth > 0) {
      parent = step.parent_claim_id;
      via = EdgeJson(step.via);
      via["direction"] = step.via_outgoing ? "outgoing" : "incoming";
    }
    j.push_back(Json{{"claim_id", step.claim_id},
                     {"text", claim != nullptr ? claim->text : std::string()},
                     {"depth", step.depth},
                     {"parent", std::move(parent)},
                     {"via", std::move(via)}});
  }
  return Dump(j);
}

}  // namespace claimgraph::report
