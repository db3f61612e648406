// Attribution rules: every attribution in one sentence, as token ranges.
// Internal to extract; the Extractor turns them into Statements.
//
// For each cue found by the CueLexicon the rules find
//  - the auxiliary chain before it ("has", "didn't", "continues to",
//    "declined to"), which tells negation and "no comment";
//  - the source: the noun phrase before the chain ("US officials said"), the
//    phrase after an inverted cue ("..., said X"), the subject shared with a
//    coordinated cue ("denies ... and says ..."), or the antecedent of "who";
//  - the content: after the cue ("X said (that) Y"), or before the source
//    when nothing but adjuncts follows the cue ("Y, X said in a statement"),
//    a second quoted part after an interruption ("“A,” he said, “B”"), or
//    the following sentence when the cue ends in a colon ("X said:").
// A content after a cue stops where a coordinated attribution starts.
#ifndef CLAIMGRAPH_EXTRACT_ATTRIBUTION_RULES_H_
#define CLAIMGRAPH_EXTRACT_ATTRIBUTION_RULES_H_

#include <cstddef>
#include <vector>

#include "extract/body_tokens.h"
#include "extract/content_finder.h"
#include "extract/cue_lexicon.h"
#include "extract/learned_cues.h"

namespace claimgraph::extract {

struct Attribution {
  std::size_t sentence = 0;
  TokenRange source;  // empty when shared_with >= 0
  // For a pronoun source after the start of its sentence, the subject of the
  // sentence ("Scientists pointed to samples they said showed ..."), which
  // the pronoun most likely refers to if their number agrees.
  TokenRange antecedent;
  // For a long source ("Soldiers who escaped ..., also said"), the noun
  // phrase that names the speaker ("Soldiers"); empty when it is the source.
  TokenRange head;
  int shared_with = -1;  // index of the attribution (same vector) whose source it shares
  TokenRange cue;        // the cue words (with a negating auxiliary for "didn't rule out")
  TokenRange chain;      // auxiliaries and adverbs between source and cue
  const CueSense* sense = nullptr;
  bool negated = false;      // "didn't", "not", "never" in the chain
  bool no_content = false;   // "declined to comment", a negated say-cue
  bool colon_intro = false;  // "X said:" — the content is the next sentence(s)
  std::vector<ContentPart> content;
};

// The attributions of body.sentences[sentence], in cue order. Attributions
// with no_content or colon_intro set have no content parts; all others have
// at least one. `learned` (may be null) adds cue words learned from data.
std::vector<Attribution> FindAttributions(const BodyTokens& body, std::size_t sentence,
                                          const LearnedCues* learned = nullptr);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ATTRIBUTION_RULES_H_
