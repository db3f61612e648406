// Tests for graph/analysis.h: controversies, camps, grounded extension,
// speaker links and timelines over hand-built snapshots.
#include "graph/analysis.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "graph/claim_graph.h"
#include "graph/graph_test_util.h"

namespace claimgraph::graph {
namespace {

using testing::Snapshot;

std::string Ids(const std::vector<std::int64_t>& ids) {
  std::ostringstream out;
  for (std::size_t i = 0; i < ids.size(); ++i) out << (i ? "," : "") << ids[i];
  return out.str();
}

// "1:accepted 2:rejected ..." in claim id order.
std::string Labels(const GraphSnapshot& snapshot) {
  ClaimGraph g(snapshot);
  AcceptanceMap acceptance = GroundedExtension(g);
  std::ostringstream out;
  for (const ClaimRecord& c : snapshot.claims) {
    out << (out.tellp() > 0 ? " " : "") << c.id << ":" << ToString(acceptance.at(c.id));
  }
  return out.str();
}

}  // namespace

TEST_CASE("Controversies: components with a dispute, ranked by disputing outlets", "[graph]") {
  Snapshot s;
  s.Claim(1, "A", "Wire").Claim(2, "B", "Wire").Claim(3, "C", "Wire");
  s.Claim(4, "D", "Wire").Claim(5, "E", "Post").Claim(6, "F", "Daily");
  s.Claim(7, "G").Claim(8, "H").Claim(9, "I");
  s.Disputes(1, 2, 1).Supports(2, 3, 2);      // one outlet disputes
  s.Disputes(3, 5, 4).Disputes(4, 6, 4);      // two outlets dispute
  s.Supports(5, 7, 8);                        // support only: no controversy
  ClaimGraph g(s.get());
  auto controversies = Controversies(g);
  REQUIRE(controversies.size() == 2);
  CHECK(controversies[0].id == 4);
  CHECK(controversies[0].rank == 1);
  CHECK(Ids(controversies[0].claim_ids) == "4,5,6");
  CHECK(controversies[0].distinct_outlets == 2);
  CHECK(controversies[0].distinct_disputers == 2);
  CHECK(controversies[1].id == 1);
  CHECK(Ids(controversies[1].claim_ids) == "1,2,3");
  CHECK(controversies[1].disputes == 1);
  CHECK(controversies[1].supports == 1);
}

TEST_CASE("Controversies: an empty graph has none", "[graph]") {
  ClaimGraph g(GraphSnapshot{});
  CHECK(Controversies(g).empty());
  CHECK(GroundedExtension(g).empty());
}

TEST_CASE("Camps: disputes cross sides and supports stay within", "[graph]") {
  Snapshot s;
  s.Claim(1, "Peskov").Claim(2, "Stoltenberg").Claim(3, "Blinken").Claim(4, "Shoigu");
  s.Disputes(1, 2, 1).Supports(2, 3, 2).Supports(3, 4, 1);
  ClaimGraph g(s.get());
  auto c = Controversies(g).at(0);
  CHECK(c.clean_split());
  CHECK(Ids(c.camps[0].claim_ids) == "1,4");
  CHECK(Ids(c.camps[1].claim_ids) == "2,3");
  CHECK(c.camps[0].speakers == std::vector<std::string>{"Peskov", "Shoigu"});
  CHECK(c.camps[1].speakers == std::vector<std::string>{"Blinken", "Stoltenberg"});
}

// Regression: on the seed article, Moscow (who denies invasion plans) was put
// on the side of the officials who dispute that denial.
TEST_CASE("Camps: a speaker sits with the claims they state, denials included", "[graph]") {
  Snapshot s;
  s.Claim(1, "Moscow").Claim(2, "top US and European officials");
  s.Statement(11).polarity = Polarity::kDenied;  // Moscow denies it plans to invade
  s.Disputes(1, 2, 1);                           // the officials dispute the denial
  auto c = Controversies(ClaimGraph(s.get())).at(0);
  CHECK(c.camps[0].speakers == std::vector<std::string>{"Moscow"});
  CHECK(c.camps[1].speakers == std::vector<std::string>{"top US and European officials"});
  CHECK(c.speakers_on_both_sides.empty());
}

TEST_CASE("Camps: an odd cycle of disputes has no clean split and names the breaking edge",
          "[graph]") {
  Snapshot s;
  s.Claim(1, "A").Claim(2, "B").Claim(3, "C");
  s.Disputes(1, 1, 2).Disputes(2, 2, 3).Disputes(3, 3, 1);
  auto c = Controversies(ClaimGraph(s.get())).at(0);
  CHECK(c.dispute_only);
  CHECK_FALSE(c.clean_split());
  REQUIRE(c.conflict_edge_ids.size() == 1);
  CHECK(c.side_of_claim.at(1) == 0);
}

TEST_CASE("Camps: a support between disputing claims breaks the split", "[graph]") {
  Snapshot s;
  s.Claim(1, "A").Claim(2, "B");
  s.Statement(21).speaker = "A";
  s.Disputes(1, 2, 1).Edge(2, 11, 21, Relation::kSupports);
  auto c = Controversies(ClaimGraph(s.get())).at(0);
  CHECK_FALSE(c.dispute_only);
  CHECK(Ids(c.conflict_edge_ids) == "2");
  CHECK(c.speakers_on_both_sides == std::vector<std::string>{"A"});
}

TEST_CASE("Camps: a dispute-only even cycle splits cleanly (is_bipartite)", "[graph]") {
  Snapshot s;
  s.Claim(1).Claim(2).Claim(3).Claim(4);
  s.Disputes(1, 1, 2).Disputes(2, 2, 3).Disputes(3, 3, 4).Disputes(4, 4, 1);
  auto c = Controversies(ClaimGraph(s.get())).at(0);
  CHECK(c.clean_split());
  CHECK(Ids(c.camps[0].claim_ids) == "1,3");
  CHECK(Ids(c.camps[1].claim_ids) == "2,4");
}

TEST_CASE("Grounded extension: accepted, rejected and undecided claims", "[graph]") {
  struct Case {
    const char* name;
    Snapshot snapshot;
    const char* expected;
  };
  std::vector<Case> cases;
  {
    Snapshot s;
    s.Claim(1).Claim(2).Claim(3).Disputes(1, 1, 2).Disputes(2, 2, 3);
    cases.push_back({"a chain: the unattacked attacker wins, its victim's victim is reinstated", s,
                     "1:accepted 2:rejected 3:accepted"});
  }
  {
    Snapshot s;
    s.Claim(1).Claim(2).Claim(3).Disputes(1, 1, 2).Disputes(2, 2, 1).Disputes(3, 1, 3);
    cases.push_back({"a mutual dispute leaves both and their targets undecided", s,
                     "1:undecided 2:undecided 3:undecided"});
  }
  {
    Snapshot s;
    s.Claim(1).Claim(2).Claim(3).Claim(4);
    s.Disputes(1, 1, 2).Disputes(2, 2, 1).Disputes(3, 3, 2);
    cases.push_back({"an unattacked claim settles a mutual dispute", s,
                     "1:accepted 2:rejected 3:accepted 4:accepted"});
  }
  {
    Snapshot s;
    s.Claim(1).Claim(2).Supports(1, 1, 2).Supports(2, 2, 1);
    cases.push_back({"supports never reject", s, "1:accepted 2:accepted"});
  }
  {
    Snapshot s;
    s.Claim(1).Claim(2).Claim(3).Disputes(1, 1, 2).Disputes(2, 2, 3).Disputes(3, 3, 1);
    cases.push_back({"an odd cycle is undecided", s, "1:undecided 2:undecided 3:undecided"});
  }
  {
    Snapshot s;
    s.Claim(1).Claim(2).Claim(3).Disputes(1, 1, 3).Disputes(2, 2, 3).Edge(3, 10, 31);
    cases.push_back({"parallel attacks: one accepted attacker is enough", s,
                     "1:accepted 2:accepted 3:rejected"});
  }
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Labels(c.snapshot.get()) == c.expected);
  }
}

