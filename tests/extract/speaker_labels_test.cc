// Speaker labels: transcript turns and signed quotations, whose cue is a
// colon or dash, and the colons that are no attribution.
#include "extract/speaker_labels.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "extract/body_tokens.h"
#include "extract/extractor.h"
#include "extract_test_util.h"

namespace claimgraph::extract {
namespace {

using testing::LoadFixture;

constexpr std::string_view kTranscript = "extract/speaker_labels_transcript.txt";
constexpr std::string_view kHeadline = "extract/speaker_labels_headline.txt";
constexpr std::string_view kColons = "extract/speaker_labels_colons.txt";
constexpr std::string_view kSigned = "extract/speaker_labels_signed.txt";
constexpr std::string_view kSections = "extract/speaker_labels_sections.txt";

// An extractor with speaker labels on (the default, see extractor.h) or off.
std::vector<Statement> ExtractWithLabels(const Article& article, bool on = true) {
  ExtractorOptions options;
  options.speaker_labels = on;
  return Extractor(options).Extract(article);
}

// One label as text: "source | cue | content part || content part".
struct Found {
  std::string source, cue, content;
};

std::vector<Found> Labels(const Article& article) {
  const BodyTokens body =
      TokenizeBody(article.text, Span{article.body_begin, article.text.size()});
  std::vector<Found> out;
  for (const SpeakerLabel& l : FindSpeakerLabels(body, article.text)) {
    Found f{std::string(body.ToSpan(l.source).in(article.text)),
            std::string(body.ToSpan(l.cue).in(article.text)), ""};
    for (const TokenRange part : l.content) {
      if (!f.content.empty()) f.content += " || ";
      f.content += body.ToSpan(part).in(article.text);
    }
    out.push_back(f);
  }
  return out;
}

// Statements whose cue is the given mark.
std::vector<Statement> WithCue(const std::vector<Statement>& statements, std::string_view text,
                               std::string_view cue) {
  std::vector<Statement> out;
  for (const Statement& s : statements) {
    if (s.kind != StatementKind::kNarrative && s.cue.in(text) == cue) out.push_back(s);
  }
  return out;
}

TEST_CASE("Speaker labels: each transcript turn is attributed to its labelled speaker",
          "[extract]") {
  const std::vector<Found> found = Labels(LoadFixture(kTranscript));
  REQUIRE(found.size() == 4);
  const std::vector<std::string> sources = {"WALLACE", "PENCE", "WALLACE", "PENCE"};
  for (std::size_t i = 0; i < found.size(); ++i) {
    INFO(i);
    CHECK(found[i].source == sources[i]);
    CHECK(found[i].cue == ":");
  }
  CHECK(found[0].content ==
        "Let's start with the debate story. Will the guest actually be there tomorrow night?");
}

TEST_CASE("Speaker labels: a turn runs on to the next label but stops at a stage direction",
          "[extract]") {
  const std::vector<Found> found = Labels(LoadFixture(kTranscript));
  REQUIRE(found.size() == 4);
  // The unlabelled paragraph belongs to PENCE's turn; "(CROSSTALK.)" ends it.
  CHECK(found[1].content ==
        "Well, look, this is serious business. The American people want to hear about jobs and "
        "security. || But the truth is that my running mate has a unique way of talking to "
        "voters.");
  // The last turn ends with its paragraph: the sign-off is not Pence's.
  CHECK(found[3].content == "And that's why we are going to win this election in November.");
}

TEST_CASE("Speaker labels: a label resolves to the full name given earlier", "[extract]") {
  const Article article = LoadFixture(kTranscript);
  const std::vector<Statement> turns = WithCue(ExtractWithLabels(article), article.text, ":");
  REQUIRE(turns.size() == 4);
  CHECK(turns[0].speaker == "WALLACE");  // never named in full: kept as written
  CHECK(turns[1].speaker == "Mike Pence");
  CHECK(turns[3].speaker == "Mike Pence");
  for (const Statement& s : turns) {
    CHECK(s.kind == StatementKind::kDirect);
    CHECK(s.cue_lemma == "say");
  }
}

TEST_CASE("Speaker labels: a body headline 'Name: words' is the named person's statement",
          "[extract]") {
  const Article article = LoadFixture(kHeadline);
  const std::vector<Found> found = Labels(article);
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Sanders");
  CHECK(found[0].content == "I'm not much of a socialist compared to some presidents.");
  const std::vector<Statement> s = WithCue(ExtractWithLabels(article), article.text, ":");
  REQUIRE(s.size() == 1);
  CHECK(s[0].speaker == "Bernie Sanders");
}

TEST_CASE("Speaker labels: section labels, lists, interview letters and times are left alone",
          "[extract]") {
  const Article article = LoadFixture(kColons);
  CHECK(Labels(article).empty());
  // Whatever else reads a colon as a cue, the labels add nothing here.
  CHECK(WithCue(ExtractWithLabels(article), article.text, ":").size() ==
        WithCue(ExtractWithLabels(article, false), article.text, ":").size());
}

TEST_CASE("Speaker labels: a quotation signed after a dash is the signer's", "[extract]") {
  const Article article = LoadFixture(kSigned);
  const std::vector<Found> found = Labels(article);
  REQUIRE(found.size() == 2);
  CHECK(found[0].source == "Steve Quinlan");
  CHECK(found[0].cue == "\u2015");
  CHECK(found[0].content == "Maybe we can build a wall around the whole campaign instead.");
  // Signed on the next line, with a place after the name.
  CHECK(found[1].source == "Maria Lopez");
  CHECK(found[1].cue == "-");
  CHECK(found[1].content == "The most unprepared candidate we have ever seen on a debate stage.");
  const std::vector<Statement> statements = ExtractWithLabels(article);
  const Statement* quinlan =
      testing::FindStatement(statements, article.text, "Steve Quinlan", "whole campaign");
  REQUIRE(quinlan != nullptr);
  CHECK(quinlan->kind == StatementKind::kDirect);
}

TEST_CASE("Speaker labels: a turn far from the next label ends with its paragraph",
          "[extract]") {
  const std::vector<Found> found = Labels(LoadFixture(kSections));
  REQUIRE(found.size() == 2);
  CHECK(found[0].source == "Jeb Bush");
  CHECK(found[0].content ==
        "Student loans should be repaid as a share of income after graduation.");
  CHECK(found[1].source == "Marco Rubio");
}

TEST_CASE("Speaker labels: bare marks and unsigned quotations yield nothing", "[extract]") {
  const std::vector<std::string> bodies = {
      ":", "\"", "-", "“One two three four.” ―", "“One two three four.”\n\n-",
      "“One two three four.”\n\n- the crowd, later.", "PENCE:", "\"PENCE: \"",
      "Mike Pence spoke.\n\nPENCE: Yes.", "“One two three four” five ― Steve Quinlan"};
  for (const std::string& body : bodies) {
    INFO(body);
    CHECK(Labels(testing::ArticleWithBody(body)).empty());
  }
}

TEST_CASE("Speaker labels: on by default, and the option turns them off", "[extract]") {
  const Article article = LoadFixture(kTranscript);
  CHECK_FALSE(WithCue(Extractor().Extract(article), article.text, ":").empty());
  CHECK(WithCue(ExtractWithLabels(article, false), article.text, ":").empty());
}

}  // namespace
}  // namespace claimgraph::extract
