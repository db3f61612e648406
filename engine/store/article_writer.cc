// Store::AddArticle: one article and everything derived from it, written in
// one transaction with statements prepared once per connection.
//
// Invariants kept here:
//   * nothing is written for an article whose content hash is stored;
//   * a claim's key is unique when non-empty, and a statement with an empty
//     key gets a claim of its own;
//   * claim_dispute_stats holds, for every claim, the ranking figures of
//     Store::Disputed over the claim's current disputes: statements and
//     edges are only ever inserted, and a claim's figures change only when a
//     disputes edge into one of its statements is stored, so the writer
//     recomputes exactly those claims' rows (an indexed query per claim);
//   * claim_disputes holds one row per dispute of a claim (the same
//     definition), inserted with the disputes edge it names;
//   * postings go to recent_postings, and the article whose postings bring
//     that table to the merge threshold moves all of them into
//     term_postings in its own transaction (schema/0009);
//   * any failure (bad index, bad span, constraint) returns before commit, so
//     the scope's destructor rolls the whole article back, and only it: the
//     earlier articles of a write batch stay (store/scopes_internal.h).
#include <SQLiteCpp/SQLiteCpp.h>

#include <cctype>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/row_mapping_internal.h"
#include "store/store.h"
#include "store/store_impl_internal.h"

