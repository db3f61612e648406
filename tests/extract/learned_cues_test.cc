// LearnedCues: the model file format, its thresholds and its errors.
#include "extract/learned_cues.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/extractor.h"

namespace claimgraph::extract {
namespace {

constexpr const char* kModel =
    "# comment\n"
    "claimgraph-cue-words 1\n"
    "endorsed\t40\t50\n"  // frequent and reliable: a cue
    "rarely\t3\t4\n"      // too few
    "visited\t5\t100\n"   // mostly not a cue
    "the\t90\t100\n"      // a function word never is
    "said\t900\t950\n";   // known to the hand-written lexicon already

TEST_CASE("LearnedCues: keeps frequent, reliable content words only", "[extract]") {
  Result<LearnedCues> cues = LearnedCues::Parse(kModel, "model.tsv");
  REQUIRE(cues.ok());
  struct Case {
    const char* word;
    bool cue;
  };
  for (const Case& c : {Case{"endorsed", true}, Case{"rarely", false}, Case{"visited", false},
                        Case{"the", false}, Case{"said", false}, Case{"unknown", false}}) {
    INFO(c.word);
    CHECK((cues->Lookup(c.word) != nullptr) == c.cue);
  }
  REQUIRE(cues->Lookup("endorsed") != nullptr);
  CHECK(cues->Lookup("endorsed")->nominal_content);
  CHECK(cues->Lookup("endorsed")->type == CueType::kSay);
}

TEST_CASE("LearnedCues: a malformed model names the file and line", "[extract]") {
  struct Case {
    const char* content;
    const char* expected;
  };
  for (const Case& c : {Case{"", "model.tsv: empty model file"},
                        Case{"cue words\n", "model.tsv:1: expected header"},
                        Case{"claimgraph-cue-words 1\nendorsed\t4x\t9\n", "model.tsv:2:"},
                        Case{"claimgraph-cue-words 1\nendorsed 4 9\n", "model.tsv:2:"},
                        Case{"claimgraph-cue-words 1\nendorsed\t9\t4\n", "model.tsv:2:"}}) {
    INFO(c.content);
    Result<LearnedCues> cues = LearnedCues::Parse(c.content, "model.tsv");
    REQUIRE_FALSE(cues.ok());
    CHECK(cues.status().message().find(c.expected) != std::string::npos);
  }
}

TEST_CASE("LearnedCues: a missing file is NotFound naming the path", "[extract]") {
  Result<LearnedCues> cues = LearnedCues::Load("/nonexistent/cue_words.tsv");
  REQUIRE_FALSE(cues.ok());
  CHECK(cues.status().code() == Status::Code::kNotFound);
  CHECK(cues.status().message().find("/nonexistent/cue_words.tsv") != std::string::npos);
}

TEST_CASE("LearnedCues: the shipped model loads and knows common cues", "[extract]") {
  Result<LearnedCues> cues = LearnedCues::Load(ModelsDir() / kCueWordsFile);
  REQUIRE(cues.ok());
  CHECK(cues->size() > 100);
  for (const char* w : {"endorsed", "criticized", "urged", "described", "praised"}) {
    INFO(w);
    CHECK(cues->Lookup(w) != nullptr);
  }
}

TEST_CASE("Extractor: fails at construction naming a missing model", "[extract]") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "claimgraph_no_models_test";
  std::filesystem::create_directories(dir);
  const char* old = std::getenv("CLAIMGRAPH_MODELS");
  const std::string saved = old ? old : "";
  setenv("CLAIMGRAPH_MODELS", dir.c_str(), 1);
  std::string message;
  try {
    Extractor extractor;
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  { std::ofstream(dir / kCueWordsFile) << "garbage\n"; }
  std::string corrupt;
  try {
    Extractor extractor;
  } catch (const std::runtime_error& e) {
    corrupt = e.what();
  }
  if (old) {
    setenv("CLAIMGRAPH_MODELS", saved.c_str(), 1);
  } else {
    unsetenv("CLAIMGRAPH_MODELS");
  }
  std::filesystem::remove_all(dir);
  CHECK(message.find((dir / kCueWordsFile).string()) != std::string::npos);
  CHECK(corrupt.find("expected header") != std::string::npos);
}

}  // namespace
}  // namespace claimgraph::extract
