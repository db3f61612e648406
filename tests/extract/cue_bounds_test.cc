// Cue bounds: the boundary rules applied to finished statements' cues (the
// auxiliary chain before a cue, a weekday after it, a subject pronoun
// opening it). One table per rule; each row is a made-up sentence.
#include "extract/cue_bounds.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cue_senses.h"
#include "extract/extract_test_util.h"
#include "extract/extractor.h"

namespace claimgraph::extract {
namespace {

struct Row {
  const char* text;
  const char* source;  // "" for none
  const char* cue;     // as found before the rule
  const char* content;
  const char* expected;  // the cue's text after the rule
};

Span Find(std::string_view text, std::string_view words) {
  if (words.empty()) return Span{};
  const std::size_t at = text.find(words);
  REQUIRE(at != std::string_view::npos);
  return Span{at, at + words.size()};
}

// Applies `rule` to one statement built from the row and checks its cue.
template <typename Rule>
void CheckRows(const std::vector<Row>& rows, Rule rule) {
  for (const Row& row : rows) {
    const std::string text = row.text;
    const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
    Statement st;
    st.source = Find(text, row.source);
    st.cue = Find(text, row.cue);
    st.content = {Find(text, row.content)};
    std::vector<Statement> statements = {st};
    rule(body, &statements);
    INFO(row.text);
    CHECK(std::string(statements[0].cue.in(text)) == row.expected);
    CHECK(statements[0].content.front().begin == st.content.front().begin);
  }
}

TEST_CASE("Cue bounds: a cue takes in the auxiliaries and adverbs before it", "[extract]") {
  const std::vector<Row> rows = {
      {"The mayor has often complained that the fees are too high.", "The mayor", "complained",
       "the fees are too high", "has often complained"},
      {"The mayor did not say whether the fees would rise.", "The mayor", "say",
       "whether the fees would rise", "did not say"},
      {"Ms. Ortiz also repeatedly argued that the fees were unfair.", "Ms. Ortiz", "argued",
       "the fees were unfair", "also repeatedly argued"},
      // Punctuation ends the chain; so does the statement's own source.
      {"Separately, said the ministry, the road will close.", "the ministry", "said",
       "the road will close", "said"},
      {"The fees are too high, the mayor has said.", "the mayor", "has said",
       "The fees are too high", "has said"},
      // A possessive "'s" is no auxiliary.
      {"The mayor's statement said the road would close.", "The mayor's statement", "said",
       "the road would close", "said"},
  };
  CheckRows(rows, WidenCuesOverChains);
}

TEST_CASE("Cue bounds: a cue takes in the weekday right after it", "[extract]") {
  const std::vector<Row> rows = {
      {"The fees will rise, the mayor said Tuesday.", "the mayor", "said", "The fees will rise",
       "said Tuesday"},
      {"The mayor announced Friday night that the fees will rise.", "The mayor", "announced",
       "the fees will rise", "announced Friday night"},
      // "on Tuesday" stays out, as in the annotations.
      {"The fees will rise, the mayor said on Tuesday.", "the mayor", "said", "The fees will rise",
       "said"},
      // A weekday inside the content is the content's.
      {"The mayor said Monday was the deadline.", "The mayor", "said", "Monday was the deadline",
       "said"},
  };
  CheckRows(rows, WidenCuesOverWeekdays);
}

TEST_CASE("Cue bounds: a subject pronoun is cut off the start of a cue", "[extract]") {
  const std::vector<Row> rows = {
      {"Asked about the fees, he mentioned the budget gap.", "", "he mentioned", "the budget gap",
       "mentioned"},
      {"The council, who proclaimed the plan a success, met again.", "The council",
       "who proclaimed", "the plan a success", "proclaimed"},
      // A one-word cue is left alone; so is a cue opening with anything else.
      {"He said the budget gap was small.", "", "He", "the budget gap was small", "He"},
      {"The mayor also said the budget gap was small.", "The mayor", "also said",
       "the budget gap was small", "also said"},
  };
  CheckRows(rows, TrimLeadingSubjects);
}

// The cue of the statement whose content mentions `fragment` ("" if none).
std::string CueOf(const std::vector<Statement>& statements, std::string_view text,
                  std::string_view fragment) {
  for (const Statement& st : statements) {
    if (st.ContentText(text).find(fragment) != std::string::npos) {
      return std::string(st.cue.in(text));
    }
  }
  return "";
}

TEST_CASE("Cue bounds: the extractor widens a cue over a weekday by default, not when off",
          "[extract]") {
  const Article article =
      testing::ArticleWithBody("The bridge tolls are too high, the mayor said Thursday.\n");
  ExtractorOptions off;
  off.cue_chains = off.cue_weekdays = off.cue_trim_subjects = false;
  const std::string plain = CueOf(Extractor(off).Extract(article), article.text, "tolls");
  const std::string widened = CueOf(Extractor().Extract(article), article.text, "tolls");
  CHECK(plain == "said");
  CHECK(widened == "said Thursday");
}

}  // namespace
}  // namespace claimgraph::extract
