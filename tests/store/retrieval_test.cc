// RetrieveCandidates and claim joining: the retrieval index (term_frequency
// of schema/0002, term_postings of 0006 and recent_postings of 0009), the
// stored normalised contents of 0005, and AnalysedStatement::join_claim.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"
#include "store_test_util.h"

namespace claimgraph::store {
namespace {

using testing::AddOrFail;
using testing::By;
using testing::MakeArticle;
using testing::MakeStatement;
using testing::TempDir;

// Stores one article with one statement by `speaker` whose retrieval terms
// are `terms`; returns the statement id.
std::int64_t AddIndexed(Store& store, const std::string& text, const std::string& speaker,
                        const std::string& content, const std::string& terms,
                        const std::string& source = "Outlet", std::int64_t join_claim = 0) {
  Article article = MakeArticle(text, source, text);
  AnalysedStatement s = MakeStatement(article, By(speaker, speaker, content));
  s.retrieval_text = terms;
  s.join_claim = join_claim;
  return AddOrFail(store, article, {s}).statement_ids.at(0);
}

std::vector<std::int64_t> Ids(const std::vector<link::Candidate>& candidates) {
  std::vector<std::int64_t> ids;
  for (const auto& c : candidates) ids.push_back(c.statement_id);
  return ids;
}

// (statement id, score) of each candidate, in order: two retrievals agree
// when these are equal.
std::vector<std::pair<std::int64_t, double>> Ranked(const std::vector<link::Candidate>& found) {
  std::vector<std::pair<std::int64_t, double>> out;
  for (const auto& c : found) out.emplace_back(c.statement_id, c.retrieval_score);
  return out;
}

// What `store` retrieves for `terms` equals what a fresh connection to the
// same file, with nothing cached, retrieves.
void CheckSameAsFresh(Store& store, const std::string& path, const std::vector<std::string>& terms,
                      int limit = 20) {
  auto warm = store.RetrieveCandidates(terms, "", limit);
  REQUIRE(warm.ok());
  auto fresh_store = testing::OpenOrFail(path);
  auto cold = fresh_store->RetrieveCandidates(terms, "", limit);
  REQUIRE(cold.ok());
  CHECK(Ranked(warm.value()) == Ranked(cold.value()));
}

bool Has(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST_CASE("Retrieval: finds earlier statements sharing terms, best match first, with outlet and claim",
          "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  const auto close = AddIndexed(*store, "Keane said Harlow will close the Dunmore factory.", "Keane",
                                "Harlow will close the Dunmore factory",
                                "close dunmore factory harlow", "Valley Courier");
  const auto lane = AddIndexed(*store, "Byrne said the council approved a cycling lane.", "Byrne",
                               "the council approved a cycling lane", "approve council cycling lane");
  auto found = store->RetrieveCandidates({"close", "dunmore", "factory", "plan"}, "");
  REQUIRE(found.ok());
  const auto ids = Ids(found.value());
  CHECK(Has(ids, close));
  CHECK_FALSE(Has(ids, lane));
  REQUIRE_FALSE(found->empty());
  CHECK(found->front().statement_id == close);
  CHECK(found->front().outlet == "Valley Courier");
  CHECK(found->front().published == "2024-05-01");
  CHECK(found->front().claim_id != 0);
  CHECK(found->front().speaker == "Keane");
  CHECK(found->front().retrieval_score > 0);
}

TEST_CASE("Retrieval: rarer shared terms rank first, ties go to the newest, within the limit",
          "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  // 40 statements share the common pair "pension reform"; one older
  // statement also holds the rare "strike".
  const auto rare = AddIndexed(*store, "Vidal said the pension reform means a strike.", "Vidal",
                               "the pension reform means a strike", "pension reform strike");
  std::vector<std::int64_t> common;
  for (int i = 0; i < 40; ++i) {
    const std::string text = "Speaker " + std::to_string(i) + " backed the pension reform.";
    common.push_back(AddIndexed(*store, text, "Speaker " + std::to_string(i),
                                "backed the pension reform", "back pension reform"));
  }
  auto found = store->RetrieveCandidates({"pension", "reform", "strike"}, "", 5);
  REQUIRE(found.ok());
  REQUIRE(found->size() == 5);
  CHECK(found->front().statement_id == rare);  // three shared terms, one of them rare
  for (std::size_t i = 1; i < 5; ++i) {  // then the newest of the equal matches
    CHECK(found.value()[i].statement_id == common[common.size() - i]);
    CHECK(found.value()[i].retrieval_score < found->front().retrieval_score);
  }
  // An article-wide batch answers each query as a single call would.
  auto all = store->RetrieveCandidatesForAll(
      {{{"pension", "reform", "strike"}, ""}, {{}, ""}, {{"zeppelin", "strike"}, ""}}, 5);
  REQUIRE(all.ok());
  REQUIRE(all->size() == 3);
  CHECK(Ids(all.value()[0]) == Ids(found.value()));
  CHECK(all.value()[1].empty());
  CHECK(all.value()[2].empty());
}

TEST_CASE("Retrieval: terms nobody holds, or none at all, retrieve nothing", "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  AddIndexed(*store, "Keane said Harlow will close the Dunmore factory.", "Keane",
             "Harlow will close the Dunmore factory", "close dunmore factory harlow");
  auto none = store->RetrieveCandidates({"zeppelin", "volcano"}, "");
  REQUIRE(none.ok());
  CHECK(none->empty());
  auto empty = store->RetrieveCandidates({}, "");
  REQUIRE(empty.ok());
  CHECK(empty->empty());
}

TEST_CASE("Retrieval: query syntax in terms is matched literally, never parsed", "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  const auto id = AddIndexed(*store, "Ortiz said the build-up near the border continued.", "Ortiz",
                             "the build-up near the border continued", "border build-up continue");
  auto found = store->RetrieveCandidates({"build-up", "\"border\"", "NEAR(", "OR", "*"}, "");
  REQUIRE(found.ok());
  CHECK(Has(Ids(found.value()), id));
}

