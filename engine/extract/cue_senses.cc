#include "extract/cue_senses.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/source_finder.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

template <std::size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 4> kCallForms = {"call", "calls", "called", "calling"};
constexpr std::array<std::string_view, 7> kObjectPronouns = {"me", "him", "her",     "them",
                                                             "us", "you", "everyone"};
// Words opening a content clause or quotation after a nominal cue ("his
// claims that", "the report: ...").
constexpr std::array<std::string_view, 6> kContentOpeners = {"that",    "to", ":",
                                                             "whether", "if", "about"};

// Words a sentence-internal token index may point at; past the sentence is "".
std::string_view WordAt(const BodyTokens& body, std::size_t i, std::size_t sentence_end) {
  return i < sentence_end ? std::string_view(body.tokens[i].lower) : std::string_view();
}

bool EndsClause(const BodyTokens& body, std::size_t i, std::size_t sentence_end) {
  if (i >= sentence_end) return true;
  const std::string_view w = body.tokens[i].lower;
  return body.tokens[i].type == TokenType::kPunct && (w == "." || w == "!" || w == "?" || w == ";");
}

bool OpensContent(const BodyTokens& body, std::size_t i, std::size_t sentence_end) {
  return i < sentence_end && (body.IsOpenQuote(i) || OneOf(body.tokens[i].lower, kContentOpeners));
}

// "a group called X", "a new Facebook group called X", "one called X": the
// participle follows a common noun introduced by an indefinite article, with
// no subject that could be calling anything. "A spokesman called" is kept
// (a source head before the verb).
bool CallNaming(const BodyTokens& body, std::size_t call, std::size_t sentence_begin) {
  // Nouns of things that get named, organisations among them ("a group
  // called X"), though "group" also heads sources ("the group called for").
  static constexpr std::array<std::string_view, 24> kNamedThings = {
      "group",      "company",    "firm",  "organization", "movement", "program",
      "project",    "website",    "site",  "account",      "book",     "show",
      "film",       "initiative", "party", "coalition",    "network",  "fund",
      "foundation", "event",      "class", "course",       "formula",  "video"};
  if (call == sentence_begin) return false;
  const text::Token& prev = body.tokens[call - 1];
  if (prev.lower == "so" || prev.lower.starts_with("so-")) return true;
  if (body.tokens[call].lower != "called" || prev.type != TokenType::kWord) return false;
  if (prev.lower == "one") return true;
  if (prev.capitalized || IsSubjectPronoun(prev.lower) || IsAuxiliary(prev.lower) ||
      IsPreCueAdverb(prev.lower) || IsRoleWord(prev.lower) || IsNpStopWord(prev.lower) ||
      IsDeterminer(prev.lower) || (IsSourceHead(prev.lower) && !OneOf(prev.lower, kNamedThings))) {
    return false;
  }
  const std::size_t stop = call >= sentence_begin + 5 ? call - 5 : sentence_begin;
  for (std::size_t k = call - 1; k-- > stop;) {
    const text::Token& t = body.tokens[k];
    if (t.lower == "a" || t.lower == "an") return true;
    if (t.type != TokenType::kWord || IsNpStopWord(t.lower) || IsAuxiliary(t.lower)) return false;
  }
  return false;
}

// "what he calls", "what Mr. Hedge called", "what is called": the call names
// a thing inside the writer's clause.
bool WhatTheyCall(const BodyTokens& body, std::size_t call, std::size_t sentence_begin) {
  const std::size_t stop = call >= sentence_begin + 5 ? call - 5 : sentence_begin;
  for (std::size_t k = call; k-- > stop;) {
    const text::Token& t = body.tokens[k];
    if (t.lower == "what") return true;
    if (t.type != TokenType::kWord) return false;
  }
  return false;
}

// "called Sanders to congratulate him", "called her after the vote",
// "Obama called Abedini.", "Eric Trump called.": a telephone call. The
// object is a pronoun or a capitalised name; what follows it is no naming
// complement (a quotation, a noun phrase, an adjective) but the clause's
// end, a purpose "to", a conjunction or a time adjunct.
bool CallPhone(const BodyTokens& body, std::size_t call, std::size_t sentence_end) {
  std::size_t i = call + 1;
  if (EndsClause(body, i, sentence_end)) return true;
  if (body.tokens[i].lower == "back") return true;
  if (OneOf(body.tokens[i].lower, kObjectPronouns)) {
    ++i;
  } else {
    const std::size_t name = i;
    while (i < sentence_end && i < name + 4 && body.tokens[i].type == TokenType::kWord &&
           body.tokens[i].capitalized) {
      ++i;
    }
    if (i == name) return false;
  }
  while (i < sentence_end && IsTimeWord(body.tokens[i].lower) && body.tokens[i].lower != "this") {
    ++i;
  }
  if (EndsClause(body, i, sentence_end)) return true;
  const std::string_view next = WordAt(body, i, sentence_end);
  static constexpr std::array<std::string_view, 11> kAfterPhone = {
      "to", "and", "after", "before", "shortly", "on", "back", "from", "during", "about", "at"};
  if (!OneOf(next, kAfterPhone)) return false;
  // "called him to task" is a rebuke, "called them on it" a challenge.
  const std::string_view then = WordAt(body, i + 1, sentence_end);
  return !(next == "to" && then == "task") && !(next == "on" && (then == "it" || then == "that"));
}

