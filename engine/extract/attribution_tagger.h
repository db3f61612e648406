// AttributionTagger: learned attribution finding, over BodyTokens.
// Internal to extract; the Extractor merges its output with the rules'.
//
// Two linear models shipped in models/ (see extract/linear_model.h and
// tools/train/train_attribution):
//  * the cue model labels each token CUE or O; a cue is a maximal run of
//    CUE tokens within one sentence;
//  * the role model labels each token of a cue's RoleWindow SOURCE,
//    CONTENT or O. Two decoders: (a) the source is the best-scoring run of
//    SOURCE tokens; the content is the best-scoring run of CONTENT tokens,
//    joined with further runs separated from it only by the cue, the source
//    or punctuation; (b, the extractor's default) each role is the
//    contiguous span maximising the summed gain of the role over the best
//    other class (MaxSumSpan), the content's gain being 0 on the cue and
//    source tokens so that it may run across them. Either way the content
//    is cut into parts around the cue and the source ("“A,” he said, “B”").
// Immutable after loading; thread-safe.
#ifndef CLAIMGRAPH_EXTRACT_ATTRIBUTION_TAGGER_H_
#define CLAIMGRAPH_EXTRACT_ATTRIBUTION_TAGGER_H_

#include <filesystem>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "extract/body_tokens.h"
#include "extract/learned_cues.h"
#include "extract/linear_model.h"

namespace claimgraph::extract {

inline constexpr std::string_view kCueModelFile = "attribution_cue.model";
inline constexpr std::string_view kRoleModelFile = "attribution_role.model";

struct TaggedAttribution {
  TokenRange cue;
  TokenRange source;                // may be empty
  std::vector<TokenRange> content;  // in text order; empty when none was found
};

// The non-empty [begin, end) maximising the sum of gains[begin, end), the
// shortest among equal sums, leftmost among those; {0, 0} when no sum is
// positive. Entries of -infinity are never inside it.
TokenRange MaxSumSpan(const std::vector<double>& gains);

class AttributionTagger {
 public:
  // Fails with InvalidArgument unless the cue model's labels are {O, CUE}
  // and the role model's {O, SOURCE, CONTENT} (in any order).
  static Result<AttributionTagger> Create(LinearModel cue_model, LinearModel role_model);
  // Loads both models from `dir`; the error names the file at fault.
  static Result<AttributionTagger> Load(const std::filesystem::path& dir);

  // Per token: the cue model's margin for CUE over O (-infinity for
  // quotation marks, which are never cues at any threshold); a token is in
  // a cue when it exceeds the threshold (0 by default).
  std::vector<double> CueMargins(const BodyTokens& body, const LearnedCues* learned) const;
  // Per token: 1 when its margin exceeds `threshold`.
  static std::vector<char> CueMarks(const std::vector<double>& margins, double threshold = 0);
  // Maximal runs of marked tokens, split at sentence boundaries.
  static std::vector<TokenRange> CueRuns(const BodyTokens& body, const std::vector<char>& marks);
  // The source and content of one cue (`marks` from CueMarks). With
  // `span_decoder`, each role is the contiguous span of the window with the
  // largest sum of (role score - best other score), see MaxSumSpan; else
  // the best-scoring run of tokens whose best class is the role.
  TaggedAttribution TagRoles(const BodyTokens& body, TokenRange cue,
                             const std::vector<char>& marks, bool span_decoder = false) const;

 private:
  AttributionTagger(LinearModel cue_model, LinearModel role_model);
  LinearModel cue_model_, role_model_;
  std::size_t cue_label_ = 0, source_label_ = 0, content_label_ = 0;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ATTRIBUTION_TAGGER_H_
