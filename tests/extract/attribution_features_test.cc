// Attribution features: what the learned cue and role models see of a
// small text, shared by the trainer and the extractor.
#include "extract/attribution_features.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/feature_hash.h"
#include "extract_test_util.h"

namespace claimgraph::extract {
namespace {

// Two sentences in one paragraph, a third in the next.
constexpr std::string_view kText =
    "Officials said the talks failed. They left.\nA new day began.";

BodyTokens Body() { return TokenizeBody(kText, Span{0, kText.size()}); }

std::size_t IndexOf(const BodyTokens& body, std::string_view lower) {
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    if (body.tokens[i].lower == lower) return i;
  }
  FAIL("no token " << lower);
  return 0;
}

bool Has(const FeatureList& f, const std::string& feature) {
  return std::find(f.begin(), f.end(), feature) != f.end();
}

TEST_CASE("Attribution features: a cue token is described by itself and its neighbours",
          "[extract]") {
  const BodyTokens body = Body();
  const std::vector<char> marks = LexiconMarks(body, nullptr);
  const std::size_t said = IndexOf(body, "said");
  CHECK(marks[said] == 1);
  CHECK(marks[IndexOf(body, "talks")] == 0);
  const FeatureList f = CueFeatures(body, marks)[said];
  for (const char* expected : {"w=said", "s3=aid", "sh=x", "w-1=officials", "w+1=the",
                               "w-2=<s>", "w+2=talks", "w-1w=officials|said", "lex=1", "q=0"}) {
    INFO(expected);
    CHECK(Has(f, expected));
  }
  CHECK(Has(CueFeatures(body, marks)[IndexOf(body, "officials")], "sh=Xx"));
}

TEST_CASE("Attribution features: role features place a token relative to the cue",
          "[extract]") {
  const BodyTokens body = Body();
  const std::size_t said = IndexOf(body, "said");
  const TokenRange cue{said, said + 1};
  const TokenRange window = RoleWindow(body, cue);
  // The cue's sentence and the next one of the same paragraph, not the third.
  CHECK(window.begin == 0);
  CHECK(window.end == IndexOf(body, "a"));
  std::vector<char> marks(body.tokens.size(), 0);
  marks[said] = 1;
  const std::vector<FeatureList> f = RoleFeatures(body, cue, marks);
  REQUIRE(f.size() == window.size());
  CHECK(f[said].empty());
  const FeatureList& officials = f[IndexOf(body, "officials")];
  CHECK(Has(officials, "d=LS1"));
  CHECK(Has(officials, "w=LSofficials"));
  CHECK(Has(officials, "cue=LSsaid"));
  CHECK(Has(officials, "first=LS"));
  const FeatureList& talks = f[IndexOf(body, "talks")];
  CHECK(Has(talks, "d=RS2"));
  CHECK(Has(talks, "bs=RS0"));
  const FeatureList& left = f[IndexOf(body, "left")];
  CHECK(Has(left, "w=RNleft"));
  CHECK(Has(left, "bs=RN1"));
}

// The FeatureHash values of the strings, for comparison with FeatureHashes.
std::vector<std::uint64_t> HashesOf(const FeatureList& f) {
  std::vector<std::uint64_t> out;
  for (const std::string& s : f) out.push_back(FeatureHash().Add(s).value());
  return out;
}

std::vector<std::uint64_t> ToVector(std::span<const std::uint64_t> hashes) {
  return std::vector<std::uint64_t>(hashes.begin(), hashes.end());
}

TEST_CASE("Attribution features: the engine's hashes are those of the trainer's strings",
          "[extract]") {
  const Article article = testing::LoadFixture("seed/kremlin-summit.txt");
  const BodyTokens body =
      TokenizeBody(article.text, Span{article.body_begin, article.text.size()});
  const std::vector<char> marks = LexiconMarks(body, nullptr);
  const std::vector<FeatureList> cue_strings = CueFeatures(body, marks);
  FeatureHashes hashes;
  CueFeatureHashes(body, marks, &hashes);
  REQUIRE(hashes.size() == body.tokens.size());
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    INFO("token " << i << " " << body.tokens[i].lower);
    CHECK(ToVector(hashes[i]) == HashesOf(cue_strings[i]));
  }
  std::size_t cues = 0;
  for (std::size_t c = 0; c < body.tokens.size(); ++c) {
    if (marks[c] != 1) continue;
    ++cues;
    const TokenRange cue{c, c + 1};
    const std::vector<FeatureList> role_strings = RoleFeatures(body, cue, marks);
    RoleFeatureHashes(body, cue, marks, &hashes);
    REQUIRE(hashes.size() == role_strings.size());
    for (std::size_t k = 0; k < role_strings.size(); ++k) {
      INFO("cue " << c << ", window token " << k);
      CHECK(ToVector(hashes[k]) == HashesOf(role_strings[k]));
    }
  }
  CHECK(cues >= 5);
}

}  // namespace
}  // namespace claimgraph::extract
