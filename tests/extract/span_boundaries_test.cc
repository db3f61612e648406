// Extractor span boundaries follow the PolNeAR annotation conventions
// (measured on its train split, see extract/content_finder.h and
// extract/source_finder.h): one row per convention, checking the source,
// cue and content text a user sees, and the speaker resolved from the name.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/extract_test_util.h"
#include "extract/extractor.h"

namespace claimgraph::extract {
namespace {

using testing::ArticleWithBody;

struct Row {
  const char* name;
  const char* body;
  const char* speaker;
  const char* source;
  const char* cue;
  const char* content;  // parts joined by " | "
};

const std::vector<Row>& Rows() {
  static const std::vector<Row> kRows = {
      {"a 'that'-clause keeps its complementiser",
       "The minister said that the budget would be balanced by 2026.\n", "minister", "The minister",
       "said", "that the budget would be balanced by 2026"},
      {"a content before the cue does not swallow a trailing 'he said'",
       "The budget will be balanced next year, he said.\n", "he", "he", "said",
       "The budget will be balanced next year"},
      {"a preposition joining cue and content belongs to the cue",
       "The senator called for an immediate ceasefire in the region.\n", "senator", "The senator",
       "called for", "an immediate ceasefire in the region"},
      {"'about' after the cue belongs to the cue, not dropped",
       "The mayor warned about rising costs for the city's schools.\n", "mayor", "The mayor",
       "warned about", "rising costs for the city's schools"},
      {"an appositive between source and cue is part of the source",
       "Josh Earnest, the White House press secretary, said the talks had failed.\n",
       "Josh Earnest", "Josh Earnest, the White House press secretary", "said",
       "the talks had failed"},
      {"a source after its cue keeps its appositive",
       "\xE2\x80\x9CWe will not resign,\xE2\x80\x9D said Anna Berg, a party leader from Oslo.\n",
       "Anna Berg", "Anna Berg, a party leader from Oslo", "said", "We will not resign"},
      {"a source after its cue keeps its relative clause",
       "The talks had failed, said Mark Smith, who led the delegation.\n", "Mark Smith",
       "Mark Smith, who led the delegation", "said", "The talks had failed"},
      {"a cue inside a relative clause has the relative pronoun as source",
       "The plan was backed by Anna Berg, who said it would pass easily.\n", "Anna Berg", "who",
       "said", "it would pass easily"},
      {"an introductory time phrase is no part of the source nor the speaker",
       "Last month, the ministry said the plant would close.\n", "ministry", "the ministry", "said",
       "the plant would close"},
      {"a party-and-state parenthesis is part of the source",
       "Sen. Rand Paul (R-Ky.) said the bill would fail in the Senate.\n", "Rand Paul",
       "Sen. Rand Paul (R-Ky.)", "said", "the bill would fail in the Senate"},
  };
  return kRows;
}

std::string Joined(const Statement& s, std::string_view text) {
  std::string out;
  for (const Span& part : s.content) {
    out += (out.empty() ? "" : " | ") + std::string(part.in(text));
  }
  return out;
}

TEST_CASE("Extractor: span boundaries follow the PolNeAR conventions", "[extract]") {
  const Extractor extractor;
  for (const Row& row : Rows()) {
    SECTION(row.name) {
      const Article article = ArticleWithBody(row.body);
      std::vector<Statement> attributed;
      for (const Statement& s : extractor.Extract(article)) {
        if (s.kind != StatementKind::kNarrative) attributed.push_back(s);
      }
      REQUIRE(attributed.size() == 1);
      const Statement& s = attributed.front();
      CHECK(s.speaker == row.speaker);
      CHECK(s.source.in(article.text) == row.source);
      CHECK(s.cue.in(article.text) == row.cue);
      CHECK(Joined(s, article.text) == row.content);
    }
  }
}

}  // namespace
}  // namespace claimgraph::extract
