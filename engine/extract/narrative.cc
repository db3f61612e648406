#include "extract/narrative.h"

#include <string_view>

#include "extract/cue_lexicon.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

bool EndsDeclarative(const BodyTokens& body, TokenRange r) {
  for (std::size_t i = r.end; i > r.begin; --i) {
    const text::Token& t = body.tokens[i - 1];
    if (t.type == TokenType::kCloseQuote || t.lower == ")") continue;
    return t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "…";
  }
  return false;
}

std::size_t WordCount(const BodyTokens& body, TokenRange r) {
  std::size_t n = 0;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (body.tokens[i].type == TokenType::kWord || body.tokens[i].type == TokenType::kNumber) {
      ++n;
    }
  }
  return n;
}

bool LooksLikeVerb(const text::Token& t) {
  if (t.type != TokenType::kWord) return false;
  const std::string& w = t.lower;
  if (IsCommonVerb(w)) return true;
  if (!t.capitalized && w.size() > 4 && w.ends_with("ed")) return true;
  return !t.capitalized && CueLexicon::Instance().Lookup(w) != nullptr;
}

bool HasChromePhrase(const BodyTokens& body, TokenRange r) {
  for (std::size_t i = r.begin; i < r.end; ++i) {
    const std::string& w = body.tokens[i].lower;
    const std::string_view next = i + 1 < r.end ? std::string_view(body.tokens[i + 1].lower) : "";
    if ((w == "click" && next == "here") || (w == "rights" && next == "reserved") ||
        w == "copyright" || w == "©" || w == "cookies" || w == "newsletter" ||
        (w == "read" && next == "more") || (w == "sign" && next == "up")) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsBoilerplate(const BodyTokens& body, std::size_t s) {
  const TokenRange r = body.sentences[s].tokens;
  if (r.empty()) return true;
  if (!EndsDeclarative(body, r)) return true;
  const std::size_t words = WordCount(body, r);
  const text::Token& first = body.tokens[r.begin];
  if (first.capitalized && IsChromeVerb(first.lower) && words <= 12) return true;
  if (first.lower == "by" && words <= 6) return true;
  return words <= 25 && HasChromePhrase(body, r);
}

bool IsNarrativeSentence(const BodyTokens& body, std::size_t s) {
  if (IsBoilerplate(body, s)) return false;
  const TokenRange r = body.sentences[s].tokens;
  if (WordCount(body, r) < 5) return false;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (LooksLikeVerb(body.tokens[i])) return true;
  }
  return false;
}

}  // namespace claimgraph::extract
