// Tagged checks: tests on the learned tagger's spans that read only the
// article's tokens, used where the extractor merges tagged statements with
// the rules' ones (extractor.cc). Internal to extract.
//
// The tagger labels tokens one by one, so its spans can be grammatical
// nonsense that no rule would produce: a "source" ending in an auxiliary,
// a cue under a modal ("might discuss"), a source that swallows the
// relative pronoun of the rules' own source. Each check states one such
// condition; none needs a parse.
#ifndef CLAIMGRAPH_EXTRACT_TAGGED_CHECKS_H_
#define CLAIMGRAPH_EXTRACT_TAGGED_CHECKS_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "extract/body_tokens.h"

namespace claimgraph::extract {

// The lower-case words that `body` capitalises somewhere after the start
// of a sentence (and not right after an opening quotation mark): a
// sentence-initial "Sanders" among them is a name, not any capitalised
// first word. Views into `body`'s tokens.
using MidSentenceCapitals = std::unordered_set<std::string_view>;
MidSentenceCapitals FindMidSentenceCapitals(const BodyTokens& body);

// Whether a non-empty tagged source names someone: it ends in a noun-like
// word (not an auxiliary, verb, determiner or function word) and holds a
// name, a subject pronoun or a word that heads sources ("officials",
// "spokesman"). A capitalised first word of a sentence counts as a name
// only when it is in `capitals`.
bool PlausibleSource(const BodyTokens& body, TokenRange source,
                     const MidSentenceCapitals& capitals);

// "a bill that critics have said": whether `tagged` runs over a "that" or
// "which" right before `rule_source` (the rules' source, a byte span), and
// so takes in the relative clause's head.
bool CrossesRelativePronoun(const BodyTokens& body, TokenRange tagged, Span rule_source);

// "might discuss", "could be announced": a modal within the cue or up to
// two tokens before it (inside its sentence) makes the act possible, not
// reported.
bool HypotheticalCue(const BodyTokens& body, TokenRange cue);

// The last word of a non-empty cue that is not a function word ("in a
// statement" -> "statement"); the cue's first token if there is none.
std::string CueHeadWord(const BodyTokens& body, TokenRange cue);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_TAGGED_CHECKS_H_