TEST_CASE("Retrieval: the proposition-key match comes first and each statement once", "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  Article article = MakeArticle("Lund said the plant will close.", "Capital Wire", "keyed");
  AnalysedStatement s = MakeStatement(article, By("Lund", "Lund", "the plant will close").Key(
                                                   "+ close plant", "close plant"));
  s.retrieval_text = "close factory";
  const auto keyed = AddOrFail(*store, article, {s}).statement_ids.at(0);
  auto found = store->RetrieveCandidates({"close", "factory"}, "close plant");
  REQUIRE(found.ok());
  REQUIRE(found->size() == 1);
  CHECK(found->front().statement_id == keyed);
}

TEST_CASE("Retrieval: a statement with join_claim joins that claim, whose text stays the first",
          "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  const auto first = AddIndexed(*store, "Keane said Harlow will close the Dunmore factory.",
                                "Keane", "Harlow will close the Dunmore factory",
                                "close dunmore factory harlow", "Valley Courier");
  auto original = store->Statement(first);
  REQUIRE(original.ok());
  const auto second = AddIndexed(*store, "Ortiz said Harlow plans to shut the Dunmore plant.",
                                 "Ortiz", "Harlow plans to shut the Dunmore plant",
                                 "close dunmore factory harlow plan", "Northern Ledger",
                                 original->claim_id);
  auto restated = store->Statement(second);
  REQUIRE(restated.ok());
  CHECK(restated->claim_id == original->claim_id);
  auto claim = store->Claim(original->claim_id);
  REQUIRE(claim.ok());
  CHECK(claim->text == "Harlow will close the Dunmore factory");
  REQUIRE(claim->statements.size() == 2);
  CHECK(claim->statements[1].article_source == "Northern Ledger");
}

TEST_CASE("Retrieval: candidates carry their statement's stored normalised form", "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  const std::string text = "Keane said Harlow will close the Dunmore factory.";
  Article article = MakeArticle(text, "Valley Courier", text);
  AnalysedStatement s = MakeStatement(article, By("Keane", "Keane", "Harlow will close"));
  s.retrieval_text = "close dunmore factory harlow";
  s.keys.proposition = "close dunmore factory harlow";
  s.normalised = "stored form \x01 kept byte for byte";
  const std::int64_t id = AddOrFail(*store, article, {s}).statement_ids.at(0);
  for (const auto& found : {store->RetrieveCandidates({"close", "dunmore", "factory"}, ""),
                            store->FindCandidates("close dunmore factory harlow")}) {
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->front().statement_id == id);
    CHECK(found->front().normalised == s.normalised);
  }
}

