// Proposition analysis: what a statement's content says, reduced to lemmas.
//
// AnalyzeContent tokenises the content parts of a statement and keeps the
// lemmas of its content words (stop words, pronouns, negators and hedges
// removed; see stop_words.h), counts negations, recognises contents that are
// only an anaphor ("that", "those claims"), and separates the words inside
// conditional clauses ("only if Russia doesn't invade"), which a speaker does
// not assert. Compare measures how far two lemma sets overlap. Internal to
// the link stage; pure and thread-safe.
#ifndef CLAIMGRAPH_LINK_PROPOSITION_H_
#define CLAIMGRAPH_LINK_PROPOSITION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "link/lemmatizer.h"
#include "model/statement.h"

namespace claimgraph::link {

// One content word in context.
struct Occurrence {
  Lemma lemma;
  bool negated = false;      // an odd number of negations earlier in its clause
  bool conditional = false;  // inside an "if" / "unless" / "whether" clause
  int clause = 0;            // clause number within the content
};

struct ContentAnalysis {
  // Content lemmas of all parts, unique, sorted by text.
  std::vector<Lemma> lemmas;
  // Content lemmas outside conditional clauses, unique, sorted by text.
  std::vector<Lemma> core;
  // An odd number of negations (negators, and negative verbs such as "deny"
  // or "rule out") in the whole content / outside conditional clauses.
  bool negated = false;
  bool core_negated = false;
  // The content is nothing but an anaphor: "that", "it", "those claims",
  // "the assertion", "such reports".
  bool anaphor = false;
  // Content words in text order.
  std::vector<Occurrence> occurrences;
  // Every word token, lower-cased, and its inflectional lemma, in text order.
  std::vector<std::string> words;
  std::vector<std::string> word_lemmas;
};

// Analyses text[part] for each part of `parts` (byte offsets into `text`).
// Clauses end at punctuation and at subordinators ("but", "because",
// "which"); a negation reaches to the end of its clause.
ContentAnalysis AnalyzeContent(std::string_view text, const std::vector<Span>& parts);

// Overlap of two lemma sets (each unique and sorted by text). Predicate
// lemmas weigh 1.5, others 1.
struct Overlap {
  std::vector<Lemma> shared;
  double coefficient = 0;  // weight(shared) / weight(smaller set), in [0, 1]
  double jaccard = 0;      // weight(shared) / weight(union), in [0, 1]
  bool shares_predicate = false;
};
Overlap Compare(const std::vector<Lemma>& a, const std::vector<Lemma>& b);

// Two contents opposed on one predicate: one side asserts it, the other
// negates or denies it, and some other content word (the anchor, usually the
// predicate's object) shares the predicate's clause on both sides. A
// predicate negated in one place and asserted in another of the same content
// is ambiguous and never opposes.
struct Opposition {
  bool first_positive = false;  // the first content is the asserting side
  std::string predicate;
  std::string anchor;
};
// `a_denied` / `b_denied`: the statement denies its whole content.
std::optional<Opposition> FindOpposition(const ContentAnalysis& a, bool a_denied,
                                         const ContentAnalysis& b, bool b_denied);

// "invade, ukraine": the shared lemmas for a reason sentence.
std::string JoinLemmas(const std::vector<Lemma>& lemmas);

// Sorts lemmas by text and merges duplicates; a word seen once as a
// predicate stays a predicate.
void SortUniqueLemmas(std::vector<Lemma>& lemmas);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_PROPOSITION_H_
