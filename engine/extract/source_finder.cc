#include "extract/source_finder.h"

#include <string_view>

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

bool IsCoordinator(std::string_view w) { return w == "and" || w == "&" || w == "or"; }

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
  const std::size_t head = end - 1;
  const text::Token& h = body.tokens[head];
  if (h.type != TokenType::kWord) return {};
  if (IsSubjectPronoun(h.lower)) return {head, end};
  const bool generic_head = !IsSourceWord(h) && IsGenericNoun(h) && head > floor &&
                            (IsDeterminer(body.tokens[head - 1].lower) ||
                             body.tokens[head - 1].lower == "'s" ||
                             IsSourceWord(body.tokens[head - 1]));
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
    if (IsOfOrFor(w)) {
      if (j == floor || !RoleBefore(body, j - 1)) break;
      begin = j;
      continue;
    }
    if (!IsSourceWord(t)) break;
    begin = j;
  }
  while (begin < end && (IsCoordinator(body.tokens[begin].lower) ||
                         IsOfOrFor(body.tokens[begin].lower))) {
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
        end > begin && (IsDeterminer(body.tokens[end - 1].lower) ||
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
    } else if (after_opener && IsGenericNoun(t) && !has_head) {
      has_head = true;
      ++end;
      break;
    } else {
      break;
    }
  }
  while (end > begin && (IsCoordinator(body.tokens[end - 1].lower) ||
                         IsOfOrFor(body.tokens[end - 1].lower) ||
                         IsDeterminer(body.tokens[end - 1].lower) ||
                         body.tokens[end - 1].lower == "'s")) {
    --end;
  }
  if (!has_head || end == begin) return {};
  return {begin, end};
}

}  // namespace claimgraph::extract
