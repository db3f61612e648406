// Linker: draws supports/disputes edges between statements, and computes the
// keys that group statements into claims.
//
// Within an article it recognises rebuttals and contradictions:
//   * anaphoric rebuttals: "... though the US and its allies have disputed
//     that" — a dispute/deny/reject cue whose content is an anaphor ("that",
//     "this", "those claims") disputes the statement the anaphor refers to;
//   * denial versus assertion: a statement asserting a proposition that
//     another speaker denies (same proposition key, opposite polarity);
//   * standoffs: a rejection ("Washington has rejected Moscow's demands") and
//     a refusal to yield on the same object ("won't back down on those")
//     dispute each other;
//   * contrast connectives ("but", "though", "however") joining statements of
//     different speakers whose contents conflict.
// Across articles it compares a new statement with candidate earlier
// statements (found by the caller through the store's indexes, proposition
// key and full-text retrieval over RetrievalTerms, never by scanning), labels
// each pair (relation.h: restatement, contradiction, related, unrelated),
// joins a restatement to the earlier claim and draws supports (restatement by
// another speaker) or disputes (contradiction) edges.
#ifndef CLAIMGRAPH_LINK_LINKER_H_
#define CLAIMGRAPH_LINK_LINKER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "model/edge.h"
#include "model/statement.h"

namespace claimgraph::link {

// Keys of one statement.
struct StatementKeys {
  // Normalised proposition without polarity: lower-cased lemmas of the content
  // words (stop words, negators, hedges and attribution cues removed, sorted
  // and de-duplicated), joined by spaces. Two statements with the same
  // proposition key talk about the same proposition. "" when the content has
  // too few content words to compare.
  std::string proposition;
  // The claim key: proposition plus polarity ("+ " or "- " prefix). Statements
  // with the same claim key assert the same thing and form one claim. The
  // sign is "-" when the statement is denied XOR its content is negated (an
  // odd number of negators and negative verbs: "no concrete plans",
  // "doesn't invade"; "didn't rule out" is positive). "" when proposition is "".
  std::string claim;
};

StatementKeys ComputeKeys(std::string_view text, const Statement& statement);

// The statement's retrieval terms for the candidate index: its content
// lemmas with news synonyms folded ("forces" -> "troop", "pull back" ->
// "withdraw"), names and numbers included, unique and sorted. Empty when the
// content has fewer than two content lemmas. RetrievalText joins them by
// spaces, as stored.
std::vector<std::string> RetrievalTerms(std::string_view text, const Statement& statement);
std::string RetrievalText(std::string_view text, const Statement& statement);

// Edges among the statements of one article (indices into `statements`).
std::vector<Edge> LinkWithinArticle(const Article& article,
                                    const std::vector<Statement>& statements);

// An earlier stored statement that may be about the same proposition as a
// new one (same proposition key, or found by the retrieval index).
struct Candidate {
  std::int64_t statement_id = 0;
  std::int64_t article_id = 0;
  std::string speaker;
  Polarity polarity = Polarity::kAsserted;
  std::string content;
  std::int64_t claim_id = 0;     // 0 when unknown
  bool hedged = false;
  std::string outlet{};          // the article's source; may be ""
  std::string published{};       // the article's date as given; may be ""
  double retrieval_score = 0;    // index relevance, higher is closer; 0 for key matches
  // The stored normalised content (relation.h, EncodeNormalised of
  // NormaliseForStorage); "" for rows stored without it: then the content is
  // analysed when compared.
  std::string normalised{};
};

// An edge from a new statement (index into the article's statements) to an
// earlier stored statement: the new statement supports or disputes it.
struct CrossLink {
  std::size_t from_index = 0;
  std::int64_t to_statement = 0;
  Relation relation = Relation::kDisputes;
  std::string rule;
  std::string reason;
  double score = 1.0;
};

// What a new statement does across articles: the edges it draws, and the
// earlier claim it restates (join_claim, 0 for none). A restatement joins the
// candidate's claim whatever the speaker; it also supports that statement
// when the speakers differ. A contradiction disputes it. At most one edge per
// earlier claim and relation (the best-scoring candidate of that claim).
struct CrossArticleResult {
  std::vector<CrossLink> links;
  std::int64_t join_claim = 0;
};
CrossArticleResult RelateAcrossArticles(std::string_view text,
                                        const std::vector<Statement>& statements,
                                        std::size_t index,
                                        const std::vector<Candidate>& candidates);

// Cross-article links for statement `index` of the new article against its
// candidates (RelateAcrossArticles' links). Statements of the same speaker
// never dispute each other.
std::vector<CrossLink> LinkAcrossArticles(std::string_view text,
                                          const std::vector<Statement>& statements,
                                          std::size_t index,
                                          const std::vector<Candidate>& candidates);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_LINKER_H_
