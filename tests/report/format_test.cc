// Tests for the report's escaping and formatting helpers.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "report/format_internal.h"

namespace claimgraph::report::internal {
namespace {

TEST_CASE("EscapeMarkdown: neutralises structure and keeps the text", "[report]") {
  struct Case {
    std::string input, expected;
  };
  const std::vector<Case> cases = {
      {"plain words, U.S. and 3.5%", "plain words, U.S. and 3.5%"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"**bold** and _em_", "\\*\\*bold\\*\\* and \\_em\\_"},
      {"[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"},
      {"a | b", "a \\| b"},
      {"back\\slash `code` ~~gone~~", "back\\\\slash \\`code\\` \\~\\~gone\\~\\~"},
      {"AT&T", "AT&amp;T"},
      {"# heading", "\\# heading"},
      {"- item", "\\- item"},
      {"+ item", "\\+ item"},
      {"1. item", "1\\. item"},
      {"12) item", "12\\) item"},
      {"2024 was", "2024 was"},
      {"line one\n# two\r\n\n- three", "line one # two - three"},
      {"  padded\t ", "padded"},
      {"> quote", "&gt; quote"},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    CHECK(EscapeMarkdown(c.input) == c.expected);
  }
}

TEST_CASE("OneLine: collapses white space and drops terminal control characters", "[report]") {
  CHECK(OneLine("a\nb\r\n  c") == "a b c");
  CHECK(OneLine("red \x1b[31mtext\x1b[0m") == "red [31mtext[0m");
  CHECK(OneLine("c1 \xc2\x9b"
                "31m") == "c1 31m");
  CHECK(OneLine("caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d") ==
        "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d");
}

TEST_CASE("Format helpers: dates, scores, speakers and article labels", "[report]") {
  CHECK(DatePart("2024-03-01T09:30:00Z") == "2024-03-01");
  CHECK(DatePart("2024-03-01 09:30") == "2024-03-01");
  CHECK(DatePart("2024-03-01") == "2024-03-01");
  CHECK(DatePart("March 1") == "March 1");
  CHECK(FormatScore(0.857) == "0.86");
  CHECK(FormatScore(1.0) == "1.00");

  StatementRecord s;
  CHECK(SpeakerName(s) == "(narrative)");
  CHECK(ArticleLabel(s).empty());
  s.speaker = "Yuri Ushakov";
  s.article_source = "Reuters";
  CHECK(SpeakerName(s) == "Yuri Ushakov");
  CHECK(ArticleLabel(s) == "Reuters");
  s.article_published = "2024-03-02T00:00:00Z";
  CHECK(ArticleLabel(s) == "Reuters 2024-03-02");
  s.article_title = "Aide names\ndate";
  CHECK(ArticleLabel(s) == "Aide names date, Reuters 2024-03-02");
  s.article_source.clear();
  s.article_published.clear();
  CHECK(ArticleLabel(s) == "Aide names date");
}

}  // namespace
}  // namespace claimgraph::report::internal
