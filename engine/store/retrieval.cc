// Store::RetrieveCandidates: earlier statements that may share a new
// statement's proposition, through the proposition-key index and the term
// postings (schema/0002_retrieval.sql, 0006_term_postings.sql).
//
// Invariants and reasons:
//   * at most kMaxQueryTerms terms are queried, rarest first by their
//     document frequency (term_frequency, a key lookup per term), so the
//     posting lists read are the short ones; a term held by more than
//     kMaxTermStatements statements is never queried;
//   * each term's posting list is read newest first and at most
//     kMaxPostingsPerTerm entries deep (one range scan of term_postings'
//     primary key, backwards from the term's end), so the work per statement
//     is bounded by a constant, not by the corpus: at scale the candidates
//     are the recent statements holding the rare terms;
//   * the statements holding two or more of the queried terms are scored in
//     memory by the sum of the inverse document frequencies of the terms they
//     hold (bm25 without length normalisation; retrieval terms are unique per
//     statement so term frequency is 1). Profiling showed FTS5's own
//     `("a" AND "b") OR ...` with bm25 ranking to be most of the ingest time,
//     and later even one FTS5 MATCH per term cost 60-90 us, most of the
//     retrieval: hence the B-tree postings;
//   * terms are split into tokens on ASCII non-alphanumerics (as FTS5's
//     unicode61 tokenizer split them for the index of 0002), and the writer
//     posts and counts exactly these tokens; a token is a bound value, never
//     query syntax.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/row_mapping_internal.h"
#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace internal {

RetrievalStatements::RetrievalStatements(SQLite::Database& db)
    : term_frequency(db, "SELECT statements FROM term_frequency WHERE term = ?1"),
      postings(db,
               "SELECT statement_id FROM term_postings WHERE term = ?1"
               " ORDER BY statement_id DESC LIMIT ?2"),
      indexed(db, "SELECT COALESCE(MAX(id), 0) FROM statements"),
      by_id(db,
            "SELECT s.id, s.article_id, COALESCE(sp.name, ''), s.polarity, s.content,"
            " s.claim_id, s.hedged, a.source, a.published, s.normalised"
            " FROM statements AS s LEFT JOIN speakers AS sp ON sp.id = s.speaker_id"
            " JOIN articles AS a ON a.id = s.article_id WHERE s.id = ?1") {}

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

struct QueryTerm {
  std::int64_t frequency = 0;
  std::string token;
  bool operator<(const QueryTerm& o) const {
    return frequency != o.frequency ? frequency < o.frequency : token < o.token;
  }
};

std::int64_t DocumentFrequency(SQLite::Statement& query, const std::string& token) {
  internal::Rebind(query);
  query.bind(1, token);
  const std::int64_t df = query.executeStep() ? query.getColumn(0).getInt64() : 0;
  query.reset();
  return df;
}

// The rarest indexed tokens of `terms`, at most kMaxQueryTerms.
std::vector<QueryTerm> RarestTerms(SQLite::Statement& frequency,
                                   const std::vector<std::string>& terms) {
  std::vector<QueryTerm> ranked;
  for (std::string& token : internal::RetrievalTokens(terms)) {
    const std::int64_t df = DocumentFrequency(frequency, token);
    if (df == 0 || df > Store::kMaxTermStatements) continue;
    ranked.push_back({df, std::move(token)});
  }
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > static_cast<std::size_t>(Store::kMaxQueryTerms)) {
    ranked.resize(Store::kMaxQueryTerms);
  }
  return ranked;
}

// bm25's inverse document frequency, floored as FTS5 floors it.
double Idf(double statements, double frequency) {
  const double idf = std::log((statements - frequency + 0.5) / (frequency + 0.5));
  return idf > 1e-6 ? idf : 1e-6;
}

struct Scored {
  std::int64_t id = 0;
  int terms = 0;
  double score = 0;
};

// Statements holding two or more of the terms, best score first, then newest.
std::vector<Scored> ScoreByTerms(internal::RetrievalStatements& r,
                                 const std::vector<QueryTerm>& terms) {
  internal::Rebind(r.indexed);
  const double statements =
      r.indexed.executeStep() ? static_cast<double>(r.indexed.getColumn(0).getInt64()) : 0;
  r.indexed.reset();
  std::unordered_map<std::int64_t, Scored> hits;
  for (const QueryTerm& term : terms) {
    const double idf = Idf(statements, static_cast<double>(term.frequency));
    internal::Rebind(r.postings);
    r.postings.bind(1, term.token);
    r.postings.bind(2, Store::kMaxPostingsPerTerm);
    while (r.postings.executeStep()) {
      const std::int64_t id = r.postings.getColumn(0).getInt64();
      Scored& s = hits[id];
      s.id = id;
      ++s.terms;
      s.score += idf;
    }
    r.postings.reset();
  }
  std::vector<Scored> out;
  for (const auto& [id, s] : hits) {
    if (s.terms >= 2) out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.id > b.id;
  });
  return out;
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
  c.normalised = q.getColumn(9).getString();
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
    const std::vector<QueryTerm> query = RarestTerms(r.term_frequency, terms);
    if (query.size() < 2) return out;
    std::set<std::int64_t> seen;
    for (const link::Candidate& c : out) seen.insert(c.statement_id);
    int added = 0;
    for (const Scored& s : ScoreByTerms(r, query)) {
      if (limit > 0 && added >= limit) break;
      if (!seen.insert(s.id).second) continue;
      internal::Rebind(r.by_id);
      r.by_id.bind(1, s.id);
      if (r.by_id.executeStep()) {
        link::Candidate c = ReadCandidate(r.by_id);
        c.retrieval_score = s.score;
        out.push_back(std::move(c));
        ++added;
      }
      r.by_id.reset();
    }
    return out;
  });
}

Result<std::vector<std::vector<link::Candidate>>> Store::RetrieveCandidatesForAll(
    const std::vector<CandidateQuery>& queries, int limit) {
  using All = std::vector<std::vector<link::Candidate>>;
  return internal::Guarded(impl_->path, "retrieving candidates", [&]() -> Result<All> {
    // A read transaction pins one snapshot for all the queries and takes the
    // WAL read lock once, not once per statement.
    internal::ReadScope read(impl_->db);
    All out(queries.size());
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const CandidateQuery& q = queries[i];
      if (q.terms.empty() && q.proposition_key.empty()) continue;
      auto found = RetrieveCandidates(q.terms, q.proposition_key, limit);
      if (!found.ok()) return found.status();
      out[i] = std::move(found).value();
    }
    return out;
  });
}

}  // namespace claimgraph::store
