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

void AppendDisputedClaim(std::size_t number, const DisputedClaim& d, std::string* out) {
  *out += "### " + std::to_string(number) + ". Claim " + std::to_string(d.claim.id) + "\n\n";
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
  out += Count("Disputed claims", static_cast<std::int64_t>(data.disputed.size()));
  out += "\n## Disputed claims\n\n";
  if (data.disputed.empty()) out += "No disputed claims were found.\n\n";
  for (std::size_t i = 0; i < data.disputed.size(); ++i) {
    AppendDisputedClaim(i + 1, data.disputed[i], &out);
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
