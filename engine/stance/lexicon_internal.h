// Cue words that signal a body's stance: refutation ("hoax", "deny"),
// hedging and rumour ("reportedly", "unconfirmed"), confirmation
// ("confirmed", "officially"). Internal to stance/.
//
// Words are matched on the lower-cased surface form or its inflectional
// lemma. Each word has a fixed index, used for one indicator feature per
// word, so the list is append-only once a model is shipped (the model file
// records the feature count and refuses a mismatch).
#ifndef CLAIMGRAPH_STANCE_LEXICON_INTERNAL_H_
#define CLAIMGRAPH_STANCE_LEXICON_INTERNAL_H_

#include <span>
#include <string_view>

namespace claimgraph::stance::internal {

enum class CueClass { kNone, kRefute, kHedge, kConfirm };

struct CueWord {
  std::string_view word;
  CueClass cue_class;
};

// All cue words, in feature order.
std::span<const CueWord> CueWords();

// The index of `word` (or of `lemma`) in CueWords(), or -1.
int CueIndex(std::string_view word, std::string_view lemma);

}  // namespace claimgraph::stance::internal

#endif  // CLAIMGRAPH_STANCE_LEXICON_INTERNAL_H_
