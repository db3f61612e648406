// Extractor: finds the statements in an article — who said what.
//
// For each sentence of the body it recognises attributions: a source (the
// speaker mention), a cue ("said", "denies", "according to", "in a
// statement"), and the content (the words attributed), whether the cue comes
// before or after the content, whether the content is quoted (direct),
// reported (indirect) or both (mixed). It resolves each source to a canonical
// speaker within the article ("he", "Peskov" -> "Dmitry Peskov"; "a
// spokesman for X" -> X), marks denials (polarity) and hedges, and emits
// remaining declarative sentences as narrative statements (no speaker).
// Page boilerplate (short lines without a verb, "Leave a Reply") yields none.
//
// One pass per article; an Extractor is immutable after construction and
// Extract() may be called from several threads at once.
#ifndef CLAIMGRAPH_EXTRACT_EXTRACTOR_H_
#define CLAIMGRAPH_EXTRACT_EXTRACTOR_H_

#include <vector>

#include "model/article.h"
#include "model/statement.h"

namespace claimgraph::extract {

class Extractor {
 public:
  // Loads the learned cue words once (ModelsDir()/cue_words.tsv, see
  // extract/learned_cues.h). Throws std::runtime_error naming the path if
  // the model file is missing or corrupt: a broken installation, not input.
  Extractor();
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Statements in text order (by content start). All spans are byte offsets
  // into article.text and lie within [article.body_begin, article.text.size()).
  std::vector<Statement> Extract(const Article& article) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_EXTRACTOR_H_
