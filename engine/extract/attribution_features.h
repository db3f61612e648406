// Attribution features: the strings the learned cue and role classifiers
// see, computed from BodyTokens. Internal to extract; shared by the engine
// (AttributionTagger) and the trainer (tools/train/train_attribution) so the
// two cannot drift apart.
//
//  * Cue features describe one token: its word, suffixes, shape, its
//    neighbours up to two away, whether it is quoted, whether the cue
//    lexicon or the learned cue words know it; and, to carry over to cue
//    words rare in training, its WordNet verb lemma and verb/noun classes
//    (extract/wordnet_classes.h) conjoined with what follows ("that", "to",
//    a quotation, a colon) and whether a subject-like word precedes.
//  * Role features describe one token relative to one cue: direction and
//    distance, sentence (the cue's, the one before, the one after), its word
//    and neighbours conjoined with the direction, and what lies between it
//    and the cue (commas, quotation marks, "that", another cue, a sentence
//    end), also conjoined with the cue's WordNet class. A role window is the cue's sentence plus its neighbours in the
//    same paragraph; tokens outside it are never source or content.
#ifndef CLAIMGRAPH_EXTRACT_ATTRIBUTION_FEATURES_H_
#define CLAIMGRAPH_EXTRACT_ATTRIBUTION_FEATURES_H_

#include <string>
#include <vector>

#include "extract/body_tokens.h"
#include "extract/learned_cues.h"

namespace claimgraph::extract {

using FeatureList = std::vector<std::string>;

// Per token: 1 when the cue lexicon (or `learned`, may be null) matches a
// cue covering the token.
std::vector<char> LexiconMarks(const BodyTokens& body, const LearnedCues* learned);

// The cue features of every token of the body (`marks` from LexiconMarks).
std::vector<FeatureList> CueFeatures(const BodyTokens& body, const std::vector<char>& marks);

// The tokens a cue's source and content may come from.
TokenRange RoleWindow(const BodyTokens& body, TokenRange cue);

// The role features of every token of RoleWindow(body, cue), in order; the
// cue's own tokens get an empty list (they are never source or content).
// `cue_marks` marks the tokens of all cues of the article (1 = in a cue).
std::vector<FeatureList> RoleFeatures(const BodyTokens& body, TokenRange cue,
                                      const std::vector<char>& cue_marks);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ATTRIBUTION_FEATURES_H_