// The cue's first word among `forms`, or the cue's end.
template <std::size_t N>
std::size_t FindForm(const BodyTokens& body, TokenRange cue,
                     const std::array<std::string_view, N>& forms) {
  for (std::size_t k = cue.begin; k < cue.end; ++k) {
    if (OneOf(body.tokens[k].lower, forms)) return k;
  }
  return cue.end;
}

bool CueHasWord(const BodyTokens& body, TokenRange cue, std::string_view w) {
  for (std::size_t k = cue.begin; k < cue.end; ++k) {
    if (body.tokens[k].lower == w) return true;
  }
  return false;
}

bool CallSense(const BodyTokens& body, TokenRange cue, unsigned filters) {
  const std::size_t call = FindForm(body, cue, kCallForms);
  if (call == cue.end) return false;
  // "called for", "called on", "called out" are attributions.
  if (CueHasWord(body, {call + 1, cue.end}, "for") || CueHasWord(body, {call + 1, cue.end}, "on") ||
      CueHasWord(body, {call + 1, cue.end}, "out")) {
    return false;
  }
  const TokenRange sentence = body.sentences[body.sentence_of[call]].tokens;
  const std::string_view next = WordAt(body, call + 1, sentence.end);
  if (next == "for" || next == "on" || next == "upon" || next == "out") return false;
  if ((filters & kCallNaming) && CallNaming(body, call, sentence.begin)) return true;
  if ((filters & kWhatTheyCall) && WhatTheyCall(body, call, sentence.begin)) return true;
  return (filters & kCallPhone) && body.tokens[call].lower != "calling" &&
         CallPhone(body, call, sentence.end);
}

// A one-word cue that is also a noun, read as the noun: after a determiner
// ("the claims", "a show") or a show-business modifier ("TV show"), or
// followed by punctuation or "of" ("claims of fraud", "claims."), and in
// neither case followed by a content clause or quotation. "report(s)" is
// left out: "..., the Tribune reports." is the verb, and a widened cue
// ("issued a report") is a light-verb attribution.
bool NominalCue(const BodyTokens& body, TokenRange cue) {
  static constexpr std::array<std::string_view, 7> kNouns = {"claim",   "claims", "show", "shows",
                                                             "showing", "calls",  "call"};
  static constexpr std::array<std::string_view, 9> kShowModifiers = {
      "tv", "talk", "radio", "reality", "game", "television", "cable", "morning", "news"};
  if (cue.size() != 1) return false;
  const std::size_t noun = FindForm(body, cue, kNouns);
  if (noun == cue.end) return false;
  const TokenRange sentence = body.sentences[body.sentence_of[noun]].tokens;
  if (OpensContent(body, noun + 1, sentence.end)) return false;
  const std::string_view w = body.tokens[noun].lower;
  const std::string_view prev =
      noun > sentence.begin ? std::string_view(body.tokens[noun - 1].lower) : std::string_view();
  if (IsDeterminer(prev)) return true;
  if ((w == "show" || w == "shows") && OneOf(prev, kShowModifiers)) return true;
  if (w == "show" && WordAt(body, noun + 1, sentence.end) == "host") return true;
  if (w != "claims" && w != "calls") return false;
  const std::string_view next = WordAt(body, noun + 1, sentence.end);
  return next == "," || next == "of" || next == "in" || EndsClause(body, noun + 1, sentence.end);
}

// "appeared on Fox News", "appeared together", "appearing at a rally":
// being present, not seeming.
bool AppearPresent(const BodyTokens& body, TokenRange cue) {
  static constexpr std::array<std::string_view, 4> kForms = {"appear", "appears", "appeared",
                                                             "appearing"};
  static constexpr std::array<std::string_view, 10> kPlaces = {
      "on", "at", "in", "with", "before", "alongside", "together", "onstage", "live", "during"};
  const std::size_t verb = FindForm(body, cue, kForms);
  if (verb == cue.end) return false;
  const TokenRange sentence = body.sentences[body.sentence_of[verb]].tokens;
  return OneOf(WordAt(body, verb + 1, sentence.end), kPlaces);
}

// "according to reporting by", "the paper's reporting": the noun. "is
// reporting that" keeps its content clause.
bool ReportingNoun(const BodyTokens& body, TokenRange cue) {
  if (cue.size() != 1 || body.tokens[cue.begin].lower != "reporting") return false;
  const TokenRange sentence = body.sentences[body.sentence_of[cue.begin]].tokens;
  if (OpensContent(body, cue.begin + 1, sentence.end)) return false;
  return cue.begin == sentence.begin || !IsAuxiliary(body.tokens[cue.begin - 1].lower);
}

