// LearnedCues: reporting words learned from annotated news, beyond the
// hand-written CueLexicon ("endorsed", "criticized", "urged", "described").
//
// The model file (models/cue_words.tsv, written by tools/train/
// train_attribution from PolNeAR train) holds figures only: for each word
// form, how often it headed an annotated cue and how often it occurred.
//
//   claimgraph-cue-words 1
//   <word>\t<times it headed a cue>\t<times it occurred>
//
// A word becomes a cue when it headed a cue at least kMinCueCount times and
// in at least kMinRate of its occurrences, and the CueLexicon does not
// already know it. Learned cues are plain say-type cues whose content may be
// a noun phrase ("endorsed Trump"). Immutable after loading; thread-safe.
#ifndef CLAIMGRAPH_EXTRACT_LEARNED_CUES_H_
#define CLAIMGRAPH_EXTRACT_LEARNED_CUES_H_

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/status.h"
#include "extract/cue_lexicon.h"
#include "extract/model_files.h"  // ModelsDir(), where Load() callers find the file

namespace claimgraph::extract {

inline constexpr int kMinCueCount = 4;
inline constexpr double kMinRate = 0.35;
inline constexpr std::string_view kCueWordsFile = "cue_words.tsv";

class LearnedCues {
 public:
  // Parses a model file's content; Corruption naming `origin` and the line
  // on a malformed line or a missing header.
  static Result<LearnedCues> Parse(std::string_view content, const std::string& origin);
  // Reads and parses the file; NotFound naming the path if it is missing.
  static Result<LearnedCues> Load(const std::filesystem::path& path);

  // The sense of a learned cue word (lower-cased), or nullptr.
  const CueSense* Lookup(std::string_view lower_word) const;
  std::size_t size() const { return senses_.size(); }

 private:
  std::unordered_map<std::string, std::unique_ptr<CueSense>> senses_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_LEARNED_CUES_H_
