// Fuzz targets: the engine's input parsers and the extractor driven by
// arbitrary bytes, with the invariants a caller relies on checked on every
// input.
//
// Each target takes one input and returns "" when every invariant held, or a
// description of the first one that failed. The libFuzzer entry points
// (fuzz_entry.cc, built with clang under CLAIMGRAPH_FUZZ) abort on a
// non-empty answer so libFuzzer saves the input; the regression test
// (tests/tools/fuzz_regression_test.cc, built normally) replays every saved
// input under fixtures/fuzz/<target>/ through the same function. Crashes,
// hangs and sanitizer reports are found by the fuzzer itself.
#ifndef CLAIMGRAPH_TOOLS_FUZZ_FUZZ_TARGETS_H_
#define CLAIMGRAPH_TOOLS_FUZZ_FUZZ_TARGETS_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::fuzz {

using Target = std::string (*)(std::string_view input);

struct NamedTarget {
  const char* name;  // also the folder of its regression inputs
  Target run;
};

// The bytes as the content of a .jsonl, .json or .txt file.
std::string ReadJsonl(std::string_view input);
std::string ReadJson(std::string_view input);
std::string ReadTxt(std::string_view input);
// The bytes as a .txt article (rejected ones stop there), then extraction.
// The first call loads the cue model (models/ or $CLAIMGRAPH_MODELS).
std::string Extract(std::string_view input);

// Every target above, by name: "jsonl", "json", "txt", "extract".
const std::vector<NamedTarget>& AllTargets();

}  // namespace claimgraph::fuzz

#endif  // CLAIMGRAPH_TOOLS_FUZZ_FUZZ_TARGETS_H_
