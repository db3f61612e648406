// Statement: one attributed (or narrative) assertion found in an article.
#ifndef CLAIMGRAPH_MODEL_STATEMENT_H_
#define CLAIMGRAPH_MODEL_STATEMENT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

// [begin, end) byte offsets into Article::text. An empty span means "absent".
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return end <= begin; }
  std::size_t size() const { return empty() ? 0 : end - begin; }
  std::string_view in(std::string_view text) const { return text.substr(begin, size()); }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class StatementKind {
  kDirect,     // the content is a verbatim quotation
  kIndirect,   // reported speech without quotation marks
  kMixed,      // reported speech that quotes part of the words
  kNarrative,  // an assertion in the outlet's own voice, no speaker
};

enum class Polarity {
  kAsserted,  // the speaker puts the content forward as true
  kDenied,    // the speaker says the content is false ("denies it plans to ...")
};

struct Statement {
  Span sentence;               // the sentence (or sentences) that carry the statement
  Span source;                 // the speaker mention as written; empty for narrative
  Span cue;                    // the cue words ("said", "according to"); may be empty
  std::vector<Span> content;   // one part, or several when a quote is interrupted
  std::string speaker;         // resolved canonical speaker ("Dmitry Peskov"); "" if narrative
  std::string cue_lemma;       // normalised cue ("say", "deny", "according to"); "" if none
  StatementKind kind = StatementKind::kNarrative;
  Polarity polarity = Polarity::kAsserted;
  bool hedged = false;         // modal or hedging language ("may", "reportedly", "premature")

  // The content parts joined by single spaces.
  std::string ContentText(std::string_view text) const {
    std::string out;
    for (const Span& part : content) {
      if (!out.empty()) out += ' ';
      out += part.in(text);
    }
    return out;
  }
};

inline const char* ToString(StatementKind kind) {
  switch (kind) {
    case StatementKind::kDirect: return "direct";
    case StatementKind::kIndirect: return "indirect";
    case StatementKind::kMixed: return "mixed";
    case StatementKind::kNarrative: return "narrative";
  }
  return "narrative";
}

inline const char* ToString(Polarity polarity) {
  return polarity == Polarity::kDenied ? "denied" : "asserted";
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_MODEL_STATEMENT_H_
