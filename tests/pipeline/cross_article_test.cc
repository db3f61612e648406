// Cross-article linking end to end: a batch of articles on one story
// (fixtures/cross-article/harlow-dunmore.jsonl): a factory closure announced
// by the chief executive, restated in other words by a spokesman and the
// finance chief, contradicted by a union leader and a minister, and an
// unrelated council story from one of the same outlets.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "pipeline/ingest.h"
#include "store/store.h"

namespace claimgraph {
namespace {

const std::string kBatch =
    std::string(CLAIMGRAPH_FIXTURES_DIR) + "/cross-article/harlow-dunmore.jsonl";

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class Ingested {
 public:
  Ingested() {
    auto opened = store::Store::Open(":memory:");
    REQUIRE(opened.ok());
    store_ = std::move(opened).value();
    pipeline::Ingestor ingestor(store_.get(), &extractor_);
    summary_ = ingestor.Ingest({kBatch});
    REQUIRE(summary_.rejected == 0);
    REQUIRE(summary_.added == 6);
    auto snapshot = store_->Snapshot();
    REQUIRE(snapshot.ok());
    snapshot_ = std::move(snapshot).value();
  }

  // The stored statement by `speaker` whose content contains `words`.
  const StatementRecord& Statement(const std::string& speaker, const std::string& words) const {
    for (const ClaimRecord& c : snapshot_.claims) {
      for (const StatementRecord& s : c.statements) {
        if (Contains(s.speaker, speaker) && Contains(s.content, words)) return s;
      }
    }
    FAIL("no statement by " << speaker << " containing '" << words << "'");
    throw;
  }

  std::vector<EdgeRecord> EdgesBetween(std::int64_t from, std::int64_t to) const {
    std::vector<EdgeRecord> out;
    for (const EdgeRecord& e : snapshot_.edges) {
      if (e.from_statement == from && e.to_statement == to) out.push_back(e);
    }
    return out;
  }

  // Edges with either end in an article of `source` titled like `title`.
  std::vector<EdgeRecord> EdgesOfArticle(const std::string& title) const {
    std::set<std::int64_t> ids;
    for (const ClaimRecord& c : snapshot_.claims) {
      for (const StatementRecord& s : c.statements) {
        if (Contains(s.article_title, title)) ids.insert(s.id);
      }
    }
    REQUIRE_FALSE(ids.empty());
    std::vector<EdgeRecord> out;
    for (const EdgeRecord& e : snapshot_.edges) {
      if (ids.contains(e.from_statement) || ids.contains(e.to_statement)) out.push_back(e);
    }
    return out;
  }

  store::Store& store() { return *store_; }

 private:
  extract::Extractor extractor_;
  std::unique_ptr<store::Store> store_;
  pipeline::IngestSummary summary_;
  GraphSnapshot snapshot_;
};

TEST_CASE("Cross-article: restatements in other words join the first article's claim",
          "[pipeline]") {
  Ingested batch;
  const StatementRecord& keane = batch.Statement("Keane", "close its Dunmore plant");
  const StatementRecord& ortiz = batch.Statement("Ortiz", "shut down the Dunmore factory");
  const StatementRecord& novak = batch.Statement("Novak", "Dunmore facility");
  CHECK(ortiz.claim_id == keane.claim_id);
  CHECK(novak.claim_id == keane.claim_id);
  auto claim = batch.store().Claim(keane.claim_id);
  REQUIRE(claim.ok());
  CHECK(Contains(claim->text, "close its Dunmore plant"));  // the first wording stays
  std::set<std::string> outlets;
  for (const StatementRecord& s : claim->statements) outlets.insert(s.article_source);
  CHECK(outlets == std::set<std::string>{"Valley Courier", "Northern Ledger", "Harbour Times"});
  // Another speaker restating supports the earlier statement, with a reason.
  auto supports = batch.EdgesBetween(ortiz.id, keane.id);
  REQUIRE(supports.size() == 1);
  CHECK(supports[0].relation == Relation::kSupports);
  CHECK(Contains(supports[0].reason, "Ortiz"));
  CHECK(Contains(supports[0].reason, "Keane"));
  CHECK(Contains(supports[0].reason, "Valley Courier, 2024-03-04"));
}

TEST_CASE("Cross-article: denials from other outlets dispute the claim and rank it first",
          "[pipeline]") {
  Ingested batch;
  const StatementRecord& keane = batch.Statement("Keane", "close its Dunmore plant");
  const StatementRecord& reilly = batch.Statement("Reilly", "no plan to close");
  const StatementRecord& lund = batch.Statement("Lund", "no sign");
  CHECK(reilly.claim_id != keane.claim_id);
  CHECK(lund.claim_id != keane.claim_id);

  auto disputed = batch.store().Disputed(10);
  REQUIRE(disputed.ok());
  REQUIRE_FALSE(disputed->empty());
  const DisputedClaim& top = disputed->front();
  CHECK(top.claim.id == keane.claim_id);
  CHECK(top.distinct_outlets == 2);
  CHECK(top.distinct_disputers == 2);
  std::set<std::string> disputers;
  for (const auto& d : top.disputes) {
    CHECK(d.edge.rule == "cross-article-contradiction");
    disputers.insert(d.disputer.speaker);
  }
  CHECK(disputers.size() == 2);
  CHECK(std::any_of(disputers.begin(), disputers.end(),
                    [](const std::string& s) { return Contains(s, "Reilly"); }));
  CHECK(std::any_of(disputers.begin(), disputers.end(),
                    [](const std::string& s) { return Contains(s, "Lund"); }));
  for (const auto& d : top.disputes) {
    if (Contains(d.disputer.speaker, "Lund")) {
      CHECK(Contains(d.edge.reason, "contradicts"));
      CHECK(Contains(d.edge.reason, "no sign"));
    }
  }
}

TEST_CASE("Cross-article: different job figures and an unrelated story draw no edges",
          "[pipeline]") {
  Ingested batch;
  const StatementRecord& jobs = batch.Statement("Keane", "1,200 jobs");
  const StatementRecord& risk = batch.Statement("Reilly", "800 jobs");
  CHECK(batch.EdgesBetween(risk.id, jobs.id).empty());
  CHECK(risk.claim_id != jobs.claim_id);
  CHECK(batch.EdgesOfArticle("cycle lane").empty());
  const StatementRecord& lane = batch.Statement("Byrne", "cycling lane");
  auto claim = batch.store().Claim(lane.claim_id);
  REQUIRE(claim.ok());
  CHECK(claim->statements.size() == 1);
}

}  // namespace
}  // namespace claimgraph
