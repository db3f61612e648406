// Internal pieces of the lemmatiser, exposed for lemmatizer.cc and tests.
#ifndef CLAIMGRAPH_LINK_LEMMATIZER_INTERNAL_H_
#define CLAIMGRAPH_LINK_LEMMATIZER_INTERNAL_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::link::internal {

// Unifies British/American variants: -ize -> -ise ("recognized" ->
// "recognised"), -our -> -or ("neighbouring" -> "neighboring").
std::string UnifySpelling(std::string_view word);

// The verb an event noun derives from ("invasion" -> "invade"), when the
// candidate verb is in the verb lexicon; nullopt otherwise.
std::optional<std::string> VerbOfNoun(std::string_view noun);

// The base form of an irregular inflected form ("went" -> "go",
// "crises" -> "crisis"), or nullopt.
std::optional<std::string> IrregularBase(std::string_view word);

// True for words whose -s / -ed / -ing ending is not an inflection ("news",
// "meeting", "hundred").
bool IsInvariant(std::string_view word);

}  // namespace claimgraph::link::internal

#endif  // CLAIMGRAPH_LINK_LEMMATIZER_INTERNAL_H_
