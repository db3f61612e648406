// Store: the claim graph in an SQLite file (SQLiteCpp), the engine's only
// persistent state.
//
// Open() creates or opens the database, switches it to WAL mode and applies
// the migrations in schema/ (compiled in) whose number is above
// PRAGMA user_version, in one transaction. A database whose user_version is
// newer than this binary knows is refused with a clear message.
//
// Writes: AddArticle() stores one article with everything derived from it,
// all or nothing, and skips an article whose content hash is already stored,
// so re-running a batch changes nothing. On its own each article is one
// transaction; inside a write batch (BeginWriteBatch) many articles share
// one, which saves a commit per article, and a crash loses the open batch,
// which re-running the input restores. All SQL is prepared and parameterised.
//
// SQLite types never leave this stage: errors come back as Status.
#ifndef CLAIMGRAPH_STORE_STORE_H_
#define CLAIMGRAPH_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "link/linker.h"
#include "model/article.h"
#include "model/edge.h"
#include "model/records.h"
#include "model/statement.h"

namespace claimgraph::store {

// Highest migration number compiled into this binary.
int SchemaVersion();

// A statement ready to store: the extractor's output plus the link stage's keys.
struct AnalysedStatement {
  Statement statement;
  link::StatementKeys keys;
  // Space-separated retrieval terms (link::RetrievalText), indexed for
  // RetrieveCandidates; "" leaves the statement out of the index.
  std::string retrieval_text;
  // link::EncodeNormalised of the content normalised on its own
  // (link::NormaliseForStorage), handed back in link::Candidate::normalised;
  // "" stores none (the content is then analysed when compared).
  std::string normalised;
  // An existing claim this statement restates (found across articles); 0:
  // group by claim key as usual.
  std::int64_t join_claim = 0;
};

struct AddOutcome {
  bool inserted = false;                    // false: the same content hash was already stored
  std::int64_t article_id = 0;              // the new or existing article's id
  std::vector<std::int64_t> statement_ids;  // ids of the stored statements, in input order
  int edges = 0;                            // edges stored (within-article plus cross-article)
};

struct ClaimFilter {
  std::string speaker;  // substring of the canonical speaker name or an alias; "" = any
  std::string search;   // substring of the content (case-insensitive); "" = any
  int limit = 100;
};

struct Counts {
  std::int64_t articles = 0, statements = 0, claims = 0, edges = 0, speakers = 0;
};

// Watchlist (schema 0003, watchlist_store.cc): claims the user follows and
// the stored articles that take a stance on them.
struct TrackedClaim {
  std::int64_t id = 0;
  std::string external_id;  // as given by the user; may be empty
  std::string text;
};

struct TrackedLink {
  std::int64_t tracked_id = 0;
  std::int64_t article_id = 0;
  std::string stance;           // "agree", "disagree" or "discuss"
  double confidence = 0;
  std::vector<Span> evidence;   // sentences carrying the stance: offsets into the article text
  std::vector<std::string> sentences;  // the same sentences' text
  // Denormalised from the article, for display.
  std::string article_title, article_source, article_published;
};

struct TrackedSummary {
  TrackedClaim claim;
  int supporting_articles = 0, disputing_articles = 0, discussing_articles = 0;
  int supporting_outlets = 0, disputing_outlets = 0;  // distinct non-empty sources
  // Earliest and latest date of a linked article (its published date, else
  // when it was ingested); "" when no article is linked.
  std::string first_seen, last_seen;
};

class Store {
 public:
  // What the connection is opened for; it sizes SQLite's page cache.
  //   kWide:    a 64 MiB cache, for work that returns to the same pages
  //             again and again: an ingest's index probes, a query that
  //             walks the graph (trace reads 5x more pages with 2 MiB).
  //   kBounded: a 2 MiB cache, for one bounded query in a fresh process
  //             (`disputed`, `show`), which reads most pages once: a full
  //             cache would put each page read in freshly faulted-in memory,
  //             while a small one recycles its buffers (page faults were a
  //             fifth of `disputed`'s CPU at 100k).
  // Either works for any use; only the speed differs.
  enum class Workload { kWide, kBounded };

