// LinkAcrossArticles: a new statement against earlier statements that share
// its proposition key.
#include <string>
#include <string_view>
#include <vector>

#include "link/linker.h"
#include "link/proposition.h"
#include "link/within_article_internal.h"

namespace claimgraph::link {
namespace {

// Identical proposition keys say nothing about who does what to whom, so a
// cross-article link is less certain than a within-article one.
constexpr double kCrossArticleScore = 0.8;

// The outlet's own voice (narrative) is matched only on propositions with at
// least this many content lemmas: two-lemma narrative keys ("we want to hear
// from you") are page chrome and stock phrases far more often than claims.
constexpr std::size_t kMinNarrativeLemmas = 3;

std::string SpeakerOf(std::string_view text, const Statement& s) {
  if (s.kind == StatementKind::kNarrative) return "";
  return !s.speaker.empty() ? s.speaker : std::string(s.source.in(text));
}

// Claim polarity of a stored statement, from its polarity and content text.
bool CandidateNegative(const Candidate& candidate) {
  ContentAnalysis analysis = AnalyzeContent(candidate.content, {Span{0, candidate.content.size()}});
  return (candidate.polarity == Polarity::kDenied) != analysis.negated;
}

std::string Who(const std::string& speaker) { return speaker.empty() ? "the outlet" : speaker; }

}  // namespace

std::vector<CrossLink> LinkAcrossArticles(std::string_view text,
                                          const std::vector<Statement>& statements,
                                          std::size_t index,
                                          const std::vector<Candidate>& candidates) {
  std::vector<CrossLink> links;
  if (index >= statements.size()) return links;
  const Statement& statement = statements[index];
  ContentAnalysis analysis = AnalyzeContent(text, statement.content);
  if (analysis.lemmas.size() < 2) return links;
  const bool negative = (statement.polarity == Polarity::kDenied) != analysis.negated;
  const std::string speaker = SpeakerOf(text, statement);
  const std::string content = statement.ContentText(text);
  for (const Candidate& candidate : candidates) {
    if (speaker.empty() && candidate.speaker.empty()) continue;  // the outlets' own voice
    if ((speaker.empty() || candidate.speaker.empty()) &&
        analysis.lemmas.size() < kMinNarrativeLemmas) {
      continue;
    }
    if (internal::SameSpeakerName(speaker, candidate.speaker)) continue;
    bool same = negative == CandidateNegative(candidate);
    std::string reason = internal::Sentence(
        internal::Possessive(Who(speaker)) + " " + internal::Quote(content) +
        (same ? " restates what " : " contradicts what ") + Who(candidate.speaker) +
        " said in another article: " + internal::Quote(candidate.content) + ".");
    links.push_back(CrossLink{index, candidate.statement_id,
                              same ? Relation::kSupports : Relation::kDisputes,
                              same ? "cross-article-restatement" : "cross-article-contradiction",
                              std::move(reason), kCrossArticleScore});
  }
  return links;
}

}  // namespace claimgraph::link
