// Cross-article relations: how a new statement relates to an earlier one
// found by retrieval, and the terms retrieval indexes.
//
// Both statements are reduced to normalised lemma sets: the proposition
// lemmas of AnalyzeContent, with a small news synonym table applied
// ("forces" -> "troop", "pullback" / "pull back" -> "withdraw", "plant" ->
// "factory", "Russian" -> "russia"), so that two wordings of one proposition
// share terms. RetrievalTerms (linker.h) gives those terms for the index;
// ComputePairFeatures measures a pair; ClassifyPair turns the features into
// one of four relations with transparent weighted rules (all weights live in
// ClassifyPair, so a trained model can replace it without touching callers).
//
// Precision first: a false "contradicts" across articles is worse than a
// missed one, so a contradiction needs strong topical overlap AND an explicit
// signal (opposite polarity on a shared predicate, an antonym pair, or a
// debunking word on one side only). Pure and thread-safe.
#ifndef CLAIMGRAPH_LINK_RELATION_H_
#define CLAIMGRAPH_LINK_RELATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "link/linker.h"
#include "link/proposition.h"
#include "model/statement.h"

namespace claimgraph::link {

// A statement's content, normalised for cross-article comparison.
struct NormalisedContent {
  ContentAnalysis analysis;       // lemmas, core and occurrences normalised
  bool negative = false;          // claim polarity: denied XOR negated
  bool hedged = false;            // hedge or rumour words ("reportedly", "allegedly")
  bool debunks = false;           // "hoax", "fake", "debunked", "false", "baseless" ...
  std::vector<std::string> numbers;  // numeric tokens, sorted, unique
  std::vector<std::string> names;    // capitalised words (names), normalised, sorted, unique
};

NormalisedContent Normalise(std::string_view text, const std::vector<Span>& parts,
                            Polarity polarity, bool hedged);

// The form a stored statement is compared in: its content text alone
// (statement.ContentText, parts joined by a space), as a Candidate carries
// it. For a one-part content it equals Normalise over the article (tokens
// never reach outside their part), so it is analysed once.
NormalisedContent NormaliseForStorage(std::string_view text, const Statement& statement,
                                      const NormalisedContent& in_article);

// The stored form of a NormalisedContent (normalised_codec.cc): everything
// ComputePairFeatures reads (not analysis.words / word_lemmas), so stored
// candidates are compared without being analysed again. A compact,
// length-prefixed, versioned text. DecodeNormalised returns false, leaving
// *content unchanged, for a damaged value or another version.
std::string EncodeNormalised(const NormalisedContent& content);
bool DecodeNormalised(std::string_view encoded, NormalisedContent* content);

// The normalised content of a candidate: its stored form when it carries a
// valid one, else Normalise over its content (rows stored before the form
// was kept).
NormalisedContent NormaliseCandidate(const Candidate& candidate);

// The retrieval terms (RetrievalTerms) of a statement normalised in its article.
std::string RetrievalTextOf(const NormalisedContent& in_article);

// RelateAcrossArticles with the statement already normalised in its article
// (Normalise(text, statement.content, statement.polarity, statement.hedged)):
// the same result, without analysing the statement again.
CrossArticleResult RelateNormalised(std::string_view text, const Statement& statement,
                                    std::size_t index, const NormalisedContent& mine,
                                    const std::vector<Candidate>& candidates);

enum class PairRelation {
  kSameClaim,      // a restatement: the same proposition with the same polarity
  kContradicts,    // the same proposition, opposite stance
  kRelated,        // the same topic, no stance between them
  kUnrelated,
};

const char* ToString(PairRelation relation);

struct PairFeatures {
  Overlap overlap;               // on the normalised lemma sets
  bool same_lemmas = false;      // identical normalised lemma sets
  bool polarity_differs = false;
  bool opposition = false;       // FindOpposition on the normalised analyses
  std::string predicate, anchor;  // of the opposition, or of the antonym pair
  bool antonym = false;          // an antonym pair across the two sides
  double antonym_coefficient = 0;  // overlap coefficient with the pair taken as shared
  bool debunk_asymmetry = false;  // one side calls it a hoax/fake, the other does not
  bool number_mismatch = false;  // both give numbers, none in common
  bool name_conflict = false;    // each side names someone or something the other does not
  bool hedge_asymmetry = false;  // one side hedged or rumoured, the other not
  double retrieval_score = 0;    // the index's bm25 relevance (higher is closer)
};

PairFeatures ComputePairFeatures(const NormalisedContent& a, const NormalisedContent& b,
                                 double retrieval_score = 0);

struct PairJudgement {
  PairRelation relation = PairRelation::kUnrelated;
  double score = 0;      // confidence in [0, 1]
  std::string signal;    // what decided it: "opposite polarity on 'withdraw'", ...
};

PairJudgement ClassifyPair(const PairFeatures& features);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_RELATION_H_
