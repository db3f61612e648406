// Attribution features: the strings the learned cue and role classifiers
// see, computed from BodyTokens. Internal to extract; shared by the engine
// (AttributionTagger) and the trainer (tools/train/train_attribution) so the
// two cannot drift apart.
//
//  * Cue features describe one token: its word, suffixes, shape, its
//    neighbours up to two away, whether it is quoted, whether the cue
//    lexicon or the learned cue words know it; and, to carry over to cue
//    words rare in training, its WordNet verb lemma and verb/noun classes
//    (extract/wordnet_classes.h) conjoined with what follows ("that", "to",
//    a quotation, a colon) and whether a subject-like word precedes.
//  * Role features describe one token relative to one cue: direction and
//    distance, sentence (the cue's, the one before, the one after), its word
//    and neighbours conjoined with the direction, and what lies between it
//    and the cue (commas, quotation marks, "that", another cue, a sentence
//    end), also conjoined with the cue's WordNet class. A role window is
//    the cue's sentence plus its neighbours in the same paragraph; tokens
//    outside it are never source or content.
//
// Each list exists in two forms made by one definition: strings (for the
// trainer and tests) and their FeatureHash values (extract/feature_hash.h,
// for the engine: no string is built), in the same order, so
// LinearModel::ScoreHashes of the hashes equals LinearModel::Scores of the
// strings bit for bit.
#ifndef CLAIMGRAPH_EXTRACT_ATTRIBUTION_FEATURES_H_
#define CLAIMGRAPH_EXTRACT_ATTRIBUTION_FEATURES_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "extract/body_tokens.h"
#include "extract/learned_cues.h"

namespace claimgraph::extract {

using FeatureList = std::vector<std::string>;

// The feature hashes of a sequence of items (tokens), item by item.
class FeatureHashes {
 public:
  std::size_t size() const { return ends_.size(); }
  // The hashes of item i, in the order of its feature strings.
  std::span<const std::uint64_t> operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::span<const std::uint64_t>(hashes_.data() + begin, ends_[i] - begin);
  }
  // Empties the list, keeping room for `items` items of `per_item` hashes.
  void Clear(std::size_t items, std::size_t per_item) {
    hashes_.clear();
    ends_.clear();
    hashes_.reserve(items * per_item);
    ends_.reserve(items);
  }
  // Appends a feature to the current item; EndItem() closes it.
  void Add(std::uint64_t hash) { hashes_.push_back(hash); }
  void EndItem() { ends_.push_back(hashes_.size()); }

 private:
  std::vector<std::uint64_t> hashes_;
  std::vector<std::size_t> ends_;  // ends_[i]: one past item i's last hash
};

// Per token: 1 when the cue lexicon (or `learned`, may be null) matches a
// cue covering the token.
std::vector<char> LexiconMarks(const BodyTokens& body, const LearnedCues* learned);

// The cue features of every token of the body (`marks` from LexiconMarks:
// values 0, 1 or 2).
std::vector<FeatureList> CueFeatures(const BodyTokens& body, const std::vector<char>& marks);
// The same, hashed; replaces the content of `out`.
void CueFeatureHashes(const BodyTokens& body, const std::vector<char>& marks, FeatureHashes* out);

// The tokens a cue's source and content may come from.
TokenRange RoleWindow(const BodyTokens& body, TokenRange cue);

// The role features of every token of RoleWindow(body, cue), in order; the
// cue's own tokens get an empty list (they are never source or content).
// `cue_marks` marks the tokens of all cues of the article (1 = in a cue).
std::vector<FeatureList> RoleFeatures(const BodyTokens& body, TokenRange cue,
                                      const std::vector<char>& cue_marks);
// The same, hashed; replaces the content of `out`.
void RoleFeatureHashes(const BodyTokens& body, TokenRange cue, const std::vector<char>& cue_marks,
                       FeatureHashes* out);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ATTRIBUTION_FEATURES_H_
