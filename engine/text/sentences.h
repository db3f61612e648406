// Sentence segmentation of news text, with byte offsets.
//
// Uses ICU's sentence BreakIterator with English abbreviation suppression
// (ICU's "ss=standard" filter) plus news-specific abbreviations (Sen., Rep.,
// Gov., U.S., Sept., Jan., Inc., Mr., Dr., St., No. ...), and always breaks at
// blank lines and at line ends (a paragraph, a title, a boilerplate line
// never joins the next line). Closing quotes and brackets after a period
// stay with the sentence they close.
#ifndef CLAIMGRAPH_TEXT_SENTENCES_H_
#define CLAIMGRAPH_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "model/statement.h"

namespace claimgraph::text {

// Splits text[range.begin, range.end) into sentences. Returned spans are
// [begin, end) byte offsets into `text`, in order, non-overlapping, trimmed
// of surrounding white space; white-space-only stretches yield no span.
// `text` must be valid UTF-8. Thread-safe.
std::vector<Span> SplitSentences(std::string_view text, Span range);

// Splits the whole text.
inline std::vector<Span> SplitSentences(std::string_view text) {
  return SplitSentences(text, Span{0, text.size()});
}

}  // namespace claimgraph::text

#endif  // CLAIMGRAPH_TEXT_SENTENCES_H_
