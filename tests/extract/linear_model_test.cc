// LinearModel: the shipped model format, scoring, and its errors.
#include "extract/linear_model.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/feature_hash.h"

namespace claimgraph::extract {
namespace {

LinearModel TwoFeatureModel() {
  std::unordered_map<std::uint32_t, std::vector<double>> weights;
  weights[FeatureBucket("w=said", 64)] = {-1.0, 2.0};
  weights[FeatureBucket("w=the", 64)] = {0.5, -0.25};
  return LinearModel({"O", "CUE"}, 64, {0.25, -0.5}, std::move(weights));
}

TEST_CASE("LinearModel: scores are the bias plus the weights of the features", "[extract]") {
  const LinearModel m = TwoFeatureModel();
  CHECK(m.Scores({}) == std::vector<double>{0.25, -0.5});
  CHECK(m.Scores({"w=said"}) == std::vector<double>{-0.75, 1.5});
  CHECK(m.Best({"w=said"}) == 1);
  CHECK(m.Best({"w=the"}) == 0);
  CHECK(m.Best({"w=unseen"}) == 0);
  CHECK(m.LabelIndex("CUE") == 1);
  CHECK(m.LabelIndex("SOURCE") == 2);
}

TEST_CASE("LinearModel: scoring feature hashes equals scoring their strings", "[extract]") {
  // A power-of-two bucket count (masked) and another one (modulo).
  for (std::uint32_t buckets : {64u, 61u}) {
    std::unordered_map<std::uint32_t, std::vector<double>> weights;
    weights[FeatureBucket("w=said", buckets)] = {-1.0, 2.0};
    weights[FeatureBucket("w=the", buckets)] = {0.5, -0.25};
    const LinearModel m({"O", "CUE"}, buckets, {0.25, -0.5}, std::move(weights));
    const std::vector<std::string> features = {"w=said", "w=the", "w=unseen", "w=said"};
    std::vector<std::uint64_t> hashes;
    for (const std::string& f : features) hashes.push_back(FeatureHash().Add(f).value());
    std::vector<double> scores(2);
    m.ScoreHashes(hashes, scores);
    CHECK(scores == m.Scores(features));
    CHECK(scores == std::vector<double>{-1.25, 3.25});
  }
}

TEST_CASE("LinearModel: weight lines in any bucket order find their buckets", "[extract]") {
  const std::string head = "claimgraph-linear 1\nclasses 2 O CUE\nbuckets 64\nbias 0 0\n";
  Result<LinearModel> m = LinearModel::Parse(head + "40 1 2\n3 -1 0.5\n17 0.25 0\n", "m.model");
  REQUIRE(m.ok());
  struct Case {
    std::uint64_t hash;  // with 64 buckets, the bucket is hash % 64
    std::vector<double> scores;
  };
  for (const Case& c : {Case{3, {-1, 0.5}}, Case{40, {1, 2}}, Case{17 + 64, {0.25, 0}},
                        Case{4, {0, 0}}, Case{63, {0, 0}}}) {
    INFO(c.hash);
    std::vector<double> scores(2);
    m->ScoreHashes(std::vector<std::uint64_t>{c.hash}, scores);
    CHECK(scores == c.scores);
  }
}

// The score of each class minus that of the first: what the engine uses.
std::vector<double> Differences(const std::vector<double>& scores) {
  std::vector<double> d;
  for (double s : scores) d.push_back(s - scores.front());
  return d;
}

TEST_CASE("LinearModel: a version-1 text model rewritten as version 2 keeps its score differences",
          "[extract]") {
  const std::string text =
      "claimgraph-linear 1\nclasses 3 O SOURCE CONTENT\nbuckets 64\nbias 0.5 -1 -1\n"
      "3 -1 0.5 0.25\n17 0.125 0.125 0.125\n40 1 2 -3\n";
  Result<LinearModel> v1 = LinearModel::Parse(text, "m.model");
  REQUIRE(v1.ok());
  const std::string v2 = v1->Serialize();
  CHECK(v2.rfind("claimgraph-linear 2\nclasses 3 O SOURCE CONTENT\nbuckets 64\nbias 0.5 -1 -1\n"
                 "weights 2 int16 2^-12 checksum ",
                 0) == 0);  // bucket 17 adds the same to every class: dropped
  Result<LinearModel> back = LinearModel::Parse(v2, "m.model");
  REQUIRE(back.ok());
  for (std::uint64_t hash : {3u, 17u, 40u, 5u}) {
    INFO(hash);
    std::vector<double> a(3), b(3);
    v1->ScoreHashes(std::vector<std::uint64_t>{hash}, a);
    back->ScoreHashes(std::vector<std::uint64_t>{hash}, b);
    const std::vector<double> da = Differences(a), db = Differences(b);
    for (std::size_t c = 0; c < 3; ++c) CHECK(db[c] == Approx(da[c]).margin(0x1p-14));
  }
  CHECK(back->Serialize() == v2);
}

TEST_CASE("LinearModel: a serialised model parses back to the same scores", "[extract]") {
  const LinearModel m = TwoFeatureModel();
  Result<LinearModel> back = LinearModel::Parse(m.Serialize(), "m.model");
  REQUIRE(back.ok());
  CHECK(back->labels() == m.labels());
  CHECK(back->buckets() == 64);
  for (const char* f : {"w=said", "w=the", "w=other"}) {
    INFO(f);
    // Relative weights 3 and -0.75 in units of 2^-13: exact.
    CHECK(Differences(back->Scores({f})) == Differences(m.Scores({f})));
  }
  CHECK(back->Serialize() == m.Serialize());
}

TEST_CASE("LinearModel: a damaged version-2 model names the file and line", "[extract]") {
  const std::string good = TwoFeatureModel().Serialize();
  const std::size_t payload = good.find("\n", good.find("weights ")) + 1;
  REQUIRE(LinearModel::Parse(good, "m.model").ok());
  std::string flipped = good;
  flipped[payload + 8] = static_cast<char>(flipped[payload + 8] ^ 0x10);  // a weight byte
  std::string extra_bit = good;
  extra_bit[payload] = static_cast<char>(extra_bit[payload] ^ 0x01);  // a third bucket
  const std::size_t sum_at = good.find("checksum ") + 9;
  extra_bit.replace(sum_at, 16, [&] {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(
                      FeatureHash().Add(std::string_view(extra_bit).substr(payload)).value()));
    return std::string(hex);
  }());
  struct Case {
    std::string content;
    const char* expected;
  };
  for (const Case& c :
       {Case{good.substr(0, payload - 1), "m.model:5: the weights take 0 bytes, expected 12"},
        Case{good.substr(0, good.size() - 1), "m.model:5: the weights take 11 bytes"},
        Case{good + "x", "m.model:5: the weights take 13 bytes"},
        Case{flipped, "m.model:5: checksum mismatch"},
        Case{extra_bit, "m.model:5: the bucket bitmap does not match 2 rows"},
        Case{good.substr(0, good.find("weights ")), "m.model: truncated model file (no weights)"},
        Case{std::string(good).replace(good.find(" int16 "), 7, " int8 "),
             "m.model:5: expected 'weights <rows> int16"}}) {
    INFO(c.expected);
    Result<LinearModel> m = LinearModel::Parse(c.content, "m.model");
    REQUIRE_FALSE(m.ok());
    CHECK(m.status().message().find(c.expected) != std::string::npos);
  }
}

TEST_CASE("LinearModel: a corrupt model names the file and line", "[extract]") {
  const std::string head = "claimgraph-linear 1\nclasses 2 O CUE\nbuckets 8\n";
  struct Case {
    std::string content;
    const char* expected;
  };
  for (const Case& c :
       {Case{"", "m.model: truncated model file"},
        Case{"linear model\n", "m.model:1: expected header"},
        Case{"claimgraph-linear 1\nclasses 3 O CUE\n", "m.model:2: expected 'classes"},
        Case{"claimgraph-linear 1\nclasses 2 O CUE\nbuckets x\n", "m.model:3:"},
        Case{head, "truncated model file"}, Case{head + "bias 1\n", "m.model:4: expected 'bias'"},
        Case{head + "bias 1 2\n9 1 1\n", "m.model:5: expected '<bucket>"},
        Case{head + "bias 1 2\n3 1\n", "m.model:5:"},
        Case{head + "bias 1 2\n3 1 z\n", "m.model:5:"}}) {
    INFO(c.content);
    Result<LinearModel> m = LinearModel::Parse(c.content, "m.model");
    REQUIRE_FALSE(m.ok());
    CHECK(m.status().message().find(c.expected) != std::string::npos);
  }
}

TEST_CASE("LinearModel: a missing file is NotFound naming the path", "[extract]") {
  Result<LinearModel> m = LinearModel::Load("/nonexistent/attribution_cue.model");
  REQUIRE_FALSE(m.ok());
  CHECK(m.status().message().find("/nonexistent/attribution_cue.model") != std::string::npos);
}

}  // namespace
}  // namespace claimgraph::extract
