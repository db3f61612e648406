// The watchlist end to end: track claims, ingest a batch on one story, and
// find each related article linked with its stance and evidence sentences.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/extractor.h"
#include "pipeline/ingest.h"
#include "pipeline/watchlist.h"
#include "store/store.h"

namespace claimgraph {
namespace {

const std::string kDir = std::string(CLAIMGRAPH_FIXTURES_DIR) + "/watchlist";
const std::string kClaims = kDir + "/claims.txt";
const std::string kArticles = kDir + "/articles.jsonl";

std::unique_ptr<store::Store> MemoryStore() {
  auto store = store::Store::Open(":memory:");
  REQUIRE(store.ok());
  return std::move(store).value();
}

std::string TempFile(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("claimgraph-watchlist-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

}  // namespace

TEST_CASE("Watchlist: reads plain lines and JSONL with ids", "[pipeline]") {
  auto claims = pipeline::ReadTrackedClaims(kClaims);
  REQUIRE(claims.ok());
  REQUIRE(claims->size() == 2);
  CHECK(claims.value()[0].text == "Russia is pulling its troops back from the Ukrainian border");
  CHECK(claims.value()[0].external_id.empty());
  CHECK(claims.value()[1].external_id == "dam-1");
  CHECK(claims.value()[1].text == "The Kakhovka dam was destroyed by an explosion");
}

TEST_CASE("Watchlist: a JSONL line without text is rejected naming file and line", "[pipeline]") {
  const std::string path = TempFile("bad.jsonl", "first claim\n{\"id\": \"x\"}\n");
  auto claims = pipeline::ReadTrackedClaims(path);
  REQUIRE_FALSE(claims.ok());
  CHECK(claims.status().message().find(path + ":2") != std::string::npos);
  std::filesystem::remove(path);
  CHECK_FALSE(pipeline::ReadTrackedClaims(kDir + "/no-such-file.txt").ok());
}

TEST_CASE("Watchlist: tracking twice stores each claim once", "[pipeline]") {
  auto store = MemoryStore();
  auto claims = pipeline::ReadTrackedClaims(kClaims);
  REQUIRE(claims.ok());
  CHECK(store->AddTrackedClaims(claims.value()).value() == 2);
  CHECK(store->AddTrackedClaims(claims.value()).value() == 0);
  CHECK(store->TrackedClaims()->size() == 2);
}

TEST_CASE("Watchlist: ingest links agreeing, disputing and discussing articles", "[pipeline]") {
  auto store = MemoryStore();
  extract::Extractor extractor;
  auto claims = pipeline::ReadTrackedClaims(kClaims);
  REQUIRE(claims.ok());
  REQUIRE(store->AddTrackedClaims(claims.value()).ok());
  pipeline::Ingestor ingestor(store.get(), &extractor);
  auto summary = ingestor.Ingest({kArticles});
  REQUIRE(summary.rejected == 0);
  REQUIRE(summary.added == 4);

  auto tracked = store->TrackedClaims();
  REQUIRE(tracked.ok());
  auto links = store->TrackedLinks(tracked.value()[0].id);
  REQUIRE(links.ok());
  // The Moscow outlet restates the claim, NATO's outlet calls it false, the
  // third reports it as unverified; the sourdough recipe is not linked.
  REQUIRE(links->size() == 3);
  CHECK(links.value()[0].article_source == "Moscow Herald");
  CHECK(links.value()[0].stance == "agree");
  CHECK(links.value()[1].article_source == "Atlantic Wire");
  CHECK(links.value()[1].stance == "disagree");
  CHECK(links.value()[2].article_source == "Daily Ledger");
  CHECK(links.value()[2].stance == "discuss");
  for (const store::TrackedLink& link : links.value()) {
    REQUIRE_FALSE(link.sentences.empty());
    CHECK(link.sentences.size() == link.evidence.size());
    CHECK(link.sentences.front().find("troops") != std::string::npos);
  }
  // The unrelated claim gets no article.
  CHECK(store->TrackedLinks(tracked.value()[1].id)->empty());

  auto summaries = store->TrackedSummaries();
  REQUIRE(summaries.ok());
  const store::TrackedSummary& row = summaries.value()[0];
  CHECK(row.supporting_articles == 1);
  CHECK(row.disputing_articles == 1);
  CHECK(row.discussing_articles == 1);
  CHECK(row.supporting_outlets == 1);
  CHECK(row.disputing_outlets == 1);
  CHECK(row.first_seen == "2022-02-15");
  CHECK(row.last_seen == "2022-02-17");
  CHECK(summaries.value()[1].first_seen.empty());
}

TEST_CASE("Watchlist: without tracked claims ingest needs no stance model", "[pipeline]") {
  auto store = MemoryStore();
  // Other stages' models stay available; only stance.model is missing.
  const auto models = std::filesystem::path(CLAIMGRAPH_FIXTURES_DIR).parent_path() / "models";
  const auto copy = std::filesystem::temp_directory_path() / "claimgraph-watchlist-models";
  std::filesystem::remove_all(copy);
  std::filesystem::create_directories(copy);
  for (const auto& entry : std::filesystem::directory_iterator(models)) {
    if (entry.path().filename() != "stance.model") {
      std::filesystem::copy(entry.path(), copy / entry.path().filename());
    }
  }
  setenv("CLAIMGRAPH_MODELS", copy.c_str(), 1);
  extract::Extractor extractor;
  pipeline::Ingestor ingestor(store.get(), &extractor);
  auto summary = ingestor.Ingest({kArticles});
  CHECK(summary.rejected == 0);
  CHECK(summary.added == 4);
  unsetenv("CLAIMGRAPH_MODELS");
  std::filesystem::remove_all(copy);
}

}  // namespace claimgraph
