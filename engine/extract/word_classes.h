// Word classes: closed lists of English function words and news vocabulary
// that the attribution rules consult (determiners, auxiliaries, pronouns,
// titles and roles, source head nouns, hedges, boundaries of a clause).
//
// Every predicate takes a lower-cased token (text::Token::lower, curly
// apostrophes already folded to ') and is a pure lookup in an immutable
// table built once on first use; all are thread-safe. Internal to extract.
#ifndef CLAIMGRAPH_EXTRACT_WORD_CLASSES_H_
#define CLAIMGRAPH_EXTRACT_WORD_CLASSES_H_

#include <string_view>

namespace claimgraph::extract {

// "the", "a", "an", possessive determiners ("its", "his", "their").
bool IsDeterminer(std::string_view w);
// Auxiliaries and modals that may stand between a subject and its verb:
// "has", "have", "had", "is", "will", "would", "did", "n't", "not".
bool IsAuxiliary(std::string_view w);
// Modal verbs ("may", "might", "could", "would", "should", "can", "will").
bool IsModal(std::string_view w);
// Adverbs that may sit between a subject and a reporting verb ("also",
// "repeatedly", "previously", "again") besides any word ending in -ly.
bool IsPreCueAdverb(std::string_view w);
// Personal pronouns that can be a source ("he", "she", "they", "it", "we", "i").
bool IsSubjectPronoun(std::string_view w);
// Titles and roles that precede or replace a name ("president",
// "spokesman", "sen.", "secretary", "pollster", "minister").
bool IsRoleWord(std::string_view w);
// Nouns that head a source noun phrase that is not a name ("officials",
// "allies", "office", "ministry", "report", "statement", "analysts").
bool IsSourceHead(std::string_view w);
// Lower-case modifiers that occur inside source noun phrases ("top",
// "senior", "western", "former", "presidential", quantities like "two").
bool IsSourceModifier(std::string_view w);
// Words that can never be part of a source noun phrase: prepositions other
// than "of"/"for", conjunctions, subordinators, relative pronouns, verbs.
bool IsNpStopWord(std::string_view w);
// Subordinators and conjunctions that, after a comma, open a clause that is
// not part of reported content ("though", "but", "although", "while").
bool IsContentBreaker(std::string_view w);
// Hedging words: modals of possibility and epistemic vocabulary ("may",
// "might", "could", "reportedly", "allegedly", "premature", "unclear").
bool IsHedgeWord(std::string_view w);
// Time words that can follow a cue as an adjunct ("thursday", "yesterday").
bool IsTimeWord(std::string_view w);
// Words that make a token sequence look like a clause (auxiliaries,
// copulas and a few hundred frequent verbs in their inflected forms).
bool IsCommonVerb(std::string_view w);
// Imperative site-chrome verbs that open boilerplate lines ("click",
// "subscribe", "share", "read", "leave", "send", "follow").
bool IsChromeVerb(std::string_view w);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_WORD_CLASSES_H_