TEST_CASE("Retrieval: after an abandoned write batch, reused statement ids show their new rows",
          "[store]") {
  // The store keeps candidate rows it has read; a rolled-back row's id is
  // given to the next statement, so the kept row must not outlive the batch.
  auto store = testing::OpenOrFail(":memory:");
  REQUIRE(store->BeginWriteBatch().ok());
  const auto gone = AddIndexed(*store, "Keane said Harlow will close the Dunmore factory.", "Keane",
                               "Harlow will close the Dunmore factory",
                               "close dunmore factory harlow", "Valley Courier");
  auto before = store->RetrieveCandidates({"close", "dunmore", "factory"}, "");
  REQUIRE(before.ok());
  REQUIRE(before->size() == 1);
  CHECK(before->front().speaker == "Keane");
  store->AbandonWriteBatch();
  const auto reused = AddIndexed(*store, "Ortiz said Harlow will shut the Dunmore factory.",
                                 "Ortiz", "Harlow will shut the Dunmore factory",
                                 "close dunmore factory harlow", "Northern Ledger");
  CHECK(reused == gone);  // SQLite reuses the rolled-back rowid
  auto after = store->RetrieveCandidates({"close", "dunmore", "factory"}, "");
  REQUIRE(after.ok());
  REQUIRE(after->size() == 1);
  CHECK(after->front().speaker == "Ortiz");
  CHECK(after->front().outlet == "Northern Ledger");
  CHECK(after->front().content == "Harlow will shut the Dunmore factory");
}

TEST_CASE("Retrieval: retrieving for several statements at once equals retrieving for each",
          "[store]") {
  auto store = testing::OpenOrFail(":memory:");
  for (int i = 0; i < 12; ++i) {
    const std::string n = std::to_string(i);
    AddIndexed(*store, "Speaker " + n + " said the Dunmore plant closes in week " + n + ".",
               "Speaker " + n, "the Dunmore plant closes in week " + n,
               "close dunmore plant week" + n + (i % 3 == 0 ? " harlow" : ""));
  }
  const std::vector<Store::CandidateQuery> queries = {
      {{"close", "dunmore", "harlow"}, ""},
      {{"dunmore", "plant", "week4"}, ""},
      {{"close", "dunmore", "harlow"}, ""},  // the same query again: served from what was read
      {{}, ""},
      {{"zeppelin", "volcano"}, ""}};
  auto all = store->RetrieveCandidatesForAll(queries, 5);
  REQUIRE(all.ok());
  REQUIRE(all->size() == queries.size());
  for (std::size_t i = 0; i < queries.size(); ++i) {
    auto one = store->RetrieveCandidates(queries[i].terms, queries[i].proposition_key, 5);
    REQUIRE(one.ok());
    INFO("query " << i);
    REQUIRE(all->at(i).size() == one->size());
    for (std::size_t j = 0; j < one->size(); ++j) {
      CHECK(all->at(i)[j].statement_id == one->at(j).statement_id);
      CHECK(all->at(i)[j].retrieval_score == one->at(j).retrieval_score);
      CHECK(all->at(i)[j].content == one->at(j).content);
    }
  }
  REQUIRE(all->at(0).size() == 5);  // the four holding the rare "harlow" first
  CHECK(all->at(0)[3].retrieval_score > all->at(0)[4].retrieval_score);
  CHECK(all->at(3).empty());
  CHECK(all->at(4).empty());
}

// Two reports of one event in two outlets' articles, sharing their terms.
std::int64_t AddKeaneClose(Store& store) {
  return AddIndexed(store, "Keane said Harlow will close the Dunmore factory.", "Keane",
                    "Harlow will close the Dunmore factory", "close dunmore factory harlow");
}
std::int64_t AddOrtizShut(Store& store) {
  return AddIndexed(store, "Ortiz said Harlow will shut the Dunmore factory.", "Ortiz",
                    "Harlow will shut the Dunmore factory", "close dunmore factory harlow",
                    "Ledger");
}

// Statement i of a series sharing "dunmore", "reopen" and "week", each with
// its own "w<i>".
std::int64_t AddReopening(Store& store, int i) {
  const std::string n = std::to_string(i);
  return AddIndexed(store, "Speaker " + n + " said Dunmore reopens in week " + n + ".",
                    "Speaker " + n, "Dunmore reopens in week " + n, "dunmore reopen week w" + n);
}

