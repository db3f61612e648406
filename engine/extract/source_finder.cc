#include "extract/source_finder.h"

#include <algorithm>
#include <string_view>

#include "extract/cue_lexicon.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

bool IsNumberWord(const text::Token& t) { return t.type == TokenType::kNumber; }

// Adjectives by suffix: "presidential", "Russian"-like lower-case forms,
// "Japanese", "diplomatic", "military".
bool LooksAdjective(std::string_view w) {
  if (w.size() < 5) return false;
  for (std::string_view suffix : {"al", "ian", "ese", "ish", "ic", "ary", "ern", "ean"}) {
    if (w.ends_with(suffix)) return true;
  }
  return false;
}

bool IsNameWord(const text::Token& t) {
  return t.type == TokenType::kWord && t.capitalized && !IsNpStopWord(t.lower) &&
         !IsSubjectPronoun(t.lower) && !IsDeterminer(t.lower);
}

// A lower-case word that may head a phrase after a determiner ("the man").
bool IsGenericNoun(const text::Token& t) {
  const std::string& w = t.lower;
  return t.type == TokenType::kWord && !t.capitalized && w.size() > 1 && !IsNpStopWord(w) &&
         !IsAuxiliary(w) && !IsDeterminer(w) && !w.ends_with("ly") && !w.ends_with("ing") &&
         !w.ends_with("ed") && w != "to";
}

bool IsOfOrFor(std::string_view w) { return w == "of" || w == "for"; }

// "of"/"for" continue a source only after a role or source head
// ("spokesman for", "head of", "Secretary of").
bool RoleBefore(const BodyTokens& body, std::size_t i) {
  const std::string& w = body.tokens[i].lower;
  return IsRoleWord(w) || IsSourceHead(w);
}

// "a person familiar with the talks", "a source close to the campaign":
// token i is "with"/"to" after "familiar"/"close" after a source word.
bool FamiliarWith(const BodyTokens& body, std::size_t i) {
  const std::string& w = body.tokens[i].lower;
  return (w == "with" || w == "to") && i >= 2 &&
         (body.Is(i - 1, "familiar") || body.Is(i - 1, "close")) &&
         IsSourceWord(body.tokens[i - 2]);
}

bool IsCoordinator(std::string_view w) { return w == "and" || w == "&" || w == "or"; }

// Role nouns and their modifiers that may open an appositive without a
// determiner, beyond the role words ("chairman of the committee").
bool IsAppositiveRole(std::string_view w) {
  static constexpr std::string_view kRoles[] = {"senior",   "chief", "deputy",    "chairman",
                                                "director", "head",  "executive", "professor",
                                                "founder",  "author"};
  for (std::string_view r : kRoles) {
    if (w == r) return true;
  }
  return false;
}

// Words that open an appositive or a non-restrictive relative clause.
bool OpensAppositive(const text::Token& t) {
  static constexpr std::string_view kOpeners[] = {"a",   "an",    "the", "who",    "his",
                                                  "her", "their", "its", "former", "whose"};
  if (t.type != TokenType::kWord) return false;
  // "Jon Tester, chairman of the committee": a bare role noun.
  if (!t.capitalized && (IsRoleWord(t.lower) || IsAppositiveRole(t.lower))) return true;
  for (std::string_view w : kOpeners) {
    if (t.lower == w) return true;
  }
  return false;
}

// Beyond OpensAppositive, before a cue: a number (an age) or a capitalised
// word (a party, a name) that is no preposition or clause word ("In",
// "When").
bool OpensLooseAppositive(const text::Token& t) {
  return t.type == TokenType::kNumber || IsNameWord(t);
}

// [from, to) holds at most three auxiliaries or adverbs ("has long",
// "also"): what may stand between a source and its cue.
bool OnlyChain(const BodyTokens& body, std::size_t from, std::size_t to) {
  if (to < from || to - from > 3) return false;
  for (std::size_t k = from; k < to; ++k) {
    const text::Token& t = body.tokens[k];
    if (t.type != TokenType::kWord) return false;
    if (!IsAuxiliary(t.lower) && !t.lower.ends_with("ly") && t.lower != "also" &&
        t.lower != "not" && t.lower != "n't" && t.lower != "never") {
      return false;
    }
  }
  return true;
}

bool StopsAppositive(const text::Token& t) {
  return t.type == TokenType::kOpenQuote || t.type == TokenType::kCloseQuote || t.lower == "," ||
         t.lower == ";" || t.lower == ":" || t.lower == "—" || t.lower == "–" || t.lower == "--" ||
         t.lower == "(";
}

