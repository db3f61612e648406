// libFuzzer entry point for one target of fuzz_targets.h, chosen at compile
// time by CLAIMGRAPH_FUZZ_TARGET (ReadJsonl, ReadJson, ReadTxt, Extract).
// A broken invariant aborts, so libFuzzer keeps the input as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string failure = claimgraph::fuzz::CLAIMGRAPH_FUZZ_TARGET(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (!failure.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", failure.c_str());
    std::abort();
  }
  return 0;
}