TEST_CASE("Speaker links: who disputes whom, with counts and claims", "[graph]") {
  Snapshot s;
  s.Claim(1, "Peskov").Claim(2, "Stoltenberg").Claim(3, "Stoltenberg").Claim(4, "", "Daily");
  s.Disputes(1, 2, 1).Disputes(2, 3, 1).Supports(3, 4, 2);
  auto links = SpeakerLinks(ClaimGraph(s.get()));
  REQUIRE(links.size() == 2);
  CHECK(links[0].from == "Stoltenberg");
  CHECK(links[0].to == "Peskov");
  CHECK(links[0].relation == Relation::kDisputes);
  CHECK(links[0].count == 2);
  CHECK(Ids(links[0].from_claims) == "2,3");
  CHECK(Ids(links[0].to_claims) == "1");
  CHECK(links[1].from == "(narrative, Daily)");
  CHECK(links[1].relation == Relation::kSupports);
}

TEST_CASE("Timeline: publication order with first assertion, first dispute, restatements",
          "[graph]") {
  Snapshot s;
  s.Claim(1, "Peskov", "Wire", "2022-02-16T11:00:00Z", 2);
  s.Claim(2, "Stoltenberg", "Post", "2022-02-16T09:30:00Z", 1);
  s.Claim(3, "Blinken", "Daily", "", 3);
  s.Disputes(1, 2, 1).Disputes(2, 3, 1);
  s.Statement(21).article_published = "2022-02-17";  // restated a day later
  ClaimGraph g(s.get());
  auto timeline = Timeline(g, {1});
  std::ostringstream dump;
  for (const TimelineEntry& e : timeline) {
    dump << e.statement.id << ":" << ToString(e.role) << " ";
  }
  // Statement 20 disputes claim 1 before claim 1 is first asserted; claim 3
  // is undated and comes last; claim 2's restatement (21) draws no edge into
  // claim 1 so it is not in a single claim's timeline.
  CHECK(dump.str() == "20:first dispute 10:first assertion 11:restatement 30:dispute ");

  auto whole = Timeline(g, {1, 2, 3});
  REQUIRE(whole.size() == 6);
  CHECK(whole[0].statement.id == 20);
  CHECK(whole[1].role == TimelineRole::kFirstAssertion);
  CHECK(whole[3].statement.id == 21);
  CHECK(whole[3].role == TimelineRole::kRestatement);  // claim 2 was put forward by 20
  CHECK(whole[4].role == TimelineRole::kDispute);
  CHECK(whole[5].statement.id == 31);
  CHECK(whole[5].role == TimelineRole::kRestatement);
}

TEST_CASE("Analysis: Find takes a controversy id or any member claim", "[graph]") {
  Snapshot s;
  s.Claim(3).Claim(5).Claim(8).Disputes(1, 5, 3).Supports(2, 8, 5);
  Analysis analysis = Analyze(ClaimGraph(s.get()));
  REQUIRE(analysis.Find(3) != nullptr);
  CHECK(analysis.Find(8) == analysis.Find(3));
  CHECK(analysis.Find(99) == nullptr);
  CHECK(analysis.AcceptanceOf(5) == Acceptance::kAccepted);
  CHECK(analysis.AcceptanceOf(3) == Acceptance::kRejected);
  CHECK(analysis.AcceptanceOf(99) == Acceptance::kUndecided);
}

}  // namespace claimgraph::graph
