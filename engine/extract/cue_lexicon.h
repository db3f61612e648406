// CueLexicon: the words that mark an attribution and what they mean.
//
// A cue is a reporting verb in any inflection ("say", "says", "said",
// "saying"), a verb with a particle ("rule out", "point out", "push back"),
// or a prepositional phrase ("according to"). Each cue has a sense: its
// lemma, whether it asserts or denies the content (deny-type: "deny",
// "reject", "dispute", "refute", "dismiss", "rule out" ...), whether the cue
// itself hedges ("suggest", "believe", "claim"), whether it takes an object
// before its content ("told reporters that"), and whether a bare noun phrase
// can be its content ("rejected Moscow's demands", "disputed that").
//
// The lexicon is immutable and built once on first use; Instance() and every
// lookup are thread-safe.
#ifndef CLAIMGRAPH_EXTRACT_CUE_LEXICON_H_
#define CLAIMGRAPH_EXTRACT_CUE_LEXICON_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "text/tokens.h"

namespace claimgraph::extract {

enum class CueType {
  kSay,        // the source puts the content forward
  kDeny,       // the source says the content is false
  kNoContent,  // the source is on record but says nothing ("comment" after "declined to")
};

struct CueSense {
  std::string lemma;  // "say", "deny", "rule out", "according to"
  CueType type = CueType::kSay;
  bool hedged = false;           // the cue weakens the content ("suggest", "believe")
  bool takes_object = false;     // "told reporters (that) ...", "assured allies ..."
  bool nominal_content = false;  // a bare noun phrase is a full content ("denied the report")
  bool prepositional = false;    // "according to": the source follows the cue
  bool colon_only = false;       // only a cue when a colon follows ("Caddell continued:")
  bool needs_that = false;       // only a cue before "that", a colon or a quotation, or after
                                 // its content ("found that ...", not "found a way")
};

struct CueMatch {
  std::size_t begin = 0;  // token index of the first cue word
  std::size_t end = 0;    // one past the last cue word
  const CueSense* sense = nullptr;
  bool ing_form = false;   // "saying", "denying": a participle with no subject of its own
  bool base_form = false;  // "say", "deny": needs an auxiliary or "to" to its left
  bool noun_form = false;  // "claims", "reports", "comment": the same word is a common noun
};

class CueLexicon {
 public:
  static const CueLexicon& Instance();

  // The longest cue starting at tokens[i], or nullopt. Only looks at the
  // lower-cased word forms; whether the word is used as a verb there is the
  // caller's decision (see LooksLikeVerbUse).
  std::optional<CueMatch> MatchAt(std::span<const text::Token> tokens, std::size_t i) const;

  // The sense of one word form ("denied" -> deny), ignoring particles.
  const CueSense* Lookup(std::string_view lower_word) const;

  ~CueLexicon();
  CueLexicon(const CueLexicon&) = delete;
  CueLexicon& operator=(const CueLexicon&) = delete;

 private:
  CueLexicon();
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

// True if the word at tokens[i] is used as a verb rather than a noun:
// "the report", "in a statement", "his claims" are nouns.
bool LooksLikeVerbUse(std::span<const text::Token> tokens, std::size_t i);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_CUE_LEXICON_H_
