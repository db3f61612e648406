// Terminal renderers. Every user-derived string goes through OneLine(), so a
// statement can neither break the layout with newlines nor send terminal
// escape sequences.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/format_internal.h"
#include "report/report.h"

namespace claimgraph::report {
namespace {

using internal::ArticleLabel;
using internal::FormatScore;
using internal::OneLine;
using internal::PassiveVerb;
using internal::SpeakerName;

std::string Quoted(std::string_view text) { return "\"" + OneLine(text) + "\""; }

// "Speaker (Title, Outlet date)", without the parentheses when no article
// detail is known.
std::string Attribution(const StatementRecord& s) {
  std::string label = ArticleLabel(s);
  return SpeakerName(s) + (label.empty() ? "" : " (" + label + ")");
}

// "[rule, score 0.90]"
std::string RuleAndScore(const EdgeRecord& e) {
  return "[" + OneLine(e.rule) + ", score " + FormatScore(e.score) + "]";
}

std::string ClaimHeadline(std::int64_t id, std::string_view text) {
  return "#" + std::to_string(id) + " " + Quoted(text);
}

// " [accepted]" when the map knows the claim, else "".
std::string StatusTag(const graph::AcceptanceMap& acceptance, std::int64_t claim_id) {
  auto found = acceptance.find(claim_id);
  return found == acceptance.end() ? "" : std::string(" [") + ToString(found->second) + "]";
}

std::string Plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Distinct speakers in order of first appearance, "(narrative)" included.
std::string SpeakerList(const ClaimRecord& claim) {
  std::set<std::string> seen;
  std::string out;
  for (const StatementRecord& s : claim.statements) {
    std::string name = SpeakerName(s);
    if (!seen.insert(name).second) continue;
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out.empty() ? "(no statements)" : out;
}

void AppendStatementDetail(const StatementRecord& s, std::string* out) {
  *out += "  s" + std::to_string(s.id) + " " + Attribution(s) + "\n";
  std::string how = ToString(s.polarity);
  if (!s.cue.empty()) how = OneLine(s.cue) + "; " + how;
  how += std::string(", ") + ToString(s.kind);
  if (s.hedged) how += ", hedged";
  *out += "      [" + how + "] " + Quoted(s.content) + "\n";
  *out += "      in: " + Quoted(s.sentence) + "\n";
}

// The edge from `claim`'s point of view: "disputes #7 (s12 -> s40)" or
// "disputed by #9 (s55 -> s12)".
void AppendEdgeDetail(const ClaimRecord& claim, const EdgeRecord& e,
                      const std::map<std::int64_t, const StatementRecord*>& statement_by_id,
                      std::string* out) {
  bool outgoing = false;
  for (const StatementRecord& s : claim.statements) outgoing |= s.id == e.from_statement;
  std::int64_t other_id = outgoing ? e.to_statement : e.from_statement;
  auto other = statement_by_id.find(other_id);
  std::string verb = outgoing ? ToString(e.relation) : PassiveVerb(e.relation);
  std::string other_claim =
      other != statement_by_id.end() ? "#" + std::to_string(other->second->claim_id) : "?";
  *out += "  " + verb + " " + other_claim + " (s" + std::to_string(e.from_statement) + " -> s" +
          std::to_string(e.to_statement) + "): " + OneLine(e.reason) + " " + RuleAndScore(e) + "\n";
  if (other != statement_by_id.end()) {
    *out += "      " + Attribution(*other->second) + ": " + Quoted(other->second->sentence) + "\n";
  }
}

// Tree lines for the children of `parent_index`, depth first; `prefix` is
// the indentation of the parent's children.
void AppendTraceChildren(const std::vector<graph::TraceStep>& steps,
                         const std::vector<std::vector<std::size_t>>& children,
                         const std::map<std::int64_t, const ClaimRecord*>& claim_by_id,
                         std::size_t parent_index, const std::string& prefix, std::string* out) {
  const std::vector<std::size_t>& kids = children[parent_index];
  for (std::size_t k = 0; k < kids.size(); ++k) {
    const graph::TraceStep& step = steps[kids[k]];
    const bool last = k + 1 == kids.size();
    auto claim = claim_by_id.find(step.claim_id);
    std::string text = claim != claim_by_id.end() ? claim->second->text : "";
    std::string link = step.via_outgoing
                           ? std::string("─ ") + ToString(step.via.relation) + " ─> "
                           : std::string("─ <─ ") + PassiveVerb(step.via.relation) + " ─ ";
    // The rule that drew the edge, when known, so the tree says why.
    std::string why = step.via.rule.empty() ? "" : "  " + RuleAndScore(step.via);
    *out += prefix + (last ? "└" : "├") + link + ClaimHeadline(step.claim_id, text) + why + "\n";
    AppendTraceChildren(steps, children, claim_by_id, kids[k], prefix + (last ? "   " : "│  "),
                        out);
  }
}

}  // namespace

std::string DisputedText(const std::vector<DisputedClaim>& disputed,
                         const graph::AcceptanceMap& acceptance) {
  if (disputed.empty()) return "No disputed claims.\n";
  std::string out;
  for (std::size_t i = 0; i < disputed.size(); ++i) {
    const DisputedClaim& d = disputed[i];
    if (i > 0) out += "\n";
    out += std::to_string(i + 1) + ". " + ClaimHeadline(d.claim.id, d.claim.text) +
           StatusTag(acceptance, d.claim.id) + "\n";
    for (const StatementRecord& s : d.claim.statements) {
      const char* verb = s.polarity == Polarity::kDenied ? "denied by" : "asserted by";
      out += std::string("  ") + verb + " " + Attribution(s) + ": " + Quoted(s.sentence) + "\n";
    }
    if (static_cast<std::size_t>(d.statement_count) > d.claim.statements.size()) {
      out += "  ... and " +
             Plural(static_cast<std::size_t>(d.statement_count) - d.claim.statements.size(),
                    "more statement") +
             " of this claim (claimgraph show " + std::to_string(d.claim.id) + ")\n";
    }
    for (const DisputedClaim::Dispute& dispute : d.disputes) {
      out += std::string("  ") + PassiveVerb(dispute.edge.relation) + " " +
             Attribution(dispute.disputer) + ": " + Quoted(dispute.disputer.sentence) + "\n";
      out += "    why: " + OneLine(dispute.edge.reason) + " " + RuleAndScore(dispute.edge) + "\n";
    }
    const std::size_t listed = d.disputes.size();
    if (static_cast<std::size_t>(d.dispute_count) > listed) {
      out += "  ... and " + Plural(static_cast<std::size_t>(d.dispute_count) - listed, "more dispute") +
             " (claimgraph show " + std::to_string(d.claim.id) + ")\n";
    }
    out += "  " + Plural(static_cast<std::size_t>(d.distinct_disputers), "disputing speaker") +
           ", " + Plural(static_cast<std::size_t>(d.distinct_outlets), "outlet") + "\n";
  }
  return out;
}

std::string ClaimsText(const std::vector<ClaimRecord>& claims) {
  if (claims.empty()) return "No claims.\n";
  std::string out;
  for (const ClaimRecord& c : claims) {
    out += "#" + std::to_string(c.id) + " [" + Plural(c.statements.size(), "statement") + "] " +
           SpeakerList(c) + ": " + OneLine(c.text) + "\n";
  }
  return out;
}

std::string ClaimText(const ClaimRecord& claim, const std::vector<EdgeRecord>& edges,
                      const std::vector<StatementRecord>& related,
                      const graph::AcceptanceMap& acceptance) {
  std::map<std::int64_t, const StatementRecord*> statement_by_id;
  for (const StatementRecord& s : claim.statements) statement_by_id.emplace(s.id, &s);
  for (const StatementRecord& s : related) statement_by_id.emplace(s.id, &s);

  std::string out = "Claim " + ClaimHeadline(claim.id, claim.text) + "\n";
  auto status = acceptance.find(claim.id);
  if (status != acceptance.end()) {
    out += std::string("Status: ") + ToString(status->second) +
           " (grounded extension, disputes as attacks)\n";
  }
  out += "\n";
  out += "Statements (" + std::to_string(claim.statements.size()) + "):\n";
  for (const StatementRecord& s : claim.statements) AppendStatementDetail(s, &out);
  // Restatements grouped into the claim from other articles.
  std::set<std::int64_t> articles;
  std::set<std::string> outlets;
  for (const StatementRecord& s : claim.statements) {
    articles.insert(s.article_id);
    if (!s.article_source.empty()) outlets.insert(OneLine(s.article_source));
  }
  if (articles.size() > 1) {
    std::string names;
    for (const std::string& o : outlets) names += (names.empty() ? "" : ", ") + o;
    out += "  stated in " + Plural(articles.size(), "article") +
           (names.empty() ? "" : " (" + names + ")") + "\n";
  }
  out += "\nEdges (" + std::to_string(edges.size()) + "):\n";
  if (edges.empty()) out += "  none\n";
  for (const EdgeRecord& e : edges) AppendEdgeDetail(claim, e, statement_by_id, &out);
  return out;
}

std::string TraceText(const std::vector<graph::TraceStep>& steps,
                      const std::vector<ClaimRecord>& claims) {
  if (steps.empty()) return "No claims to trace.\n";
  std::map<std::int64_t, const ClaimRecord*> claim_by_id;
  for (const ClaimRecord& c : claims) claim_by_id.emplace(c.id, &c);
  std::map<std::int64_t, std::size_t> index_of_claim;
  std::vector<std::vector<std::size_t>> children(steps.size());
  for (std::size_t i = 0; i < steps.size(); ++i) {
    index_of_claim.emplace(steps[i].claim_id, i);
    if (i == 0) continue;
    // BFS order puts every parent before its children.
    auto parent = index_of_claim.find(steps[i].parent_claim_id);
    children[parent != index_of_claim.end() ? parent->second : 0].push_back(i);
  }
  auto root = claim_by_id.find(steps[0].claim_id);
  std::string out =
      ClaimHeadline(steps[0].claim_id, root != claim_by_id.end() ? root->second->text : "") + "\n";
  AppendTraceChildren(steps, children, claim_by_id, 0, "", &out);
  return out;
}

}  // namespace claimgraph::report
