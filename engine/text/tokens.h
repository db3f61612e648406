// Word tokenisation with byte offsets.
#ifndef CLAIMGRAPH_TEXT_TOKENS_H_
#define CLAIMGRAPH_TEXT_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/statement.h"

namespace claimgraph::text {

enum class TokenType {
  kWord,        // letters/digits, with inner apostrophes, hyphens, periods ("U.S.", "don't",
                // "Biden-Putin")
  kNumber,      // 3.7, 1,000, 3.7%
  kOpenQuote,   // “ ‘ or a straight " / ' that opens a quotation
  kCloseQuote,  // ” ’ or a straight " / ' that closes one
  kPunct,       // , ; : . ! ? — – ( ) and the like
};

struct Token {
  Span span;  // [begin, end) byte offsets into the text
  TokenType type = TokenType::kWord;
  std::string lower;         // lower-cased (ICU full case folding), curly apostrophes as '
  bool capitalized = false;  // first character is upper case
};

// Tokenises text[range.begin, range.end). Contractions split as in
// news-treebank style: "doesn't" -> "does" "n't", "Russia's" -> "Russia" "'s",
// "they're" -> "they" "'re"; "won't" and "can't" give "wo"/"ca" + "n't"
// (lower is the folded surface, never a respelling). A plural possessive
// apostrophe ("officials’") is a kWord of its own with lower "'". A word
// keeps its final period when it is a news abbreviation ("Sen.", "Sept."),
// an initial ("W.") or a dotted initialism ("U.S."), also at the end of a
// sentence. Numbers: "3.7", "1,000", "3.7%" (the % included); "3rd" and
// "20-year-old" are words. "..." and "--" are one kPunct each. Straight
// quotes are classified as opening or closing by their neighbours. No token
// crosses the range. `text` must be valid UTF-8. Thread-safe.
std::vector<Token> Tokenize(std::string_view text, Span range);

}  // namespace claimgraph::text

#endif  // CLAIMGRAPH_TEXT_TOKENS_H_
