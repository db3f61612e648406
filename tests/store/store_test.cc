// AddArticle and the ingest-path lookups: idempotence, claims, speakers,
// edges, rollback, verbatim text.
#include "store/store.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "store_test_util.h"

namespace claimgraph::store {
namespace {

using testing::AddOrFail;
using testing::By;
using testing::CountsOf;
using testing::MakeArticle;
using testing::MakeStatement;
using testing::Narrative;
using testing::OpenOrFail;
using testing::Said;

const std::string kKremlinText =
    "Kremlin spokesman Dmitry Peskov said the summit would take place in June, "
    "though Washington has disputed that.";

std::vector<AnalysedStatement> KremlinStatements(const Article& a) {
  return {MakeStatement(a, By("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov",
                              "the summit would take place in June")
                               .Key("+ june summit take", "june summit take")),
          MakeStatement(a, By("Washington", "Washington", "that").Denied())};
}

TEST_CASE("Store: the same content hash is stored once; the second add writes nothing", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Article a = MakeArticle(kKremlinText, "Reuters", "summit");
  const AddOutcome first = AddOrFail(*store, a, KremlinStatements(a), {testing::Disputes(1, 0)});
  CHECK(first.statement_ids.size() == 2);
  CHECK(first.edges == 1);
  const Counts before = CountsOf(*store);

  Article renamed = a;
  renamed.title = "another title for the same text";
  auto second = store->AddArticle(renamed, "hash-summit", KremlinStatements(a),
                                  {testing::Disputes(1, 0)}, {});
  REQUIRE(second.ok());
  CHECK_FALSE(second->inserted);
  CHECK(second->article_id == first.article_id);
  CHECK(second->statement_ids.empty());
  CHECK(second->edges == 0);
  CHECK(testing::SameCounts(CountsOf(*store), before));
}

TEST_CASE("Store: HasArticle reports stored hashes and their ids", "[store]") {
  auto store = OpenOrFail(":memory:");
  std::int64_t id = -1;
  auto missing = store->HasArticle("hash-summit", &id);
  REQUIRE(missing.ok());
  CHECK_FALSE(missing.value());
  const Article a = MakeArticle(kKremlinText, "Reuters", "summit");
  const AddOutcome added = AddOrFail(*store, a, KremlinStatements(a));
  auto present = store->HasArticle("hash-summit", &id);
  REQUIRE(present.ok());
  CHECK(present.value());
  CHECK(id == added.article_id);
}

TEST_CASE("Store: statements with the same claim key across articles share one claim", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Article a = MakeArticle("Peskov said sanctions have failed.", "TASS", "one");
  const Article b =
      MakeArticle("Lavrov said that the sanctions had failed completely.", "RIA", "two");
  const AddOutcome first = AddOrFail(
      *store, a,
      {MakeStatement(
          a, By("Dmitry Peskov", "Peskov", "sanctions have failed").Key("+ fail sanction"))});
  const AddOutcome second = AddOrFail(
      *store, b,
      {MakeStatement(b, By("Sergei Lavrov", "Lavrov", "the sanctions had failed completely")
                            .Key("+ fail sanction")),
       MakeStatement(b, By("Sergei Lavrov", "Lavrov", "Lavrov")),
       MakeStatement(b, By("Sergei Lavrov", "Lavrov", "that"))});

  const Counts counts = CountsOf(*store);
  CHECK(counts.statements == 4);
  CHECK(counts.claims == 3);  // one shared, and one each for the two empty keys

  auto s1 = store->Statement(first.statement_ids[0]);
  auto s2 = store->Statement(second.statement_ids[0]);
  REQUIRE(s1.ok());
  REQUIRE(s2.ok());
  CHECK(s1->claim_id == s2->claim_id);
  auto claim = store->Claim(s1->claim_id);
  REQUIRE(claim.ok());
  CHECK(claim->text == "sanctions have failed");  // the first statement's content
  REQUIRE(claim->statements.size() == 2);
  CHECK(claim->statements[0].speaker == "Dmitry Peskov");
  CHECK(claim->statements[1].speaker == "Sergei Lavrov");

  auto e1 = store->Statement(second.statement_ids[1]);
  auto e2 = store->Statement(second.statement_ids[2]);
  REQUIRE(e1.ok());
  REQUIRE(e2.ok());
  CHECK(e1->claim_id != e2->claim_id);
}

TEST_CASE("Store: a claim is worded without the complementiser its first content keeps",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  const Article a = MakeArticle(
      "Peskov said that Putin is holding a meeting. Lavrov said that’s premature.", "TASS", "one");
  const AddOutcome added =
      AddOrFail(*store, a,
                {MakeStatement(a, By("Dmitry Peskov", "Peskov", "that Putin is holding a meeting")),
                 MakeStatement(a, By("Sergei Lavrov", "Lavrov", "that’s premature"))});
  auto holding = store->Statement(added.statement_ids[0]);
  auto premature = store->Statement(added.statement_ids[1]);
  REQUIRE(holding.ok());
  REQUIRE(premature.ok());
  CHECK(holding->content == "that Putin is holding a meeting");  // the span as extracted
  auto claim = store->Claim(holding->claim_id);
  REQUIRE(claim.ok());
  CHECK(claim->text == "Putin is holding a meeting");
  auto demonstrative = store->Claim(premature->claim_id);
  REQUIRE(demonstrative.ok());
  CHECK(demonstrative->text == "that’s premature");
}

TEST_CASE("Store: speakers are matched case-insensitively and collect their mentions as aliases",
          "[store]") {
  auto store = OpenOrFail(":memory:");
  const Article a = MakeArticle("Kremlin spokesman Dmitry Peskov said talks went well.", "A", "a");
  const Article b = MakeArticle("Peskov said the talks went well. He said more.", "B", "b");
  AddOrFail(*store, a,
            {MakeStatement(
                a, By("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov", "talks went well"))});
  AddOrFail(*store, b,
            {MakeStatement(b, By("dmitry peskov", "Peskov", "the talks went well")),
             MakeStatement(b, By("Dmitry Peskov", "He", "more")),
             MakeStatement(b, By("Dmitry Peskov", "Peskov", "talks"))});

  auto speakers = store->Speakers();
  REQUIRE(speakers.ok());
  REQUIRE(speakers->size() == 1);
  const SpeakerRecord& peskov = speakers->front();
  CHECK(peskov.name == "Dmitry Peskov");  // the first spelling stored is canonical
  CHECK(peskov.statement_count == 4);
  CHECK(peskov.aliases == std::vector<std::string>{"Kremlin spokesman Dmitry Peskov", "Peskov"});
}

TEST_CASE("Store: within-article and cross-article edges keep rule, reason and score", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Article a = MakeArticle(kKremlinText, "Reuters", "summit");
  const AddOutcome first =
      AddOrFail(*store, a, KremlinStatements(a),
                {testing::Disputes(1, 0, "anaphoric-rebuttal", "Washington disputes 'that'.")});
  const Article b =
      MakeArticle("The White House said no summit would take place in June.", "AP", "denial");
  const AddOutcome second = AddOrFail(
      *store, b,
      {MakeStatement(b, By("White House", "The White House", "no summit would take place in June")
                            .Key("- june summit take", "june summit take")
                            .Denied())},
      {}, {testing::CrossDisputes(0, first.statement_ids[0])});
  CHECK(second.edges == 1);

  auto snapshot = store->Snapshot();
  REQUIRE(snapshot.ok());
  REQUIRE(snapshot->edges.size() == 2);
  const EdgeRecord& within = snapshot->edges[0];
  CHECK(within.from_statement == first.statement_ids[1]);
  CHECK(within.to_statement == first.statement_ids[0]);
  CHECK(within.relation == Relation::kDisputes);
  CHECK(within.rule == "anaphoric-rebuttal");
  CHECK(within.reason == "Washington disputes 'that'.");
  CHECK(within.score == Approx(0.75));
  const EdgeRecord& cross = snapshot->edges[1];
  CHECK(cross.from_statement == second.statement_ids[0]);
  CHECK(cross.to_statement == first.statement_ids[0]);
  CHECK(cross.rule == "cross-polarity");
  CHECK(cross.score == Approx(0.5));
}

TEST_CASE("Store: a duplicate edge in one article is stored once", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Article a = MakeArticle(kKremlinText, "Reuters", "summit");
  const AddOutcome added = AddOrFail(*store, a, KremlinStatements(a),
                                     {testing::Disputes(1, 0), testing::Disputes(1, 0)});
  CHECK(added.edges == 1);
  CHECK(CountsOf(*store).edges == 1);
}

TEST_CASE("Store: a stored statement keeps its offsets, texts and attributes", "[store]") {
  auto store = OpenOrFail(":memory:");
  Article a = MakeArticle(kKremlinText, "Reuters", "summit");
  a.published = "2024-06-01T10:00:00Z";
  std::vector<AnalysedStatement> statements = KremlinStatements(a);
  statements[0].statement.kind = StatementKind::kMixed;
  statements[0].statement.hedged = true;
  const AddOutcome added = AddOrFail(*store, a, statements);

  auto s = store->Statement(added.statement_ids[0]);
  REQUIRE(s.ok());
  CHECK(s->article_id == added.article_id);
  CHECK(s->speaker == "Dmitry Peskov");
  CHECK(s->speaker_id != 0);
  CHECK(s->source_text == "Kremlin spokesman Dmitry Peskov");
  CHECK(s->source_span == testing::Find(a.text, "Kremlin spokesman Dmitry Peskov"));
  CHECK(s->cue == "said");
  CHECK(s->cue_lemma == "say");
  CHECK(s->content == "the summit would take place in June");
  CHECK(s->content_span == testing::Find(a.text, "the summit would take place in June"));
  CHECK(s->sentence == a.text);
  CHECK(s->kind == StatementKind::kMixed);
  CHECK(s->polarity == Polarity::kAsserted);
  CHECK(s->hedged);
  CHECK(s->article_title == "summit");
  CHECK(s->article_source == "Reuters");
  CHECK(s->article_url == a.url);
  CHECK(s->article_published == "2024-06-01T10:00:00Z");

  auto denial = store->Statement(added.statement_ids[1]);
  REQUIRE(denial.ok());
  CHECK(denial->polarity == Polarity::kDenied);
  CHECK_FALSE(denial->hedged);
}

TEST_CASE("Store: a narrative statement has no speaker", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Article a = MakeArticle("The summit was postponed.", "AP", "narrative");
  const AddOutcome added =
      AddOrFail(*store, a, {MakeStatement(a, Narrative("The summit was postponed"))});
  auto s = store->Statement(added.statement_ids[0]);
  REQUIRE(s.ok());
  CHECK(s->speaker_id == 0);
  CHECK(s->speaker.empty());
  CHECK(s->kind == StatementKind::kNarrative);
  CHECK(CountsOf(*store).speakers == 0);
}

TEST_CASE("Store: a failed write rolls the whole article back", "[store]") {
  auto store = OpenOrFail(":memory:");
  const Article base = MakeArticle(kKremlinText, "Reuters", "base");
  AddOrFail(*store, base, KremlinStatements(base));
  const Counts before = CountsOf(*store);
  const Article a = MakeArticle(kKremlinText + " Extra.", "Reuters", "broken");

  SECTION("an edge index past the statements is InvalidArgument") {
    auto result = store->AddArticle(a, "hash-broken", KremlinStatements(a),
                                    {testing::Disputes(1, 0), testing::Disputes(0, 7)}, {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == Status::Code::kInvalidArgument);
    CHECK_THAT(result.status().message(), Catch::Contains("7"));
  }
  SECTION("a cross-article link to a missing statement fails") {
    auto result = store->AddArticle(a, "hash-broken", KremlinStatements(a), {},
                                    {testing::CrossDisputes(0, 999999)});
    REQUIRE_FALSE(result.ok());
    CHECK_THAT(result.status().message(), Catch::Contains(":memory:"));
  }
  SECTION("a span outside the text is InvalidArgument") {
    std::vector<AnalysedStatement> statements = KremlinStatements(a);
    statements[1].statement.content = {Span{5, a.text.size() + 10}};
    auto result = store->AddArticle(a, "hash-broken", statements, {}, {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == Status::Code::kInvalidArgument);
  }
  CHECK(testing::SameCounts(CountsOf(*store), before));
  auto has = store->HasArticle("hash-broken");
  REQUIRE(has.ok());
  CHECK_FALSE(has.value());

  // The cached statements recover: the same article goes in cleanly afterwards.
  const AddOutcome retry = AddOrFail(*store, a, KremlinStatements(a), {testing::Disputes(1, 0)});
  CHECK(retry.edges == 1);
  CHECK(CountsOf(*store).articles == before.articles + 1);
}

TEST_CASE("Store: text with SQL metacharacters is stored verbatim", "[store]") {
  auto store = OpenOrFail(":memory:");
  const std::string nasty = "'; DROP TABLE articles; --";
  Article a = MakeArticle("O'Brien said \"" + nasty + "\" costs 50% of the_budget.",
                          "Bob's \"Outlet\"", "Robert'); DROP TABLE speakers;--");
  const AddOutcome added = AddOrFail(
      *store, a,
      {MakeStatement(a, By("Conan O'Brien", "O'Brien", "\"" + nasty + "\" costs 50% of the_budget")
                            .Key("+ " + nasty))});
  auto s = store->Statement(added.statement_ids[0]);
  REQUIRE(s.ok());
  CHECK(s->content == "\"" + nasty + "\" costs 50% of the_budget");
  CHECK(s->speaker == "Conan O'Brien");
  CHECK(s->article_title == "Robert'); DROP TABLE speakers;--");
  CHECK(s->article_source == "Bob's \"Outlet\"");
  const Counts counts = CountsOf(*store);  // every table is still there
  CHECK(counts.articles == 1);
  CHECK(counts.speakers == 1);
}

TEST_CASE("Store: FindCandidates returns statements with the key, newest first", "[store]") {
  auto store = OpenOrFail(":memory:");
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 3; ++i) {
    const Article a = MakeArticle("Peskov said sanctions failed.", "TASS", "t" + std::to_string(i));
    ids.push_back(AddOrFail(*store, a,
                            {MakeStatement(a, By("Dmitry Peskov", "Peskov", "sanctions failed")
                                                  .Key("+ fail sanction", "fail sanction")),
                             MakeStatement(a, Narrative("Peskov"))})
                      .statement_ids[0]);
  }
  auto all = store->FindCandidates("fail sanction");
  REQUIRE(all.ok());
  REQUIRE(all->size() == 3);
  CHECK(all.value()[0].statement_id == ids[2]);
  CHECK(all.value()[2].statement_id == ids[0]);
  CHECK(all.value()[0].speaker == "Dmitry Peskov");
  CHECK(all.value()[0].content == "sanctions failed");
  CHECK(all.value()[0].polarity == Polarity::kAsserted);

  auto limited = store->FindCandidates("fail sanction", 2);
  REQUIRE(limited.ok());
  CHECK(limited->size() == 2);
  auto none = store->FindCandidates("other key");
  REQUIRE(none.ok());
  CHECK(none->empty());
  auto empty_key = store->FindCandidates("");  // narrative statements have key ""
  REQUIRE(empty_key.ok());
  CHECK(empty_key->empty());
}

}  // namespace
}  // namespace claimgraph::store
