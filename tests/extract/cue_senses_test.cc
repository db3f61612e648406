// Cue senses: one row per reading of a cue word, attributive or not, and the
// extractor's use of the filter (statements dropped, their sentences back to
// narrative).
#include "extract/cue_senses.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extract_test_util.h"
#include "extract/extractor.h"

namespace claimgraph::extract {
namespace {

using testing::TokensOf;

struct Row {
  const char* sentence;
  const char* cue;  // the cue's words, found at their first occurrence
  unsigned filter;
  bool non_attributive;
};

const std::vector<Row>& Rows() {
  static const std::vector<Row> kRows = {
      // Naming: a participle after an indefinite noun phrase, "so-called".
      {"She founded a small charity called Books For Kids in 2009.", "called", kCallNaming, true},
      {"They joined a new protest movement called Green Dawn.", "called", kCallNaming, true},
      {"Voters rejected the so called reform package.", "called", kCallNaming, true},
      {"They formed a new advocacy group called Fair Votes Now.", "called", kCallNaming, true},
      {"A spokesman called the ruling a disgrace.", "called", kCallNaming, false},
      {"The group called the ruling a disgrace.", "called", kCallNaming, false},
      {"Governor Ames called the ruling a disgrace.", "called", kCallNaming, false},
      // Telephoning: object, then no naming complement.
      {"Mayor Ruiz called Dana Pell to offer her condolences.", "called", kCallPhone, true},
      {"The senator called her shortly after the vote.", "called", kCallPhone, true},
      {"Later that night, Tom Reyes called.", "called", kCallPhone, true},
      {"Mayor Ruiz called Dana Pell a coward.", "called", kCallPhone, false},
      {"Mayor Ruiz called Dana Pell \xE2\x80\x9Cthe worst choice.\xE2\x80\x9D", "called",
       kCallPhone, false},
      {"Mayor Ruiz called him to task for the delay.", "called", kCallPhone, false},
      {"Mayor Ruiz called on Congress to act.", "called", kCallPhone, false},
      {"Mayor Ruiz called for an inquiry.", "called", kCallPhone, false},
      // A label inside the writer's clause.
      {"He attacked what he calls the cartel of insiders.", "calls", kWhatTheyCall, true},
      {"She praised what Ms. Lo called a fair deal.", "called", kWhatTheyCall, true},
      {"She calls the deal fair.", "calls", kWhatTheyCall, false},
      // Nouns without a content clause.
      {"The claims of fraud were never proven.", "claims", kNominalCue, true},
      {"Nobody believed the claims.", "claims", kNominalCue, true},
      {"She hosts a talk show on Sundays.", "show", kNominalCue, true},
      {"He repeated his claims that the vote was rigged.", "claims", kNominalCue, false},
      {"The governor claims the vote was rigged.", "claims", kNominalCue, false},
      {"New figures show that wages fell.", "show", kNominalCue, false},
      // Presence versus seeming.
      {"The candidate appeared on a morning program.", "appeared", kAppearPresent, true},
      {"The two rivals appeared together in Ohio.", "appeared", kAppearPresent, true},
      {"The candidate appeared to lose his temper.", "appeared", kAppearPresent, false},
      // "reporting" as a noun.
      {"The figures come from reporting by local papers.", "reporting", kReportingNoun, true},
      {"The paper is reporting that the deal collapsed.", "reporting", kReportingNoun, false},
      // Removing someone from office, versus dismissing a claim or a person as something.
      {"The president dismissed the director on Tuesday.", "dismissed", kDismissPerson, true},
      {"Officials said the board was dismissing Ms. Lo after the audit.", "dismissing",
       kDismissPerson, true},
      {"The governor dismissed him.", "dismissed", kDismissPerson, true},
      {"It grew after the president dismissed the official leading the inquiry into his campaign.",
       "dismissed", kDismissPerson, true},
      {"The governor dismissed him as a liar.", "dismissed", kDismissPerson, false},
      {"The mayor dismissed reports that the plant would close.", "dismissed", kDismissPerson,
       false},
      {"The chair dismissed Tom Reyes\xE2\x80\x99 accusations of fraud.", "dismissed",
       kDismissPerson, false},
      {"The chair dismissed Reyes's accusations of fraud.", "dismissed", kDismissPerson, false},
      {"The chair dismissed the director's report.", "dismissed", kDismissPerson, false},
      // A filter that is off never fires.
      {"She founded a small charity called Books For Kids in 2009.", "called", kCallPhone, false},
      {"The candidate appeared on a morning program.", "appeared", kNominalCue, false},
  };
  return kRows;
}

TEST_CASE("CueSenses: tells each cue word's attributive reading from the others", "[extract]") {
  for (const Row& row : Rows()) {
    const std::string text = row.sentence;
    const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
    INFO(row.sentence);
    CHECK(NonAttributiveCue(body, TokensOf(body, text, row.cue), row.filter) ==
          row.non_attributive);
  }
}

TEST_CASE("CueSenses: a cue inside another statement's quoted content is nested", "[extract]") {
  const std::string text =
      "\xE2\x80\x9CThe chief said we would be paid,\xE2\x80\x9D the driver said. "
      "The chief said nothing.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  auto span_of = [&](std::string_view words, std::size_t from) {
    const std::size_t at = text.find(words, from);
    return Span{at, at + words.size()};
  };
  Statement outer;  // the driver's quotation
  outer.cue = span_of("said.", 0);
  outer.cue.end -= 1;
  outer.content = {span_of("The chief said we would be paid", 0)};
  Statement inner;  // "The chief said" inside it
  inner.cue = span_of("said", 0);
  inner.content = {span_of("we would be paid", 0)};
  Statement later;  // the same words outside any quotation
  later.cue = span_of("said nothing", 40);
  later.cue.end = later.cue.begin + 4;
  later.content = {span_of("nothing", 40)};
  const std::vector<Statement> statements = {outer, inner, later};
  CHECK(NonAttributiveStatements(body, statements, kNestedQuote) == std::vector<char>{0, 1, 0});
  CHECK(NonAttributiveStatements(body, statements, kAllCueSenses & ~kNestedQuote) ==
        std::vector<char>{0, 0, 0});
}

TEST_CASE("CueSenses: 'said of X' loses the preposition unless the content follows it",
          "[extract]") {
  const std::string text =
      "\xE2\x80\x9CHe is not ready,\xE2\x80\x9D Kim said of the nominee. "
      "The mayor spoke about the budget.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  auto span_of = [&](std::string_view words) {
    const std::size_t at = text.find(words);
    return Span{at, at + words.size()};
  };
  Statement quoted;  // content before the cue: "of" goes
  quoted.cue = span_of("said of");
  quoted.content = {span_of("He is not ready")};
  Statement spoke;  // not a form of "say": kept
  spoke.cue = span_of("spoke about");
  spoke.content = {span_of("the budget")};
  Statement linked;  // content right after "of": kept
  linked.cue = span_of("said of");
  linked.content = {span_of("the nominee")};
  std::vector<Statement> statements = {quoted, spoke, linked};
  TrimCuePrepositions(body, &statements);
  CHECK(statements[0].cue.in(text) == "said");
  CHECK(statements[1].cue.in(text) == "spoke about");
  CHECK(statements[2].cue.in(text) == "said of");
}