TEST_CASE("Retrieval: what an ingest has read stays equal to the database as it writes",
          "[store]") {
  // The connection keeps term frequencies, posting lists and rows between
  // calls; each later write must show in the next retrieval exactly as a
  // fresh connection reads it: new statements found, frequencies (hence
  // scores) moved, a posting list past its depth bound cut to the newest.
  TempDir dir;
  const std::string path = dir.File("cache.db");
  auto store = testing::OpenOrFail(path);
  const auto first = AddKeaneClose(*store);
  const std::vector<std::string> query = {"close", "dunmore", "factory", "harlow"};
  CheckSameAsFresh(*store, path, query);
  const auto second = AddOrtizShut(*store);
  auto found = store->RetrieveCandidates(query, "");
  REQUIRE(found.ok());
  CHECK(Ids(found.value()) == std::vector<std::int64_t>{second, first});
  CheckSameAsFresh(*store, path, query);

  // More statements holding "dunmore" and "week" than a posting list keeps.
  for (int i = 0; i < Store::kMaxPostingsPerTerm + 20; ++i) {
    AddReopening(*store, i);
    if (i % 97 == 0) CheckSameAsFresh(*store, path, {"dunmore", "week", "w3"});
  }
  CheckSameAsFresh(*store, path, {"dunmore", "week", "reopen"}, 400);
  CheckSameAsFresh(*store, path, query);
}

TEST_CASE("Retrieval: an article another connection stored is found by the next retrieval",
          "[store]") {
  TempDir dir;
  const std::string path = dir.File("shared.db");
  auto reader = testing::OpenOrFail(path);
  auto writer = testing::OpenOrFail(path);
  AddKeaneClose(*writer);
  const std::vector<std::string> query = {"close", "dunmore", "factory"};
  auto before = reader->RetrieveCandidates(query, "");
  REQUIRE(before.ok());
  CHECK(before->size() == 1);
  const auto later = AddOrtizShut(*writer);
  auto after = reader->RetrieveCandidates(query, "");
  REQUIRE(after.ok());
  REQUIRE(after->size() == 2);
  CHECK(after->front().statement_id == later);
  CheckSameAsFresh(*reader, path, query);
}

TEST_CASE("Retrieval: an article that fails to store leaves retrieval as it was", "[store]") {
  TempDir dir;
  const std::string path = dir.File("failed.db");
  auto store = testing::OpenOrFail(path);
  const auto kept = AddKeaneClose(*store);
  const std::vector<std::string> query = {"close", "dunmore", "factory"};
  CheckSameAsFresh(*store, path, query);
  // Its statement is written, then its edge is refused: all of it rolls back.
  Article bad = MakeArticle("Ortiz said Harlow will shut the Dunmore factory.", "Ledger",
                            "Ortiz said Harlow will shut the Dunmore factory.");
  AnalysedStatement s =
      MakeStatement(bad, By("Ortiz", "Ortiz", "Harlow will shut the Dunmore factory"));
  s.retrieval_text = "close dunmore factory harlow";
  auto failed = store->AddArticle(bad, "hash-of-bad", {s}, {testing::Disputes(0, 5)}, {});
  REQUIRE_FALSE(failed.ok());
  auto found = store->RetrieveCandidates(query, "");
  REQUIRE(found.ok());
  CHECK(Ids(found.value()) == std::vector<std::int64_t>{kept});
  CheckSameAsFresh(*store, path, query);
}

TEST_CASE("Retrieval: merging recent postings into the main index changes no retrieval",
          "[store]") {
  // Two databases get the same statements; one merges its recent postings
  // every few statements (schema/0009), the other never in this test. Each
  // retrieval, by either connection or a fresh one, is the same.
  TempDir dir;
  const std::string merged_path = dir.File("merged.db");
  auto merged = testing::OpenOrFail(merged_path);
  merged->set_postings_merge_threshold(7);
  auto unmerged = testing::OpenOrFail(dir.File("unmerged.db"));
  const std::vector<std::vector<std::string>> queries = {
      {"dunmore", "week", "w3"}, {"dunmore", "reopen", "w17"}, {"close", "dunmore", "factory"}};
  for (int i = 0; i < Store::kMaxPostingsPerTerm + 40; ++i) {
    for (Store* store : {merged.get(), unmerged.get()}) AddReopening(*store, i);
    if (i % 50 != 3) continue;
    for (const auto& query : queries) {
      auto a = merged->RetrieveCandidates(query, "", 400);
      auto b = unmerged->RetrieveCandidates(query, "", 400);
      REQUIRE(a.ok());
      REQUIRE(b.ok());
      CHECK(Ranked(a.value()) == Ranked(b.value()));
      CheckSameAsFresh(*merged, merged_path, query, 400);
    }
  }
  // The merges happened: the main index holds most postings, the recent
  // table fewer than the threshold.
  SQLite::Database db(merged_path);
  CHECK(db.execAndGet("SELECT COUNT(*) FROM term_postings").getInt64() > 1000);
  CHECK(db.execAndGet("SELECT COUNT(*) FROM recent_postings").getInt64() < 7);
}

}  // namespace
}  // namespace claimgraph::store