  // path may be ":memory:". Fails with IOError when the file cannot be opened
  // and Corruption when it is not a claimgraph database or is newer.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             Workload workload = Workload::kWide);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Whether an article with this content hash is stored (its id in *id).
  Result<bool> HasArticle(const std::string& content_hash, std::int64_t* id = nullptr);

  // Earlier statements whose proposition key equals `proposition_key`
  // (indexed lookup), at most `limit`, newest first. An empty key matches
  // nothing. Candidates carry claim, outlet and date.
  Result<std::vector<link::Candidate>> FindCandidates(const std::string& proposition_key,
                                                      int limit = 50);

  // Earlier statements that may be about the same proposition as a new one:
  // those with the same proposition key (up to `limit`, newest first), then
  // the best matches in the retrieval index among statements holding at
  // least two of the new statement's most informative terms (at most
  // kMaxQueryTerms of `terms`, rarest first, terms held by more than
  // kMaxTermStatements statements left out; of each term's statements the
  // newest kMaxPostingsPerTerm), by summed inverse document frequency, up to
  // `limit` more. Each candidate once, with its claim, outlet and date. The
  // cost per call is bounded by a constant, whatever the number of statements.
  static constexpr int kMaxQueryTerms = 6;
  static constexpr int kMaxTermStatements = 5000;
  static constexpr int kMaxPostingsPerTerm = 256;
  Result<std::vector<link::Candidate>> RetrieveCandidates(const std::vector<std::string>& terms,
                                                          const std::string& proposition_key,
                                                          int limit = 20);

  // RetrieveCandidates for several statements (one new article's) at once,
  // in one read transaction: the same results, without a lock round trip
  // per query. Result i answers queries[i]; a query with no terms and an
  // empty key gets no candidates.
  struct CandidateQuery {
    std::vector<std::string> terms;
    std::string proposition_key;
  };
  Result<std::vector<std::vector<link::Candidate>>> RetrieveCandidatesForAll(
      const std::vector<CandidateQuery>& queries, int limit = 20);

  // Postings of new statements go to a small table that AddArticle merges
  // into the main index once it holds this many (schema/0009): a merge
  // rewrites each touched index page once for many postings. Smaller values
  // merge more often (tests use a few); retrieval is the same either way.
  static constexpr std::int64_t kPostingsMergeThreshold = 262144;
  void set_postings_merge_threshold(std::int64_t postings);

  // Stores the article, its statements (grouped into claims by join_claim or
  // else by claim key,
  // speakers and aliases created as needed), the within-article edges
  // (indices into `statements`) and the cross-article links, all in one
  // transaction. If the content hash is already stored nothing is written and
  // inserted is false.
  Result<AddOutcome> AddArticle(const Article& article, const std::string& content_hash,
                                const std::vector<AnalysedStatement>& statements,
                                const std::vector<Edge>& edges,
                                const std::vector<link::CrossLink>& cross_links);

  // Write batches. BeginWriteBatch() opens one IMMEDIATE transaction (taking
  // the write lock; other writers wait); until CommitWriteBatch() every write
  // of this Store joins it, each AddArticle still all or nothing (a failed
  // one rolls back alone), and this connection's reads see the batch while
  // other connections see none of it. AbandonWriteBatch() rolls the whole
  // batch back, as does a failed commit or destroying the Store with the
  // batch open. Beginning while a batch is open is an error.
  Status BeginWriteBatch();
  Status CommitWriteBatch();
  void AbandonWriteBatch();
  bool InWriteBatch() const;

  // Claims that some other speaker disputes, ordered by distinct disputing
  // outlets, then distinct disputing speakers, then number of disputes, then
  // claim id. A dispute is a 'disputes' edge into one of the claim's
  // statements from a statement of a different speaker (a narrative
  // statement differs from a named speaker, not from another narrative one).
  // Outlets are distinct non-empty article sources, or distinct articles when
  // every disputing article's source is empty; the outlets' own narrative
  // voice counts as one disputer. Every StatementRecord is filled in.
  // limit <= 0: no limit. Each claim lists its first `disputes_per_claim`
  // disputes, oldest first (<= 0: all); dispute_count gives the total, so
  // the cost of a page follows the page, not how often its claims were
  // disputed. Likewise claim.statements holds the claim's first
  // `statements_per_claim` statements in article order (<= 0: all) and
  // statement_count all of them; the target of every listed dispute is
  // filled in even when it is not among those first statements.
  Result<std::vector<DisputedClaim>> Disputed(int limit, int disputes_per_claim = 0,
                                              int statements_per_claim = 0);

