// The within-article rules, one function each. Every rule skips narrative
// statements and pairs of statements by the same speaker.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "link/stop_words.h"
#include "link/within_article_internal.h"
#include "text/tokens.h"

namespace claimgraph::link::internal {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Denial versus assertion needs the smaller content mostly covered.
constexpr double kMinDenialOverlap = 0.5;
constexpr std::size_t kMinOpposedLemmas = 3;

// Cue lemmas that contest what another speaker said.
bool IsRebuttalCue(std::string_view cue) {
  static const WordSet kCues = {"dispute",
                                "deny",
                                "reject",
                                "refute",
                                "dismiss",
                                "contradict",
                                "question",
                                "challenge",
                                "rebut",
                                "contest",
                                "doubt",
                                "disagree",
                                "debunk",
                                "deride",
                                "push back",
                                "cast doubt",
                                "call into question"};
  return kCues.contains(cue) || kCues.contains(cue.substr(0, cue.find(' ')));
}

// Cue lemmas that turn down something another party wants.
bool IsRejectionCue(std::string_view cue) {
  static const WordSet kCues = {"reject", "refuse",    "dismiss", "rebuff",
                                "spurn",  "turn down", "decline"};
  return kCues.contains(cue);
}

bool Asserted(const StatementView& s) { return s.statement->polarity == Polarity::kAsserted; }

std::string CueText(const ArticleView& article, const StatementView& s, std::string_view fallback) {
  std::string_view cue = s.statement->cue.in(article.text);
  return std::string(cue.empty() ? fallback : cue);
}

// Rule 1 helper: the statement an anaphoric rebuttal refers to — of another
// speaker, in the same or previous sentence, before the anaphor; asserted
// statements win over denied ones, then the nearest wins.
const StatementView* Antecedent(const ArticleView& article, const StatementView& b) {
  const std::size_t anaphor_at = b.statement->content.front().begin;
  const StatementView* best = nullptr;
  for (const StatementView& a : article.statements) {
    if (a.narrative || a.analysis.anaphor || a.statement->content.empty()) continue;
    if (!DifferentSpeakers(a, b) || a.statement->content.back().end > anaphor_at) continue;
    if (!SameOrPreviousSentence(article.text, a, b)) continue;
    bool better = best == nullptr || (Asserted(a) && !Asserted(*best)) ||
                  (Asserted(a) == Asserted(*best) &&
                   a.statement->content.front().begin > best->statement->content.front().begin);
    if (better) best = &a;
  }
  return best;
}

// Rule 3 helper: the word index just past a refusal to yield ("won't back
// down", "will not give up", "insists on"), or 0 when there is none.
std::size_t RefusalToYieldEnd(const StatementView& b) {
  static const WordSet kYield = {"budge",   "yield", "relent", "cave",    "concede",   "compromise",
                                 "abandon", "drop",  "bow",    "retreat", "surrender", "waver"};
  static const WordSet kParticle = {"down", "up", "in", "away", "back"};
  static const WordSet kYieldWithParticle = {"back", "give", "step", "climb", "walk", "pull"};
  const std::vector<std::string>& lemmas = b.analysis.word_lemmas;
  bool negated = false;
  for (std::size_t i = 0; i < lemmas.size(); ++i) {
    if (IsNegator(b.analysis.words[i])) negated = true;
    if (lemmas[i] == "insist") return i + 1;
    if ((lemmas[i] == "stand" || lemmas[i] == "hold") && i + 1 < lemmas.size() &&
        lemmas[i + 1] == "firm") {
      return i + 2;
    }
    if (!negated) continue;
    if (kYield.contains(lemmas[i])) return i + 1;
    if (kYieldWithParticle.contains(lemmas[i]) && i + 1 < lemmas.size() &&
        kParticle.contains(lemmas[i + 1])) {
      return i + 2;
    }
  }
  return b.statement->cue_lemma == "insist" ? 1 : 0;
}

// Rule 3 helper: b's refusal is about what a rejected — an object pronoun
// after the refusal, or a content word of the rejected thing.
bool RefusalRefersTo(const StatementView& b, std::size_t after, const StatementView& a) {
  static const WordSet kObjects = {"those", "them", "these", "that", "this", "it"};
  for (std::size_t i = after; i < b.analysis.words.size(); ++i) {
    if (kObjects.contains(b.analysis.words[i])) return true;
  }
  return !Compare(a.analysis.lemmas, b.analysis.lemmas).shared.empty();
}

// Rule 4 helper: a contrast connective between the end of a and the start of b.
std::string ConnectiveBetween(const ArticleView& article, const StatementView& a,
                              const StatementView& b) {
  static const WordSet kConnectives = {"but",   "though",  "although", "however",
                                       "while", "whereas", "yet"};
  if (a.extent.empty() || b.extent.empty() || a.extent.end > b.extent.begin) return "";
  for (const text::Token& token :
       text::Tokenize(article.text, Span{a.extent.end, b.extent.begin})) {
    if (kConnectives.contains(token.lower)) return token.lower;
  }
  return "";
}

// Two independent statements of different speakers with contents to compare.
// Overlapping contents come from nested attributions ("A said B reported
// that X") and are one piece of evidence, not two.
bool Comparable(const StatementView& a, const StatementView& b) {
  return !a.narrative && !b.narrative && !a.analysis.anaphor && !b.analysis.anaphor &&
         DifferentSpeakers(a, b) && !ContentsOverlap(*a.statement, *b.statement);
}

// Rules 2 and 4: comparable statements opposed on a predicate, each with
// enough content to be a proposition rather than a bare noun phrase.
std::optional<Opposition> Opposed(const StatementView& a, const StatementView& b) {
  if (!Comparable(a, b) || a.analysis.core.size() < kMinOpposedLemmas ||
      b.analysis.core.size() < kMinOpposedLemmas) {
    return std::nullopt;
  }
  return FindOpposition(a.analysis, a.statement->polarity == Polarity::kDenied, b.analysis,
                        b.statement->polarity == Polarity::kDenied);
}

bool Denied(const StatementView& s) { return s.statement->polarity == Polarity::kDenied; }

}  // namespace

