// End-to-end through the engine: read -> extract -> link -> store -> query,
// on the seed article and on a batch with bad inputs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include "extract/extractor.h"
#include "pipeline/ingest.h"
#include "store/store.h"

namespace claimgraph {
namespace {

const std::string kFixtures = CLAIMGRAPH_FIXTURES_DIR;
const std::string kSeed = kFixtures + "/seed/kremlin-summit.txt";
const std::string kMixedBatch = kFixtures + "/pipeline/mixed-batch";
const std::string kSample = kFixtures + "/sample";

std::unique_ptr<store::Store> MemoryStore() {
  auto store = store::Store::Open(":memory:");
  REQUIRE(store.ok());
  return std::move(store).value();
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The disputed claim whose text contains `needle`, or nullptr.
const DisputedClaim* FindDisputed(const std::vector<DisputedClaim>& rows,
                                  const std::string& needle) {
  for (const auto& row : rows) {
    if (Contains(row.claim.text, needle)) return &row;
  }
  return nullptr;
}

bool DisputedBy(const DisputedClaim& row, const std::string& speaker_part,
                const std::string& sentence_part) {
  return std::any_of(row.disputes.begin(), row.disputes.end(), [&](const auto& d) {
    return Contains(d.disputer.speaker, speaker_part) &&
           Contains(d.disputer.sentence, sentence_part);
  });
}

}  // namespace

TEST_CASE("Ingest: the seed article's rebuttals become disputed claims", "[pipeline]") {
  auto store = MemoryStore();
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(store.get(), &extractor);
  auto summary = ingestor.Ingest({kSeed});
  REQUIRE(summary.rejected == 0);
  REQUIRE(summary.added == 1);
  CHECK(summary.statements >= 12);

  auto disputed = store->Disputed(50);
  REQUIRE(disputed.ok());
  const DisputedClaim* pullback = FindDisputed(disputed.value(), "pulling troops back");
  REQUIRE(pullback != nullptr);
  CHECK(DisputedBy(*pullback, "US", "have disputed that"));
  CHECK(pullback->claim.statements.front().speaker == "Moscow");

  const DisputedClaim* invasion = FindDisputed(disputed.value(), "plans to invade Ukraine");
  REQUIRE(invasion != nullptr);
  CHECK(invasion->claim.statements.front().polarity == Polarity::kDenied);
  CHECK(DisputedBy(*invasion, "officials", "decision to pursue an invasion"));
}

TEST_CASE("Ingest: the same batch twice stores nothing new", "[pipeline]") {
  auto store = MemoryStore();
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(store.get(), &extractor);
  auto first = ingestor.Ingest({kSample});
  auto before = store->GetCounts();
  REQUIRE(before.ok());
  auto second = ingestor.Ingest({kSample});
  auto after = store->GetCounts();
  REQUIRE(after.ok());
  CHECK(first.added == first.read);
  CHECK(second.added == 0);
  CHECK(second.already_present == first.read);
  CHECK(after->articles == before->articles);
  CHECK(after->statements == before->statements);
  CHECK(after->claims == before->claims);
  CHECK(after->edges == before->edges);
}

TEST_CASE("Ingest: bad inputs are rejected by name and the rest of the batch loads",
          "[pipeline]") {
  auto store = MemoryStore();
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(store.get(), &extractor);
  auto summary = ingestor.Ingest({kMixedBatch, kFixtures + "/pipeline/does-not-exist.txt"});
  CHECK(summary.added == 3);  // 01-good.txt and the two good JSONL lines
  auto rejected = [&](const std::string& origin_part) {
    return std::any_of(summary.errors.begin(), summary.errors.end(),
                       [&](const auto& e) { return Contains(e.origin, origin_part); });
  };
  CHECK(rejected("02-batch.jsonl:2"));  // malformed JSON line
  CHECK(rejected("02-batch.jsonl:3"));  // no "text"
  CHECK(rejected("03-invalid-utf8.txt"));
  CHECK(rejected("04-empty.txt"));
  CHECK(rejected("does-not-exist.txt"));
  CHECK(summary.rejected == 5);
  auto counts = store->GetCounts();
  REQUIRE(counts.ok());
  CHECK(counts->articles == 3);
}

TEST_CASE("Ingest: an interrupted batch completes on re-run without duplicates", "[pipeline]") {
  extract::Extractor extractor;
  auto whole = MemoryStore();
  pipeline::Ingestor(whole.get(), &extractor).Ingest({kSample});
  auto expected = whole->GetCounts();
  REQUIRE(expected.ok());

  // A first run that only got through the seed article, then the whole batch.
  auto resumed = MemoryStore();
  pipeline::Ingestor ingestor(resumed.get(), &extractor);
  ingestor.Ingest({kSample + "/kremlin-summit.txt"});
  ingestor.Ingest({kSample});
  auto got = resumed->GetCounts();
  REQUIRE(got.ok());
  CHECK(got->articles == expected->articles);
  CHECK(got->statements == expected->statements);
  CHECK(got->claims == expected->claims);
}

}  // namespace claimgraph
