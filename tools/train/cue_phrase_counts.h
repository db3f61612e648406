// Counting the multiword cue phrases of an annotated corpus for
// models/cue_phrases.tsv (format and use: engine/extract/cue_phrases.h).
//
// Candidates are the runs of 2 to kMaxPhraseWords consecutive word tokens
// inside one annotated cue (every sub-run of a cue's word runs, lower-cased),
// and each pair of them with either word as the wildcard ("has *", "* out").
// Each candidate is then counted over all texts: occurrences wholly inside
// one annotated cue, overlapping an annotated cue, and in all. Phrases found
// inside cues fewer than `min_inside` times are not written. The output
// holds phrases and counts only, no corpus text; deterministic.
#ifndef CLAIMGRAPH_TOOLS_TRAIN_CUE_PHRASE_COUNTS_H_
#define CLAIMGRAPH_TOOLS_TRAIN_CUE_PHRASE_COUNTS_H_

#include <string>
#include <vector>

#include "model/statement.h"
#include "text/tokens.h"

namespace claimgraph::train {

class CuePhraseCounter {
 public:
  // One article: its tokens and the byte spans of each annotated cue (the
  // parts of a discontinuous cue together).
  void Add(std::vector<text::Token> tokens, const std::vector<std::vector<Span>>& cues);
  // The model file's content, header first, phrases in byte order.
  std::string Serialize(long min_inside) const;

 private:
  struct Doc {
    std::vector<text::Token> tokens;
    std::vector<std::vector<int>> cues_of;  // per token: the cues holding it, ascending
  };
  std::vector<Doc> docs_;
};

}  // namespace claimgraph::train

#endif  // CLAIMGRAPH_TOOLS_TRAIN_CUE_PHRASE_COUNTS_H_
