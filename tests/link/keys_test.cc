#include <catch2/catch.hpp>
#include <string>

#include "link/linker.h"
#include "link/proposition.h"
#include "link_test_util.h"

namespace claimgraph::link {
namespace {

// A statement whose only content part is the whole of `text`.
Statement Whole(const std::string& text, Polarity polarity = Polarity::kAsserted) {
  Statement s;
  s.content = {Span{0, text.size()}};
  s.speaker = "Someone";
  s.kind = StatementKind::kIndirect;
  s.polarity = polarity;
  return s;
}

TEST_CASE("ComputeKeys: proposition is sorted unique content lemmas", "[link]") {
  const std::string text = "it plans to invade Ukraine";
  StatementKeys keys = ComputeKeys(text, Whole(text, Polarity::kDenied));
  CHECK(keys.proposition == "invade plan ukraine");
  CHECK(keys.claim == "- invade plan ukraine");
}

TEST_CASE("ComputeKeys: different wordings of one proposition share a key", "[link]") {
  struct Case {
    std::string a, b;
  };
  const Case kCases[] = {
      {"Russia plans to invade Ukraine", "Russia's planned invasion of Ukraine"},
      {"Russia may reportedly invade Ukraine", "Russia invaded Ukraine"},
      {"the army decided to withdraw", "the army's decision to withdraw"},
      {"the ministry denied the troops' withdrawal", "the ministry denies troops withdrew"},
  };
  for (const Case& c : kCases) {
    INFO(c.a << " | " << c.b);
    CHECK(ComputeKeys(c.a, Whole(c.a)).proposition == ComputeKeys(c.b, Whole(c.b)).proposition);
    CHECK_FALSE(ComputeKeys(c.a, Whole(c.a)).proposition.empty());
  }
}

TEST_CASE("ComputeKeys: claim polarity is denial XOR negated content", "[link]") {
  struct Case {
    std::string content;
    Polarity polarity;
    char sign;
  };
  const Case kCases[] = {
      {"there are \xE2\x80\x9Cno concrete plans\xE2\x80\x9D for a summit", Polarity::kAsserted,
       '-'},
      {"the meeting would occur only if Russia doesn\xE2\x80\x99t invade Ukraine",
       Polarity::kAsserted, '-'},
      {"Russia doesn't invade Ukraine", Polarity::kDenied, '+'},
      {"it didn't rule out a summit with Biden", Polarity::kAsserted, '+'},
      {"troops are pulling back from the border", Polarity::kAsserted, '+'},
      {"troops are pulling back from the border", Polarity::kDenied, '-'},
  };
  for (const Case& c : kCases) {
    INFO(c.content);
    StatementKeys keys = ComputeKeys(c.content, Whole(c.content, c.polarity));
    REQUIRE(keys.claim.size() > 2);
    CHECK(keys.claim[0] == c.sign);
    CHECK(keys.claim.substr(2) == keys.proposition);
  }
}

TEST_CASE("ComputeKeys: too few content words give empty keys", "[link]") {
  for (std::string content : {"that", "those claims", "it won't back down on those", ""}) {
    INFO(content);
    StatementKeys keys = ComputeKeys(content, Whole(content));
    CHECK(keys.proposition.empty());
    CHECK(keys.claim.empty());
  }
}

TEST_CASE("ComputeKeys: joins interrupted quotation parts", "[link]") {
  const std::string text = "\"We will not invade,\" he said, \"Ukraine or anyone.\"";
  Statement s = Whole(text);
  s.content = {testing::Find(text, "We will not invade,"),
               testing::Find(text, "Ukraine or anyone.")};
  StatementKeys keys = ComputeKeys(text, s);
  CHECK(keys.proposition == "invade ukraine");
  CHECK(keys.claim == "- invade ukraine");
}

TEST_CASE("AnalyzeContent: recognises contents that are only an anaphor", "[link]") {
  struct Case {
    std::string content;
    bool anaphor;
  };
  const Case kCases[] = {
      {"that", true},
      {"this", true},
      {"it", true},
      {"those claims", true},
      {"the claim", true},
      {"the assertion", true},
      {"such reports", true},
      {"that\xE2\x80\x99s premature", false},
      {"the report was false", false},
      {"the summit", false},
  };
  for (const Case& c : kCases) {
    INFO(c.content);
    CHECK(AnalyzeContent(c.content, {Span{0, c.content.size()}}).anaphor == c.anaphor);
  }
}

TEST_CASE("AnalyzeContent: idioms with negators negate nothing", "[link]") {
  for (std::string content : {"no matter what he does, the senator backs the bill",
                              "not only the senator backs the bill"}) {
    INFO(content);
    CHECK_FALSE(AnalyzeContent(content, {Span{0, content.size()}}).negated);
  }
}

TEST_CASE("AnalyzeContent: words in a conditional clause are not asserted", "[link]") {
  const std::string content = "the meeting would occur only if Russia doesn't invade Ukraine";
  ContentAnalysis analysis = AnalyzeContent(content, {Span{0, content.size()}});
  CHECK(analysis.negated);
  CHECK_FALSE(analysis.core_negated);
  CHECK(JoinLemmas(analysis.core) == "meeting, occur");
  CHECK(JoinLemmas(analysis.lemmas) == "invade, meeting, occur, russia, ukraine");
}

}  // namespace
}  // namespace claimgraph::link