  // Claims matching the filter, by id, statements filled in (all of the
  // claim's statements, not only the matching speaker's). Matching is
  // substring, ASCII case-insensitive; '%' and '_' match themselves.
  // limit <= 0: no limit.
  Result<std::vector<ClaimRecord>> Claims(const ClaimFilter& filter);

  // One claim with its statements; NotFound if there is no such id.
  Result<ClaimRecord> Claim(std::int64_t claim_id);

  // One claim as `show` prints it, in one read transaction, its cost
  // following the page: claim.statements holds its first `max_statements`
  // statements in article order (<= 0: all) and also its statements at an
  // end of a listed edge; `edges` the first `max_edges` edges touching one of
  // its statements (<= 0: all), disputes first, then supports, each by id;
  // `related` the other claims' statements at an end of a listed edge, by id.
  // The counts give all of the claim's statements and edges. NotFound if
  // there is no such id.
  struct ClaimPage {
    ClaimRecord claim;
    std::int64_t statement_count = 0;
    std::vector<EdgeRecord> edges;
    std::int64_t edge_count = 0;
    std::vector<StatementRecord> related;
  };
  Result<ClaimPage> ClaimPageOf(std::int64_t claim_id, int max_statements, int max_edges);

  // Edges touching any statement of the claim, both directions.
  Result<std::vector<EdgeRecord>> EdgesOfClaim(std::int64_t claim_id);

  // One statement; NotFound if there is no such id.
  Result<StatementRecord> Statement(std::int64_t statement_id);

  // Speakers with aliases and statement counts, most statements first.
  Result<std::vector<SpeakerRecord>> Speakers();

  // Statements of one speaker (by id), in article order.
  Result<std::vector<StatementRecord>> StatementsBySpeaker(std::int64_t speaker_id);

  // The whole claim graph (claims with statements, all edges).
  Result<GraphSnapshot> Snapshot();

  // The part of the claim graph that decides the grounded acceptance of
  // `claim_ids`: those claims and every claim that reaches one of them
  // through 'disputes' edges (attackers, transitively), with their
  // statements, and every edge between statements of these claims; claims by
  // id, edges by id. A claim's acceptance depends only on its attackers, so
  // graph::GroundedExtension over this snapshot labels `claim_ids` exactly as
  // over Snapshot(). Breadth-first through indexed lookups: the cost follows
  // the size of the closure, not of the database. Unknown ids are ignored.
  Result<GraphSnapshot> SnapshotAround(const std::vector<std::int64_t>& claim_ids);

  // SnapshotAround without the text, for acceptance only: the same claims
  // and edges, but each claim carries just the statements at an end of one
  // of those edges, with only id and claim_id set (claim text empty).
  // graph::GroundedExtension labels it as it labels SnapshotAround(), at a
  // fraction of the reads.
  Result<GraphSnapshot> DisputeGraphAround(const std::vector<std::int64_t>& claim_ids);

  // Stored acceptance (schema 0007, acceptance_store.cc): the grounded
  // acceptance of claims, kept by pipeline/acceptance.h. Labels are the
  // graph stage's names, "accepted", "rejected" or "undecided"; the store
  // only keeps them. A claim without a stored label is accepted: the article
  // writer marks the target claims of every new 'disputes' edge dirty in the
  // article's own transaction, and a relabel gives each a row.
  //
  // ReadAcceptance reads, in one read transaction, whether the stored labels
  // are current (no claim is dirty) and then `labels`: the label of each
  // stored claim of `claim_ids` (unknown ids left out), a few indexed
  // lookups; when they are not current, `dispute_graph` instead:
  // DisputeGraphAround(claim_ids) without its 'supports' edges (they do not
  // change acceptance), read in the same transaction, for the caller to
  // label exactly.
  struct AcceptanceRead {
    bool current = false;
    std::unordered_map<std::int64_t, std::string> labels;  // when current
    GraphSnapshot dispute_graph;                          // when not
  };
  Result<AcceptanceRead> ReadAcceptance(const std::vector<std::int64_t>& claim_ids);

