// Tagged sources: the repairs of the tagger's source spans, each read from
// the tokens alone (made-up sentences).
#include "extract/tagged_sources.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "extract/cue_senses.h"
#include "extract/extract_test_util.h"
#include "extract/source_finder.h"

namespace claimgraph::extract {
namespace {

using testing::TokensOf;

// The text of `range`, "" when empty.
std::string TextOf(const BodyTokens& body, std::string_view text, TokenRange range) {
  if (range.empty()) return "";
  return std::string(body.ToSpan(range).in(text));
}

struct Row {
  const char* text;
  const char* cue;
  const char* expected;  // "" for none
};

TEST_CASE("RelativePronounBefore: the pronoun opening the cue's relative clause", "[extract]") {
  const Row rows[] = {
      {"Ms. Reyes, who has repeatedly argued for lower fares, spoke first.", "argued", "who"},
      {"Groups that have endorsed him are wary.", "endorsed", "that"},
      {"The agency, which writes the rules, met.", "writes", "which"},
      {"The mayor said that critics were wrong.", "critics", ""},  // no relative
      {"Officials argued that voters had endorsed it.", "endorsed", ""},
      {"He insisted that would change nothing.", "change", ""},  // "that" after a cue
      // A passive cue's subject is what the act is about.
      {"The senator, who is expected to speak, left.", "is expected", ""},
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
    INFO(row.text);
    CHECK(TextOf(body, text, RelativePronounBefore(body, TokensOf(body, text, row.cue))) ==
          row.expected);
  }
}

TEST_CASE("RelativeAntecedent: the noun phrase a relative pronoun refers to", "[extract]") {
  const std::string text = "Voters like Ms. Reyes, who has argued for lower fares, stayed home.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  CHECK(TextOf(body, text, RelativeAntecedent(body, TokensOf(body, text, "who").begin)) ==
        "Ms. Reyes");
}

TEST_CASE("ClauseSubjectBefore: the subject opening the cue's clause", "[extract]") {
  const Row rows[] = {
      {"But the new poll suggests a tight race.", "suggests", "the new poll"},
      {"Turnout fell, and analysts remain skeptical of the plan.", "remain skeptical of",
       "analysts"},
      {"Later, he also warned against delay.", "warned against", "he"},
      {"Later he also warned against delay.", "warned against", ""},  // not at a clause start
      {"Lawmakers passed minimalist bills restricting magazines.", "restricting", ""},
      {"But the senator was asked about the wall.", "was asked about", ""},  // passive
      {"The aides, who warned against delay, left.", "warned against", ""},  // a relative
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
    INFO(row.text);
    CHECK(TextOf(body, text, ClauseSubjectBefore(body, TokensOf(body, text, row.cue))) ==
          row.expected);
  }
}

TEST_CASE("WithoutClauseWord: a tagged source loses a leading subordinator", "[extract]") {
  const Row rows[] = {
      {"When Smith said it, nobody listened.", "When Smith", "Smith"},
      {"The aide who he named resigned.", "who he", "he"},
      {"The council voted.", "The council", "The council"},
      {"It was who said it.", "who", "who"},  // never emptied
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
    INFO(row.text);
    CHECK(TextOf(body, text, WithoutClauseWord(body, TokensOf(body, text, row.cue))) ==
          row.expected);
  }
}

TEST_CASE("WidenSourceToConvention: any short appositive before the cue when asked", "[extract]") {
  const Row rows[] = {
      {"Carlos Ruiz, 55, said the rent had doubled.", "Carlos Ruiz", "Carlos Ruiz, 55"},
      {"Sen. Ann Lee, R-Wis., said the bill would pass.", "Sen. Ann Lee", "Sen. Ann Lee, R-Wis."},
      {"Jack Dorsey, Twitter's chief executive, said it was a test.", "Jack Dorsey",
       "Jack Dorsey, Twitter's chief executive"},
      // A preposition opens an adjunct, not an appositive.
      {"Mr. Ortiz, in an interview, said it was over.", "Mr. Ortiz", "Mr. Ortiz"},
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
    const TokenRange source = TokensOf(body, text, row.cue);
    const TokenRange cue = TokensOf(body, text, "said");
    INFO(row.text);
    CHECK(
        TextOf(body, text, WidenSourceToConvention(body, source, cue, body.tokens.size(), true)) ==
        row.expected);
    // Without it only the appositives opened by a determiner, role or "who" count.
    CHECK(TextOf(body, text, WidenSourceToConvention(body, source, cue, body.tokens.size())) ==
          row.cue);
  }
}

}  // namespace
}  // namespace claimgraph::extract
