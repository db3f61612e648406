// RelateAcrossArticles: a new statement against earlier statements found by
// the proposition key or the retrieval index. Each pair is labelled by
// ClassifyPair (relation.h); this file turns labels into edges, a claim to
// join, and reasons a reader understands.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "link/linker.h"
#include "link/proposition.h"
#include "link/relation.h"
#include "link/within_article_internal.h"

namespace claimgraph::link {
namespace {

// Cross-article judgements rest on words alone, so they score below the
// within-article rules; ClassifyPair's confidence is scaled into this cap.
constexpr double kCrossArticleScore = 0.8;

// The outlet's own voice (narrative) is matched only on propositions with at
// least this many content lemmas: two-lemma narrative keys ("we want to hear
// from you") are page chrome and stock phrases far more often than claims.
constexpr std::size_t kMinNarrativeLemmas = 3;

std::string SpeakerOf(std::string_view text, const Statement& s) {
  if (s.kind == StatementKind::kNarrative) return "";
  return !s.speaker.empty() ? s.speaker : std::string(s.source.in(text));
}

std::string Who(const std::string& speaker) { return speaker.empty() ? "the outlet" : speaker; }

// "(Eastern Daily, 2022-02-16)": where the earlier statement appeared.
std::string WhereAndWhen(const Candidate& c) {
  std::string date = c.published.substr(0, 10);
  std::string where = c.outlet;
  if (!date.empty()) where += (where.empty() ? "" : ", ") + date;
  return where.empty() ? "in another article" : "(" + where + ")";
}

std::string Reason(const std::string& speaker, const std::string& content, const Candidate& c,
                   PairRelation relation, const std::string& signal) {
  const std::string verb = relation == PairRelation::kContradicts ? " contradicts " : " restates ";
  std::string reason = internal::Possessive(Who(speaker)) + " " + internal::Quote(content) + verb +
                       internal::Possessive(Who(c.speaker)) + " " + internal::Quote(c.content) +
                       " " + WhereAndWhen(c);
  if (!signal.empty()) reason += ": " + signal;
  return internal::Sentence(reason + ".");
}

// Pairs never linked by an edge: short propositions in the outlets' own voice.
bool Skip(const std::string& speaker, const Candidate& c, std::size_t lemmas) {
  if ((speaker.empty() || c.speaker.empty()) && lemmas < kMinNarrativeLemmas) return true;
  return false;
}

struct Best {
  const Candidate* candidate = nullptr;
  PairJudgement judgement;
};

}  // namespace

NormalisedContent NormaliseCandidate(const Candidate& c) {
  NormalisedContent stored;
  if (!c.normalised.empty() && DecodeNormalised(c.normalised, &stored)) return stored;
  return Normalise(c.content, {Span{0, c.content.size()}}, c.polarity, c.hedged);
}

CrossArticleResult RelateAcrossArticles(std::string_view text,
                                        const std::vector<Statement>& statements,
                                        std::size_t index,
                                        const std::vector<Candidate>& candidates) {
  if (index >= statements.size()) return {};
  const Statement& statement = statements[index];
  return RelateNormalised(
      text, statement, index,
      Normalise(text, statement.content, statement.polarity, statement.hedged), candidates);
}

CrossArticleResult RelateNormalised(std::string_view text, const Statement& statement,
                                    std::size_t index, const NormalisedContent& mine,
                                    const std::vector<Candidate>& candidates) {
  CrossArticleResult result;
  if (mine.analysis.lemmas.size() < 2 || mine.analysis.anaphor) return result;
  const std::string speaker = SpeakerOf(text, statement);
  const std::string content = statement.ContentText(text);

  // Best candidate per (earlier claim, relation); claim 0 (unknown) keys by
  // statement so that such candidates never merge.
  std::map<std::pair<std::int64_t, PairRelation>, Best> best;
  Best join;
  for (const Candidate& c : candidates) {
    // The outlets' own voice on both sides is never linked nor grouped: page
    // chrome and stock phrases. Checked before the (costly) analysis.
    if (speaker.empty() && c.speaker.empty()) continue;
    const NormalisedContent theirs = NormaliseCandidate(c);
    PairJudgement j = ClassifyPair(ComputePairFeatures(mine, theirs, c.retrieval_score));
    if (j.relation == PairRelation::kSameClaim && c.claim_id != 0 &&
        (join.candidate == nullptr || j.score > join.judgement.score)) {
      join = {&c, j};
    }
    if (j.relation != PairRelation::kSameClaim && j.relation != PairRelation::kContradicts) continue;
    if (Skip(speaker, c, mine.analysis.lemmas.size())) continue;
    if (internal::SameSpeakerName(speaker, c.speaker)) continue;
    const std::int64_t group = c.claim_id != 0 ? c.claim_id : -c.statement_id;
    Best& slot = best[{group, j.relation}];
    if (slot.candidate == nullptr || j.score > slot.judgement.score) slot = {&c, j};
  }
  if (join.candidate != nullptr) result.join_claim = join.candidate->claim_id;
  for (const auto& [key, b] : best) {
    const bool disputes = b.judgement.relation == PairRelation::kContradicts;
    const bool same = b.judgement.relation == PairRelation::kSameClaim;
    result.links.push_back(CrossLink{
        index, b.candidate->statement_id, disputes ? Relation::kDisputes : Relation::kSupports,
        same ? "cross-article-restatement" : "cross-article-contradiction",
        Reason(speaker, content, *b.candidate, b.judgement.relation,
               same ? "" : b.judgement.signal),
        kCrossArticleScore * b.judgement.score});
  }
  // Input order of candidates (newest or best first) decides the edge order.
  std::map<std::int64_t, std::size_t> rank;
  for (std::size_t i = 0; i < candidates.size(); ++i) rank.emplace(candidates[i].statement_id, i);
  std::stable_sort(result.links.begin(), result.links.end(),
                   [&](const CrossLink& a, const CrossLink& b) {
                     return rank[a.to_statement] < rank[b.to_statement];
                   });
  return result;
}

std::vector<CrossLink> LinkAcrossArticles(std::string_view text,
                                          const std::vector<Statement>& statements,
                                          std::size_t index,
                                          const std::vector<Candidate>& candidates) {
  return RelateAcrossArticles(text, statements, index, candidates).links;
}

}  // namespace claimgraph::link
