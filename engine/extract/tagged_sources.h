// Tagged sources: repairs of the source spans the learned tagger gives its
// statements, measured against PolNeAR's conventions on its train split.
// Internal to extract; the extractor applies each repair under one bit of
// ExtractorOptions::source_rules so that cross-validation can weigh it.
//
// The tagger often finds a cue and its content but no source, or a source
// that starts inside the clause before the speaker. Where the words right
// before the cue settle who speaks, these functions say so from the tokens
// alone:
//   * a relative pronoun ("Ms. Reyes, who has argued", "groups that have
//     endorsed him"): PolNeAR marks the pronoun itself as the source, and
//     the noun phrase it refers to names the speaker;
//   * a subject noun phrase at the start of a clause ("But the new poll
//     suggests", "Analysts remain skeptical of");
//   * a source opened by a subordinator or relative word ("When Smith
//     said", "who he named") loses that word.
#ifndef CLAIMGRAPH_EXTRACT_TAGGED_SOURCES_H_
#define CLAIMGRAPH_EXTRACT_TAGGED_SOURCES_H_

#include <cstddef>

#include "extract/body_tokens.h"

namespace claimgraph::extract {

// The bits of ExtractorOptions::source_rules.
enum SourceRule : unsigned {
  kRelativePronounSource = 1,  // RelativePronounBefore for a sourceless tagged cue
  kClauseSubjectSource = 2,    // ClauseSubjectBefore for a sourceless tagged cue
  kWideAppositive = 4,         // WidenSourceToConvention takes any short appositive
  kTrimClauseWord = 8,         // WithoutClauseWord on tagged sources
};
// ExtractorOptions::source_rules' default: all of them (chosen by CV).
inline constexpr unsigned kDefaultSourceRules =
    kRelativePronounSource | kClauseSubjectSource | kWideAppositive | kTrimClauseWord;

// The relative pronoun ("who", "which", or "that" after a noun) right before
// `cue`, with at most three auxiliaries, -ly adverbs or negations between them ("who has
// repeatedly argued"), inside the cue's sentence; empty if there is none. "that"
// after a cue word ("said that") or a verb opens a content, not a relative.
// A passive cue ("who is expected to", "which was disclosed") has none: its
// subject is what the act is about.
TokenRange RelativePronounBefore(const BodyTokens& body, TokenRange cue);

// The noun phrase a relative pronoun at `pronoun` refers to: the source
// phrase ending right before it or before its comma ("Ms. Warren, who");
// empty if none.
TokenRange RelativeAntecedent(const BodyTokens& body, std::size_t pronoun);

// The source phrase (extract/source_finder.h) ending right before `cue`
// (or before at most three auxiliaries or adverbs) when it opens its clause:
// it starts the sentence or follows a comma or "and", "but", "so", "yet".
// Subject pronouns count; relative pronouns do not (see above). Empty if
// none, and for a passive cue ("Trump was asked about").
TokenRange ClauseSubjectBefore(const BodyTokens& body, TokenRange cue);

// `source` without leading subordinators or relative words ("When Smith",
// "who he" -> "Smith", "he"); never empties it.
TokenRange WithoutClauseWord(const BodyTokens& body, TokenRange source);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_TAGGED_SOURCES_H_
