// Tagged checks: the token-level tests the extractor applies to the learned
// tagger's spans before it keeps them.
#include "extract/tagged_checks.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "extract/cue_senses.h"
#include "extract/extract_test_util.h"

namespace claimgraph::extract {
namespace {

using testing::TokensOf;

TEST_CASE("PlausibleSource: a source names someone and ends in a noun", "[extract]") {
  struct Row {
    const char* text;
    const char* source;
    bool plausible;
  };
  const Row rows[] = {
      {"The minister said the plan would fail.", "The minister", true},
      {"Officials in Kyiv said the talks would resume.", "Officials in Kyiv", true},
      {"Later he said the talks would resume.", "he", true},
      {"The plan has said nothing yet.", "The plan has", false},  // ends in an auxiliary
      {"The new rules said little.", "The new rules", false},     // names nobody
      // A capitalised first word is a name only if the article also
      // capitalises it mid-sentence.
      {"Brown pledged to cut taxes. Voters liked Brown.", "Brown", true},
      {"Mortgage rates rose sharply, analysts said.", "Mortgage rates", false},
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
    INFO(row.text);
    CHECK(PlausibleSource(body, TokensOf(body, text, row.source), FindMidSentenceCapitals(body)) ==
          row.plausible);
  }
}

TEST_CASE("CrossesRelativePronoun: a tagged source may not take in a relative clause's head",
          "[extract]") {
  const std::string text = "They passed a bill that critics have said is unconstitutional.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::size_t critics = text.find("critics");
  const Span rule_source{critics, critics + 7};
  CHECK(CrossesRelativePronoun(body, TokensOf(body, text, "a bill that critics"), rule_source));
  CHECK_FALSE(CrossesRelativePronoun(body, TokensOf(body, text, "critics"), rule_source));
}

TEST_CASE("HypotheticalCue: a modal on or just before the cue", "[extract]") {
  struct Row {
    const char* text;
    const char* cue;
    bool hypothetical;
  };
  const Row rows[] = {
      {"The leaders might discuss the border on Friday.", "discuss", true},
      {"The results could be announced on Friday.", "announced", true},
      {"The leaders discussed the border on Friday.", "discussed", false},
      // A modal earlier in the sentence is not the cue's.
      {"Officials who could not attend announced the results.", "announced", false},
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
    INFO(row.text);
    CHECK(HypotheticalCue(body, TokensOf(body, text, row.cue)) == row.hypothetical);
  }
}

TEST_CASE("CueHeadWord: the last content word of the cue", "[extract]") {
  const std::string text = "The ministry said in a statement that talks would resume.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  CHECK(CueHeadWord(body, TokensOf(body, text, "in a statement")) == "statement");
  CHECK(CueHeadWord(body, TokensOf(body, text, "said")) == "said");
}

}  // namespace
}  // namespace claimgraph::extract
