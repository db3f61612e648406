// Word tokenisation with byte offsets.
#ifndef CLAIMGRAPH_TEXT_TOKENS_H_
#define CLAIMGRAPH_TEXT_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/statement.h"

namespace claimgraph::text {

enum class TokenType {
  kWord,         // letters/digits, with inner apostrophes, hyphens, periods ("U.S.", "don't", "Biden-Putin")
  kNumber,       // 3.7, 1,000, 3.7%
  kOpenQuote,    // “ ‘ or a straight " / ' that opens a quotation
  kCloseQuote,   // ” ’ or a straight " / ' that closes one
  kPunct,        // , ; : . ! ? — – ( ) and the like
};

struct Token {
  Span span;          // [begin, end) byte offsets into the text
  TokenType type = TokenType::kWord;
  std::string lower;  // lower-cased (ICU full case folding), curly apostrophes as '
  bool capitalized = false;  // first character is upper case
};

// Tokenises text[range.begin, range.end). Contractions split as in
// news-treebank style: "doesn't" -> "does" "n't", "Russia's" -> "Russia" "'s",
// "they're" -> "they" "'re". Straight quotes are classified as opening or
// closing by their neighbours. `text` must be valid UTF-8. Thread-safe.
std::vector<Token> Tokenize(std::string_view text, Span range);

}  // namespace claimgraph::text

#endif  // CLAIMGRAPH_TEXT_TOKENS_H_
