// Store::RetrieveCandidates: earlier statements that may share a new
// statement's proposition, through the proposition-key index and the term
// postings (schema/0002_retrieval.sql, 0006_term_postings.sql,
// 0009_recent_postings.sql).
//
// Invariants and reasons:
//   * at most kMaxQueryTerms terms are queried, rarest first by their
//     document frequency (term_frequency, a key lookup per term), so the
//     posting lists read are the short ones; a term held by more than
//     kMaxTermStatements statements is never queried;
//   * each term's posting list is read newest first and at most
//     kMaxPostingsPerTerm entries deep (one backward range scan of the
//     primary key of term_postings and one of recent_postings, which
//     together hold the term's postings), so the work per statement
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
//     query syntax;
//   * the queries of one call (all the statements of one new article) read
//     one snapshot (a ReadScope); what they read - the statement count, a
//     token's frequency and postings, candidate rows - is kept across calls
//     in the connection's RetrievalCache, which AddArticle keeps equal to the
//     database and which drops its term entries when another connection has
//     committed (retrieval_cache_internal.h). Profiling the ingest at 10k
//     articles put 12% of the sequential stage in reading candidate rows and
//     12% in the hash map of ScoreByTerms (a node allocation per posting),
//     hence the caches and the sorted flat list.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <optional>
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
      postings(db,
               "SELECT statement_id FROM term_postings WHERE term = ?1"
               " ORDER BY statement_id DESC LIMIT ?2"),
      recent_postings(db,
                      "SELECT statement_id FROM recent_postings WHERE term = ?1"
                      " ORDER BY statement_id DESC LIMIT ?2"),
      indexed(db, "SELECT COALESCE(MAX(id), 0) FROM statements"),
      // Index only (the partial index on proposition_key carries the rowid):
      // the rows come through by_id and the call's cache.
      by_key(db,
             "SELECT id FROM statements WHERE proposition_key = ?1 AND proposition_key <> ''"
             " ORDER BY id DESC LIMIT ?2"),
      by_id(db,
            "SELECT s.id, s.article_id, COALESCE(sp.name, ''), s.polarity, s.content,"
            " s.claim_id, s.hedged, a.source, a.published, s.normalised"
            " FROM statements AS s LEFT JOIN speakers AS sp ON sp.id = s.speaker_id"
            // The covering index, not the article's row (a page of text or
            // more): at 100k articles, reading candidate rows was a fifth
            // of the ingest's CPU (schema/0008_dispute_listing.sql).
            " JOIN articles AS a INDEXED BY articles_head ON a.id = s.article_id WHERE s.id = ?1"),
      data_version(db, "PRAGMA data_version") {}

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

using Candidates = std::vector<link::Candidate>;
using internal::RetrievalCache;

struct QueryTerm {
  std::int64_t frequency = 0;
  std::string token;
  bool operator<(const QueryTerm& o) const {
    return frequency != o.frequency ? frequency < o.frequency : token < o.token;
  }
};

std::int64_t DocumentFrequency(internal::RetrievalStatements& r, RetrievalCache& cache,
                               const std::string& token) {
  if (const std::int64_t* df = cache.Frequency(token)) return *df;
  internal::Rebind(r.term_frequency);
  r.term_frequency.bind(1, token);
  const std::int64_t df =
      r.term_frequency.executeStep() ? r.term_frequency.getColumn(0).getInt64() : 0;
  r.term_frequency.reset();
  cache.SetFrequency(token, df);
  return df;
}

// The rarest indexed tokens of `terms`, at most kMaxQueryTerms.
std::vector<QueryTerm> RarestTerms(internal::RetrievalStatements& r, RetrievalCache& cache,
                                   const std::vector<std::string>& terms) {
  std::vector<QueryTerm> ranked;
  for (std::string& token : internal::RetrievalTokens(terms)) {
    const std::int64_t df = DocumentFrequency(r, cache, token);
    if (df == 0 || df > Store::kMaxTermStatements) continue;
    ranked.push_back({df, std::move(token)});
  }
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > static_cast<std::size_t>(Store::kMaxQueryTerms)) {
    ranked.resize(Store::kMaxQueryTerms);
  }
  return ranked;
}

double StatementCount(internal::RetrievalStatements& r, RetrievalCache& cache) {
  if (!cache.max_statement()) {
    internal::Rebind(r.indexed);
    cache.set_max_statement(r.indexed.executeStep() ? r.indexed.getColumn(0).getInt64() : 0);
    r.indexed.reset();
  }
  return static_cast<double>(*cache.max_statement());
}

