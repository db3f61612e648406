// The parts of the store that keep `disputed` and `show` fast at scale:
// SnapshotAround (acceptance over the backward dispute closure only) and
// claim_dispute_stats (the ranking kept at write time).
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <set>
#include <string>
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

std::set<std::int64_t> ClaimIds(const GraphSnapshot& snapshot) {
  std::set<std::int64_t> ids;
  for (const ClaimRecord& c : snapshot.claims) ids.insert(c.id);
  return ids;
}

TEST_CASE("SnapshotAround: each claim's acceptance equals the whole graph's", "[store]") {
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

std::string Rows(const std::string& path, const char* sql) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement query(db, sql);
  std::string out;
  while (query.executeStep()) {
    for (int c = 0; c < 4; ++c) out += query.getColumn(c).getString() + (c < 3 ? "|" : "\n");
  }
  return out;
}

TEST_CASE("Dispute stats: the table equals the GROUP BY over all edges after every article",
          "[store]") {
  TempDir dir;
  const std::string path = dir.File("stats.db");
  auto store = OpenOrFail(path);
  BuildChains(*store);
  const std::string stored = Rows(path, kStatsSql);
  CHECK(stored == Rows(path, kGroupBySql));
  // a b c d f g h j k (J counts Lagarde's dispute, not Draghi's own).
  CHECK(std::count(stored.begin(), stored.end(), '\n') == 9);
  // A later article adds disputes to existing claims from new outlets.
  auto chain = store->Claims({.speaker = "Peskov", .search = "", .limit = 1});
  REQUIRE(chain.ok());
  REQUIRE(chain->size() == 1);
  AddLines(*store, "later", "TASS", {{"Zakharova", "June is out of the question", "+ z"}}, {},
           {CrossDisputes(0, chain->front().statements.front().id)});
  CHECK(Rows(path, kStatsSql) == Rows(path, kGroupBySql));
  auto top = store->Disputed(1);
  REQUIRE(top.ok());
  REQUIRE(top->size() == 1);
  CHECK(top->front().claim.id == chain->front().id);  // 2 outlets now: Reuters and TASS
  CHECK(top->front().distinct_outlets == 2);
}

}  // namespace
}  // namespace claimgraph::store