void AddAnaphoricRebuttals(const ArticleView& article, EdgeSet* edges) {
  for (const StatementView& b : article.statements) {
    if (b.narrative || !b.analysis.anaphor || !IsRebuttalCue(b.statement->cue_lemma)) continue;
    const StatementView* a = Antecedent(article, b);
    if (a == nullptr) continue;
    std::string reason = Sentence(b.speaker + " " + CueText(article, b, "disputed") + " " +
                                  Quote(b.content) + ", referring back to " +
                                  Possessive(a->speaker) + " statement " + Quote(a->content) + ".");
    edges->Add(Edge{b.index, a->index, Relation::kDisputes, "anaphoric-rebuttal", std::move(reason),
                    Asserted(*a) ? 0.9 : 0.6});
  }
}

void AddStandoffs(const ArticleView& article, EdgeSet* edges) {
  for (const StatementView& a : article.statements) {
    if (a.narrative || a.analysis.anaphor || a.analysis.lemmas.empty() ||
        !IsRejectionCue(a.statement->cue_lemma)) {
      continue;
    }
    for (const StatementView& b : article.statements) {
      if (b.narrative || !DifferentSpeakers(a, b) || b.extent.begin < a.extent.end) continue;
      if (!SameOrPreviousSentence(article.text, a, b)) continue;
      std::size_t after = RefusalToYieldEnd(b);
      if (after == 0 || !RefusalRefersTo(b, after, a)) continue;
      std::string reason = Sentence(
          a.speaker + " " + CueText(article, a, "rejected") + " " + Quote(a.content) + ", and " +
          b.speaker + " will not yield on it (" + Quote(b.content) + "): each disputes the other.");
      edges->Add(Edge{b.index, a.index, Relation::kDisputes, "standoff", reason, 0.8});
      edges->Add(Edge{a.index, b.index, Relation::kDisputes, "standoff", reason, 0.8});
      break;
    }
  }
}

void AddDenialsOfAssertions(const ArticleView& article, EdgeSet* edges) {
  const auto& all = article.statements;
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      // Without a connective to mark the answer, one side must be an explicit
      // denial (deny/reject/dispute cue): negation inside a content alone ("it
      // was not the only time chlorine was used") has scopes a clause-level
      // analysis misreads, and on news text it drew more false disputes than
      // true ones.
      if (!Denied(all[i]) && !Denied(all[j])) continue;
      std::optional<Opposition> opposition = Opposed(all[i], all[j]);
      if (!opposition || edges->Connected(i, j)) continue;
      const StatementView& p = opposition->first_positive ? all[i] : all[j];
      const StatementView& d = opposition->first_positive ? all[j] : all[i];
      Overlap overlap = Compare(p.analysis.core, d.analysis.core);
      if (overlap.coefficient < kMinDenialOverlap) continue;
      std::string what = d.statement->polarity == Polarity::kDenied ? "denial" : "statement";
      std::string reason =
          Sentence("What " + p.speaker + " said, " + Quote(p.content) + ", contradicts " +
                   Possessive(d.speaker) + " " + what + " " + Quote(d.content) +
                   " (shared: " + JoinLemmas(overlap.shared) + ").");
      edges->Add(Edge{p.index, d.index, Relation::kDisputes, "denial-vs-assertion",
                      std::move(reason), overlap.coefficient});
    }
  }
}

void AddContrasts(const ArticleView& article, EdgeSet* edges) {
  for (const StatementView& a : article.statements) {
    for (const StatementView& b : article.statements) {
      if (edges->Connected(a.index, b.index) || !SameOrPreviousSentence(article.text, a, b)) {
        continue;
      }
      std::string connective = ConnectiveBetween(article, a, b);
      if (connective.empty()) continue;
      std::optional<Opposition> opposition = Opposed(a, b);
      if (!opposition) continue;
      std::string reason = "Across \"" + connective + "\", " + Possessive(b.speaker) + " " +
                           Quote(b.content) + " contradicts " + Possessive(a.speaker) + " " +
                           Quote(a.content) + " on \"" + opposition->predicate + "\".";
      edges->Add(Edge{b.index, a.index, Relation::kDisputes, "contrast-connective",
                      std::move(reason), 0.6});
    }
  }
}

void AddRestatements(const ArticleView& article, EdgeSet* edges) {
  for (const StatementView& a : article.statements) {
    for (const StatementView& b : article.statements) {
      if (b.index <= a.index || a.negative != b.negative || !Comparable(a, b) ||
          edges->Connected(a.index, b.index)) {
        continue;
      }
      Overlap overlap = Compare(a.analysis.core, b.analysis.core);
      if (!overlap.shares_predicate || overlap.shared.size() < 3 || overlap.jaccard < 0.6) {
        continue;
      }
      std::string reason = Sentence(Possessive(b.speaker) + " " + Quote(b.content) + " restates " +
                                    Possessive(a.speaker) + " " + Quote(a.content) + ".");
      edges->Add(Edge{b.index, a.index, Relation::kSupports, "within-article-restatement",
                      std::move(reason), overlap.jaccard});
    }
  }
}

}  // namespace claimgraph::link::internal
