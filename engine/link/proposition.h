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

#include <string>
#include <string_view>
#include <vector>

#include "link/lemmatizer.h"
#include "model/statement.h"

namespace claimgraph::link {

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
  // Every word token, lower-cased, and its inflectional lemma, in text order.
  std::vector<std::string> words;
  std::vector<std::string> word_lemmas;
};

// Analyses text[part] for each part of `parts` (byte offsets into `text`).
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

// "invade, ukraine": the shared lemmas for a reason sentence.
std::string JoinLemmas(const std::vector<Lemma>& lemmas);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_PROPOSITION_H_
