// Narrative sentences and page boilerplate. Internal to extract.
//
// A sentence of the body that carries no attribution is a narrative
// statement (the outlet's own voice) when it reads as a declarative
// sentence: it ends in . ! ? (or a closing quote or bracket after one), has
// at least five words and a verb-like word. Page chrome yields nothing:
// lines without terminal punctuation ("Leave a Reply", bylines), short
// imperatives addressed to the reader ("Read the rest here.", "Click here
// to subscribe."), copyright and cookie notices.
#ifndef CLAIMGRAPH_EXTRACT_NARRATIVE_H_
#define CLAIMGRAPH_EXTRACT_NARRATIVE_H_

#include <cstddef>

#include "extract/body_tokens.h"

namespace claimgraph::extract {

// True if body.sentences[s] is page chrome rather than article prose.
bool IsBoilerplate(const BodyTokens& body, std::size_t s);

// True if body.sentences[s] should become a narrative statement when no
// attribution claims it.
bool IsNarrativeSentence(const BodyTokens& body, std::size_t s);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_NARRATIVE_H_
