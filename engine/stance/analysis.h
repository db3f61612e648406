// Analysis: what the stance features need from one text, computed in one
// pass and kept, so that each (claim, body) pair costs only cheap lookups.
//
// A text is split into sentences and tokens (text/), each word reduced to a
// key lemma (link/lemmatizer.h) with stop words dropped; per sentence the
// analysis keeps sorted term counts and flags for refutation, hedging,
// negation and confirmation cues; for a body it also keeps the extractor's
// statements (content terms, denied or hedged). Term weights come later from
// an Idf (ApplyIdf), so one analysis serves several models (cross-validation
// folds). Terms are 64-bit hashes of lemma strings.
#ifndef CLAIMGRAPH_STANCE_ANALYSIS_H_
#define CLAIMGRAPH_STANCE_ANALYSIS_H_

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "model/statement.h"

namespace claimgraph::stance {

using TermId = std::uint64_t;
using TermCounts = std::vector<std::pair<TermId, int>>;  // sorted by id, counts > 0

// FNV-1a over the bytes of `term`: stable across runs and platforms.
TermId HashTerm(std::string_view term);

// Inverse document frequencies of lemmas; unknown lemmas weigh `unknown`.
class Idf {
 public:
  Idf() = default;
  Idf(std::unordered_map<std::string, double> by_term, double unknown);
  // idf(t) = ln((1 + documents) / (1 + df(t))) + 1, over distinct terms per
  // document; terms seen in fewer than `min_df` documents are left out (they
  // weigh like unknown terms, the highest weight).
  static Idf FromDocuments(const std::vector<const std::vector<std::string>*>& vocabularies,
                           int min_df);

  double Weight(TermId term) const;
  double unknown() const { return unknown_; }
  const std::unordered_map<std::string, double>& by_term() const { return by_term_; }

 private:
  std::unordered_map<std::string, double> by_term_;
  std::unordered_map<TermId, double> by_id_;
  double unknown_ = 1.0;
};

// Sentence flags.
enum : std::uint8_t {
  kRefuteCue = 1,   // "fake", "hoax", "denied", "debunked" ...
  kHedgeCue = 2,    // "reportedly", "allegedly", "may", "claims" ...
  kNegation = 4,    // "not", "n't", "no", "never", or a negative verb
  kConfirmCue = 8,  // "confirmed", "officially", "announced" ...
};

// Bit i: cue word i of the stance lexicon occurs (lexicon_internal.h).
using CueSet = std::bitset<128>;

struct SentenceTerms {
  Span span;                 // into the analysed text
  TermCounts terms;
  std::uint8_t flags = 0;
  CueSet cue_words;
  double norm = 0;           // tf-idf norm, set by ApplyIdf
};

struct StatementTerms {
  std::vector<TermId> terms;  // sorted, distinct content terms
  bool denied = false;
  bool hedged = false;
};

struct TextAnalysis {
  std::vector<SentenceTerms> sentences;
  TermCounts terms;                   // whole text
  std::vector<TermId> bigrams;        // sorted, distinct pairs of adjacent terms
  std::vector<TermId> capitalised;    // sorted, distinct terms written capitalised mid-sentence
  std::vector<TermId> numbers;        // sorted, distinct number tokens
  std::vector<TermId> antonyms;       // sorted, distinct WordNet antonyms of the terms
  std::vector<std::string> vocabulary;  // distinct lemma strings (for Idf::FromDocuments)
  std::vector<StatementTerms> statements;
  int tokens = 0;
  bool question = false;  // the text ends with '?'
  double norm = 0;        // tf-idf norm of the whole text, set by ApplyIdf
};

struct AnalysisOptions {
  const extract::Extractor* extractor = nullptr;  // null: no statements
  bool antonyms = false;                          // fill TextAnalysis::antonyms
};

// Analyses text[range]. `text` must be valid UTF-8. Thread-safe.
TextAnalysis Analyse(std::string_view text, Span range, const AnalysisOptions& options);

// Sets the tf-idf norms of the text and of its sentences.
void ApplyIdf(const Idf& idf, TextAnalysis* analysis);

}  // namespace claimgraph::stance

#endif  // CLAIMGRAPH_STANCE_ANALYSIS_H_
