// The parts of the store that keep `disputed` and `show` fast at scale:
// SnapshotAround (acceptance over the backward dispute closure only),
// claim_dispute_stats (the ranking kept at write time), the stored
// acceptance labels (schema 0007) and the bounded claim page of `show`.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/analysis.h"
#include "graph/claim_graph.h"
#include "store/store.h"
#include "store_test_util.h"

namespace claimgraph::store {
namespace {

using testing::AddLines;
using testing::ClaimOf;
using testing::CrossDisputes;
using testing::Disputes;
using testing::OpenOrFail;
using testing::TempDir;

link::CrossLink CrossSupports(std::size_t from_index, std::int64_t to_statement) {
  link::CrossLink c = CrossDisputes(from_index, to_statement);
  c.relation = Relation::kSupports;
  return c;
}

struct Chains {
  std::int64_t a, b, c, d, e, m;  // E -> D -> C -> B -> A, and M -> B (a restatement of B)
  std::int64_t f, g, h;           // F <-> G, F -> H: undecided
  std::int64_t j, k, i;           // K -> J, unrelated; I supports A
};

// Disputes chained within and across articles, a cycle, and claims that only
// support or are unrelated.
Chains BuildChains(Store& store) {
  Chains x{};
  const AddOutcome chain = AddLines(store, "chain", "Reuters",
                                    {{"Peskov", "the summit is in June", "+ a"},
                                     {"Blinken", "no summit is planned", "+ b"},
                                     {"Lavrov", "talks are under way", "+ c"},
                                     {"Yellen", "all talks have stopped", "+ d"}},
                                    {Disputes(1, 0), Disputes(2, 1), Disputes(3, 2)});
  x.a = ClaimOf(store, chain.statement_ids[0]);
  x.b = ClaimOf(store, chain.statement_ids[1]);
  x.c = ClaimOf(store, chain.statement_ids[2]);
  x.d = ClaimOf(store, chain.statement_ids[3]);
  const AddOutcome late = AddLines(store, "late", "AP", {{"Macron", "talks resumed today", "+ e"}},
                                   {}, {CrossDisputes(0, chain.statement_ids[3])});
  x.e = ClaimOf(store, late.statement_ids[0]);
  const AddOutcome restate = AddLines(store, "restate", "BBC",
                                      {{"Kerry", "there is no summit plan", "+ b"},
                                       {"Orban", "a summit was agreed", "+ m"}},
                                      {Disputes(1, 0)});
  REQUIRE(ClaimOf(store, restate.statement_ids[0]) == x.b);
  x.m = ClaimOf(store, restate.statement_ids[1]);
  const AddOutcome cycle = AddLines(store, "cycle", "DW",
                                    {{"Scholz", "gas prices will fall", "+ f"},
                                     {"Habeck", "gas prices will rise", "+ g"},
                                     {"Merz", "gas is plentiful", "+ h"}},
                                    {Disputes(0, 1), Disputes(1, 0), Disputes(0, 2)});
  x.f = ClaimOf(store, cycle.statement_ids[0]);
  x.g = ClaimOf(store, cycle.statement_ids[1]);
  x.h = ClaimOf(store, cycle.statement_ids[2]);
  const AddOutcome other = AddLines(store, "other", "FT",
                                    {{"Draghi", "rates will stay high", "+ j"},
                                     {"Lagarde", "rates will be cut", "+ k"},
                                     {"Draghi", "or perhaps not", "+ j2"},
                                     {"", "Markets doubt the cut", "+ n"}},
                                    {Disputes(1, 0), Disputes(2, 0), Disputes(3, 1)});
  x.j = ClaimOf(store, other.statement_ids[0]);
  x.k = ClaimOf(store, other.statement_ids[1]);
  const AddOutcome support = AddLines(store, "support", "CNN",
                                      {{"Ushakov", "the June date holds", "+ i"}}, {},
                                      {CrossSupports(0, chain.statement_ids[0])});
  x.i = ClaimOf(store, support.statement_ids[0]);
  return x;
}

graph::AcceptanceMap Labels(const GraphSnapshot& snapshot) {
  return graph::GroundedExtension(graph::ClaimGraph(snapshot));
}

std::vector<std::int64_t> IdsOf(const graph::AcceptanceMap& labels) {
  std::vector<std::int64_t> ids;
  for (const auto& [id, label] : labels) ids.push_back(id);
  return ids;
}

std::set<std::int64_t> ClaimIds(const GraphSnapshot& snapshot) {
  std::set<std::int64_t> ids;
  for (const ClaimRecord& c : snapshot.claims) ids.insert(c.id);
  return ids;
}

TEST_CASE("SnapshotAround, DisputeGraphAround: each claim's acceptance equals the whole graph's",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  const Chains x = BuildChains(*store);
  auto full = store->Snapshot();
  REQUIRE(full.ok());
  const graph::AcceptanceMap expected = Labels(full.value());
  REQUIRE(expected.size() >= 14);
  // The chain alternates from its undisputed end; the cycle stays undecided.
  CHECK(expected.at(x.a) == graph::Acceptance::kAccepted);
  CHECK(expected.at(x.b) == graph::Acceptance::kRejected);
  CHECK(expected.at(x.d) == graph::Acceptance::kRejected);
  CHECK(expected.at(x.h) == graph::Acceptance::kUndecided);
  for (const auto& [id, label] : expected) {
    auto around = store->SnapshotAround({id});
    REQUIRE(around.ok());
    const graph::AcceptanceMap labels = Labels(around.value());
    INFO("claim " << id);
    REQUIRE(labels.count(id) == 1);
    CHECK(labels.at(id) == label);
    auto light = store->DisputeGraphAround({id});
    REQUIRE(light.ok());
    CHECK(Labels(light.value()).at(id) == label);
    CHECK(light->edges.size() == around->edges.size());
  }
  auto light = store->DisputeGraphAround(IdsOf(expected));
  REQUIRE(light.ok());
  CHECK(Labels(light.value()) == expected);
  for (const ClaimRecord& claim : light->claims) {
    CHECK(claim.text.empty());
    for (const StatementRecord& s : claim.statements) CHECK(s.sentence.empty());
  }
  auto shown = store->SnapshotAround({x.a, x.h, x.j});
  REQUIRE(shown.ok());
  const graph::AcceptanceMap labels = Labels(shown.value());
  for (std::int64_t id : {x.a, x.h, x.j}) CHECK(labels.at(id) == expected.at(id));
}

TEST_CASE("SnapshotAround: holds the attackers, transitively, and nothing else", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Chains x = BuildChains(*store);
  auto around = store->SnapshotAround({x.a, 987654});  // an unknown id is ignored
  REQUIRE(around.ok());
  CHECK(ClaimIds(around.value()) == std::set<std::int64_t>{x.a, x.b, x.c, x.d, x.e, x.m});
  // E->D, D->C, C->B, M->B's restatement, B->A; not I's support from outside.
  CHECK(around->edges.size() == 5);
  for (const ClaimRecord& claim : around->claims) {
    CHECK_FALSE(claim.statements.empty());
    if (claim.id == x.b) CHECK(claim.statements.size() == 2);
  }
  auto none = store->SnapshotAround({});
  REQUIRE(none.ok());
  CHECK(none->claims.empty());
  CHECK(none->edges.empty());
}

std::vector<std::int64_t> Near(Store& store, std::vector<std::int64_t> from, int depth, bool out,
                               bool in, int max_claims = 0, bool* truncated = nullptr) {
  auto near = store.ClaimsNear(from, depth, out, in, max_claims);
  REQUIRE(near.ok());
  if (truncated != nullptr) *truncated = near->truncated;
  return near->claim_ids;
}

TEST_CASE("ClaimsNear: breadth-first by depth and direction, cut at max_claims", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Chains x = BuildChains(*store);
  using Ids = std::vector<std::int64_t>;
  // Into A: B disputes it, I supports it (any relation counts).
  CHECK(Near(*store, {x.a}, 1, false, true) == Ids{x.a, x.b, x.i});
  CHECK(Near(*store, {x.a}, 2, false, true) == Ids{x.a, x.b, x.i, x.c, x.m});
  CHECK(Near(*store, {x.a}, -1, false, true) == Ids{x.a, x.b, x.i, x.c, x.m, x.d, x.e});
  CHECK(Near(*store, {x.a}, 3, true, false) == Ids{x.a});  // A points nowhere
  CHECK(Near(*store, {x.e}, -1, true, false) == Ids{x.e, x.d, x.c, x.b, x.a});
  CHECK(Near(*store, {x.c}, 1, true, true) == Ids{x.c, x.b, x.d});
  CHECK(Near(*store, {x.j, x.f}, 0, true, true) == Ids{x.j, x.f});
  bool truncated = false;
  CHECK(Near(*store, {x.a}, -1, false, true, 3, &truncated) == Ids{x.a, x.b, x.i});
  CHECK(truncated);
  Near(*store, {x.a}, 1, false, true, 3, &truncated);
  CHECK_FALSE(truncated);
  CHECK(Near(*store, {987654}, 2, true, true).empty());
}

TEST_CASE("SnapshotOf, LinkGraphOf: the given claims and exactly the edges between them",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  const Chains x = BuildChains(*store);
  auto part = store->SnapshotOf({x.i, x.a, 987654, x.b});
  REQUIRE(part.ok());
  CHECK(ClaimIds(part.value()) == std::set<std::int64_t>{x.a, x.b, x.i});
  // B->A and I->A; not C->B or M->B (C and M are outside).
  REQUIRE(part->edges.size() == 2);
  CHECK(part->edges[0].id < part->edges[1].id);
  for (const ClaimRecord& claim : part->claims) CHECK_FALSE(claim.statements.empty());
  // The trace over the part equals the trace over the whole graph.
  auto full = store->Snapshot();
  REQUIRE(full.ok());
  auto near = store->ClaimsNear({x.c}, 2, true, true, 0);
  REQUIRE(near.ok());
  auto around = store->SnapshotOf(near->claim_ids);
  REQUIRE(around.ok());
  auto light = store->LinkGraphOf(near->claim_ids);
  REQUIRE(light.ok());
  CHECK(ClaimIds(light.value()) == ClaimIds(around.value()));
  CHECK(light->edges.size() == around->edges.size());
  const auto whole = graph::ClaimGraph(full.value()).Trace(x.c, 2);
  for (const GraphSnapshot* subgraph : {&around.value(), &light.value()}) {
    const auto bounded = graph::ClaimGraph(*subgraph).Trace(x.c, 2);
    REQUIRE(whole.size() == bounded.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
      CHECK(whole[i].claim_id == bounded[i].claim_id);
      CHECK(whole[i].via.id == bounded[i].via.id);
      CHECK(whole[i].via_outgoing == bounded[i].via_outgoing);
    }
  }
  for (const ClaimRecord& claim : light->claims) {
    CHECK_FALSE(claim.text.empty());  // a trace prints it
    for (const StatementRecord& s : claim.statements) CHECK(s.sentence.empty());
  }
}

// claim_dispute_stats as stored, and as the GROUP BY over every edge defines
// it (Store::Disputed's documented ranking), one "id|outlets|disputers|disputes"
// line per claim.
constexpr char kStatsSql[] =
    "SELECT claim_id, outlets, disputers, disputes FROM claim_dispute_stats ORDER BY claim_id";
constexpr char kGroupBySql[] =
    "SELECT t.claim_id,"
    " CASE WHEN COUNT(DISTINCT NULLIF(a.source, '')) > 0 THEN COUNT(DISTINCT NULLIF(a.source, ''))"
    "  ELSE COUNT(DISTINCT f.article_id) END,"
    " COUNT(DISTINCT COALESCE(f.speaker_id, 0)), COUNT(*)"
    " FROM edges AS e JOIN statements AS t ON t.id = e.to_statement"
    " JOIN statements AS f ON f.id = e.from_statement JOIN articles AS a ON a.id = f.article_id"
    " WHERE e.relation = 'disputes' AND f.speaker_id IS NOT t.speaker_id"
    " GROUP BY t.claim_id ORDER BY t.claim_id";

// claim_disputes (schema 0008) as stored, and as the same definition gives
// it: one "claim id|edge id" line per dispute.
constexpr char kListedSql[] =
    "SELECT claim_id, edge_id FROM claim_disputes ORDER BY claim_id, edge_id";
constexpr char kListedDefinedSql[] =
    "SELECT t.claim_id, e.id FROM edges AS e JOIN statements AS t ON t.id = e.to_statement"
    " JOIN statements AS f ON f.id = e.from_statement"
    " WHERE e.relation = 'disputes' AND f.speaker_id IS NOT t.speaker_id"
    " ORDER BY t.claim_id, e.id";

// One line per row, columns joined by '|'.
std::string Rows(const std::string& path, const char* sql) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement query(db, sql);
  std::string out;
  const int columns = query.getColumnCount();
  while (query.executeStep()) {
    for (int c = 0; c < columns; ++c) {
      out += query.getColumn(c).getString() + (c + 1 < columns ? "|" : "\n");
    }
  }
  return out;
}

TEST_CASE("Dispute stats: the tables equal their definitions over all edges after every article",
          "[store]") {
  TempDir dir;
  const std::string path = dir.File("stats.db");
  auto store = OpenOrFail(path);
  BuildChains(*store);
  const std::string stored = Rows(path, kStatsSql);
  CHECK(stored == Rows(path, kGroupBySql));
  const std::string listed = Rows(path, kListedSql);
  CHECK(listed == Rows(path, kListedDefinedSql));
  // One row per dispute: Draghi's dispute of his own claim is none.
  const int disputes =
      SQLite::Database(path).execAndGet("SELECT SUM(disputes) FROM claim_dispute_stats").getInt();
  CHECK(std::count(listed.begin(), listed.end(), '\n') == disputes);
  // a b c d f g h j k (J counts Lagarde's dispute, not Draghi's own).
  CHECK(std::count(stored.begin(), stored.end(), '\n') == 9);
  // A later article adds disputes to existing claims from new outlets.
  auto chain = store->Claims({.speaker = "Peskov", .search = "", .limit = 1});
  REQUIRE(chain.ok());
  REQUIRE(chain->size() == 1);
  AddLines(*store, "later", "TASS", {{"Zakharova", "June is out of the question", "+ z"}}, {},
           {CrossDisputes(0, chain->front().statements.front().id)});
  CHECK(Rows(path, kStatsSql) == Rows(path, kGroupBySql));
  CHECK(Rows(path, kListedSql) == Rows(path, kListedDefinedSql));
  auto top = store->Disputed(1);
  REQUIRE(top.ok());
  REQUIRE(top->size() == 1);
  CHECK(top->front().claim.id == chain->front().id);  // 2 outlets now: Reuters and TASS
  CHECK(top->front().distinct_outlets == 2);
}

// Store::Relabel's labeller as pipeline/acceptance.cc has it.
std::unordered_map<std::int64_t, std::string> LabelNames(const GraphSnapshot& dispute_graph) {
  std::unordered_map<std::int64_t, std::string> names;
  for (const auto& [id, label] : Labels(dispute_graph)) names.emplace(id, graph::ToString(label));
  return names;
}

// The whole graph's labels, by name, for every claim.
std::unordered_map<std::int64_t, std::string> WholeGraphNames(Store& store) {
  auto full = store.Snapshot();
  REQUIRE(full.ok());
  return LabelNames(full.value());
}

TEST_CASE("Stored acceptance: not current after a write; Relabel stores the whole graph's labels",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  const Chains x = BuildChains(*store);
  const auto expected = WholeGraphNames(*store);
  std::vector<std::int64_t> all;
  for (const auto& [id, name] : expected) all.push_back(id);

  // Written but not relabelled: the reader gets the graph to label instead.
  auto before = store->ReadAcceptance(all);
  REQUIRE(before.ok());
  CHECK_FALSE(before->current);
  CHECK(before->labels.empty());
  CHECK(LabelNames(before->dispute_graph) == expected);

  auto relabelled = store->Relabel(LabelNames);
  REQUIRE(relabelled.ok());
  // Dirty: the disputed claims a b c d f g h j k; they reach nothing else.
  CHECK(relabelled->dirty == 9);
  CHECK(relabelled->relabelled == 9);
  auto after = store->ReadAcceptance(all);
  REQUIRE(after.ok());
  REQUIRE(after->current);
  CHECK(after->labels == expected);
  CHECK(after->dispute_graph.claims.empty());
  auto unknown = store->ReadAcceptance({x.a, 987654});
  REQUIRE(unknown.ok());
  CHECK(unknown->labels.size() == 1);

  // A new dispute at the top of the chain flips it: exactly the claims it
  // reaches are relabelled, and the labels equal the whole graph's again.
  auto e_statements = store->Claim(x.e);
  REQUIRE(e_statements.ok());
  AddLines(*store, "flip2", "RIA", {{"Medvedev", "Macron is wrong", "+ r"}}, {},
           {CrossDisputes(0, e_statements->statements.front().id)});
  auto stale = store->ReadAcceptance({x.a});
  REQUIRE(stale.ok());
  CHECK_FALSE(stale->current);
  auto again = store->Relabel(LabelNames);
  REQUIRE(again.ok());
  CHECK(again->dirty == 1);            // E
  CHECK(again->relabelled == 5);       // E D C B A, not the cycle or the rates
  const auto now = WholeGraphNames(*store);
  CHECK(now.at(x.d) != expected.at(x.d));  // E is rejected now, so D is accepted
  std::vector<std::int64_t> ids;
  for (const auto& [id, name] : now) ids.push_back(id);
  auto fresh = store->ReadAcceptance(ids);
  REQUIRE(fresh.ok());
  REQUIRE(fresh->current);
  CHECK(fresh->labels == now);
  auto idle = store->Relabel(LabelNames);  // nothing dirty: nothing to do
  REQUIRE(idle.ok());
  CHECK(idle->dirty == 0);
  CHECK(idle->relabelled == 0);
}

TEST_CASE("Stored acceptance: a labeller that leaves a claim out writes nothing", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Chains x = BuildChains(*store);
  auto failed = store->Relabel([](const GraphSnapshot&) {
    return std::unordered_map<std::int64_t, std::string>{};
  });
  CHECK(failed.status().code() == Status::Code::kInvalidArgument);
  auto read = store->ReadAcceptance({x.a});
  REQUIRE(read.ok());
  CHECK_FALSE(read->current);  // the marks stay; readers still compute
  REQUIRE(store->Relabel(LabelNames).ok());
  read = store->ReadAcceptance({x.a, x.b});
  REQUIRE(read.ok());
  CHECK(read->current);
  CHECK(read->labels.at(x.a) == "accepted");
  CHECK(read->labels.at(x.b) == "rejected");
}

TEST_CASE("ClaimPageOf: the first statements and edges, disputes first, with every end", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Chains x = BuildChains(*store);
  // B: Blinken's and Kerry's statements; disputed by C and M, disputes A.
  auto whole = store->ClaimPageOf(x.b, 0, 0);
  REQUIRE(whole.ok());
  CHECK(whole->statement_count == 2);
  CHECK(whole->claim.statements.size() == 2);
  CHECK(whole->edge_count == 3);
  REQUIRE(whole->edges.size() == 3);
  auto edges = store->EdgesOfClaim(x.b);
  REQUIRE(edges.ok());
  CHECK(edges->size() == 3);
  CHECK(whole->related.size() == 3);  // A's, C's and M's statements

  auto page = store->ClaimPageOf(x.b, 1, 1);
  REQUIRE(page.ok());
  CHECK(page->statement_count == 2);
  CHECK(page->edge_count == 3);
  REQUIRE(page->edges.size() == 1);
  CHECK(page->edges.front().relation == Relation::kDisputes);
  // The claim's statement at the listed edge's end is there even if it is
  // not among the first, and the other end is in related.
  std::set<std::int64_t> shown;
  for (const StatementRecord& s : page->claim.statements) shown.insert(s.id);
  for (const StatementRecord& s : page->related) shown.insert(s.id);
  CHECK(shown.count(page->edges.front().from_statement) == 1);
  CHECK(shown.count(page->edges.front().to_statement) == 1);
  CHECK(page->claim.statements.size() <= 2);
  CHECK(store->ClaimPageOf(987654, 1, 1).status().code() == Status::Code::kNotFound);
}

}  // namespace
}  // namespace claimgraph::store