// "Last month, the Independent said", "Now that the primary is near,
// Sanders said": an introductory time phrase, linking adverb or (up to 16
// tokens) subordinate clause, closed by a comma, is no part of the source.
// Returns the index after that comma, or source.begin.
std::size_t SkipIntroduction(const BodyTokens& body, TokenRange source) {
  const text::Token& first = body.tokens[source.begin];
  static constexpr std::string_view kOpeners[] = {
      "in",      "on",    "at",        "after", "during", "before", "when",
      "however", "still", "meanwhile", "and",   "but",    "so",     "instead"};
  static constexpr std::string_view kSubordinators[] = {
      "now", "while", "if",  "since",   "although", "though",  "because",
      "as",  "with",  "for", "finally", "first",    "shortly", "despite"};
  bool opener =
      first.type == TokenType::kWord &&
      (IsTimeWord(first.lower) || (first.lower.ends_with("ly") && first.lower.size() > 4));
  for (std::string_view w : kOpeners) opener = opener || first.lower == w;
  std::size_t reach = 8;
  for (std::string_view w : kSubordinators) {
    if (first.lower == w) {
      opener = true;
      reach = 16;
    }
  }
  if (!opener) return source.begin;
  for (std::size_t k = source.begin + 1; k + 1 < source.end && k < source.begin + reach; ++k) {
    if (body.Is(k, ",")) return k + 1;
  }
  return source.begin;
}

// A parenthesis of at most eight tokens right at `k` ("(R-Ky.)"); the index
// after its closing mark, or k.
std::size_t SkipParenthesis(const BodyTokens& body, std::size_t k, std::size_t se) {
  if (k >= se || !body.Is(k, "(")) return k;
  for (std::size_t j = k + 1; j < se && j < k + 10; ++j) {
    if (body.Is(j, ")")) return j + 1;
    if (StopsAppositive(body.tokens[j])) return k;
  }
  return k;
}

}  // namespace

bool IsSourceWord(const text::Token& t) {
  if (t.type == TokenType::kNumber) return true;
  if (t.type != TokenType::kWord) return false;
  if (IsNameWord(t)) return true;
  const std::string& w = t.lower;
  return IsSourceModifier(w) || IsRoleWord(w) || IsSourceHead(w) ||
         (LooksAdjective(w) && !IsNpStopWord(w));
}

TokenRange FindSourceLeft(const BodyTokens& body, std::size_t end, std::size_t floor) {
  if (end <= floor || end == 0) return {};
  // A parenthetical after a name ("Rep. Gwen Moore (D-Wis.) said") is skipped.
  if (body.Is(end - 1, ")")) {
    for (std::size_t k = end - 1; k-- > floor && k + 8 > end;) {
      if (body.Is(k, "(")) return FindSourceLeft(body, k, floor);
    }
    return {};
  }
  const std::size_t head = end - 1;
  const text::Token& h = body.tokens[head];
  if (h.type != TokenType::kWord) return {};
  if (IsSubjectPronoun(h.lower)) return {head, end};
  // A noun outside the lexicon heads a source after a determiner or modifier
  // ("the man"), or alone at the start of a clause ("though inspectors have").
  const bool clause_start = head == floor || body.tokens[head - 1].type == TokenType::kPunct ||
                            IsContentBreaker(body.tokens[head - 1].lower) ||
                            body.Is(head - 1, "and");
  const bool generic_head =
      !IsSourceWord(h) && IsGenericNoun(h) &&
      (clause_start || IsDeterminer(body.tokens[head - 1].lower) ||
       body.tokens[head - 1].lower == "'s" || IsSourceWord(body.tokens[head - 1]));
  if (!IsSourceWord(h) && !generic_head) return {};
  if (IsNumberWord(h)) return {};
  std::size_t begin = head;
  while (begin > floor) {
    const std::size_t j = begin - 1;
    const text::Token& t = body.tokens[j];
    if (t.type == TokenType::kNumber) {
      begin = j;
      continue;
    }
    if (t.type != TokenType::kWord) break;
    const std::string& w = t.lower;
    if (IsDeterminer(w)) {
      begin = j;
      if (j > floor && IsCoordinator(body.tokens[j - 1].lower)) continue;
      // "attorneys for the family": a role before "of"/"for" continues it.
      if (j > floor + 1 && IsOfOrFor(body.tokens[j - 1].lower) &&
          (RoleBefore(body, j - 2) || IsNameWord(body.tokens[j - 2]))) {
        continue;
      }
      if (j > floor + 2 && FamiliarWith(body, j - 1)) continue;
      break;
    }
    if (w == "'s") {
      if (j == floor || !IsSourceWord(body.tokens[j - 1])) break;
      begin = j - 1;
      continue;
    }
    if (IsCoordinator(w)) {
      if (j == floor || !IsSourceWord(body.tokens[j - 1])) break;
      begin = j;
      continue;
    }
    if (j > floor + 1 && FamiliarWith(body, j)) {
      begin = j - 1;
      continue;
    }
    if (IsOfOrFor(w)) {
      // "spokesman for X", "head of X", "Mr. Morgan of the Sierra Club".
      const bool name_of = j > floor && IsNameWord(body.tokens[j - 1]) &&
                           (w == "of" || body.tokens[j + 1].capitalized ||
                            (IsDeterminer(body.tokens[j + 1].lower) && j + 2 < body.tokens.size() &&
                             body.tokens[j + 2].capitalized));
      if (j == floor || !(RoleBefore(body, j - 1) || name_of)) break;
      begin = j;
      continue;
    }
    if (!IsSourceWord(t)) break;
    begin = j;
  }
  while (begin < end &&
         (IsCoordinator(body.tokens[begin].lower) || IsOfOrFor(body.tokens[begin].lower))) {
    ++begin;
  }
  return {begin, end};
}