// The token's newest kMaxPostingsPerTerm statements, oldest first.
const std::vector<std::int64_t>& Postings(internal::RetrievalStatements& r, RetrievalCache& cache,
                                          const std::string& token) {
  if (const std::vector<std::int64_t>* ids = cache.Postings(token)) return *ids;
  // The newest of each table, then the newest of both (a posting is in one
  // table only: schema/0009_recent_postings.sql).
  std::vector<std::int64_t> ids;
  for (SQLite::Statement* q : {&r.postings, &r.recent_postings}) {
    internal::Rebind(*q);
    q->bind(1, token);
    q->bind(2, Store::kMaxPostingsPerTerm);
    while (q->executeStep()) ids.push_back(q->getColumn(0).getInt64());
    q->reset();
  }
  std::sort(ids.begin(), ids.end());
  if (ids.size() > static_cast<std::size_t>(Store::kMaxPostingsPerTerm)) {
    ids.erase(ids.begin(), ids.end() - Store::kMaxPostingsPerTerm);
  }
  return cache.SetPostings(token, std::move(ids));
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
// A statement's score adds its terms' idfs in the order of `terms`, so it is
// the same double whatever the order the postings were read in.
std::vector<Scored> ScoreByTerms(internal::RetrievalStatements& r, RetrievalCache& cache,
                                 const std::vector<QueryTerm>& terms) {
  const double statements = StatementCount(r, cache);
  std::vector<double> idf;
  std::vector<std::pair<std::int64_t, std::size_t>> hits;  // (statement, index into terms)
  hits.reserve(terms.size() * static_cast<std::size_t>(Store::kMaxPostingsPerTerm));
  for (std::size_t t = 0; t < terms.size(); ++t) {
    idf.push_back(Idf(statements, static_cast<double>(terms[t].frequency)));
    for (std::int64_t id : Postings(r, cache, terms[t].token)) hits.emplace_back(id, t);
  }
  std::sort(hits.begin(), hits.end());  // by statement, then term; a posting is unique
  std::vector<Scored> out;
  for (std::size_t i = 0; i < hits.size();) {
    Scored s{hits[i].first, 0, 0};
    for (; i < hits.size() && hits[i].first == s.id; ++i) {
      ++s.terms;
      s.score += idf[hits[i].second];
    }
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

// Appends statement `id` with `score` to *out, unless it has no row.
bool AddCandidate(internal::RetrievalStatements& r, RetrievalCache& cache, std::int64_t id,
                  double score, Candidates* out) {
  const link::Candidate* row = cache.Row(id);
  if (row == nullptr) {
    internal::Rebind(r.by_id);
    r.by_id.bind(1, id);
    std::optional<link::Candidate> read;
    if (r.by_id.executeStep()) read = ReadCandidate(r.by_id);
    r.by_id.reset();
    if (!read) return false;
    row = &cache.SetRow(id, std::move(*read));
  }
  out->push_back(*row);
  out->back().retrieval_score = score;
  return true;
}

// Checks the cache against other connections' commits; inside a read scope.
void ValidateCache(internal::RetrievalStatements& r, RetrievalCache& cache) {
  internal::Rebind(r.data_version);
  cache.Validate(r.data_version.executeStep() ? r.data_version.getColumn(0).getInt64() : -1);
  r.data_version.reset();
}

// Store::RetrieveCandidates inside a read scope. Throws SQLite::Exception.
Candidates Retrieve(internal::RetrievalStatements& r, RetrievalCache& cache,
                    const std::vector<std::string>& terms, const std::string& proposition_key,
                    int limit) {
  Candidates out;
  std::set<std::int64_t> seen;
  if (!proposition_key.empty()) {
    // Store::FindCandidates' rows, newest first (score 0: a key match).
    std::vector<std::int64_t> ids;
    internal::Rebind(r.by_key);
    r.by_key.bind(1, proposition_key);
    r.by_key.bind(2, internal::SqlLimit(limit));
    while (r.by_key.executeStep()) ids.push_back(r.by_key.getColumn(0).getInt64());
    r.by_key.reset();
    for (std::int64_t id : ids) {
      if (AddCandidate(r, cache, id, 0, &out)) seen.insert(id);
    }
  }
  if (terms.empty()) return out;
  const std::vector<QueryTerm> query = RarestTerms(r, cache, terms);
  if (query.size() < 2) return out;
  int added = 0;
  for (const Scored& s : ScoreByTerms(r, cache, query)) {
    if (limit > 0 && added >= limit) break;
    if (!seen.insert(s.id).second) continue;
    if (AddCandidate(r, cache, s.id, s.score, &out)) ++added;
  }
  return out;
}

}  // namespace

Result<std::vector<link::Candidate>> Store::RetrieveCandidates(
    const std::vector<std::string>& terms, const std::string& proposition_key, int limit) {
  if (terms.empty() && proposition_key.empty()) return Candidates{};
  return internal::Guarded(impl_->path, "retrieving candidates", [&]() -> Result<Candidates> {
    internal::ReadScope read(impl_->db);
    if (!impl_->retrieval) {
      impl_->retrieval = std::make_unique<internal::RetrievalStatements>(impl_->db);
    }
    ValidateCache(*impl_->retrieval, impl_->retrieval_cache);
    return Retrieve(*impl_->retrieval, impl_->retrieval_cache, terms, proposition_key, limit);
  });
}

Result<std::vector<std::vector<link::Candidate>>> Store::RetrieveCandidatesForAll(
    const std::vector<CandidateQuery>& queries, int limit) {
  using All = std::vector<std::vector<link::Candidate>>;
  return internal::Guarded(impl_->path, "retrieving candidates", [&]() -> Result<All> {
    // A read transaction pins one snapshot for all the queries and takes the
    // WAL read lock once, not once per statement; the cache is valid in it.
    internal::ReadScope read(impl_->db);
    if (!impl_->retrieval) {
      impl_->retrieval = std::make_unique<internal::RetrievalStatements>(impl_->db);
    }
    ValidateCache(*impl_->retrieval, impl_->retrieval_cache);
    All out(queries.size());
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const CandidateQuery& q = queries[i];
      if (q.terms.empty() && q.proposition_key.empty()) continue;
      out[i] =
          Retrieve(*impl_->retrieval, impl_->retrieval_cache, q.terms, q.proposition_key, limit);
    }
    return out;
  });
}

}  // namespace claimgraph::store