  // Brings the stored labels up to date in one write transaction (IMMEDIATE,
  // or a savepoint inside a write batch), so no other writer interleaves:
  // F = the dirty claims and every claim they dispute, transitively (no
  // other label can have changed); `label` gets DisputeGraphAround(F)
  // without its 'supports' edges and returns the label of every claim in it; the labels of F are stored and
  // the dirty marks cleared. If `label` leaves a claim of F out nothing is
  // written (InvalidArgument). No dirty claim: nothing to do.
  using Labeller =
      std::function<std::unordered_map<std::int64_t, std::string>(const GraphSnapshot&)>;
  struct RelabelOutcome {
    std::int64_t dirty = 0;       // claims marked dirty
    std::int64_t relabelled = 0;  // |F|
    std::int64_t graph_claims = 0, graph_edges = 0;  // the dispute graph labelled
  };
  Result<RelabelOutcome> Relabel(const Labeller& label);

  // The claims `claim_ids` (unknown ids ignored) with their statements and
  // every edge between statements of two of them; claims by id, edges by id.
  // Indexed lookups per claim: the cost follows the size of the set.
  Result<GraphSnapshot> SnapshotOf(const std::vector<std::int64_t>& claim_ids);

  // SnapshotOf for following edges (`trace`): the same claims, with their
  // text, and edges, but each claim carries only its statements at an end of
  // one of those edges, with just id and claim_id set. A restated claim's
  // thousands of statements are not read.
  Result<GraphSnapshot> LinkGraphOf(const std::vector<std::int64_t>& claim_ids);

  // The claims within `max_depth` claim-level edges of `claim_ids` (< 0: no
  // depth limit), following edges out of a claim (`follow_out`), into it
  // (`follow_in`) or both, whatever their relation; breadth-first through
  // indexed lookups, the stored start claims first, then by depth, each
  // claim's neighbours by id. Stops once `max_claims` claims are collected
  // (<= 0: no cap) and then sets `truncated`.
  struct Neighbourhood {
    std::vector<std::int64_t> claim_ids;
    bool truncated = false;
  };
  Result<Neighbourhood> ClaimsNear(const std::vector<std::int64_t>& claim_ids, int max_depth,
                                   bool follow_out, bool follow_in, int max_claims);

  // How many claims Disputed(0) would list (rows of the ranking index).
  Result<std::int64_t> DisputedCount();

  // Disputed() restricted to `claim_ids`: those of them that another speaker
  // disputes, in the same order and with the same fields.
  Result<std::vector<DisputedClaim>> DisputedAmong(const std::vector<std::int64_t>& claim_ids,
                                                   int disputes_per_claim = 0);

  // The speakers with these ids (unknown ids ignored), each with aliases and
  // total statement count, most statements first, then name: indexed
  // lookups per speaker, never a scan of all speakers.
  Result<std::vector<SpeakerRecord>> SpeakersById(const std::vector<std::int64_t>& speaker_ids);

  Result<Counts> GetCounts();

  // Tracks the claims, in order, in one transaction; a text already tracked
  // is skipped. Returns how many were added. InvalidArgument for empty text.
  Result<int> AddTrackedClaims(const std::vector<TrackedClaim>& claims);
  // Tracked claims by id.
  Result<std::vector<TrackedClaim>> TrackedClaims();
  // Stores the links in one transaction, replacing an earlier link of the
  // same (claim, article).
  Status AddTrackedLinks(const std::vector<TrackedLink>& links);
  // Links of one tracked claim, by article id.
  Result<std::vector<TrackedLink>> TrackedLinks(std::int64_t tracked_id);
  // Every tracked claim with its counts, by id.
  Result<std::vector<TrackedSummary>> TrackedSummaries();

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::store

#endif  // CLAIMGRAPH_STORE_STORE_H_