namespace claimgraph::store {
namespace internal {

WriteStatements::WriteStatements(SQLite::Database& db)
    : find_article(db, "SELECT id FROM articles WHERE content_hash = ?1"),
      insert_article(
          db,
          "INSERT INTO articles (external_id, title, source, url, published, origin,"
          " content_hash, text, body_begin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
      find_speaker(db, "SELECT id FROM speakers WHERE name = ?1"),
      insert_speaker(db, "INSERT INTO speakers (name) VALUES (?1)"),
      insert_alias(db,
                   "INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?1, ?2)"
                   " ON CONFLICT DO NOTHING"),
      find_claim(db, "SELECT id FROM claims WHERE claim_key = ?1 AND claim_key <> ''"),
      insert_claim(db,
                   "INSERT INTO claims (claim_key, proposition_key, text, polarity)"
                   " VALUES (?1, ?2, ?3, ?4)"),
      set_claim_first(db,
                      "UPDATE claims SET first_statement = ?2"
                      " WHERE id = ?1 AND first_statement IS NULL"),
      insert_statement(
          db,
          "INSERT INTO statements (article_id, ordinal, claim_id, speaker_id,"
          " sentence_begin, sentence_end, source_begin, source_end, cue_begin, cue_end,"
          " content_begin, content_end, content_parts, sentence, source_text, cue, content,"
          " cue_lemma, kind, polarity, hedged, proposition_key, normalised) VALUES (?1, ?2,"
          " ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,"
          " ?21, ?22, ?23)"),
      insert_edge(db,
                  "INSERT INTO edges (from_statement, to_statement, relation, rule, reason,"
                  " score) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING"),
      claim_of_statement(db, "SELECT claim_id FROM statements WHERE id = ?1"),
      // The definition of schema/0004_dispute_ranking.sql's back-fill,
      // restricted to one claim: its statements (statements_claim), the
      // disputes edges into them (edges_disputes_to), their sources.
      refresh_dispute_stats(
          db,
          "INSERT OR REPLACE INTO claim_dispute_stats (claim_id, outlets, disputers, disputes)"
          " SELECT t.claim_id,"
          " CASE WHEN COUNT(DISTINCT NULLIF(COALESCE(a.source, ''), '')) > 0"
          "  THEN COUNT(DISTINCT NULLIF(COALESCE(a.source, ''), ''))"
          "  ELSE COUNT(DISTINCT f.article_id) END,"
          " COUNT(DISTINCT COALESCE(f.speaker_id, 0)), COUNT(*)"
          " FROM statements AS t"
          " JOIN edges AS e ON e.to_statement = t.id AND e.relation = 'disputes'"
          " JOIN statements AS f ON f.id = e.from_statement"
          " JOIN articles AS a ON a.id = f.article_id"
          " WHERE t.claim_id = ?1 AND f.speaker_id IS NOT t.speaker_id"
          " GROUP BY t.claim_id"),
      // schema/0008_dispute_listing.sql's back-fill, restricted to one edge
      // (the edges (from_statement, to_statement, relation) unique index).
      record_dispute(
          db,
          "INSERT OR IGNORE INTO claim_disputes (claim_id, edge_id)"
          " SELECT t.claim_id, e.id FROM edges AS e"
          " JOIN statements AS t ON t.id = e.to_statement"
          " JOIN statements AS f ON f.id = e.from_statement"
          " WHERE e.from_statement = ?1 AND e.to_statement = ?2 AND e.relation = 'disputes'"
          " AND f.speaker_id IS NOT t.speaker_id"),
      insert_posting(db, "INSERT INTO recent_postings (term, statement_id) VALUES (?1, ?2)"),
      count_recent_postings(db, "SELECT COUNT(*) FROM recent_postings"),
      // The table's primary-key order: term_postings is filled in its own
      // order, each leaf touched once.
      merge_postings(db,
                     "INSERT INTO term_postings (term, statement_id)"
                     " SELECT term, statement_id FROM recent_postings ORDER BY term, statement_id"),
      clear_recent_postings(db, "DELETE FROM recent_postings"),
      count_term(db,
                 "INSERT INTO term_frequency (term, statements) VALUES (?1, 1)"
                 " ON CONFLICT (term) DO UPDATE SET statements = statements + 1"),
      mark_acceptance_dirty(db, "INSERT OR IGNORE INTO acceptance_dirty (claim_id) VALUES (?1)") {}

}  // namespace internal

namespace {

using internal::Rebind;
using internal::WriteStatements;

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// Aliases are names a speaker goes by; a pronoun resolved to the speaker
// ("he said") says nothing about the speaker's names and is not recorded.
bool IsAlias(std::string_view mention, std::string_view name) {
  static constexpr std::string_view kPronouns[] = {"he",  "she", "they", "it", "we", "i",
                                                   "him", "her", "them", "us", "you"};
  if (mention.empty() || EqualsIgnoringAsciiCase(mention, name)) return false;
  for (std::string_view pronoun : kPronouns) {
    if (EqualsIgnoringAsciiCase(mention, pronoun)) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

Status CheckSpan(const Span& span, const Article& article, std::size_t index, const char* what) {
  if (span.end > article.text.size() || span.begin > span.end) {
    return Status::InvalidArgument(
        "statement " + std::to_string(index) + " of " + article.origin + ": " + what + " span [" +
        std::to_string(span.begin) + ", " + std::to_string(span.end) +
        ") is not inside the article text of " + std::to_string(article.text.size()) + " bytes");
  }
  return Status::Ok();
}

Status CheckSpans(const Article& article, const std::vector<AnalysedStatement>& statements) {
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const Statement& s = statements[i].statement;
    CG_RETURN_IF_ERROR(CheckSpan(s.sentence, article, i, "sentence"));
    CG_RETURN_IF_ERROR(CheckSpan(s.source, article, i, "source"));
    CG_RETURN_IF_ERROR(CheckSpan(s.cue, article, i, "cue"));
    for (const Span& part : s.content) CG_RETURN_IF_ERROR(CheckSpan(part, article, i, "content"));
  }
  return Status::Ok();
}

std::int64_t InsertArticle(WriteStatements& w, SQLite::Database& db, const Article& article,
                           const std::string& content_hash) {
  SQLite::Statement& q = w.insert_article;
  Rebind(q);
  q.bind(1, article.id);
  q.bind(2, article.title);
  q.bind(3, article.source);
  q.bind(4, article.url);
  q.bind(5, article.published);
  q.bind(6, article.origin);
  q.bind(7, content_hash);
  q.bind(8, article.text);
  q.bind(9, static_cast<std::int64_t>(article.body_begin));
  q.exec();
  return db.getLastInsertRowid();
}

// The speaker's id (created if new, matched case-insensitively) with the
// mention recorded as an alias; 0 for a narrative statement.
std::int64_t UpsertSpeaker(WriteStatements& w, SQLite::Database& db, const std::string& name,
                           std::string_view mention) {
  if (name.empty()) return 0;
  Rebind(w.find_speaker);
  w.find_speaker.bind(1, name);
  std::int64_t id = 0;
  if (w.find_speaker.executeStep()) {
    id = w.find_speaker.getColumn(0).getInt64();
  } else {
    Rebind(w.insert_speaker);
    w.insert_speaker.bind(1, name);
    w.insert_speaker.exec();
    id = db.getLastInsertRowid();
  }
  w.find_speaker.reset();
  if (IsAlias(mention, name)) {
    Rebind(w.insert_alias);
    w.insert_alias.bind(1, id);
    w.insert_alias.bind(2, std::string(mention));
    w.insert_alias.exec();
  }
  return id;
}

// A claim's wording from its first statement's content: without the
// complementiser the content span keeps by PolNeAR's convention ("said that
// X" has content "that X", the claim is "X"). "that’s premature" and a
// bare anaphoric "that" have no space after the word and stay as they are.
std::string ClaimWording(const std::string& content) {
  constexpr std::string_view kComplementiser = "that ";
  if (content.size() > kComplementiser.size() && content.starts_with(kComplementiser)) {
    return content.substr(kComplementiser.size());
  }
  return content;
}

// The claim for a statement: the claim it restates (join_claim), else the
// existing one with the same non-empty claim key, or a new one worded as
// this statement's content (ClaimWording). *created tells the caller to
// record the statement as the claim's first.
std::int64_t FindOrCreateClaim(WriteStatements& w, SQLite::Database& db, const AnalysedStatement& s,
                               const std::string& content, bool* created) {
  *created = false;
  if (s.join_claim != 0) return s.join_claim;  // a restatement found across articles
  if (!s.keys.claim.empty()) {
    Rebind(w.find_claim);
    w.find_claim.bind(1, s.keys.claim);
    const bool found = w.find_claim.executeStep();
    const std::int64_t id = found ? w.find_claim.getColumn(0).getInt64() : 0;
    w.find_claim.reset();
    if (found) return id;
  }
  Rebind(w.insert_claim);
  w.insert_claim.bind(1, s.keys.claim);
  w.insert_claim.bind(2, s.keys.proposition);
  w.insert_claim.bind(3, ClaimWording(content));
  w.insert_claim.bind(4, ToString(s.statement.polarity));
  w.insert_claim.exec();
  *created = true;
  return db.getLastInsertRowid();
}

std::vector<std::string> SplitTerms(const std::string& text) {
  std::vector<std::string> terms;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find(' ', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) terms.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return terms;
}

// "begin:end" per content part, space-separated, so interrupted quotes keep
// their parts even though content_begin/content_end only give the hull.
std::string ContentParts(const Statement& s) {
  std::string out;
  for (const Span& part : s.content) {
    if (!out.empty()) out += ' ';
    out += std::to_string(part.begin) + ':' + std::to_string(part.end);
  }
  return out;
}

Span ContentHull(const Statement& s) {
  if (s.content.empty()) return Span{};
  return Span{s.content.front().begin, s.content.back().end};
}

void BindSpan(SQLite::Statement& q, int first, const Span& span) {
  q.bind(first, static_cast<std::int64_t>(span.begin));
  q.bind(first + 1, static_cast<std::int64_t>(span.end));
}

// Returns the statement's id; *tokens receives the retrieval tokens posted.
std::int64_t InsertStatement(WriteStatements& w, SQLite::Database& db, std::int64_t article_id,
                             std::size_t ordinal, const Article& article,
                             const AnalysedStatement& analysed, std::vector<std::string>* tokens) {
  const Statement& s = analysed.statement;
  const std::string_view text = article.text;
  const std::string content = s.ContentText(text);
  const std::int64_t speaker_id = UpsertSpeaker(w, db, s.speaker, Trim(s.source.in(text)));
  bool new_claim = false;
  const std::int64_t claim_id = FindOrCreateClaim(w, db, analysed, content, &new_claim);

  SQLite::Statement& q = w.insert_statement;
  Rebind(q);
  q.bind(1, article_id);
  q.bind(2, static_cast<std::int64_t>(ordinal));
  q.bind(3, claim_id);
  if (speaker_id != 0) q.bind(4, speaker_id);  // else stays NULL
  BindSpan(q, 5, s.sentence);
  BindSpan(q, 7, s.source);
  BindSpan(q, 9, s.cue);
  BindSpan(q, 11, ContentHull(s));
  q.bind(13, ContentParts(s));
  q.bind(14, std::string(s.sentence.in(text)));
  q.bind(15, std::string(s.source.in(text)));
  q.bind(16, std::string(s.cue.in(text)));
  q.bind(17, content);
  q.bind(18, s.cue_lemma);
  q.bind(19, ToString(s.kind));
  q.bind(20, ToString(s.polarity));
  q.bind(21, s.hedged ? 1 : 0);
  q.bind(22, analysed.keys.proposition);
  q.bind(23, analysed.normalised);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  tokens->clear();
  if (!analysed.retrieval_text.empty()) {
    *tokens = internal::RetrievalTokens(SplitTerms(analysed.retrieval_text));
    // Tokens are unique, and the statement is new: each posting is new.
    for (const std::string& token : *tokens) {
      Rebind(w.insert_posting);
      w.insert_posting.bind(1, token);
      w.insert_posting.bind(2, id);
      w.insert_posting.exec();
      Rebind(w.count_term);
      w.count_term.bind(1, token);
      w.count_term.exec();
    }
  }
  if (new_claim) {
    Rebind(w.set_claim_first);
    w.set_claim_first.bind(1, claim_id);
    w.set_claim_first.bind(2, id);
    w.set_claim_first.exec();
  }
  return id;
}

// Returns whether a row was stored (false for a duplicate edge).
bool InsertEdge(WriteStatements& w, std::int64_t from, std::int64_t to, Relation relation,
                const std::string& rule, const std::string& reason, double score) {
  SQLite::Statement& q = w.insert_edge;
  Rebind(q);
  q.bind(1, from);
  q.bind(2, to);
  q.bind(3, ToString(relation));
  q.bind(4, rule);
  q.bind(5, reason);
  q.bind(6, score);
  return q.exec() > 0;
}

// The (from, to) statements of a disputes edge.
using DisputeEnds = std::set<std::pair<std::int64_t, std::int64_t>>;

// Stores the edges; *new_disputes collects the ends of the disputes edges
// stored.
Status InsertEdges(WriteStatements& w, const Article& article, const std::vector<Edge>& edges,
                   const std::vector<link::CrossLink>& cross_links, AddOutcome& outcome,
                   DisputeEnds* new_disputes) {
  const std::vector<std::int64_t>& ids = outcome.statement_ids;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const Edge& e = edges[i];
    if (e.from >= ids.size() || e.to >= ids.size() || e.from == e.to) {
      return Status::InvalidArgument(
          "edge " + std::to_string(i) + " of " + article.origin + " joins statements " +
          std::to_string(e.from) + " and " + std::to_string(e.to) + ", but the article has " +
          std::to_string(ids.size()) + " statements (and an edge needs two distinct ones)");
    }
    if (InsertEdge(w, ids[e.from], ids[e.to], e.relation, e.rule, e.reason, e.score)) {
      ++outcome.edges;
      if (e.relation == Relation::kDisputes) new_disputes->emplace(ids[e.from], ids[e.to]);
    }
  }
  for (std::size_t i = 0; i < cross_links.size(); ++i) {
    const link::CrossLink& c = cross_links[i];
    if (c.from_index >= ids.size()) {
      return Status::InvalidArgument("cross-article link " + std::to_string(i) + " of " +
                                     article.origin + " starts at statement " +
                                     std::to_string(c.from_index) + ", but the article has " +
                                     std::to_string(ids.size()) + " statements");
    }
    if (InsertEdge(w, ids[c.from_index], c.to_statement, c.relation, c.rule, c.reason, c.score)) {
      ++outcome.edges;
      if (c.relation == Relation::kDisputes) {
        new_disputes->emplace(ids[c.from_index], c.to_statement);
      }
    }
  }
  return Status::Ok();
}

// Records the claim_disputes row of each new disputes edge (none when both
// statements have the same speaker), recomputes claim_dispute_stats for the
// claims disputed and marks their acceptance dirty
// (schema/0007_claim_acceptance.sql).
void RefreshDisputeStats(WriteStatements& w, const DisputeEnds& new_disputes) {
  std::set<std::int64_t> disputed_targets;
  for (const auto& [from, to] : new_disputes) {
    Rebind(w.record_dispute);
    w.record_dispute.bind(1, from);
    w.record_dispute.bind(2, to);
    w.record_dispute.exec();
    disputed_targets.insert(to);
  }
  std::set<std::int64_t> claims;
  for (std::int64_t statement : disputed_targets) {
    Rebind(w.claim_of_statement);
    w.claim_of_statement.bind(1, statement);
    if (w.claim_of_statement.executeStep()) {
      claims.insert(w.claim_of_statement.getColumn(0).getInt64());
    }
    w.claim_of_statement.reset();
  }
  for (std::int64_t claim : claims) {
    Rebind(w.refresh_dispute_stats);
    w.refresh_dispute_stats.bind(1, claim);
    w.refresh_dispute_stats.exec();  // no row when every dispute is by the claim's own speaker
    // Its acceptance may change (and that of the claims it disputes): the
    // next relabel recomputes it, and until then readers ignore the labels.
    Rebind(w.mark_acceptance_dirty);
    w.mark_acceptance_dirty.bind(1, claim);
    w.mark_acceptance_dirty.exec();
  }
}

// Rows in recent_postings before this article's: *known, else counted.
std::int64_t RecentPostings(WriteStatements& w, const std::optional<std::int64_t>& known) {
  if (known) return *known;
  Rebind(w.count_recent_postings);
  const std::int64_t rows =
      w.count_recent_postings.executeStep() ? w.count_recent_postings.getColumn(0).getInt64() : 0;
  w.count_recent_postings.reset();
  return rows;
}

// Moves every recent posting into term_postings (schema/0009); part of the
// caller's transaction, so readers see the postings in one table or the
// other, never both or neither.
void MergePostings(WriteStatements& w) {
  Rebind(w.merge_postings);
  w.merge_postings.exec();
  Rebind(w.clear_recent_postings);
  w.clear_recent_postings.exec();
}

}  // namespace

Result<AddOutcome> Store::AddArticle(const Article& article, const std::string& content_hash,
                                     const std::vector<AnalysedStatement>& statements,
                                     const std::vector<Edge>& edges,
                                     const std::vector<link::CrossLink>& cross_links) {
  const std::string operation = "adding article '" + article.origin + "'";
  return internal::Guarded(impl_->path, operation, [&]() -> Result<AddOutcome> {
    if (content_hash.empty()) {
      return Status::InvalidArgument(operation + ": the content hash is empty");
    }
    CG_RETURN_IF_ERROR(CheckSpans(article, statements));
    if (!impl_->writes) impl_->writes = std::make_unique<WriteStatements>(impl_->db);
    WriteStatements& w = *impl_->writes;
    SQLite::Database& db = impl_->db;

    // Its own IMMEDIATE transaction (the hash check and the insert see the
    // same database even with other writers waiting), or a savepoint inside
    // the caller's write batch, which holds the write lock already.
    internal::WriteScope transaction(db);
    AddOutcome outcome;
    Rebind(w.find_article);
    w.find_article.bind(1, content_hash);
    if (w.find_article.executeStep()) {
      outcome.article_id = w.find_article.getColumn(0).getInt64();
      w.find_article.reset();
      return outcome;  // inserted = false; the scope rolls back an empty change
    }
    w.find_article.reset();

    const std::int64_t recent_before = RecentPostings(w, impl_->recent_postings);
    outcome.article_id = InsertArticle(w, db, article, content_hash);
    outcome.statement_ids.reserve(statements.size());
    std::vector<std::vector<std::string>> tokens(statements.size());
    for (std::size_t i = 0; i < statements.size(); ++i) {
      outcome.statement_ids.push_back(
          InsertStatement(w, db, outcome.article_id, i, article, statements[i], &tokens[i]));
    }
    DisputeEnds new_disputes;
    CG_RETURN_IF_ERROR(InsertEdges(w, article, edges, cross_links, outcome, &new_disputes));
    RefreshDisputeStats(w, new_disputes);
    std::int64_t recent = recent_before;
    for (const auto& t : tokens) recent += static_cast<std::int64_t>(t.size());
    const bool merge = recent >= impl_->postings_merge_threshold;
    if (merge) MergePostings(w);
    transaction.Commit();
    impl_->recent_postings = merge ? 0 : recent;
    // Only now: a failed article rolls back before this and leaves the
    // retrieval cache as the database is.
    for (std::size_t i = 0; i < statements.size(); ++i) {
      impl_->retrieval_cache.Posted(outcome.statement_ids[i], tokens[i]);
    }
    outcome.inserted = true;
    return outcome;
  });
}

}  // namespace claimgraph::store
