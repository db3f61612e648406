// Content finder: the words attributed by a cue, before or after it.
// Internal to extract.
//
// Content never includes the cue, the source, the sentence's final
// punctuation, nor a trailing clause that is not part of what was said
// (", throwing into question ...", ", though ...", "; ..."). It keeps the
// complementiser "that", as PolNeAR marks contents ("said that X").
// A content that is exactly one quotation is returned without its quotation
// marks and flagged direct; a quotation may run over several sentences
// (quote marks are paired across sentences by BodyTokens).
#ifndef CLAIMGRAPH_EXTRACT_CONTENT_FINDER_H_
#define CLAIMGRAPH_EXTRACT_CONTENT_FINDER_H_

#include <cstddef>
#include <optional>

#include "extract/body_tokens.h"

namespace claimgraph::extract {

struct ContentPart {
  TokenRange range;
  bool direct = false;  // the part is the inside of one quotation
};

// Skips what may stand between a cue and its content: time words and
// prepositional adjuncts ("on Thursday", "in a statement", "to reporters").
// Returns the index after them, or `k` if what follows is not a content
// opener (so content that starts with a preposition is kept).
std::size_t SkipAdjuncts(const BodyTokens& body, std::size_t k, std::size_t limit);

// True if [k, limit) holds no words: only closing quotes and final punctuation.
bool OnlyTrailingPunct(const BodyTokens& body, std::size_t k, std::size_t limit);

// Content that starts at or after token k and ends before `limit` (the end
// of the sentence or the start of a coordinated attribution). Keeps a
// leading complementiser "that"; skips a colon or comma before a quotation
// and a leading "of" or "about" (which belong to the cue). A
// content that starts with a quotation closing in a later sentence runs to
// that closing mark (past `limit`).
std::optional<ContentPart> ContentAfter(const BodyTokens& body, std::size_t k, std::size_t limit);

// Content that ends just before token `end` (the source or cue of an
// attribution placed after its content: "Y, X said", "“Q,” said X") and
// starts at `floor` or, for a quotation, at its opening mark, which may lie
// in an earlier sentence. Requires a comma, dash or closing quote before
// `end`; returns nullopt otherwise.
std::optional<ContentPart> ContentBefore(const BodyTokens& body, std::size_t floor,
                                         std::size_t end);

// PolNeAR puts the preposition that joins a cue to its content in the cue
// ("called for", "warned about", "railed against"): when one of "for",
// "about", "against", "of", "on", "over" stands right after the cue and
// the first content part starts at it or right after it, the cue takes it
// and the part loses it. `first` is the statement's first content part.
void AttachLinkingPreposition(const BodyTokens& body, TokenRange* cue, TokenRange* first);

// The whole quotation that opens at token `open` (its inside), if paired.
std::optional<ContentPart> QuotationAt(const BodyTokens& body, std::size_t open);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_CONTENT_FINDER_H_
