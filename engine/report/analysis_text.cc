// Terminal output of the graph analysis commands. Every user-derived string
// goes through OneLine().
#include <map>
#include <string>
#include <vector>

#include "report/format_internal.h"
#include "report/report.h"

namespace claimgraph::report {
namespace {

using internal::ArticleLabel;
using internal::OneLine;
using internal::SpeakerName;

std::string Join(const std::vector<std::string>& items, const char* empty) {
  if (items.empty()) return empty;
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + OneLine(item);
  return out;
}

std::string IdList(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (std::int64_t id : ids) out += (out.empty() ? "#" : ", #") + std::to_string(id);
  return out.empty() ? "none" : out;
}

void AppendCamp(const graph::Controversy& c, int side, const graph::AcceptanceMap& acceptance,
                const std::map<std::int64_t, const ClaimRecord*>& claim_by_id, std::string* out) {
  *out += std::string("  side ") + (side == 0 ? "A" : "B") + ": " +
          Join(c.camps[side].speakers, "(no speakers)") + "\n";
  for (std::int64_t id : c.camps[side].claim_ids) {
    auto claim = claim_by_id.find(id);
    auto status = acceptance.find(id);
    *out += "    #" + std::to_string(id) + " [" +
            (status != acceptance.end() ? ToString(status->second) : "?") + "] \"" +
            (claim != claim_by_id.end() ? OneLine(claim->second->text) : "") + "\"\n";
  }
}

}  // namespace

std::string ControversiesText(const std::vector<graph::Controversy>& controversies,
                              const graph::AcceptanceMap& acceptance,
                              const std::vector<ClaimRecord>& claims) {
  if (controversies.empty()) return "No controversies.\n";
  std::map<std::int64_t, const ClaimRecord*> claim_by_id;
  for (const ClaimRecord& c : claims) claim_by_id.emplace(c.id, &c);
  std::string out;
  for (const graph::Controversy& c : controversies) {
    if (!out.empty()) out += "\n";
    out += std::to_string(c.rank) + ". Controversy " + std::to_string(c.id) + ": " +
           std::to_string(c.claim_ids.size()) + " claims, " + std::to_string(c.disputes) +
           " disputes, " + std::to_string(c.supports) + " supports; " +
           std::to_string(c.distinct_outlets) + " disputing outlets, " +
           std::to_string(c.distinct_disputers) + " disputing speakers\n";
    AppendCamp(c, 0, acceptance, claim_by_id, &out);
    AppendCamp(c, 1, acceptance, claim_by_id, &out);
    if (!c.speakers_on_both_sides.empty()) {
      out += "  on both sides: " + Join(c.speakers_on_both_sides, "") + "\n";
    }
    if (!c.clean_split()) {
      out += "  no clean split: edges " + IdList(c.conflict_edge_ids) +
             " contradict the sides above\n";
    }
  }
  return out;
}

std::string SpeakerLinksText(const std::vector<graph::SpeakerLink>& links) {
  if (links.empty()) return "No speaker disputes or supports another.\n";
  std::string out;
  for (const graph::SpeakerLink& link : links) {
    out += OneLine(link.from) + " " + ToString(link.relation) + " " + OneLine(link.to) + ": " +
           std::to_string(link.count) + (link.count == 1 ? " time" : " times") + " (claims " +
           IdList(link.from_claims) + " -> " + IdList(link.to_claims) + ")\n";
  }
  return out;
}

std::string TimelineText(const std::vector<graph::TimelineEntry>& timeline) {
  if (timeline.empty()) return "No statements.\n";
  std::string out;
  for (const graph::TimelineEntry& entry : timeline) {
    const StatementRecord& s = entry.statement;
    std::string date = internal::DatePart(s.article_published);
    out += (date.empty() ? std::string("(undated)  ") : date + "  ") + ToString(entry.role) +
           ": " + SpeakerName(s) + " (claim #" + std::to_string(s.claim_id) + ")";
    for (const EdgeRecord& e : entry.edges) {
      out += std::string(" ") + ToString(e.relation) + " s" + std::to_string(e.to_statement);
    }
    out += "\n    \"" + OneLine(s.sentence) + "\"\n";
    std::string label = ArticleLabel(s);
    if (!label.empty()) out += "    " + label + "\n";
  }
  return out;
}

}  // namespace claimgraph::report
