#include "extract/cue_bounds.h"

#include <algorithm>
#include <array>
#include <functional>
#include <string_view>

#include "extract/cue_senses.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

// A word that belongs to the chain between a subject and its verb. "'s"
// is left out: after a name it is far more often a possessive than "has".
bool ChainWord(const text::Token& t) {
  if (t.type != text::TokenType::kWord) return false;
  if (t.lower == "'s" || t.lower == "\xE2\x80\x99s") return false;
  return IsAuxiliary(t.lower) || IsPreCueAdverb(t.lower);
}

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 4> kDayParts = {"morning", "afternoon", "evening", "night"};

template <std::size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Calls widen(cue, blocked) for each statement with a cue, with blocked
// marking that statement's own source and content tokens, and stores the
// cue it returns.
void WidenEachCue(const BodyTokens& body, std::vector<Statement>* statements,
                  const std::function<TokenRange(TokenRange, const std::vector<char>&)>& widen) {
  std::vector<char> blocked(body.tokens.size(), 0);
  for (Statement& st : *statements) {
    const TokenRange cue = TokensIn(body, st.cue);
    if (cue.empty()) continue;
    auto block = [&](Span span, char value) {
      const TokenRange r = TokensIn(body, span);
      for (std::size_t k = r.begin; k < r.end; ++k) blocked[k] = value;
    };
    block(st.source, 1);
    for (const Span& part : st.content) block(part, 1);
    const TokenRange wide = widen(cue, blocked);
    if (wide.begin != cue.begin || wide.end != cue.end) st.cue = body.ToSpan(wide);
    block(st.source, 0);
    for (const Span& part : st.content) block(part, 0);
  }
}

}  // namespace

std::size_t ChainStart(const BodyTokens& body, TokenRange cue, const std::vector<char>& blocked) {
  if (cue.empty() || cue.begin >= body.tokens.size()) return cue.begin;
  const std::size_t sentence_begin = body.sentences[body.sentence_of[cue.begin]].tokens.begin;
  std::size_t k = cue.begin;
  while (k > sentence_begin && !blocked[k - 1] && ChainWord(body.tokens[k - 1])) --k;
  return k;
}

void WidenCuesOverChains(const BodyTokens& body, std::vector<Statement>* statements) {
  WidenEachCue(body, statements, [&](TokenRange cue, const std::vector<char>& blocked) {
    return TokenRange{ChainStart(body, cue, blocked), cue.end};
  });
}

std::size_t WeekdayEnd(const BodyTokens& body, TokenRange cue, const std::vector<char>& blocked) {
  if (cue.empty() || cue.end >= body.tokens.size()) return cue.end;
  const std::size_t sentence_end = body.sentences[body.sentence_of[cue.end - 1]].tokens.end;
  std::size_t k = cue.end;
  if (k >= sentence_end || blocked[k] || !body.tokens[k].capitalized ||
      !OneOf(body.tokens[k].lower, kWeekdays)) {
    return cue.end;
  }
  ++k;
  if (k < sentence_end && !blocked[k] && OneOf(body.tokens[k].lower, kDayParts)) ++k;
  return k;
}

void WidenCuesOverWeekdays(const BodyTokens& body, std::vector<Statement>* statements) {
  WidenEachCue(body, statements, [&](TokenRange cue, const std::vector<char>& blocked) {
    return TokenRange{cue.begin, WeekdayEnd(body, cue, blocked)};
  });
}

void TrimLeadingSubjects(const BodyTokens& body, std::vector<Statement>* statements) {
  for (Statement& st : *statements) {
    const TokenRange cue = TokensIn(body, st.cue);
    if (cue.size() < 2 || !IsSubjectPronoun(body.tokens[cue.begin].lower)) continue;
    st.cue = body.ToSpan(TokenRange{cue.begin + 1, cue.end});
  }
}

}  // namespace claimgraph::extract
