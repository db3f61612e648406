// AttributionTagger: cue runs, role decoding into source and content parts,
// the model checks, and the shipped models on small texts.
#include "extract/attribution_tagger.h"

#include <catch2/catch.hpp>
#include <limits>
#include <string>

#include "extract_test_util.h"

namespace claimgraph::extract {
namespace {

using Weights = std::unordered_map<std::uint32_t, std::vector<double>>;
constexpr std::uint32_t kBuckets = 1024;

// A cue model that knows one cue word, "said".
LinearModel SaidModel() {
  Weights w;
  w[FeatureBucket("w=said", kBuckets)] = {0, 2};
  return LinearModel({"O", "CUE"}, kBuckets, {0, -1}, std::move(w));
}

// Role weights: the listed features vote for SOURCE or CONTENT.
LinearModel RoleModel(const std::vector<std::string>& source,
                      const std::vector<std::string>& content) {
  Weights w;
  for (const auto& f : source) w[FeatureBucket(f, kBuckets)] = {0, 2, 0};
  for (const auto& f : content) w[FeatureBucket(f, kBuckets)] = {0, 0, 2};
  return LinearModel({"O", "SOURCE", "CONTENT"}, kBuckets, {0, -1, -1}, std::move(w));
}

struct Tagged {
  std::string cue, source;
  std::vector<std::string> content;
};

std::vector<Tagged> Tag(const AttributionTagger& tagger, std::string_view text) {
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::vector<char> marks = AttributionTagger::CueMarks(tagger.CueMargins(body, nullptr));
  std::vector<Tagged> out;
  for (TokenRange cue : AttributionTagger::CueRuns(body, marks)) {
    const TaggedAttribution t = tagger.TagRoles(body, cue, marks);
    Tagged x{std::string(body.ToSpan(t.cue).in(text)), std::string(body.ToSpan(t.source).in(text)),
             {}};
    for (TokenRange part : t.content) x.content.emplace_back(body.ToSpan(part).in(text));
    out.push_back(std::move(x));
  }
  return out;
}

TEST_CASE("AttributionTagger: decodes the source and content runs around a cue", "[extract]") {
  auto tagger = AttributionTagger::Create(SaidModel(), RoleModel({"q=LS0"}, {"bs=RS0"}));
  REQUIRE(tagger.ok());
  const auto tagged = Tag(tagger.value(), "Officials said the talks failed. They left.");
  REQUIRE(tagged.size() == 1);
  CHECK(tagged[0].cue == "said");
  CHECK(tagged[0].source == "Officials");
  CHECK(tagged[0].content == std::vector<std::string>{"the talks failed."});
}

TEST_CASE("AttributionTagger: a quotation interrupted by its cue gives two content parts",
          "[extract]") {
  auto tagger = AttributionTagger::Create(SaidModel(), RoleModel({"pron=LS1"}, {"q=LS1", "q=RS1"}));
  REQUIRE(tagger.ok());
  const auto tagged = Tag(tagger.value(), "“We won,” she said, “and we will win again.”");
  REQUIRE(tagged.size() == 1);
  CHECK(tagged[0].source == "she");
  REQUIRE(tagged[0].content.size() == 2);
  CHECK(tagged[0].content[0].find("We won") == 0);
  CHECK(tagged[0].content[1].find("and we will win again.") != std::string::npos);
}

TEST_CASE("AttributionTagger: models with the wrong classes are rejected", "[extract]") {
  CHECK_FALSE(AttributionTagger::Create(RoleModel({}, {}), RoleModel({}, {})).ok());
  CHECK_FALSE(AttributionTagger::Create(SaidModel(), SaidModel()).ok());
}

TEST_CASE("AttributionTagger: a missing model folder names the missing file", "[extract]") {
  auto tagger = AttributionTagger::Load("/nonexistent/models");
  REQUIRE_FALSE(tagger.ok());
  CHECK(tagger.status().message().find("/nonexistent/models/attribution_cue.model") !=
        std::string::npos);
}

TEST_CASE("AttributionTagger: the shipped models find cues, sources and contents in fixtures",
          "[extract]") {
  auto tagger = AttributionTagger::Load(ModelsDir());
  REQUIRE(tagger.ok());
  const Article article = testing::LoadFixture("extract/cue_after.txt");
  const std::string_view text = article.text;
  const BodyTokens body = TokenizeBody(text, Span{article.body_begin, text.size()});
  const std::vector<char> marks = AttributionTagger::CueMarks(tagger->CueMargins(body, nullptr));
  const auto cues = AttributionTagger::CueRuns(body, marks);
  REQUIRE_FALSE(cues.empty());
  std::size_t complete = 0;
  for (TokenRange cue : cues) {
    const TaggedAttribution t = tagger->TagRoles(body, cue, marks, true);
    if (!t.source.empty() && !t.content.empty()) ++complete;
  }
  // The shipped models favour cue recall (statements without a source are
  // kept), so not every cue run gets a source; most still do.
  CHECK(complete >= 3);
  CHECK(complete * 3 >= cues.size());
}

TEST_CASE("MaxSumSpan: the contiguous span with the largest gain", "[extract]") {
  constexpr double kNo = -std::numeric_limits<double>::infinity();
  struct Row {
    std::vector<double> gains;
    std::size_t begin, end;
  };
  const std::vector<Row> rows = {
      {{}, 0, 0},
      {{-1, -2}, 0, 0},                  // nothing positive: no span
      {{-1, 2, -1}, 1, 2},
      {{1, -0.5, 1}, 0, 3},              // bridges a small dip
      {{1, -3, 1.5}, 2, 3},              // but not a deep one
      {{0, 2, 0, 0}, 1, 2},              // the shortest among equal sums
      {{1, 1, kNo, 3}, 3, 4},            // never across -infinity
      {{1, kNo, 1, 0.5}, 2, 4},
      {{1, -1, 1}, 0, 1},                // equal sums and lengths: leftmost
  };
  for (const Row& row : rows) {
    const TokenRange r = MaxSumSpan(row.gains);
    INFO(row.begin << "-" << row.end);
    CHECK(r.begin == row.begin);
    CHECK(r.end == row.end);
  }
}

TEST_CASE("AttributionTagger: the span decoder joins a source split by a weak token",
          "[extract]") {
  // "Mr." scores O weakly: argmax runs give "Officials" (the first of two
  // equal runs), max-sum bridges "Mr." to "Smith".
  auto tagger = AttributionTagger::Create(
      SaidModel(),
      RoleModel({"w=LSofficials", "first=LS", "w=LSsmith", "cap=LS1"}, {"bs=RS0"}));
  REQUIRE(tagger.ok());
  const std::string text = "Officials Mr. Smith said the talks failed.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::vector<char> marks = AttributionTagger::CueMarks(tagger->CueMargins(body, nullptr));
  const auto cues = AttributionTagger::CueRuns(body, marks);
  REQUIRE(cues.size() == 1);
  const TaggedAttribution runs = tagger->TagRoles(body, cues[0], marks, false);
  const TaggedAttribution spans = tagger->TagRoles(body, cues[0], marks, true);
  CHECK(body.ToSpan(runs.source).in(text) == "Officials");
  CHECK(body.ToSpan(spans.source).in(text) == "Officials Mr. Smith");
  REQUIRE(spans.content.size() == 1);
  CHECK(body.ToSpan(spans.content[0]).in(text) == "the talks failed.");
}

TEST_CASE("AttributionTagger: a higher cue threshold marks fewer cue tokens", "[extract]") {
  const std::vector<double> margins = {-0.5, 0.2, 1.0, -0.1};
  CHECK(AttributionTagger::CueMarks(margins) == std::vector<char>{0, 1, 1, 0});
  CHECK(AttributionTagger::CueMarks(margins, 0.5) == std::vector<char>{0, 0, 1, 0});
  CHECK(AttributionTagger::CueMarks(margins, -0.2) == std::vector<char>{0, 1, 1, 1});
}

TEST_CASE("AttributionTagger: quotation marks are never cues, however low the threshold",
          "[extract]") {
  auto tagger = AttributionTagger::Create(SaidModel(), RoleModel({}, {}));
  REQUIRE(tagger.ok());
  const std::string text = "\xE2\x80\x9CTaxes will rise,\xE2\x80\x9D Smith said.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::vector<char> marks = AttributionTagger::CueMarks(tagger->CueMargins(body, nullptr), -5);
  REQUIRE(marks.size() == body.tokens.size());
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    INFO(body.tokens[i].lower);
    CHECK(marks[i] == (body.IsOpenQuote(i) || body.IsCloseQuote(i) ? 0 : 1));
  }
}

}  // namespace
}  // namespace claimgraph::extract
