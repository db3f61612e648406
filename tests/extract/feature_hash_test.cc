// FeatureHash: hashing a feature piece by piece lands it in the bucket of
// its joined string, with the function the shipped models were trained with.
#include "extract/feature_hash.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/linear_model.h"

namespace claimgraph::extract {
namespace {

TEST_CASE("FeatureHash: hashing pieces gives the bucket of the joined string", "[extract]") {
  const std::vector<std::vector<std::string_view>> features = {
      {"w=", "said"},
      {"cuew=", "LS", "according_to", "|", "officials"},
      {"bthat=", "RN", "0", ""},
      {"", "vc1sn=", "", "verb.communication|S", "that"},
      {"w=", "—"},
      {}};
  for (const auto& pieces : features) {
    std::string joined;
    FeatureHash hash;
    for (std::string_view p : pieces) {
      joined += p;
      hash.Add(p);
    }
    INFO(joined);
    CHECK(hash.value() == FeatureHash().Add(joined).value());
    for (std::uint32_t buckets : {1u << 20, 1000003u, 64u}) {
      CHECK(hash.value() % buckets == FeatureBucket(joined, buckets));
    }
  }
}

TEST_CASE("FeatureHash: keeps the function the shipped models were trained with",
          "[extract]") {
  // FNV-1a 64 with the offset basis 1469598103934665603 (one digit short of
  // FNV's 14695981039346656037); changing it would move every bucket.
  CHECK(FeatureHash().value() == 1469598103934665603ULL);
  CHECK(FeatureHash().Add("a").value() == 0x44bd8ad473cd9906ULL);
  CHECK(FeatureHash().Add("foo").Add("bar").value() == 0x88fad7c0a8ff07f2ULL);
}

}  // namespace
}  // namespace claimgraph::extract
