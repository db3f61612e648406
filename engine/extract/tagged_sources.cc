#include "extract/tagged_sources.h"

#include <string>
#include <string_view>

#include "extract/cue_lexicon.h"
#include "extract/source_finder.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

// An auxiliary, negation or adverb that may stand between a subject and its
// cue ("has repeatedly", "also", "did not").
bool IsChainWord(const text::Token& t) {
  if (t.type != TokenType::kWord) return false;
  const std::string& w = t.lower;
  return IsAuxiliary(w) || (w.ends_with("ly") && w.size() > 3) || w == "also" || w == "not" ||
         w == "n't" || w == "never";
}

// The first token of the chain of at most three chain words that ends right
// before `cue`, not reaching left of the sentence start `sb`.
std::size_t ChainStart(const BodyTokens& body, TokenRange cue, std::size_t sb) {
  std::size_t j = cue.begin;
  while (j > sb && j + 3 > cue.begin && IsChainWord(body.tokens[j - 1])) --j;
  return j;
}

std::size_t SentenceBegin(const BodyTokens& body, std::size_t token) {
  return body.sentences[body.sentence_of[token]].tokens.begin;
}

// "that" is a relative pronoun after a noun-like word that no cue reads
// ("the groups that"), not after a verb or cue ("said that", "argued that").
bool RelativeThat(const BodyTokens& body, std::size_t that, std::size_t sb) {
  if (that == sb) return false;
  const text::Token& prev = body.tokens[that - 1];
  if (prev.type != TokenType::kWord || CueLexicon::Instance().Lookup(prev.lower) != nullptr) {
    return false;
  }
  if (IsNpStopWord(prev.lower) || IsAuxiliary(prev.lower) || IsDeterminer(prev.lower)) {
    return false;
  }
  return !FindSourceLeft(body, that, sb).empty();
}

bool IsBeForm(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
         w == "being" || w == "'s" || w == "’s" || w == "'re" || w == "’re";
}

bool IsParticiple(std::string_view w) {
  static constexpr std::string_view kIrregular[] = {"known", "seen", "said",  "told",  "thought",
                                                    "held",  "made", "shown", "taken", "given"};
  if (w.size() > 3 && (w.ends_with("ed") || w.ends_with("en"))) return true;
  for (std::string_view k : kIrregular) {
    if (w == k) return true;
  }
  return false;
}

// "is expected", "was asked about", "has been widely criticised": a form
// of "be" then a participle in [from, to). The subject of a passive cue is
// what the act is about, not who speaks (PolNeAR marks none there).
bool PassiveIn(const BodyTokens& body, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (!IsBeForm(body.tokens[k].lower)) continue;
    std::size_t n = k + 1;
    while (n < to && body.tokens[n].lower.ends_with("ly")) ++n;
    if (n < to && IsParticiple(body.tokens[n].lower)) return true;
  }
  return false;
}

bool IsClauseWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "when", "while",   "if",     "because", "although", "though", "as",
      "than", "whether", "unless", "until",   "since",    "what",   "who",
      "whom", "which",   "that",   "where",   "why",      "how",    "once"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

TokenRange RelativePronounBefore(const BodyTokens& body, TokenRange cue) {
  if (cue.empty()) return {};
  const std::size_t sb = SentenceBegin(body, cue.begin);
  const std::size_t j = ChainStart(body, cue, sb);
  if (j == sb || PassiveIn(body, j, cue.end)) return {};
  const std::size_t k = j - 1;
  const std::string& w = body.tokens[k].lower;
  if (w == "who" || w == "which" || (w == "that" && RelativeThat(body, k, sb))) {
    return {k, k + 1};
  }
  return {};
}

TokenRange RelativeAntecedent(const BodyTokens& body, std::size_t pronoun) {
  const std::size_t sb = SentenceBegin(body, pronoun);
  std::size_t end = pronoun;
  if (end > sb && body.Is(end - 1, ",")) --end;
  return FindSourceLeft(body, end, sb);
}

TokenRange ClauseSubjectBefore(const BodyTokens& body, TokenRange cue) {
  if (cue.empty()) return {};
  const std::size_t sb = SentenceBegin(body, cue.begin);
  const std::size_t j = ChainStart(body, cue, sb);
  if (PassiveIn(body, j, cue.end)) return {};
  const TokenRange np = FindSourceLeft(body, j, sb);
  if (np.empty() || (np.size() == 1 && body.tokens[np.begin].lower == "who")) return {};
  if (np.begin == sb) return np;
  const std::string& before = body.tokens[np.begin - 1].lower;
  if (before == "," || before == "and" || before == "but" || before == "so" || before == "yet") {
    return np;
  }
  return {};
}

TokenRange WithoutClauseWord(const BodyTokens& body, TokenRange source) {
  while (source.size() > 1 && IsClauseWord(body.tokens[source.begin].lower)) ++source.begin;
  return source;
}

}  // namespace claimgraph::extract
