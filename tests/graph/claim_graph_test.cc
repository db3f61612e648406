// Tests for graph::ClaimGraph: construction from a snapshot and Trace().
#include "graph/claim_graph.h"
#include "graph_test_util.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

namespace claimgraph::graph {
namespace {

// Hand-built snapshots: claim N owns statements 10*N and 10*N+1.
using SnapshotBuilder = testing::Snapshot;

// One canonical line per step: "claim@depth<parent:edge>" with '>' for an
// edge followed forwards and '<' for one followed backwards.
std::string Dump(const std::vector<TraceStep>& steps) {
  std::ostringstream out;
  for (const TraceStep& s : steps) {
    if (out.tellp() > 0) out << ' ';
    out << s.claim_id << '@' << s.depth;
    if (s.depth > 0) {
      out << (s.via_outgoing ? '>' : '<') << s.parent_claim_id << ':' << s.via.id;
    }
  }
  return out.str();
}

// A -> B -> C as claims 1, 2, 3.
GraphSnapshot Chain() {
  return SnapshotBuilder()
      .Claim(1)
      .Claim(2)
      .Claim(3)
      .Edge(100, 10, 20)
      .Edge(101, 21, 30)
      .get();
}

TEST_CASE("ClaimGraph: a chain A->B->C is traced up to the depth limit", "[graph]") {
  ClaimGraph g(Chain());
  REQUIRE(g.claim_count() == 3);
  REQUIRE(g.edge_count() == 2);

  struct Case {
    int max_depth;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {0, "1@0"},
      {1, "1@0 2@1>1:100"},
      {2, "1@0 2@1>1:100 3@2>2:101"},
      {5, "1@0 2@1>1:100 3@2>2:101"},
      {-1, "1@0"},
  };
  for (const Case& c : cases) {
    INFO("max_depth " << c.max_depth);
    CHECK(Dump(g.Trace(1, c.max_depth, Direction::kOutgoing)) == c.expected);
  }
}

TEST_CASE("ClaimGraph: direction decides which edges are followed", "[graph]") {
  ClaimGraph g(Chain());
  CHECK(Dump(g.Trace(2, 3, Direction::kOutgoing)) == "2@0 3@1>2:101");
  CHECK(Dump(g.Trace(2, 3, Direction::kIncoming)) == "2@0 1@1<2:100");
  CHECK(Dump(g.Trace(2, 3, Direction::kBoth)) == "2@0 1@1<2:100 3@1>2:101");
  CHECK(Dump(g.Trace(3, 3, Direction::kIncoming)) == "3@0 2@1<3:101 1@2<2:100");
  CHECK(Dump(g.Trace(3, 3, Direction::kOutgoing)) == "3@0");
}

TEST_CASE("ClaimGraph: the via edge keeps the stored record", "[graph]") {
  ClaimGraph g(SnapshotBuilder().Claim(1).Claim(2).Edge(7, 11, 20, Relation::kSupports).get());
  auto steps = g.Trace(2, 1, Direction::kBoth);
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].parent_claim_id == 0);
  CHECK(steps[1].claim_id == 1);
  CHECK(steps[1].via.from_statement == 11);
  CHECK(steps[1].via.to_statement == 20);
  CHECK(steps[1].via.relation == Relation::kSupports);
  CHECK(steps[1].via.rule == "rule-7");
  CHECK_FALSE(steps[1].via_outgoing);
}

TEST_CASE("ClaimGraph: a cycle visits every claim once at its shortest depth", "[graph]") {
  // 1 -> 2 -> 3 -> 4 -> 1, plus 1 -> 3.
  ClaimGraph g(SnapshotBuilder()
                   .Claim(1)
                   .Claim(2)
                   .Claim(3)
                   .Claim(4)
                   .Edge(1, 10, 20)
                   .Edge(2, 20, 30)
                   .Edge(3, 30, 40)
                   .Edge(4, 40, 10)
                   .Edge(5, 11, 31)
                   .get());
  CHECK(Dump(g.Trace(1, 10, Direction::kOutgoing)) == "1@0 2@1>1:1 3@1>1:5 4@2>3:3");
  CHECK(Dump(g.Trace(1, 10, Direction::kIncoming)) == "1@0 4@1<1:4 3@2<4:3 2@3<3:2");
  CHECK(Dump(g.Trace(1, 10, Direction::kBoth)) == "1@0 2@1>1:1 4@1<1:4 3@1>1:5");
}

TEST_CASE("ClaimGraph: an unknown claim traces to nothing", "[graph]") {
  ClaimGraph g(Chain());
  CHECK_FALSE(g.HasClaim(99));
  CHECK(g.HasClaim(2));
  CHECK(g.Trace(99, 3).empty());

  ClaimGraph empty{GraphSnapshot{}};
  CHECK(empty.claim_count() == 0);
  CHECK(empty.Trace(1, 3).empty());
}

TEST_CASE("ClaimGraph: edges inside one claim or to unknown statements are left out", "[graph]") {
  ClaimGraph g(SnapshotBuilder()
                   .Claim(1)
                   .Claim(2)
                   .Edge(1, 10, 11)   // both statements of claim 1
                   .Edge(2, 10, 999)  // unknown target
                   .Edge(3, 998, 20)  // unknown source
                   .Edge(4, 10, 20)
                   .get());
  CHECK(g.edge_count() == 1);
  CHECK(Dump(g.Trace(1, 3)) == "1@0 2@1>1:4");
}

TEST_CASE("ClaimGraph: parallel edges count once each and reach a claim by the lowest id",
          "[graph]") {
  // Listed out of id order: the graph orders edges by id.
  ClaimGraph g(SnapshotBuilder()
                   .Claim(1)
                   .Claim(2)
                   .Edge(9, 11, 21)
                   .Edge(3, 10, 20)
                   .Edge(5, 21, 10)
                   .get());
  CHECK(g.edge_count() == 3);
  CHECK(Dump(g.Trace(1, 1, Direction::kOutgoing)) == "1@0 2@1>1:3");
  CHECK(Dump(g.Trace(1, 1, Direction::kIncoming)) == "1@0 2@1<1:5");
  CHECK(Dump(g.Trace(1, 1, Direction::kBoth)) == "1@0 2@1>1:3");
}

TEST_CASE("ClaimGraph: a claim listed twice becomes one vertex", "[graph]") {
  SnapshotBuilder b;
  b.Claim(1).Claim(1).Claim(2).Edge(1, 10, 20);
  ClaimGraph g(b.get());
  CHECK(g.claim_count() == 2);
  CHECK(Dump(g.Trace(2, 2, Direction::kIncoming)) == "2@0 1@1<2:1");
}

}  // namespace
}  // namespace claimgraph::graph
