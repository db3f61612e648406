// Sentence segmentation of news text, with byte offsets.
//
// Uses ICU's English sentence BreakIterator, then undoes its breaks after
// news abbreviations (Sen., Rep., Gov., U.S., Sept., Jan., Inc., Mr., Dr.,
// St. ..., "No." before a number), after initials ("George W. Bush") and
// before a lower-case continuation ("“Why?” he asked."). ICU's own
// "ss=standard" filter is not used: it matches abbreviations without a word
// boundary, so its "O." entry would glue "join NATO. The Kremlin" together.
// A dotted initialism at the very end of a sentence ("... by the U.S. The")
// is therefore not a break either. Always breaks at line ends (a paragraph,
// a title, a boilerplate line never joins the next line). Closing quotes and
// brackets after a period stay with the sentence they close.
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
