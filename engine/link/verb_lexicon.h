// Verb lexicon: base forms of the verbs common in news reporting, used by the
// lemmatiser to choose between candidate stems ("invaded" -> "invade", not
// "invad") and to mark a lemma as a predicate.
//
// Spellings follow the keys' convention: British -ise ("recognise"), "-or"
// for "-our" ("favor"). Internal to the link stage.
#ifndef CLAIMGRAPH_LINK_VERB_LEXICON_H_
#define CLAIMGRAPH_LINK_VERB_LEXICON_H_

#include <string_view>

namespace claimgraph::link {

// True if `lemma` (lower case) is the base form of a listed verb.
bool IsKnownVerb(std::string_view lemma);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_VERB_LEXICON_H_
