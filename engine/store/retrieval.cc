// Store::RetrieveCandidates: earlier statements that may share a new
// statement's proposition, through the proposition-key index and the FTS5
// retrieval index (schema/0002_retrieval.sql).
//
// Invariants and reasons:
//   * the FTS5 query matches statements holding two or more of at most
//     kMaxQueryTerms terms, chosen rarest first
//     by their document frequency (term_frequency, a key lookup per term), so
//     the posting lists read per statement are the short ones;
//   * a term held by more than kMaxTermStatements statements is never
//     queried: its posting list grows with the corpus and says little;
//   * terms are split the way FTS5's unicode61 tokenizer splits them (on
//     ASCII non-alphanumerics), so the frequency lookup and the MATCH see the
//     same tokens; each token is a quoted FTS5 string, never query syntax.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/row_mapping_internal.h"
#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace internal {

RetrievalStatements::RetrievalStatements(SQLite::Database& db)
    : term_frequency(db, "SELECT statements FROM term_frequency WHERE term = ?1"),
      by_terms(db,
               "SELECT s.id, s.article_id, COALESCE(sp.name, ''), s.polarity, s.content,"
               " s.claim_id, s.hedged, a.source, a.published, m.score FROM ("
               "  SELECT rowid AS id, -bm25(statement_terms) AS score FROM statement_terms"
               "  WHERE statement_terms MATCH ?1 ORDER BY rank LIMIT ?2) AS m"
               " JOIN statements AS s ON s.id = m.id"
               " LEFT JOIN speakers AS sp ON sp.id = s.speaker_id"
               " JOIN articles AS a ON a.id = s.article_id"
               " ORDER BY m.score DESC, s.id DESC") {}

std::vector<std::string> RetrievalTokens(const std::vector<std::string>& terms) {
  std::set<std::string> tokens;
  for (const std::string& term : terms) {
    std::string token;
    for (char c : term) {
      const auto u = static_cast<unsigned char>(c);
      if (u >= 0x80 || std::isalnum(u)) {
        token += static_cast<char>(std::tolower(u));
      } else if (!token.empty()) {
        tokens.insert(std::move(token));
        token.clear();
      }
    }
    if (!token.empty()) tokens.insert(std::move(token));
  }
  return {tokens.begin(), tokens.end()};
}

}  // namespace internal

namespace {

std::int64_t DocumentFrequency(SQLite::Statement& query, const std::string& token) {
  internal::Rebind(query);
  query.bind(1, token);
  const std::int64_t df = query.executeStep() ? query.getColumn(0).getInt64() : 0;
  query.reset();
  return df;
}

// `("a" AND "b") OR ("a" AND "c") OR ...` over the rarest indexed tokens;
// "" when fewer than two qualify.
std::string MatchExpression(SQLite::Statement& frequency, const std::vector<std::string>& terms) {
  std::vector<std::pair<std::int64_t, std::string>> ranked;
  for (std::string& token : internal::RetrievalTokens(terms)) {
    const std::int64_t df = DocumentFrequency(frequency, token);
    if (df == 0 || df > Store::kMaxTermStatements) continue;
    ranked.emplace_back(df, std::move(token));
  }
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > static_cast<std::size_t>(Store::kMaxQueryTerms)) {
    ranked.resize(Store::kMaxQueryTerms);
  }
  // A pair judged related shares at least two content lemmas, so only
  // statements holding two of the terms are worth a bm25 score: the query is
  // the OR of every pair of terms, which keeps the scored set small.
  std::string expression;
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    for (std::size_t j = i + 1; j < ranked.size(); ++j) {
      if (!expression.empty()) expression += " OR ";
      // Tokens hold no '"' (it is a separator), so quoting makes them literal.
      expression += "(\"" + ranked[i].second + "\" AND \"" + ranked[j].second + "\")";
    }
  }
  return expression;
}

link::Candidate ReadCandidate(SQLite::Statement& q) {
  link::Candidate c;
  c.statement_id = q.getColumn(0).getInt64();
  c.article_id = q.getColumn(1).getInt64();
  c.speaker = q.getColumn(2).getString();
  c.polarity = internal::ParsePolarity(q.getColumn(3).getText());
  c.content = q.getColumn(4).getString();
  c.claim_id = q.getColumn(5).getInt64();
  c.hedged = q.getColumn(6).getInt() != 0;
  c.outlet = q.getColumn(7).getString();
  c.published = q.getColumn(8).getString();
  c.retrieval_score = q.getColumn(9).getDouble();
  return c;
}

}  // namespace

Result<std::vector<link::Candidate>> Store::RetrieveCandidates(
    const std::vector<std::string>& terms, const std::string& proposition_key, int limit) {
  using Candidates = std::vector<link::Candidate>;
  auto by_key = FindCandidates(proposition_key, limit);
  if (!by_key.ok()) return by_key.status();
  if (terms.empty()) return by_key;
  return internal::Guarded(impl_->path, "retrieving candidates", [&]() -> Result<Candidates> {
    if (!impl_->retrieval) {
      impl_->retrieval = std::make_unique<internal::RetrievalStatements>(impl_->db);
    }
    internal::RetrievalStatements& r = *impl_->retrieval;
    Candidates out = std::move(by_key).value();
    const std::string expression = MatchExpression(r.term_frequency, terms);
    if (expression.empty()) return out;
    std::set<std::int64_t> seen;
    for (const link::Candidate& c : out) seen.insert(c.statement_id);
    internal::Rebind(r.by_terms);
    r.by_terms.bind(1, expression);
    r.by_terms.bind(2, internal::SqlLimit(limit));
    while (r.by_terms.executeStep()) {
      link::Candidate c = ReadCandidate(r.by_terms);
      if (seen.insert(c.statement_id).second) out.push_back(std::move(c));
    }
    r.by_terms.reset();
    return out;
  });
}

}  // namespace claimgraph::store