TokenRange FindSourceRight(const BodyTokens& body, std::size_t begin, std::size_t ceiling) {
  if (begin >= ceiling || body.tokens[begin].type != TokenType::kWord) return {};
  if (IsSubjectPronoun(body.tokens[begin].lower)) return {begin, begin + 1};
  std::size_t end = begin;
  bool has_head = false;
  while (end < ceiling) {
    const text::Token& t = body.tokens[end];
    const std::string& w = t.lower;
    const bool after_opener =
        end == begin || (IsDeterminer(body.tokens[end - 1].lower) ||
                         body.tokens[end - 1].lower == "'s" || IsSourceWord(body.tokens[end - 1]));
    if (t.type == TokenType::kNumber || IsDeterminer(w) || w == "'s") {
      ++end;
    } else if ((IsCoordinator(w) || IsOfOrFor(w)) && end > begin && end + 1 < ceiling &&
               (IsOfOrFor(w) ? RoleBefore(body, end - 1) : true) &&
               (IsSourceWord(body.tokens[end + 1]) || IsDeterminer(body.tokens[end + 1].lower))) {
      ++end;
    } else if (IsSourceWord(t)) {
      has_head = true;
      ++end;
    } else if (after_opener && IsGenericNoun(t) &&
               (!has_head || end + 1 >= ceiling ||
                body.tokens[end + 1].type == TokenType::kPunct)) {
      has_head = true;
      ++end;
    } else {
      break;
    }
  }
  while (end > begin &&
         (IsCoordinator(body.tokens[end - 1].lower) || IsOfOrFor(body.tokens[end - 1].lower) ||
          IsDeterminer(body.tokens[end - 1].lower) || body.tokens[end - 1].lower == "'s")) {
    --end;
  }
  if (!has_head || end == begin) return {};
  return {begin, end};
}

// The subject of the sentence's main clause, for a cue with no subject of
// its own ("Trump attacked Clinton, saying ..."): the phrase at the start of
// the sentence or after an introductory phrase ("During the speech, Trump").
TokenRange SentenceSubject(const BodyTokens& body, std::size_t sb, std::size_t limit) {
  std::size_t pos = sb;
  for (int tries = 0; tries < 3 && pos < limit; ++tries) {
    const TokenRange r = FindSourceRight(body, pos, limit);
    if (!r.empty() && r.end < limit && body.tokens[r.end].type == TokenType::kWord) return r;
    while (pos < limit && !body.Is(pos, ",")) ++pos;
    ++pos;
  }
  return {};
}

// A whole introductory phrase as source when no rule found one ("Experts on
// North Korea and nuclear nonproliferation said"): it must start the
// sentence, be short, and hold no verb, clause word or punctuation.
TokenRange InitialPhraseSource(const BodyTokens& body, std::size_t sb, std::size_t end) {
  if (end <= sb || end - sb > 10 || IsNpStopWord(body.tokens[sb].lower)) return {};
  bool has_source_word = false;
  for (std::size_t i = sb; i < end; ++i) {
    const text::Token& t = body.tokens[i];
    if (t.type != TokenType::kWord) return {};
    const std::string& w = t.lower;
    if (IsAuxiliary(w) || w == "that" || w == "which" || w == "who" || w == "if" || w == "when" ||
        w == "because" || w == "as" || CueLexicon::Instance().Lookup(w)) {
      return {};
    }
    has_source_word = has_source_word || IsSourceWord(t);
  }
  return has_source_word ? TokenRange{sb, end} : TokenRange{};
}

