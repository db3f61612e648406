// CuePhrases: the model file format and its errors, matching phrases in a
// body, widening cues, and the Extractor taking multiword cues whole.
#include "extract/cue_phrases.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/extract_test_util.h"
#include "extract/extractor.h"
#include "extract/model_files.h"

namespace claimgraph::extract {
namespace {

namespace fs = std::filesystem;

constexpr const char* kModel =
    "# comment\n"
    "claimgraph-cue-phrases 1\n"
    "according to\t380\t390\t420\n"
    "in a statement\t40\t44\t46\n"
    "said in a statement\t38\t40\t41\n"
    "pointed out\t13\t14\t20\n"
    "said on\t3\t30\t40\n";  // rarely part of the cue: widens nothing

const fs::path kFixturePhrases = fs::path(CLAIMGRAPH_FIXTURES_DIR) / "extract/cue_phrases.tsv";

std::vector<std::string> MatchTexts(const BodyTokens& body, const std::vector<PhraseMatch>& ms,
                                    std::string_view text) {
  std::vector<std::string> out;
  for (const PhraseMatch& m : ms) out.emplace_back(body.ToSpan(m.range).in(text));
  return out;
}

TEST_CASE("CuePhrases: parses phrases with their counts and precisions", "[extract]") {
  Result<CuePhrases> phrases = CuePhrases::Parse(kModel, "phrases.tsv");
  REQUIRE(phrases.ok());
  CHECK(phrases->size() == 5);
  const std::string text = "He said in a statement, according to aides, that he pointed out.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::vector<PhraseMatch> all = phrases->Find(body, 1);
  CHECK(MatchTexts(body, all, text) == std::vector<std::string>{"said in a statement",
                                                                "in a statement", "according to",
                                                                "pointed out"});
  REQUIRE(all.size() == 4);
  CHECK(all[0].phrase->ExtendPrecision() == Approx(38.0 / 40));
  CHECK(all[0].phrase->CreatePrecision() == Approx(38.0 / 41));
  // A higher minimum count drops the rarer phrases.
  CHECK(MatchTexts(body, phrases->Find(body, 20), text) ==
        std::vector<std::string>{"said in a statement", "in a statement", "according to"});
}

TEST_CASE("CuePhrases: a phrase does not match across punctuation or sentences", "[extract]") {
  Result<CuePhrases> phrases = CuePhrases::Parse(kModel, "phrases.tsv");
  REQUIRE(phrases.ok());
  const std::string text = "Aides said, in a statement. They pointed. Out came the mayor.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  CHECK(MatchTexts(body, phrases->Find(body, 1), text) ==
        std::vector<std::string>{"in a statement"});
}

TEST_CASE("CuePhrases: a malformed file names the file and line", "[extract]") {
  struct Case {
    const char* content;
    const char* expected;
  };
  for (const Case& c : {
           Case{"", "phrases.tsv: empty cue phrase file"},
           Case{"claimgraph-cue-words 1\n", "phrases.tsv:1: expected header"},
           Case{"claimgraph-cue-phrases 1\naccording to\t3\t4\n", "phrases.tsv:2: expected"},
           Case{"claimgraph-cue-phrases 1\naccording to\t3x\t4\t5\n", "phrases.tsv:2: expected"},
           Case{"claimgraph-cue-phrases 1\naccording to\t5\t4\t9\n", "phrases.tsv:2: expected"},
           Case{"claimgraph-cue-phrases 1\naccording  to\t3\t4\t5\n", "phrases.tsv:2: expected"},
           Case{"claimgraph-cue-phrases 1\n\naccording\t3\t4\t5\n", "phrases.tsv:3: a phrase"},
           Case{"claimgraph-cue-phrases 1\na b c d e f g\t3\t4\t5\n", "phrases.tsv:2: a phrase"},
       }) {
    INFO(c.content);
    Result<CuePhrases> phrases = CuePhrases::Parse(c.content, "phrases.tsv");
    REQUIRE_FALSE(phrases.ok());
    CHECK(phrases.status().code() == Status::Code::kCorruption);
    CHECK(phrases.status().message().find(c.expected) != std::string::npos);
  }
}

TEST_CASE("CuePhrases: a missing file is NotFound naming the path", "[extract]") {
  Result<CuePhrases> phrases = CuePhrases::Load("/nonexistent/cue_phrases.tsv");
  REQUIRE_FALSE(phrases.ok());
  CHECK(phrases.status().code() == Status::Code::kNotFound);
  CHECK(phrases.status().message().find("/nonexistent/cue_phrases.tsv") != std::string::npos);
}

TEST_CASE("CuePhrases: the shipped file loads and holds the common phrases", "[extract]") {
  Result<CuePhrases> phrases = CuePhrases::Load(ModelsDir() / kCuePhrasesFile);
  REQUIRE(phrases.ok());
  CHECK(phrases->size() > 100);
  const std::string text = "They said in a statement, according to aides.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::vector<std::string> found = MatchTexts(body, phrases->Find(body, 3), text);
  for (const char* p : {"said in a statement", "according to"}) {
    INFO(p);
    CHECK(std::find(found.begin(), found.end(), p) != found.end());
  }
}

TEST_CASE("CuePhrases: a cue widens to its phrases, not into blocked tokens", "[extract]") {
  Result<CuePhrases> phrases = CuePhrases::Parse(kModel, "phrases.tsv");
  REQUIRE(phrases.ok());
  const std::string text = "Aides said in a statement on Friday.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::vector<PhraseMatch> ms = phrases->Find(body, 1);
  const TokenRange said{1, 2};
  std::vector<char> blocked(body.tokens.size(), 0);
  CHECK(body.ToSpan(ExtendCue(ms, said, 0.5, blocked)).in(text) == "said in a statement");
  // "said on" is not in the text; a low-precision phrase never widens.
  CHECK(body.ToSpan(ExtendCue(ms, said, 0.99, blocked)).in(text) == "said");
  blocked[4] = 1;  // "statement" belongs to the content
  CHECK(body.ToSpan(ExtendCue(ms, said, 0.5, blocked)).in(text) == "said");
  std::vector<char> marks(body.tokens.size(), 0);
  marks[1] = 1;
  ExtendCueMarks(ms, 0.5, &marks);
  CHECK(std::vector<char>(marks.begin(), marks.begin() + 6) == std::vector<char>{0, 1, 1, 1, 1, 0});
  // The tagged run "said" grows over the widened marks, not past its sentence.
  CHECK(body.ToSpan(WidenRun(body, said, marks)).in(text) == "said in a statement");
}

TEST_CASE("CuePhrases: statements' cues widen, never into their own content", "[extract]") {
  Result<CuePhrases> phrases = CuePhrases::Parse(kModel, "phrases.tsv");
  REQUIRE(phrases.ok());
  const std::string text = "Aides said in a statement on Friday. They said in a statement.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::vector<PhraseMatch> ms = phrases->Find(body, 1);
  auto span_of = [&](std::string_view part, std::size_t from) {
    const std::size_t at = text.find(part, from);
    return Span{at, at + part.size()};
  };
  std::vector<Statement> statements(2);
  statements[0].cue = span_of("said", 0);
  statements[0].content = {span_of("on Friday", 0)};
  statements[1].cue = span_of("said", 30);
  statements[1].content = {span_of("statement", 40)};  // blocks the phrase
  ExtendStatementCues(body, ms, 0.5, &statements);
  CHECK(statements[0].cue.in(text) == "said in a statement");
  CHECK(statements[1].cue.in(text) == "said");
}

TEST_CASE("CuePhrases: phrases become cues only where no cue lies", "[extract]") {
  Result<CuePhrases> phrases = CuePhrases::Parse(kModel, "phrases.tsv");
  REQUIRE(phrases.ok());
  const std::string text = "Aides pointed out the cost, according to a memo.";
  const BodyTokens body = TokenizeBody(text, Span{0, text.size()});
  const std::vector<PhraseMatch> ms = phrases->Find(body, 1);
  std::vector<char> marks(body.tokens.size(), 0);
  std::vector<int> claimed(body.tokens.size(), 0);
  claimed[1] = 1;  // "pointed": a rule's cue
  const std::vector<char> created = MarkPhraseCues(ms, 0.6, claimed, &marks);
  std::string made;
  for (std::size_t k = 0; k < created.size(); ++k) {
    if (created[k]) made += body.tokens[k].lower + " ";
  }
  // Both pass 0.6 (380/420, 13/20), but "pointed" is claimed.
  CHECK(made == "according to ");
  CHECK(marks == created);
  CHECK(MarkPhraseCues(ms, 0.95, claimed, &marks) == std::vector<char>(marks.size(), 0));
}

// A models folder with the shipped models and `phrases` as cue_phrases.tsv.
fs::path ModelsWithPhrases(const std::string& name, const std::string& phrases) {
  const fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(ModelsDir())) {
    if (entry.path().filename() != kCuePhrasesFile) {
      fs::copy(entry.path(), dir / entry.path().filename());
    }
  }
  std::ofstream(dir / kCuePhrasesFile) << phrases;
  return dir;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("Extractor: multiword cues come out whole with the cue phrases", "[extract]") {
  const fs::path dir = ModelsWithPhrases("claimgraph_cue_phrases_test", ReadFile(kFixturePhrases));
  ExtractorOptions options;
  options.models_dir = dir;
  options.phrase_extend = true;
  const Extractor with_phrases(options);
  options.phrase_extend = false;
  const Extractor without(options);
  const Article article = testing::LoadFixture("extract/cue_phrases.txt");
  const std::vector<Statement> wide = with_phrases.Extract(article);
  const std::vector<Statement> plain = without.Extract(article);
  fs::remove_all(dir);
  struct Case {
    const char* fragment;
    const char* cue;
  };
  for (const Case& c : {Case{"new breakwater will cost", "said in a statement"},
                        Case{"the old harbour wall had stood", "pointed out"},
                        Case{"Shipping traffic fell", "according to"},
                        Case{"channel must be dredged", "has repeatedly said"},
                        Case{"money would come from", "went on to say"},
                        Case{"fight the plan in court", "made it clear"}}) {
    INFO(c.fragment);
    const Statement* st = nullptr;
    for (const Statement& s : wide) {
      if (s.kind != StatementKind::kNarrative &&
          s.ContentText(article.text).find(c.fragment) != std::string::npos) {
        st = &s;
      }
    }
    REQUIRE(st != nullptr);
    CHECK(st->cue.in(article.text) == c.cue);
  }
  // Without the phrases the tagger cuts this one short.
  bool cut = false;
  for (const Statement& s : plain) cut = cut || s.cue.in(article.text) == "on to say";
  CHECK(cut);
}

TEST_CASE("Extractor: fails at construction naming a corrupt cue phrase file", "[extract]") {
  const fs::path dir = ModelsWithPhrases("claimgraph_bad_phrases_test", "garbage\n");
  ExtractorOptions options;
  options.models_dir = dir;
  std::string message;
  try {
    Extractor extractor(options);
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  fs::remove(dir / kCuePhrasesFile);
  std::string missing;
  try {
    Extractor extractor(options);
  } catch (const std::runtime_error& e) {
    missing = e.what();
  }
  fs::remove_all(dir);
  CHECK(message.find((dir / kCuePhrasesFile).string()) != std::string::npos);
  CHECK(message.find("expected header") != std::string::npos);
  CHECK(missing.find((dir / kCuePhrasesFile).string()) != std::string::npos);
  CHECK(missing.find("cannot open") != std::string::npos);
}

}  // namespace
}  // namespace claimgraph::extract
