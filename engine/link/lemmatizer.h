// Lemmatizer: a compact English lemmatiser for proposition keys.
//
// Not a dictionary lemmatiser: an irregular-form table, suffix rules checked
// against a verb lexicon, and derivational normalisation that maps event
// nouns onto their verbs ("invasion" -> "invade", "decision" -> "decide",
// "withdrawal" -> "withdraw", "denial" -> "deny"), so that two wordings of one
// proposition share lemmas. Spelling is unified to -ise and -or
// ("recognize" -> "recognise", "neighbouring" -> "neighbor"). The mapping is
// deterministic and the same on every side of a comparison, which is all the
// keys need. Inputs are lower-cased words; functions are pure and thread-safe.
#ifndef CLAIMGRAPH_LINK_LEMMATIZER_H_
#define CLAIMGRAPH_LINK_LEMMATIZER_H_

#include <string>
#include <string_view>

namespace claimgraph::link {

struct Lemma {
  std::string text;
  // A verb, or a noun derived from one: the word can carry the predicate of a
  // proposition ("invade", "invasion", "pulling").
  bool predicate = false;
};

// Inflectional base form: "invaded" -> "invade", "troops" -> "troop",
// "went" -> "go", "allies" -> "ally". A word of an unknown shape comes back
// unchanged (lower case in, lower case out; never empty for a non-empty word).
std::string Lemmatize(std::string_view word);

// The lemma used in keys: spelling unified, inflection removed, then event
// nouns mapped to their verbs. `predicate` is set when the result is a known
// verb or came from a verbal inflection (-ed, -ing) or a nominalisation.
Lemma KeyLemma(std::string_view word);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_LEMMATIZER_H_
