// Read queries: Disputed ranking and evidence, Claims filtering (including
// SQL metacharacters), claims, edges, speakers and the snapshot.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "store/store.h"
#include "store_test_util.h"

namespace claimgraph::store {
namespace {

using testing::AddOrFail;
using testing::AddLines;
using testing::ClaimOf;
using testing::By;
using testing::CrossDisputes;
using testing::Disputes;
using testing::MakeArticle;
using testing::MakeStatement;
using testing::Narrative;
using testing::OpenOrFail;

Edge Supports(std::size_t from, std::size_t to) {
  Edge e = Disputes(from, to);
  e.relation = Relation::kSupports;
  return e;
}

std::set<std::string> DisputerSpeakers(const DisputedClaim& claim) {
  std::set<std::string> out;
  for (const auto& d : claim.disputes) out.insert(d.disputer.speaker);
  return out;
}

// Claims named by the letter the ranking test expects for them.
struct DisputeScenario {
  std::int64_t x, y, p, z, w, v, u;
  std::int64_t x_statement;
};

DisputeScenario BuildDisputes(Store& store) {
  DisputeScenario s{};
  // X: 2 outlets (Reuters, AP), 3 disputers, 3 disputes.
  const AddOutcome a = AddLines(store, "summit", "Reuters",
                                {{"Peskov", "the summit will be in June", "+ june summit"},
                                 {"Washington", "that is not so", ""}},
                                {Disputes(1, 0, "anaphoric-rebuttal", "Washington rebuts it.")});
  s.x_statement = a.statement_ids[0];
  s.x = ClaimOf(store, a.statement_ids[0]);
  AddLines(store, "denial", "AP", {{"White House", "there is no June summit", ""}}, {},
           {CrossDisputes(0, a.statement_ids[0])});
  AddLines(store, "blinken", "AP", {{"Blinken", "no summit is planned for June", ""}}, {},
           {CrossDisputes(0, a.statement_ids[0])});
  // Y: 2 outlets (TASS, RIA), 2 disputers (Yellen, the narrative voice); Lavrov
  // disputing his own claim does not count.
  const AddOutcome d = AddLines(store, "sanctions", "TASS",
                                {{"Lavrov", "sanctions have failed", "+ sanction fail"},
                                 {"Yellen", "sanctions work", ""},
                                 {"Lavrov", "I take that back", ""}},
                                {Disputes(1, 0), Disputes(2, 0)});
  s.y = ClaimOf(store, d.statement_ids[0]);
  AddLines(store, "biting", "RIA", {{"", "The sanctions are biting", ""}}, {},
           {CrossDisputes(0, d.statement_ids[0])});
  // P: 1 outlet, 3 disputers: ranks below Y although it has more disputers.
  const AddOutcome f = AddLines(store, "front", "AP",
                                {{"Zelensky", "the front is stable", "+ front stable"},
                                 {"Shoigu", "the front collapsed", ""},
                                 {"Gerasimov", "the front is broken", ""},
                                 {"Prigozhin", "the lines gave way", ""}},
                                {Disputes(1, 0), Disputes(2, 0), Disputes(3, 0)});
  s.p = ClaimOf(store, f.statement_ids[0]);
  // Z: 1 outlet, 1 disputer, 2 disputes; W: 1, 1, 1.
  const AddOutcome g = AddLines(store, "rearm", "BBC",
                                {{"Macron", "Europe must rearm", "+ europe rearm"},
                                 {"Orban", "rearming is a mistake", ""},
                                 {"Orban", "more arms mean war", ""}},
                                {Disputes(1, 0), Disputes(2, 0)});
  s.z = ClaimOf(store, g.statement_ids[0]);
  const AddOutcome h = AddLines(store, "gas", "CNN",
                                {{"Scholz", "gas prices will fall", "+ gas fall price"},
                                 {"Habeck", "prices will not fall soon", ""}},
                                {Disputes(1, 0)});
  s.w = ClaimOf(store, h.statement_ids[0]);
  // V: disputed only by its own speaker, supported by another: not disputed.
  const AddOutcome i = AddLines(store, "taxes", "DW",
                                {{"Merz", "taxes must drop", "+ drop tax"},
                                 {"Merz", "I misspoke", ""},
                                 {"Lindner", "taxes must drop now", ""}},
                                {Disputes(1, 0), Supports(2, 0)});
  s.v = ClaimOf(store, i.statement_ids[0]);
  // U: narrative disputing narrative: the outlet's voice against itself.
  const AddOutcome j = AddLines(
      store, "markets", "FT", {{"", "Markets rallied", "+ market rally"}, {"", "Markets fell", ""}},
      {Disputes(1, 0)});
  s.u = ClaimOf(store, j.statement_ids[0]);
  return s;
}

TEST_CASE("Queries: Disputed ranks by outlets, then disputers, then disputes", "[store]") {
  auto store = OpenOrFail(":memory:");
  const DisputeScenario s = BuildDisputes(*store);
  auto disputed = store->Disputed(10);
  REQUIRE(disputed.ok());
  std::vector<std::int64_t> order;
  for (const DisputedClaim& c : disputed.value()) order.push_back(c.claim.id);
  CHECK(order == std::vector<std::int64_t>{s.x, s.y, s.p, s.z, s.w});

  const std::vector<DisputedClaim>& list = disputed.value();
  REQUIRE(list.size() == 5);
  CHECK(list[0].distinct_outlets == 2);
  CHECK(list[0].distinct_disputers == 3);
  CHECK(list[1].distinct_outlets == 2);
  CHECK(list[1].distinct_disputers == 2);
  CHECK(list[2].distinct_outlets == 1);
  CHECK(list[2].distinct_disputers == 3);
  CHECK(list[3].disputes.size() == 2);
  CHECK(list[4].disputes.size() == 1);
  CHECK(DisputerSpeakers(list[1]) == std::set<std::string>{"", "Yellen"});
}

TEST_CASE("Queries: Disputed fills in both sides of every dispute", "[store]") {
  auto store = OpenOrFail(":memory:");
  const DisputeScenario s = BuildDisputes(*store);
  auto disputed = store->Disputed(1);
  REQUIRE(disputed.ok());
  REQUIRE(disputed->size() == 1);
  const DisputedClaim& x = disputed->front();
  CHECK(x.claim.id == s.x);
  CHECK(x.claim.text == "the summit will be in June");
  REQUIRE(x.claim.statements.size() == 1);
  CHECK(x.claim.statements[0].speaker == "Peskov");
  REQUIRE(x.disputes.size() == 3);
  CHECK(DisputerSpeakers(x) == std::set<std::string>{"Washington", "White House", "Blinken"});

  const DisputedClaim::Dispute& first = x.disputes[0];  // in edge order
  CHECK(first.edge.relation == Relation::kDisputes);
  CHECK(first.edge.rule == "anaphoric-rebuttal");
  CHECK(first.edge.reason == "Washington rebuts it.");
  CHECK(first.disputer.speaker == "Washington");
  CHECK(first.disputer.content == "that is not so");
  CHECK(first.disputer.sentence.find("Washington said that is not so.") != std::string::npos);
  CHECK(first.disputer.article_source == "Reuters");
  CHECK(first.disputer.article_title == "summit");
  CHECK(first.disputer.article_url == "https://example.test/summit");
  CHECK(first.disputer.article_published == "2024-05-01");
  CHECK(first.target.id == s.x_statement);
  CHECK(first.target.speaker == "Peskov");
  CHECK(first.target.content == "the summit will be in June");

  const DisputedClaim::Dispute& cross = x.disputes[1];
  CHECK(cross.disputer.speaker == "White House");
  CHECK(cross.disputer.article_source == "AP");
  CHECK(cross.disputer.article_title == "denial");
  CHECK(cross.target.article_source == "Reuters");
}

TEST_CASE("Queries: Disputed lists a claim's first disputes and counts them all", "[store]") {
  auto store = OpenOrFail(":memory:");
  const DisputeScenario s = BuildDisputes(*store);
  auto all = store->Disputed(1);
  auto page = store->Disputed(1, 2);
  REQUIRE(all.ok());
  REQUIRE(page.ok());
  REQUIRE(page->size() == 1);
  const DisputedClaim& x = page->front();
  CHECK(x.claim.id == s.x);
  CHECK(x.dispute_count == 3);
  REQUIRE(x.disputes.size() == 2);
  // The same disputes as the full listing, oldest first.
  CHECK(x.disputes[0].edge.id == all->front().disputes[0].edge.id);
  CHECK(x.disputes[1].edge.id == all->front().disputes[1].edge.id);
  CHECK(all->front().dispute_count == 3);
}

TEST_CASE("Queries: Disputed counts articles as outlets only when every source is empty",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  const AddOutcome k = AddLines(*store, "k", "", {{"Ann", "claim one holds", "+ one"}});
  AddLines(*store, "l", "", {{"Bob", "claim one is false", ""}}, {},
           {CrossDisputes(0, k.statement_ids[0])});
  AddLines(*store, "m", "", {{"Cy", "claim one is wrong", ""}}, {},
           {CrossDisputes(0, k.statement_ids[0])});
  const AddOutcome n = AddLines(*store, "n", "", {{"Dee", "claim two holds", "+ two"}});
  AddLines(*store, "o", "", {{"Eve", "claim two is false", ""}}, {},
           {CrossDisputes(0, n.statement_ids[0])});
  AddLines(*store, "q", "AP", {{"Fay", "claim two is wrong", ""}}, {},
           {CrossDisputes(0, n.statement_ids[0])});

  auto disputed = store->Disputed(0);  // no limit
  REQUIRE(disputed.ok());
  REQUIRE(disputed->size() == 2);
  CHECK(disputed.value()[0].claim.text == "claim one holds");
  CHECK(disputed.value()[0].distinct_outlets == 2);  // two articles, no named outlet
  CHECK(disputed.value()[1].claim.text == "claim two holds");
  CHECK(disputed.value()[1].distinct_outlets == 1);  // only AP is a named outlet
}

// Four claims whose texts exercise LIKE's wildcards and SQL quoting.
struct FilterScenario {
  std::int64_t peskov, psaki, reporters, narrative;
};

FilterScenario BuildFilterScenario(Store& store) {
  const Article a = MakeArticle(
      "The Kremlin spokesman said talks are 50% done. Psaki said the plan_b file leaked. "
      "Reporters said O'Brien's '; DROP TABLE articles; -- quote was odd. "
      "The planXb memo is 50 pages.",
      "Reuters", "filters");
  const AddOutcome added = AddOrFail(
      store, a,
      {MakeStatement(a, By("Dmitry Peskov", "The Kremlin spokesman", "talks are 50% done")),
       MakeStatement(a, By("Jen Psaki", "Psaki", "the plan_b file leaked")),
       MakeStatement(
           a, By("Reporters", "Reporters", "O'Brien's '; DROP TABLE articles; -- quote was odd")),
       MakeStatement(a, Narrative("The planXb memo is 50 pages"))});
  return {ClaimOf(store, added.statement_ids[0]), ClaimOf(store, added.statement_ids[1]),
          ClaimOf(store, added.statement_ids[2]), ClaimOf(store, added.statement_ids[3])};
}

ClaimFilter Filter(std::string speaker, std::string search = "", int limit = 100) {
  ClaimFilter f;
  f.speaker = std::move(speaker);
  f.search = std::move(search);
  f.limit = limit;
  return f;
}

std::vector<std::int64_t> ClaimIds(Store& store, const ClaimFilter& filter) {
  auto claims = store.Claims(filter);
  INFO(claims.status().ToString());
  REQUIRE(claims.ok());
  std::vector<std::int64_t> ids;
  for (const ClaimRecord& c : claims.value()) {
    CHECK_FALSE(c.statements.empty());
    ids.push_back(c.id);
  }
  return ids;
}

TEST_CASE("Queries: Claims filters by speaker name or alias, case-insensitively", "[store]") {
  auto store = OpenOrFail(":memory:");
  const FilterScenario s = BuildFilterScenario(*store);
  using Ids = std::vector<std::int64_t>;
  CHECK(ClaimIds(*store, Filter("PESKOV")) == Ids{s.peskov});
  CHECK(ClaimIds(*store, Filter("kremlin spokes")) == Ids{s.peskov});  // alias
  CHECK(ClaimIds(*store, Filter("psa")) == Ids{s.psaki});
  CHECK(ClaimIds(*store, Filter("nobody")).empty());
  CHECK(ClaimIds(*store, Filter("")) == Ids{s.peskov, s.psaki, s.reporters, s.narrative});
  CHECK(ClaimIds(*store, Filter("", "", 2)) == Ids{s.peskov, s.psaki});
}

TEST_CASE("Queries: Claims searches content literally, wildcards and quotes included", "[store]") {
  auto store = OpenOrFail(":memory:");
  const FilterScenario s = BuildFilterScenario(*store);
  using Ids = std::vector<std::int64_t>;
  struct Case {
    std::string search;
    Ids expected;
  };
  const std::vector<Case> cases = {
      {"50%", {s.peskov}},
      {"%", {s.peskov}},
      {"plan_b", {s.psaki}},  // '_' does not match the X of planXb
      {"_", {s.psaki}},
      {"PLANXB", {s.narrative}},
      {"drop table", {s.reporters}},
      {"'; DROP TABLE articles; --", {s.reporters}},
      {"O'Brien's", {s.reporters}},
      {"\\", {}},
      {"50", {s.peskov, s.narrative}},
  };
  for (const Case& c : cases) {
    INFO("search: " << c.search);
    CHECK(ClaimIds(*store, Filter("", c.search)) == c.expected);
  }
  CHECK(ClaimIds(*store, Filter("psaki", "50%")).empty());
  CHECK(testing::CountsOf(*store).articles == 1);  // the tables survived
}

TEST_CASE("Queries: Claim and Statement report NotFound for unknown ids", "[store]") {
  auto store = OpenOrFail(":memory:");
  auto claim = store->Claim(42);
  REQUIRE_FALSE(claim.ok());
  CHECK(claim.status().code() == Status::Code::kNotFound);
  CHECK_THAT(claim.status().message(), Catch::Contains("42"));
  auto statement = store->Statement(7);
  REQUIRE_FALSE(statement.ok());
  CHECK(statement.status().code() == Status::Code::kNotFound);
}

TEST_CASE("Queries: EdgesOfClaim returns incoming and outgoing edges once each", "[store]") {
  auto store = OpenOrFail(":memory:");
  const DisputeScenario s = BuildDisputes(*store);
  auto incoming = store->EdgesOfClaim(s.x);
  REQUIRE(incoming.ok());
  CHECK(incoming->size() == 3);
  for (const EdgeRecord& e : incoming.value()) CHECK(e.to_statement == s.x_statement);

  auto supports = store->EdgesOfClaim(s.v);
  REQUIRE(supports.ok());
  CHECK(supports->size() == 2);

  // Both ends in one claim: listed once.
  const AddOutcome same = AddLines(
      *store, "echo", "AP",
      {{"Ann", "rain is coming", "+ rain come"}, {"Bob", "rain is coming soon", "+ rain come"}},
      {Supports(1, 0)});
  auto echo = store->EdgesOfClaim(ClaimOf(*store, same.statement_ids[0]));
  REQUIRE(echo.ok());
  REQUIRE(echo->size() == 1);
  CHECK(echo->front().relation == Relation::kSupports);
}

TEST_CASE("Queries: Speakers come most statements first; StatementsBySpeaker in article order",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  BuildDisputes(*store);
  auto speakers = store->Speakers();
  REQUIRE(speakers.ok());
  REQUIRE(speakers->size() >= 3);
  CHECK(speakers->front().statement_count == 2);  // Lavrov, Merz and Orban have 2
  for (std::size_t i = 1; i < speakers->size(); ++i) {
    CHECK(speakers.value()[i - 1].statement_count >= speakers.value()[i].statement_count);
  }
  const auto orban = std::find_if(speakers->begin(), speakers->end(),
                                  [](const SpeakerRecord& r) { return r.name == "Orban"; });
  REQUIRE(orban != speakers->end());
  auto statements = store->StatementsBySpeaker(orban->id);
  REQUIRE(statements.ok());
  REQUIRE(statements->size() == 2);
  CHECK(statements.value()[0].content == "rearming is a mistake");
  CHECK(statements.value()[1].content == "more arms mean war");
  CHECK(statements.value()[0].article_source == "BBC");
}

TEST_CASE("Queries: DisputedAmong ranks only the given claims as Disputed does, and DisputedCount",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  const DisputeScenario s = BuildDisputes(*store);
  auto count = store->DisputedCount();
  REQUIRE(count.ok());
  CHECK(count.value() == 5);
  auto all = store->Disputed(0, 1);
  REQUIRE(all.ok());
  // s.v is a claim nobody disputes (or an unknown id): left out.
  auto among = store->DisputedAmong({s.w, 987654, s.p, s.x, s.w}, 1);
  REQUIRE(among.ok());
  std::vector<std::int64_t> order;
  for (const DisputedClaim& c : among.value()) order.push_back(c.claim.id);
  CHECK(order == std::vector<std::int64_t>{s.x, s.p, s.w});
  for (const DisputedClaim& c : among.value()) {
    const auto same = std::find_if(all->begin(), all->end(), [&](const DisputedClaim& d) {
      return d.claim.id == c.claim.id;
    });
    REQUIRE(same != all->end());
    CHECK(c.distinct_outlets == same->distinct_outlets);
    CHECK(c.dispute_count == same->dispute_count);
    CHECK(c.claim.text == same->claim.text);
    REQUIRE(c.disputes.size() == 1);  // disputes_per_claim
    CHECK(c.disputes[0].disputer.id == same->disputes[0].disputer.id);
  }
}

TEST_CASE("Queries: SpeakersById gives the named speakers with aliases and total counts",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  BuildDisputes(*store);
  auto everyone = store->Speakers();
  REQUIRE(everyone.ok());
  REQUIRE(everyone->size() >= 3);
  const SpeakerRecord& last = everyone->back();
  const SpeakerRecord& first = everyone->front();
  auto some = store->SpeakersById({last.id, 987654, first.id, last.id});
  REQUIRE(some.ok());
  REQUIRE(some->size() == 2);
  CHECK(some.value()[0].id == first.id);  // most statements first
  CHECK(some.value()[0].statement_count == first.statement_count);
  CHECK(some.value()[0].aliases == first.aliases);
  CHECK(some.value()[1].name == last.name);
}

TEST_CASE("Queries: Snapshot holds every claim with its statements and every edge", "[store]") {
  auto store = OpenOrFail(":memory:");
  BuildDisputes(*store);
  const Counts counts = testing::CountsOf(*store);
  auto snapshot = store->Snapshot();
  REQUIRE(snapshot.ok());
  CHECK(static_cast<std::int64_t>(snapshot->claims.size()) == counts.claims);
  CHECK(static_cast<std::int64_t>(snapshot->edges.size()) == counts.edges);
  std::int64_t statements = 0;
  for (const ClaimRecord& claim : snapshot->claims) {
    CHECK_FALSE(claim.statements.empty());
    for (const StatementRecord& st : claim.statements) CHECK(st.claim_id == claim.id);
    statements += static_cast<std::int64_t>(claim.statements.size());
  }
  CHECK(statements == counts.statements);
}

TEST_CASE("Queries: Disputed lists a claim's first statements and counts them all", "[store]") {
  auto store = OpenOrFail(":memory:");
  const DisputeScenario s = BuildDisputes(*store);
  // Three more outlets restate X: it now has four statements.
  for (const char* outlet : {"BBC", "CNN", "NPR"}) {
    AddLines(*store, std::string("restated by ") + outlet, outlet,
             {{"Peskov", std::string("the summit will be in June, ") + outlet + " hears",
               "+ june summit"}});
  }
  auto page = store->Disputed(1, 0, 2);
  REQUIRE(page.ok());
  REQUIRE(page->size() == 1);
  const DisputedClaim& x = page->front();
  CHECK(x.claim.id == s.x);
  CHECK(x.statement_count == 4);
  REQUIRE(x.claim.statements.size() == 2);
  CHECK(x.claim.statements[0].id == s.x_statement);  // article order: the first one first
  // Every dispute keeps its target, listed among the first statements or not.
  REQUIRE(x.disputes.size() == 3);
  for (const DisputedClaim::Dispute& d : x.disputes) CHECK(d.target.id == s.x_statement);

  auto all = store->Disputed(1);
  REQUIRE(all.ok());
  CHECK(all->front().claim.statements.size() == 4);
  CHECK(all->front().statement_count == 4);
}

}  // namespace
}  // namespace claimgraph::store
