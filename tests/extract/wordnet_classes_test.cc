// WordNetClasses: reading WordNet's index, data and exception files, the
// morphy-style lemma lookup, and the installed database on cue words.
#include "extract/wordnet_classes.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace claimgraph::extract {
namespace {

using Names = std::vector<std::string_view>;

const WordNetClasses& Mini() {
  static const WordNetClasses classes = [] {
    auto loaded = WordNetClasses::Load(std::string(CLAIMGRAPH_FIXTURES_DIR) + "/extract/wordnet");
    if (!loaded.ok()) throw std::runtime_error(loaded.status().ToString());
    return std::move(loaded).value();
  }();
  return classes;
}

TEST_CASE("WordNetClasses: reads classes by sense order, skipping license lines", "[extract]") {
  CHECK(Mini().size(WordNetPos::kVerb) == 4);
  CHECK(Mini().size(WordNetPos::kNoun) == 2);
  CHECK(Mini().Classes("say", WordNetPos::kVerb) == Names{"verb.communication"});
  // Two senses in two classes, the most frequent first; an offset missing
  // from data.verb is skipped.
  CHECK(Mini().Classes("worry", WordNetPos::kVerb) == Names{"verb.emotion", "verb.communication"});
  CHECK(Mini().Classes("statement", WordNetPos::kNoun) == Names{"noun.communication"});
  CHECK(Mini().Classes("statement", WordNetPos::kVerb).empty());
}

TEST_CASE("WordNetClasses: finds the lemma of inflected and irregular forms", "[extract]") {
  struct Row {
    std::string_view word;
    WordNetPos pos;
    std::string lemma;
  };
  const std::vector<Row> rows = {
      {"says", WordNetPos::kVerb, "say"},       {"worries", WordNetPos::kVerb, "worry"},
      {"worried", WordNetPos::kVerb, "worry"},  {"believed", WordNetPos::kVerb, "believe"},
      {"believing", WordNetPos::kVerb, "believe"}, {"went", WordNetPos::kVerb, "go"},
      {"statements", WordNetPos::kNoun, "statement"}, {"men", WordNetPos::kNoun, "man"},
      {"said", WordNetPos::kVerb, "say"},       {"says", WordNetPos::kNoun, ""},          {"xyzzy", WordNetPos::kNoun, ""},
  };
  for (const Row& row : rows) {
    INFO(row.word);
    CHECK(Mini().Lemma(row.word, row.pos) == row.lemma);
  }
}

TEST_CASE("WordNetClasses: a missing folder names the missing file", "[extract]") {
  auto loaded = WordNetClasses::Load("/nonexistent/wordnet");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message().find("/nonexistent/wordnet/data.verb") != std::string::npos);
  CHECK(loaded.status().message().find("wordnet-base") != std::string::npos);
}

TEST_CASE("WordNetClasses: the installed WordNet classes rare cue words like frequent ones",
          "[extract]") {
  const WordNetClasses& wn = WordNetClasses::Default();
  CHECK(wn.Classes("said", WordNetPos::kVerb).front() == "verb.communication");
  CHECK(wn.Classes("pledged", WordNetPos::kVerb).front() == "verb.communication");
  CHECK(wn.Classes("urges", WordNetPos::kVerb).front() == "verb.communication");
  CHECK(wn.Classes("believes", WordNetPos::kVerb).front() == "verb.cognition");
  CHECK(wn.Classes("worries", WordNetPos::kVerb).front() == "verb.emotion");
}

}  // namespace
}  // namespace claimgraph::extract