// The statements' sentences that hold `fragment`: {attributed, narrative}.
std::pair<bool, bool> SentenceKinds(const std::vector<Statement>& statements, std::string_view text,
                                    std::string_view fragment) {
  bool attributed = false, narrative = false;
  for (const Statement& s : statements) {
    if (s.sentence.in(text).find(fragment) == std::string_view::npos) continue;
    (s.kind == StatementKind::kNarrative ? narrative : attributed) = true;
  }
  return {attributed, narrative};
}

TEST_CASE("CueSenses: the extractor drops a naming 'called' and keeps the sentence as narrative",
          "[extract]") {
  const Article article = testing::ArticleWithBody(
      "The money went to a local charity called Bread First in the spring.\n"
      "Mayor Ruiz called the plan a disgrace.\n");
  ExtractorOptions off;
  off.cue_sense_filters = 0;
  // Without the filter the naming "called" is taken for an attribution.
  CHECK(SentenceKinds(Extractor(off).Extract(article), article.text, "charity").first);
  const std::vector<Statement> filtered = Extractor().Extract(article);  // shipped filters
  CHECK(SentenceKinds(filtered, article.text, "charity") == std::pair<bool, bool>{false, true});
  CHECK(SentenceKinds(filtered, article.text, "Ruiz").first);
}

TEST_CASE("CueSenses: the extractor drops a firing 'dismissed' that the tagger would keep",
          "[extract]") {
  const Article article = testing::ArticleWithBody(
      "Analysts said the crisis deepened after the president dismissed the official leading "
      "the inquiry into his campaign.\n"
      "The governor dismissed reports that the plant would close.\n");
  ExtractorOptions off;
  off.cue_sense_filters &= ~kDismissPerson;
  const auto dismissed = [&](const std::vector<Statement>& statements) {
    bool found = false;
    for (const Statement& st : statements) {
      found = found || article.text.substr(st.cue.begin, st.cue.end - st.cue.begin) == "dismissed";
    }
    return found;
  };
  const std::vector<Statement> unfiltered = Extractor(off).Extract(article);
  const std::vector<Statement> filtered = Extractor().Extract(article);
  INFO("statements without the filter: " << unfiltered.size());
  CHECK(filtered.size() < unfiltered.size());
  CHECK(dismissed(filtered));  // the governor's denial stays
}

}  // namespace
}  // namespace claimgraph::extract
