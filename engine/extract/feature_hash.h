// FeatureHash: the FNV-1a 64 hash of a feature string, fed piece by piece.
// Internal to extract.
//
// FNV-1a consumes one byte at a time, so hashing "w=" then "said" gives the
// same value as hashing "w=said": the attribution features
// (extract/attribution_features.h) are hashed from their parts without
// building their strings, and still land in the buckets the trainer's
// strings land in (FeatureBucket, extract/linear_model.h). The offset basis
// is one digit short of FNV's (1469598103934665603, not ...6037), as the
// shipped models were trained; changing the function moves every bucket,
// i.e. invalidates the models.
#ifndef CLAIMGRAPH_EXTRACT_FEATURE_HASH_H_
#define CLAIMGRAPH_EXTRACT_FEATURE_HASH_H_

#include <cstdint>
#include <string_view>

namespace claimgraph::extract {

class FeatureHash {
 public:
  // Continues the hash over the bytes of `piece`.
  FeatureHash& Add(std::string_view piece) {
    for (unsigned char c : piece) {
      h_ ^= c;
      h_ *= kPrime;
    }
    return *this;
  }
  std::uint64_t value() const { return h_; }

 private:
  static constexpr std::uint64_t kOffsetBasis = 1469598103934665603ULL;
  static constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t h_ = kOffsetBasis;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_FEATURE_HASH_H_