// A cue that is only a form of "know" ("you know,", "I know what"):
// PolNeAR annotates knowing about one time in ten.
bool KnowCue(const BodyTokens& body, TokenRange cue) {
  static constexpr std::array<std::string_view, 3> kForms = {"know", "knows", "knew"};
  for (std::size_t k = cue.begin; k < cue.end; ++k) {
    const std::string_view w = body.tokens[k].lower;
    if (!OneOf(w, kForms) && !IsSubjectPronoun(w) && w != "you" && !IsAuxiliary(w)) return false;
  }
  return FindForm(body, cue, kForms) != cue.end;
}

// "dismissing the official", "dismissed him": removing someone from office.
// Dismissing a claim ("dismissed reports that", "dismissed it as nonsense")
// or a person as something ("dismissed him as a liar", annotated on train)
// is an attribution.
bool DismissPerson(const BodyTokens& body, TokenRange cue) {
  static constexpr std::array<std::string_view, 4> kForms = {"dismiss", "dismisses", "dismissed",
                                                             "dismissing"};
  const std::size_t verb = FindForm(body, cue, kForms);
  if (verb == cue.end) return false;
  const TokenRange sentence = body.sentences[body.sentence_of[verb]].tokens;
  if (!StartsPersonObject(body, verb + 1, sentence.end)) return false;
  const TokenRange name = FindSourceRight(body, verb + 1, sentence.end);
  const std::size_t after = name.empty() ? verb + 2 : name.end;  // a pronoun
  return WordAt(body, after, sentence.end) != "as";
}

bool Inside(Span inner, Span outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end && inner.begin < inner.end;
}

}  // namespace

TokenRange TokensIn(const BodyTokens& body, Span span) {
  const auto& t = body.tokens;
  const auto first =
      std::lower_bound(t.begin(), t.end(), span.begin,
                       [](const text::Token& tok, std::size_t at) { return tok.span.begin < at; });
  TokenRange r{static_cast<std::size_t>(first - t.begin()), 0};
  r.end = r.begin;
  while (r.end < t.size() && t[r.end].span.end <= span.end) ++r.end;
  return r;
}

bool NonAttributiveCue(const BodyTokens& body, TokenRange cue, unsigned filters) {
  if (cue.empty() || cue.end > body.tokens.size()) return false;
  if ((filters & (kCallNaming | kCallPhone | kWhatTheyCall)) && CallSense(body, cue, filters)) {
    return true;
  }
  if ((filters & kNominalCue) && NominalCue(body, cue)) return true;
  if ((filters & kAppearPresent) && AppearPresent(body, cue)) return true;
  if ((filters & kReportingNoun) && ReportingNoun(body, cue)) return true;
  if ((filters & kDismissPerson) && DismissPerson(body, cue)) return true;
  return (filters & kKnow) && KnowCue(body, cue);
}

void TrimCuePrepositions(const BodyTokens& body, std::vector<Statement>* statements) {
  static constexpr std::array<std::string_view, 2> kPrepositions = {"of", "about"};
  static constexpr std::array<std::string_view, 4> kSay = {"said", "say", "says", "saying"};
  for (Statement& st : *statements) {
    const TokenRange cue = TokensIn(body, st.cue);
    if (cue.size() != 2 || !OneOf(body.tokens[cue.begin].lower, kSay) ||
        !OneOf(body.tokens[cue.end - 1].lower, kPrepositions)) {
      continue;
    }
    const std::size_t after = body.tokens[cue.end - 1].span.end;
    bool content_follows = false;
    for (const Span part : st.content) {
      const TokenRange r = TokensIn(body, part);
      content_follows = content_follows || (!r.empty() && r.begin == cue.end) ||
                        (part.begin >= after && part.begin <= after + 1);
    }
    if (!content_follows) st.cue.end = body.tokens[cue.end - 2].span.end;
  }
}

std::vector<char> NonAttributiveStatements(const BodyTokens& body,
                                           const std::vector<Statement>& statements,
                                           unsigned filters) {
  std::vector<char> out(statements.size(), 0);
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const TokenRange cue = TokensIn(body, statements[i].cue);
    if (cue.empty()) continue;
    if (NonAttributiveCue(body, cue, filters)) {
      out[i] = 1;
      continue;
    }
    if (!(filters & kNestedQuote) || !body.in_quote[cue.begin]) continue;
    for (std::size_t j = 0; j < statements.size() && !out[i]; ++j) {
      if (j == i) continue;
      for (const Span part : statements[j].content) {
        if (Inside(statements[i].cue, part)) out[i] = 1;
      }
    }
  }
  return out;
}

}  // namespace claimgraph::extract
