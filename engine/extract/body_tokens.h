// BodyTokens: an article body cut into sentences and tokens, with quotation
// marks paired across sentence boundaries. Internal to extract.
//
// Tokens of all sentences live in one vector so that a quotation that opens
// in one sentence and closes in a later one ("“A. B,” he said") is a pair of
// indices like any other. Quotes pair only within one paragraph (a line of
// the text) and only with the same family (double with double, single with
// single); an unpaired quote has partner -1.
#ifndef CLAIMGRAPH_EXTRACT_BODY_TOKENS_H_
#define CLAIMGRAPH_EXTRACT_BODY_TOKENS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/statement.h"
#include "text/tokens.h"

namespace claimgraph::extract {

// [begin, end) indices into BodyTokens::tokens.
struct TokenRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return end <= begin; }
  std::size_t size() const { return empty() ? 0 : end - begin; }
};

struct SentenceRef {
  Span span;          // byte offsets into the article text
  TokenRange tokens;  // its tokens
  int paragraph = 0;  // lines separated by a line break count as paragraphs
};

struct BodyTokens {
  std::vector<text::Token> tokens;
  std::vector<SentenceRef> sentences;
  std::vector<int> quote_partner;        // per token: index of the paired quote, or -1
  std::vector<std::size_t> sentence_of;  // per token: index of its sentence
  // Per token: inside a double quotation (between its marks, exclusive). An
  // unpaired opening mark quotes the rest of its sentence.
  std::vector<bool> in_quote;

  bool IsWord(std::size_t i) const {
    return i < tokens.size() && tokens[i].type == text::TokenType::kWord;
  }
  bool IsOpenQuote(std::size_t i) const {
    return i < tokens.size() && tokens[i].type == text::TokenType::kOpenQuote;
  }
  bool IsCloseQuote(std::size_t i) const {
    return i < tokens.size() && tokens[i].type == text::TokenType::kCloseQuote;
  }
  bool Is(std::size_t i, std::string_view lower) const {
    return i < tokens.size() && tokens[i].lower == lower;
  }
  // Byte span covering tokens [r.begin, r.end); empty for an empty range.
  Span ToSpan(TokenRange r) const {
    if (r.empty()) return Span{};
    return Span{tokens[r.begin].span.begin, tokens[r.end - 1].span.end};
  }
};

// Splits text[body.begin, body.end) into sentences and tokens and pairs the
// quotation marks. `text` must be valid UTF-8.
BodyTokens TokenizeBody(std::string_view text, Span body);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_BODY_TOKENS_H_