// "Dmitry Peskov, the Kremlin's spokesman, said" or "one of the family's
// attorneys, Justin Bamberg, said": `comma` is the comma before the cue.
TokenRange AppositiveSource(const BodyTokens& body, std::size_t sb, std::size_t comma) {
  for (std::size_t k = comma; k-- > sb && k + 26 > comma;) {
    if (!body.Is(k, ",")) continue;
    const TokenRange inner = FindSourceLeft(body, comma, k + 1);
    if (inner.begin == k + 1 && body.tokens[inner.end - 1].capitalized &&
        !IsSourceHead(body.tokens[inner.end - 1].lower)) {
      return inner;
    }
    const TokenRange np = FindSourceLeft(body, k, sb);
    if (!np.empty() && body.tokens[np.end - 1].capitalized) return np;
    return {};
  }
  return {};
}

TokenRange WithoutIntroduction(const BodyTokens& body, TokenRange source) {
  if (source.empty()) return source;
  return {SkipIntroduction(body, source), source.end};
}

TokenRange WidenSourceToConvention(const BodyTokens& body, TokenRange source, TokenRange cue,
                                   std::size_t content_begin, bool any_appositive) {
  if (source.empty()) return source;
  source.begin = SkipIntroduction(body, source);
  const std::size_t se = body.sentences[body.sentence_of[source.begin]].tokens.end;
  const bool before_cue = source.end <= cue.begin;
  const std::size_t stop = content_begin > source.end ? std::min(content_begin, se) : se;
  const std::size_t limit = before_cue ? std::min(cue.begin, stop) : stop;
  source.end = SkipParenthesis(body, source.end, limit);
  const std::size_t k = source.end;
  if (before_cue) {
    // "Mr. Carson, who said": the relative pronoun is the source.
    const std::size_t who = k < limit && body.Is(k, ",") ? k + 1 : k;
    if (who < limit && body.Is(who, "who") && OnlyChain(body, who + 1, limit)) {
      return {who, who + 1};
    }
    // "Josh Earnest, the White House press secretary, said": up to the
    // last comma that only a chain separates from the cue.
    if (k + 1 >= limit || !body.Is(k, ",")) return source;
    const text::Token& opener = body.tokens[k + 1];
    if (!OpensAppositive(opener) && !(any_appositive && OpensLooseAppositive(opener))) {
      return source;
    }
    for (std::size_t c = limit; c-- > k + 2;) {
      const text::Token& t = body.tokens[c];
      if (t.lower == "," && OnlyChain(body, c + 1, limit)) return {source.begin, c};
      if (StopsAppositive(t) && t.lower != ",") return source;
    }
    return source;
  }
  // "said Mr. Schmidt, who bought the property": to the end of the clause.
  if (k + 1 >= limit || !body.Is(k, ",") || !OpensAppositive(body.tokens[k + 1])) return source;
  std::size_t e = k + 1;
  while (e < limit && !StopsAppositive(body.tokens[e]) && !body.Is(e, ".") && !body.Is(e, "?") &&
         !body.Is(e, "!") && !body.Is(e, ")")) {
    ++e;
  }
  return {source.begin, e};
}

bool StartsPersonObject(const BodyTokens& body, std::size_t k, std::size_t ceiling) {
  if (k >= ceiling || body.tokens[k].type != text::TokenType::kWord) return false;
  const std::string& w = body.tokens[k].lower;
  if (w == "him" || w == "her" || w == "them" || w == "me" || w == "us" || w == "you") return true;
  const TokenRange object = FindSourceRight(body, k, ceiling);
  if (object.empty() || object.begin != k) return false;
  auto possessive = [&](std::size_t i) { return body.Is(i, "'s") || body.Is(i, "'"); };
  if (possessive(object.end)) return false;
  // The last role word, wherever the phrase ends ("the official leading").
  for (std::size_t h = object.end; h-- > object.begin;) {
    if (IsRoleWord(body.tokens[h].lower)) return !possessive(h + 1);
  }
  const text::Token& head = body.tokens[object.end - 1];
  return head.capitalized && !IsDeterminer(w) && !IsSourceHead(head.lower);
}

}  // namespace claimgraph::extract
