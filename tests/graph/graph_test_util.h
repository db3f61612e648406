// Test helper: hand-built snapshots for the graph analyses. Claim N owns
// statements 10*N and 10*N+1, so an edge between claims A and B is written
// Edge(id, 10*A, 10*B). Statements carry a speaker, outlet and date that a
// test may override.
#ifndef CLAIMGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "model/records.h"

namespace claimgraph::graph::testing {

class Snapshot {
 public:
  // A claim whose two statements are by `speaker`, in article `article` of
  // `outlet`, published `date`.
  Snapshot& Claim(std::int64_t id, const std::string& speaker = "",
                  const std::string& outlet = "Wire", const std::string& date = "2024-03-01",
                  std::int64_t article = 1) {
    ClaimRecord claim;
    claim.id = id;
    claim.text = "claim " + std::to_string(id);
    for (std::int64_t s : {10 * id, 10 * id + 1}) {
      StatementRecord st;
      st.id = s;
      st.claim_id = id;
      st.speaker = speaker;
      st.speaker_id = speaker.empty() ? 0 : static_cast<std::int64_t>(std::hash<std::string>()(speaker) % 1000 + 1);
      st.article_id = article;
      st.article_source = outlet;
      st.article_published = date;
      st.sentence = "sentence of statement " + std::to_string(s);
      st.sentence_span = {static_cast<std::size_t>(s), static_cast<std::size_t>(s) + 5};
      claim.statements.push_back(st);
    }
    snapshot_.claims.push_back(claim);
    return *this;
  }
  Snapshot& Edge(std::int64_t id, std::int64_t from_statement, std::int64_t to_statement,
                 Relation relation = Relation::kDisputes) {
    EdgeRecord e;
    e.id = id;
    e.from_statement = from_statement;
    e.to_statement = to_statement;
    e.relation = relation;
    e.rule = "rule-" + std::to_string(id);
    e.reason = "reason " + std::to_string(id);
    snapshot_.edges.push_back(e);
    return *this;
  }
  Snapshot& Disputes(std::int64_t id, std::int64_t from_claim, std::int64_t to_claim) {
    return Edge(id, 10 * from_claim, 10 * to_claim, Relation::kDisputes);
  }
  Snapshot& Supports(std::int64_t id, std::int64_t from_claim, std::int64_t to_claim) {
    return Edge(id, 10 * from_claim, 10 * to_claim, Relation::kSupports);
  }
  StatementRecord& Statement(std::int64_t id) {
    for (ClaimRecord& c : snapshot_.claims) {
      for (StatementRecord& s : c.statements) {
        if (s.id == id) return s;
      }
    }
    throw std::out_of_range("no statement " + std::to_string(id));
  }
  const GraphSnapshot& get() const { return snapshot_; }

 private:
  GraphSnapshot snapshot_;
};

}  // namespace claimgraph::graph::testing

#endif  // CLAIMGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_
