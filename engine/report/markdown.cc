// Markdown report. Every user-derived string goes through EscapeMarkdown(),
// so article text can never open a link, an HTML tag or a new block; the
// structure (headings, lists, quotes) comes only from this file.
#include <string>
#include <vector>

#include "report/format_internal.h"
#include "report/report.h"

namespace claimgraph::report {
namespace {

using internal::ArticleLabel;
using internal::EscapeMarkdown;
using internal::FormatScore;
using internal::OneLine;
using internal::PassiveVerb;
using internal::SpeakerName;

std::string Count(const char* label, std::int64_t n) {
  return std::string("- ") + label + ": " + std::to_string(n) + "\n";
}

// "**Speaker** — *Title*, Outlet, 2024-03-01"
std::string Who(const StatementRecord& s) {
  std::string out = "**" + EscapeMarkdown(SpeakerName(s)) + "**";
  std::string title = OneLine(s.article_title);
  std::string outlet = OneLine(s.article_source);
  std::string date = internal::DatePart(s.article_published);
  if (!title.empty()) out += " — *" + EscapeMarkdown(title) + "*";
  if (!outlet.empty()) out += ", " + EscapeMarkdown(outlet);
  if (!date.empty()) out += ", " + EscapeMarkdown(date);
  return out;
}

// A list item naming the speaker and article, then the sentence quoted
// beneath it (indented into the item).
void AppendEvidence(const StatementRecord& s, std::string* out) {
  *out += "- " + Who(s) + "\n\n";
  *out += "  > " + EscapeMarkdown(s.sentence) + "\n\n";
}

// " (accepted)" when the claim's acceptance is known.
std::string StatusSuffix(const graph::AcceptanceMap& acceptance, std::int64_t claim_id) {
  auto found = acceptance.find(claim_id);
  return found == acceptance.end() ? "" : std::string(" (") + ToString(found->second) + ")";
}

std::string ClaimTextOf(const ReportData& data, std::int64_t id) {
  auto found = data.claim_records.find(id);
  return found != data.claim_records.end() ? EscapeMarkdown(found->second.text) : "";
}

void AppendControversy(const ReportData& data, const graph::Controversy& c, std::string* out) {
  *out += "### Controversy " + std::to_string(c.id) + " (rank " + std::to_string(c.rank) + ")\n\n";
  *out += std::to_string(c.claim_ids.size()) + " claims, " + std::to_string(c.disputes) +
          " disputes, " + std::to_string(c.supports) + " supports; disputed from " +
          std::to_string(c.distinct_outlets) + " outlet(s) by " +
          std::to_string(c.distinct_disputers) + " speaker(s).\n\n";
  for (int side = 0; side < 2; ++side) {
    std::string speakers;
    for (const std::string& name : c.camps[side].speakers) {
      speakers += (speakers.empty() ? "" : ", ") + EscapeMarkdown(name);
    }
    *out += std::string("**Side ") + (side == 0 ? "A" : "B") + "**: " +
            (speakers.empty() ? "(no speakers)" : speakers) + "\n\n";
    for (std::int64_t id : c.camps[side].claim_ids) {
      *out += "- #" + std::to_string(id) + " " + ClaimTextOf(data, id) + StatusSuffix(data.acceptance, id) +
              "\n";
    }
    *out += "\n";
  }
  if (!c.clean_split()) {
    std::string ids;
    for (std::int64_t id : c.conflict_edge_ids) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
    *out += "No clean split into two sides: edge(s) " + ids + " contradict it.\n\n";
  }
  auto timeline = data.timelines.find(c.id);
  if (timeline == data.timelines.end()) return;
  *out += "**Timeline**\n\n";
  for (const graph::TimelineEntry& entry : timeline->second) {
    const StatementRecord& s = entry.statement;
    std::string date = internal::DatePart(s.article_published);
    *out += "- " + (date.empty() ? std::string("undated") : EscapeMarkdown(date)) + " — " +
            ToString(entry.role) + " (claim " + std::to_string(s.claim_id) + "): " + Who(s) +
            "\n\n  > " + EscapeMarkdown(s.sentence) + "\n\n";
  }
}

void AppendDisputedClaim(std::size_t number, const DisputedClaim& d,
                         const graph::AcceptanceMap& acceptance, std::string* out) {
  *out += "### " + std::to_string(number) + ". Claim " + std::to_string(d.claim.id) +
          StatusSuffix(acceptance, d.claim.id) + "\n\n";
  *out += "> **" + EscapeMarkdown(d.claim.text) + "**\n\n";
  *out += "**Asserted by**\n\n";
  for (const StatementRecord& s : d.claim.statements) {
    AppendEvidence(s, out);
    if (s.polarity == Polarity::kDenied) *out += "  (denies it)\n\n";
  }
  std::string disputers = "**Disputed by** (" + std::to_string(d.distinct_disputers) + " speaker" +
                          (d.distinct_disputers == 1 ? "" : "s") + ", " +
                          std::to_string(d.distinct_outlets) + " outlet" +
                          (d.distinct_outlets == 1 ? "" : "s") + ")\n\n";
  *out += disputers;
  for (const DisputedClaim::Dispute& dispute : d.disputes) {
    AppendEvidence(dispute.disputer, out);
    std::string how = dispute.edge.relation == Relation::kDisputes
                          ? ""
                          : std::string(" (") + PassiveVerb(dispute.edge.relation) + ")";
    *out += "  *Why:* " + EscapeMarkdown(dispute.edge.reason) + how + " — rule " +
            EscapeMarkdown(dispute.edge.rule) + ", score " + FormatScore(dispute.edge.score) +
            "\n\n";
  }
}

void AppendSpeaker(const ReportData::SpeakerSection& section, std::string* out) {
  std::string name = OneLine(section.speaker.name);
  *out += "### " + EscapeMarkdown(name.empty() ? "(narrative)" : name) + "\n\n";
  std::string aliases;
  for (const std::string& alias : section.speaker.aliases) {
    if (OneLine(alias).empty() || OneLine(alias) == name) continue;
    aliases += (aliases.empty() ? "" : ", ") + EscapeMarkdown(alias);
  }
  if (!aliases.empty()) *out += "Also written as: " + aliases + "\n\n";
  if (section.statements.empty()) {
    *out += "No statements.\n\n";
    return;
  }
  for (const StatementRecord& s : section.statements) {
    const char* verb = s.polarity == Polarity::kDenied ? "Denied" : "Asserted";
    *out += std::string("- ") + verb + ": “" + EscapeMarkdown(s.content) + "”";
    std::string label = ArticleLabel(s);
    if (!label.empty()) *out += " — " + EscapeMarkdown(label);
    *out += s.hedged ? " (hedged)\n" : "\n";
  }
  *out += "\n";
}

}  // namespace

std::string RenderMarkdown(const ReportData& data) {
  std::string out = "# Claim graph report\n\n## Summary\n\n";
  out += Count("Articles", data.articles);
  out += Count("Statements", data.statements);
  out += Count("Claims", data.claims);
  out += Count("Support and dispute edges", data.edges);
  out += Count("Disputed claims", data.coverage.complete
                                      ? static_cast<std::int64_t>(data.disputed.size())
                                      : data.coverage.disputed_total);
  if (!data.coverage.complete) out += "\n" + CoverageNote(data) + "\n";
  if (!data.acceptance.empty()) {
    out += Count("Controversies", static_cast<std::int64_t>(data.controversies.size()));
    out += "\n## Controversies\n\n";
    if (!data.since.empty()) out += "Only those with statements since " + EscapeMarkdown(data.since) + ".\n\n";
    if (data.controversies.empty()) out += "No controversies were found.\n\n";
    for (const graph::Controversy& c : data.controversies) AppendControversy(data, c, &out);
  }
  out += "\n## Disputed claims\n\n";
  if (data.disputed.empty()) out += "No disputed claims were found.\n\n";
  for (std::size_t i = 0; i < data.disputed.size(); ++i) {
    AppendDisputedClaim(i + 1, data.disputed[i], data.acceptance, &out);
  }
  out += "## Speakers\n\n";
  if (data.speakers.empty()) out += "No attributed statements were found.\n\n";
  for (const ReportData::SpeakerSection& section : data.speakers) AppendSpeaker(section, &out);
  // Exactly one trailing newline.
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') {
    out.pop_back();
  }
  return out;
}

}  // namespace claimgraph::report
