// Source finder: the noun phrase that names who is speaking, found next to
// a cue inside one sentence. Internal to extract.
//
// Sources are found without a parser, from word classes: names (capitalised
// words), titles and roles ("spokesman", "President"), source head nouns
// ("officials", "office", "report"), their modifiers ("top", "western",
// "presidential"), determiners, possessives ("Russia's foreign ministry"),
// coordination ("the US and its allies") and "X for/of Y" after a role
// ("a spokesman for the ministry"). A lower-case word that is none of these
// ends the phrase, so "a move western officials have said" yields
// "western officials".
#ifndef CLAIMGRAPH_EXTRACT_SOURCE_FINDER_H_
#define CLAIMGRAPH_EXTRACT_SOURCE_FINDER_H_

#include <cstddef>

#include "extract/body_tokens.h"

namespace claimgraph::extract {

// The source phrase whose last token is body.tokens[end - 1], not reaching
// left of `floor`. Empty if tokens[end - 1] cannot end a source.
TokenRange FindSourceLeft(const BodyTokens& body, std::size_t end, std::size_t floor);

// The source phrase that starts at body.tokens[begin], not reaching `ceiling`
// ("..., said the French presidential office in a statement"). Empty if none.
TokenRange FindSourceRight(const BodyTokens& body, std::size_t begin, std::size_t ceiling);

// The subject of the sentence's main clause, for a cue with no subject of
// its own ("Trump attacked Clinton, saying ..."): the phrase at the start
// of the sentence [sb, limit) or after an introductory phrase ("During the
// speech, Trump ..."), when a word follows it. Empty if none.
TokenRange SentenceSubject(const BodyTokens& body, std::size_t sb, std::size_t limit);

// The whole phrase [sb, end) as source when the word-class walk found none
// ("Experts on North Korea and nuclear nonproliferation said"): short, at
// the start of the sentence, with no verb, clause word or punctuation.
TokenRange InitialPhraseSource(const BodyTokens& body, std::size_t sb, std::size_t end);

// The source of a cue preceded by an appositive, `comma` being the comma
// right before the cue: "Dmitry Peskov, the Kremlin's spokesman, said" ->
// "Dmitry Peskov"; "one of the family's attorneys, Justin Bamberg, said" ->
// "Justin Bamberg". Empty if the phrases are not names.
TokenRange AppositiveSource(const BodyTokens& body, std::size_t sb, std::size_t comma);

// The source span as PolNeAR marks it (measured on its train split): it
// takes in what follows the name up to the cue or the end of its clause —
// a short parenthesis ("Sen. Rand Paul (R-Ky.)"), an appositive closed by a
// comma right before the cue ("Josh Earnest, the White House press
// secretary, said"), and for a source after its cue an appositive or
// relative clause up to the next comma, colon, quotation mark or the
// sentence end ("said Mr. Schmidt, who bought the property") — but not an
// introductory phrase closed by a comma ("Last month, the paper said" ->
// "the paper"); for a cue inside a relative clause it is the relative
// pronoun alone ("Mr. Carson, who said" -> "who"). Never reaches into the
// cue nor to `content_begin`, the first content token after the source
// ("According to the report, the driver ..."; body.tokens.size() when none).
// Only the span changes: the speaker is still resolved from the name.
// With `any_appositive`, an appositive before the cue may open with any
// word but a preposition or clause word: an age ("Carlos Ruiz, 55, said"), a
// party ("Sen. Ann Lee, R-Wis., said"), a name ("Jack Dorsey, Twitter's
// chief executive, said"). On PolNeAR train a source followed by ", X," and
// its cue takes the appositive in about three times in four.
TokenRange WidenSourceToConvention(const BodyTokens& body, TokenRange source, TokenRange cue,
                                   std::size_t content_begin, bool any_appositive = false);

// `source` without an introductory phrase closed by a comma ("Last month,
// the ministry" -> "the ministry"; see WidenSourceToConvention): the mention
// to resolve the speaker from.
TokenRange WithoutIntroduction(const BodyTokens& body, TokenRange source);

// True if the word could stand in a source phrase as a modifier or head.
bool IsSourceWord(const text::Token& token);

// True if a person starts at body.tokens[k] (before `ceiling`): an object
// pronoun, or a phrase FindSourceRight reads that holds a role word ("the
// official leading the inquiry", not "the director's report") or ends in a
// name ("Comey", not "Comey's report" nor "Sanders’
// accusations"). What a deny-type cue
// rejects is a claim ("dismissed reports that ...", "ruled out a second
// lockdown"), never a person: "the president dismissing the official"
// reports no speech.
bool StartsPersonObject(const BodyTokens& body, std::size_t k, std::size_t ceiling);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_SOURCE_FINDER_H_
