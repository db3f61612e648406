// Word classes for proposition keys: stop words, negators, hedges, pronouns.
//
// All predicates take a lower-cased word (surface form or lemma; callers
// check both) with curly apostrophes already folded to "'", as text::Token
// gives them. Pure and thread-safe.
#ifndef CLAIMGRAPH_LINK_STOP_WORDS_H_
#define CLAIMGRAPH_LINK_STOP_WORDS_H_

#include <string_view>

namespace claimgraph::link {

// Function words, pronouns, auxiliaries and light verbs ("make", "have"),
// attribution cues ("say", "according") and clitics ("'s", "n't" excluded:
// that is a negator). Such words never enter a proposition key.
bool IsStopWord(std::string_view word);

// Words that negate what follows: "not", "n't", "no", "never", "none" ...
bool IsNegator(std::string_view word);

// Verbs that negate their complement when asserted ("deny", "reject",
// "refuse", "rule" as in "rule out"): "didn't rule out a meeting" holds two
// negations and so asserts the meeting's possibility.
bool IsNegativeVerb(std::string_view lemma);

// Modal and hedging words: "may", "might", "reportedly", "premature" ...
bool IsHedge(std::string_view word);

// Personal, possessive and reflexive pronouns.
bool IsPronoun(std::string_view word);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_STOP_WORDS_H_
