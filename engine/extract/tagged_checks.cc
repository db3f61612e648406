#include "extract/tagged_checks.h"

#include <algorithm>

#include "extract/word_classes.h"

namespace claimgraph::extract {

using text::TokenType;

MidSentenceCapitals FindMidSentenceCapitals(const BodyTokens& body) {
  MidSentenceCapitals out;
  for (const SentenceRef& sentence : body.sentences) {
    for (std::size_t k = sentence.tokens.begin + 1; k < sentence.tokens.end; ++k) {
      const text::Token& t = body.tokens[k];
      if (t.type == TokenType::kWord && t.capitalized && !body.IsOpenQuote(k - 1)) {
        out.insert(t.lower);
      }
    }
  }
  return out;
}

bool PlausibleSource(const BodyTokens& body, TokenRange source,
                     const MidSentenceCapitals& capitals) {
  const std::string& last = body.tokens[source.end - 1].lower;
  if (body.tokens[source.end - 1].type != TokenType::kWord || IsAuxiliary(last) ||
      IsCommonVerb(last) || IsDeterminer(last) || IsNpStopWord(last)) {
    return false;
  }
  for (std::size_t k = source.begin; k < source.end; ++k) {
    const text::Token& t = body.tokens[k];
    if (t.type != TokenType::kWord) continue;
    const bool sentence_initial = k == body.sentences[body.sentence_of[k]].tokens.begin;
    if ((t.capitalized && (!sentence_initial || capitals.contains(t.lower))) ||
        IsSubjectPronoun(t.lower) || IsSourceHead(t.lower) || IsRoleWord(t.lower)) {
      return true;
    }
  }
  return false;
}

bool CrossesRelativePronoun(const BodyTokens& body, TokenRange tagged, Span rule_source) {
  for (std::size_t k = tagged.begin; k + 1 < tagged.end; ++k) {
    const std::string& w = body.tokens[k].lower;
    if ((w == "that" || w == "which") && body.tokens[k].span.end <= rule_source.begin &&
        body.tokens[k + 1].span.begin >= rule_source.begin) {
      return true;
    }
  }
  return false;
}

bool HypotheticalCue(const BodyTokens& body, TokenRange cue) {
  const std::size_t first = body.sentences[body.sentence_of[cue.begin]].tokens.begin;
  for (std::size_t k = std::max(first + 2, cue.begin) - 2; k < cue.end; ++k) {
    if (k >= first && IsModal(body.tokens[k].lower)) return true;
  }
  return false;
}

std::string CueHeadWord(const BodyTokens& body, TokenRange cue) {
  std::string head;
  for (std::size_t k = cue.begin; k < cue.end; ++k) {
    const std::string& w = body.tokens[k].lower;
    if (body.tokens[k].type == TokenType::kWord && !IsAuxiliary(w) && !IsDeterminer(w) &&
        !IsNpStopWord(w)) {
      head = w;
    }
  }
  return head.empty() ? body.tokens[cue.begin].lower : head;
}

}  // namespace claimgraph::extract
