// Internal to engine/text: the news abbreviations that neither end a sentence
// nor lose their period to punctuation during tokenisation.
#ifndef CLAIMGRAPH_TEXT_ABBREVIATIONS_INTERNAL_H_
#define CLAIMGRAPH_TEXT_ABBREVIATIONS_INTERNAL_H_

#include <string_view>

namespace claimgraph::text::internal {

// True if `word` (without its period) followed by "." is a news abbreviation,
// e.g. "Sen", "Gov", "U.S", "Sept"; with `before_number` the number-only
// abbreviations ("No") count too. Case-sensitive.
bool IsAbbreviationStem(std::string_view word, bool before_number);

}  // namespace claimgraph::text::internal

#endif  // CLAIMGRAPH_TEXT_ABBREVIATIONS_INTERNAL_H_
