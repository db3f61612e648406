// Write batches: many articles in one transaction, each still all or
// nothing, invisible to other connections until the commit.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "store/store.h"
#include "store_test_util.h"

namespace claimgraph::store {
namespace {

using testing::AddOrFail;
using testing::By;
using testing::CountsOf;
using testing::MakeArticle;
using testing::MakeStatement;
using testing::OpenOrFail;

// Article `n` of a batch: one statement, its own text and hash.
Article Numbered(int n) {
  return MakeArticle("Minister Ana Silva said the bridge number " + std::to_string(n) +
                         " would reopen in June.",
                     "Outlet", "bridge-" + std::to_string(n));
}

std::vector<AnalysedStatement> StatementsOf(const Article& a) {
  return {MakeStatement(a, By("Ana Silva", "Minister Ana Silva", "the bridge number"))};
}

TEST_CASE("Store: a write batch is invisible to other connections until it commits", "[store]") {
  testing::TempDir dir;
  const std::string path = dir.File("batch.db");
  auto writer = OpenOrFail(path);
  auto reader = OpenOrFail(path);

  REQUIRE(writer->BeginWriteBatch().ok());
  CHECK(writer->InWriteBatch());
  for (int n = 0; n < 3; ++n) AddOrFail(*writer, Numbered(n), StatementsOf(Numbered(n)));
  // The writer reads its own batch (the ingest's duplicate check relies on it) ...
  auto own = writer->HasArticle("hash-bridge-2");
  REQUIRE(own.ok());
  CHECK(own.value());
  CHECK(CountsOf(*writer).articles == 3);
  // ... another connection sees none of it yet.
  CHECK(CountsOf(*reader).articles == 0);

  REQUIRE(writer->CommitWriteBatch().ok());
  CHECK_FALSE(writer->InWriteBatch());
  CHECK(CountsOf(*reader).articles == 3);
  CHECK(CountsOf(*reader).statements == 3);
}

TEST_CASE("Store: a failed article inside a write batch rolls back alone", "[store]") {
  auto store = OpenOrFail(":memory:");
  REQUIRE(store->BeginWriteBatch().ok());
  AddOrFail(*store, Numbered(0), StatementsOf(Numbered(0)));

  const Article broken = Numbered(1);
  std::vector<AnalysedStatement> statements = StatementsOf(broken);
  statements[0].statement.content = {Span{5, broken.text.size() + 10}};  // past the text
  auto failed = store->AddArticle(broken, "hash-bridge-1", statements, {}, {});
  CHECK_FALSE(failed.ok());
  // A failure after rows were written: the edge names a missing statement.
  auto dangling = store->AddArticle(broken, "hash-bridge-1", StatementsOf(broken), {},
                                    {testing::CrossDisputes(0, 999999)});
  CHECK_FALSE(dangling.ok());

  AddOrFail(*store, Numbered(2), StatementsOf(Numbered(2)));
  REQUIRE(store->CommitWriteBatch().ok());
  const Counts counts = CountsOf(*store);
  CHECK(counts.articles == 2);
  CHECK(counts.statements == 2);
  auto has = store->HasArticle("hash-bridge-1");
  REQUIRE(has.ok());
  CHECK_FALSE(has.value());
}

TEST_CASE("Store: an abandoned or unfinished write batch stores nothing", "[store]") {
  testing::TempDir dir;
  const std::string path = dir.File("abandon.db");
  {
    auto store = OpenOrFail(path);
    AddOrFail(*store, Numbered(0), StatementsOf(Numbered(0)));  // outside any batch
    REQUIRE(store->BeginWriteBatch().ok());
    AddOrFail(*store, Numbered(1), StatementsOf(Numbered(1)));
    store->AbandonWriteBatch();
    CHECK_FALSE(store->InWriteBatch());
    REQUIRE(store->BeginWriteBatch().ok());
    AddOrFail(*store, Numbered(2), StatementsOf(Numbered(2)));
  }  // closed with the batch open, as a killed process would leave it
  auto reopened = OpenOrFail(path);
  CHECK(CountsOf(*reopened).articles == 1);
  auto has = reopened->HasArticle("hash-bridge-0");
  REQUIRE(has.ok());
  CHECK(has.value());
}

TEST_CASE("Store: write batches do not nest, and a commit needs an open batch", "[store]") {
  auto store = OpenOrFail(":memory:");
  CHECK(store->CommitWriteBatch().code() == Status::Code::kInvalidArgument);
  REQUIRE(store->BeginWriteBatch().ok());
  CHECK(store->BeginWriteBatch().code() == Status::Code::kInvalidArgument);
  REQUIRE(store->CommitWriteBatch().ok());
  // Single-article writes work again after the batch.
  AddOrFail(*store, Numbered(0), StatementsOf(Numbered(0)));
  CHECK(CountsOf(*store).articles == 1);
}

}  // namespace
}  // namespace claimgraph::store
