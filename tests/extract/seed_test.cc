// The canonical seed article: the statements the rest of the project relies on.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extract/dump.h"
#include "extract/extract_test_util.h"
#include "extract/extractor.h"

namespace claimgraph::extract {
namespace {

using testing::FindStatement;
using testing::LoadFixture;

constexpr const char* kSeed = "seed/kremlin-summit.txt";

struct Expected {
  const char* speaker;
  const char* fragment;  // a substring of the content
  std::optional<StatementKind> kind;
  std::optional<Polarity> polarity;
  std::optional<bool> hedged;
  const char* source = nullptr;  // the mention as written, when it matters
};

const std::vector<Expected>& SeedExpectations() {
  using K = StatementKind;
  using P = Polarity;
  static const std::vector<Expected> kRows = {
      {"Kremlin", "there are \xE2\x80\x9Cno concrete plans\xE2\x80\x9D for a summit", K::kMixed,
       P::kAsserted, std::nullopt},
      {"US officials",
       "the meeting, proposed by French President Emmanuel Macron, would occur "
       "only if Russia doesn\xE2\x80\x99t invade Ukraine",
       K::kIndirect, P::kAsserted, false},
      {"French presidential office",
       "The discussion would focus on security and strategic stability in Europe", K::kIndirect,
       P::kAsserted, std::nullopt},
      {"Dmitry Peskov", "the possibility of a presidential meeting", std::nullopt, P::kAsserted,
       true},
      {"Dmitry Peskov", "premature", std::nullopt, P::kAsserted, true},
      {"Dmitry Peskov",
       "Macron and Putin had agreed details only on continuing dialogue at the level of foreign "
       "ministers",
       K::kIndirect, P::kAsserted, false, "Peskov"},
      {"Dmitry Peskov", "Putin is holding a special meeting of his Security Council", K::kIndirect,
       P::kAsserted, std::nullopt, "He"},
      {"Moscow", "it plans to invade Ukraine", K::kIndirect, P::kDenied, std::nullopt},
      {"Moscow", "it is already pulling troops back from areas near the border", K::kIndirect,
       P::kAsserted, std::nullopt},
      {"US and its allies", "that", std::nullopt, P::kDenied, std::nullopt},
      {"western officials", "would torpedo the peace process", K::kIndirect, P::kAsserted,
       std::nullopt},
      {"top US and European officials",
       "showed that Putin had made the decision to pursue an invasion of neighbouring Ukraine",
       std::nullopt, P::kAsserted, std::nullopt},
      {"Washington", "Moscow\xE2\x80\x99s demands for sweeping security guarantees", std::nullopt,
       P::kDenied, std::nullopt},
      {"Kremlin", "it won\xE2\x80\x99t back down on those", std::nullopt, P::kAsserted,
       std::nullopt},
      {"Russian officials", "they\xE2\x80\x99re willing to negotiate on other issues", std::nullopt,
       P::kAsserted, std::nullopt},
  };
  return kRows;
}

TEST_CASE("Extractor: finds every expected statement of the seed article", "[extract]") {
  const Article article = LoadFixture(kSeed);
  const std::vector<Statement> statements = Extractor().Extract(article);
  INFO(DumpStatements(statements, article.text));
  for (const Expected& e : SeedExpectations()) {
    INFO("speaker=" << e.speaker << " fragment=" << e.fragment);
    const Statement* s = FindStatement(statements, article.text, e.speaker, e.fragment);
    REQUIRE(s != nullptr);
    if (e.kind) CHECK(ToString(s->kind) == std::string(ToString(*e.kind)));
    if (e.polarity) CHECK(ToString(s->polarity) == std::string(ToString(*e.polarity)));
    if (e.hedged) CHECK(s->hedged == *e.hedged);
    if (e.source) CHECK(s->source.in(article.text) == e.source);
  }
}

TEST_CASE("Extractor: the anaphoric dispute keeps 'that' as its whole content", "[extract]") {
  const Article article = LoadFixture(kSeed);
  const std::vector<Statement> statements = Extractor().Extract(article);
  const Statement* s = FindStatement(statements, article.text, "US and its allies", "that");
  REQUIRE(s != nullptr);
  CHECK(s->ContentText(article.text) == "that");
  CHECK(s->cue_lemma == "dispute");
  CHECK(s->source.in(article.text) == "the US and its allies");
}

TEST_CASE("Extractor: seed contents exclude cue, source and trailing clause, keep 'that'",
          "[extract]") {
  const Article article = LoadFixture(kSeed);
  const std::vector<Statement> statements = Extractor().Extract(article);
  const Statement* kremlin = FindStatement(statements, article.text, "Kremlin", "no concrete");
  REQUIRE(kremlin != nullptr);
  const std::string content = kremlin->ContentText(article.text);
  CHECK(content.find("throwing into question") == std::string::npos);
  CHECK(content.find("said") == std::string::npos);
  CHECK(content.rfind("there are", 0) == 0);
  const Statement* announce =
      FindStatement(statements, article.text, "Dmitry Peskov", "Putin is holding");
  REQUIRE(announce != nullptr);
  // PolNeAR marks the complementiser as part of the content.
  CHECK(announce->ContentText(article.text).rfind("that Putin is holding", 0) == 0);
  CHECK(announce->ContentText(article.text).find("declined") == std::string::npos);
}

TEST_CASE("Extractor: no seed statement's source lies in its content", "[extract]") {
  // "... a French proposal that seemed to offer fresh hope for averting ...":
  // the tagger takes "that" into the content, so it may not be the source.
  const Article article = LoadFixture(kSeed);
  const std::vector<Statement> statements = Extractor().Extract(article);
  for (const Statement& s : statements) {
    if (s.source.empty()) continue;
    INFO("source=" << s.source.in(article.text) << " content=" << s.ContentText(article.text));
    for (const Span& part : s.content) {
      CHECK((s.source.end <= part.begin || part.end <= s.source.begin));
    }
  }
}

TEST_CASE("Extractor: seed boilerplate, byline and title yield no statement", "[extract]") {
  const Article article = LoadFixture(kSeed);
  const std::vector<Statement> statements = Extractor().Extract(article);
  for (const char* chrome :
       {"Leave a Reply", "Send this to a friend", "Bloomberg", "Kremlin cautious on prospect"}) {
    INFO(chrome);
    for (const Statement& s : statements) {
      CHECK(s.sentence.in(article.text).find(chrome) == std::string_view::npos);
    }
  }
  for (const Statement& s : statements) {
    CHECK(s.sentence.begin >= article.body_begin);
    for (const Span& part : s.content) CHECK(part.begin >= article.body_begin);
  }
}

TEST_CASE("Extractor: seed narrative sentences have no speaker and keep hedges", "[extract]") {
  const Article article = LoadFixture(kSeed);
  const std::vector<Statement> statements = Extractor().Extract(article);
  const Statement* unclear =
      FindStatement(statements, article.text, "", "It was unclear what new proposals");
  REQUIRE(unclear != nullptr);
  CHECK(unclear->kind == StatementKind::kNarrative);
  CHECK(unclear->hedged);
  CHECK(unclear->source.empty());
  CHECK(FindStatement(statements, article.text, "", "infrequent meetings") != nullptr);
}

}  // namespace
}  // namespace claimgraph::extract
