#include "extract/attribution_tagger.h"

#include <algorithm>
#include <limits>

#include "extract/attribution_features.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

struct Run {
  std::size_t begin = 0, end = 0;  // body token indices
  double weight = 0;               // sum of the tokens' margins
};

// Maximal runs of tokens labelled `label` inside the window.
std::vector<Run> RunsOf(const std::vector<std::size_t>& labels,
                        const std::vector<double>& margins, std::size_t label,
                        std::size_t offset) {
  std::vector<Run> runs;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] != label) continue;
    if (runs.empty() || runs.back().end != offset + i) runs.push_back({offset + i, offset + i, 0});
    runs.back().end = offset + i + 1;
    runs.back().weight += margins[i];
  }
  return runs;
}

const Run* BestRun(const std::vector<Run>& runs) {
  const Run* best = nullptr;
  for (const Run& r : runs) {
    if (best == nullptr || r.weight > best->weight) best = &r;
  }
  return best;
}

bool Inside(std::size_t i, TokenRange r) { return i >= r.begin && i < r.end; }

constexpr double kNever = -std::numeric_limits<double>::infinity();

double BestOther(const std::vector<double>& s, std::size_t c) {
  double best = kNever;
  for (std::size_t o = 0; o < s.size(); ++o) {
    if (o != c) best = std::max(best, s[o]);
  }
  return best;
}

// A gap a content may bridge: only the cue, the source and punctuation, or
// a single other token.
bool Bridgeable(const BodyTokens& body, std::size_t from, std::size_t to, TokenRange cue,
                TokenRange source) {
  std::size_t others = 0;
  for (std::size_t k = from; k < to; ++k) {
    if (Inside(k, cue) || Inside(k, source) || body.tokens[k].type != TokenType::kWord) continue;
    ++others;
  }
  return others <= 1;
}

// [lo, hi) without the cue and source tokens, cut into parts that each hold
// a word or a number.
std::vector<TokenRange> ContentParts(const BodyTokens& body, std::size_t lo, std::size_t hi,
                                     TokenRange cue, TokenRange source) {
  std::vector<TokenRange> parts;
  TokenRange part{lo, lo};
  auto flush = [&] {
    bool word = false;
    for (std::size_t k = part.begin; k < part.end; ++k) {
      word = word || body.tokens[k].type == TokenType::kWord ||
             body.tokens[k].type == TokenType::kNumber;
    }
    if (word) parts.push_back(part);
  };
  for (std::size_t k = lo; k < hi; ++k) {
    if (Inside(k, cue) || Inside(k, source)) {
      flush();
      part = {k + 1, k + 1};
    } else {
      part.end = k + 1;
    }
  }
  flush();
  return parts;
}

}  // namespace

AttributionTagger::AttributionTagger(LinearModel cue_model, LinearModel role_model)
    : cue_model_(std::move(cue_model)), role_model_(std::move(role_model)) {
  cue_label_ = cue_model_.LabelIndex("CUE");
  source_label_ = role_model_.LabelIndex("SOURCE");
  content_label_ = role_model_.LabelIndex("CONTENT");
}

Result<AttributionTagger> AttributionTagger::Create(LinearModel cue_model,
                                                    LinearModel role_model) {
  const auto& cl = cue_model.labels();
  const auto& rl = role_model.labels();
  if (cl.size() != 2 || cue_model.LabelIndex("CUE") == 2 || cue_model.LabelIndex("O") == 2) {
    return Status::InvalidArgument("cue model: expected the classes O and CUE");
  }
  if (rl.size() != 3 || role_model.LabelIndex("SOURCE") == 3 ||
      role_model.LabelIndex("CONTENT") == 3 || role_model.LabelIndex("O") == 3) {
    return Status::InvalidArgument("role model: expected the classes O, SOURCE and CONTENT");
  }
  return AttributionTagger(std::move(cue_model), std::move(role_model));
}

Result<AttributionTagger> AttributionTagger::Load(const std::filesystem::path& dir) {
  Result<LinearModel> cue = LinearModel::Load(dir / kCueModelFile);
  if (!cue.ok()) return cue.status();
  Result<LinearModel> role = LinearModel::Load(dir / kRoleModelFile);
  if (!role.ok()) return role.status();
  Result<AttributionTagger> tagger = Create(std::move(cue).value(), std::move(role).value());
  if (!tagger.ok()) {
    return Status::Corruption(dir.string() + ": " + tagger.status().ToString());
  }
  return tagger;
}

std::vector<double> AttributionTagger::CueMargins(const BodyTokens& body,
                                                  const LearnedCues* learned) const {
  FeatureHashes features;
  CueFeatureHashes(body, LexiconMarks(body, learned), &features);
  // Quotation marks are never cues, at any threshold.
  std::vector<double> margins(body.tokens.size(), -std::numeric_limits<double>::infinity());
  std::vector<double> s(cue_model_.labels().size());
  for (std::size_t i = 0; i < features.size(); ++i) {
    const TokenType type = body.tokens[i].type;
    if (type == TokenType::kOpenQuote || type == TokenType::kCloseQuote) continue;
    cue_model_.ScoreHashes(features[i], s);
    margins[i] = s[cue_label_] - s[1 - cue_label_];
  }
  return margins;
}

std::vector<char> AttributionTagger::CueMarks(const std::vector<double>& margins,
                                              double threshold) {
  std::vector<char> marks(margins.size(), 0);
  for (std::size_t i = 0; i < margins.size(); ++i) marks[i] = margins[i] > threshold ? 1 : 0;
  return marks;
}

std::vector<TokenRange> AttributionTagger::CueRuns(const BodyTokens& body,
                                                   const std::vector<char>& marks) {
  std::vector<TokenRange> runs;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (!marks[i]) continue;
    const bool extends = !runs.empty() && runs.back().end == i &&
                         body.sentence_of[i] == body.sentence_of[runs.back().begin];
    if (extends) {
      runs.back().end = i + 1;
    } else {
      runs.push_back({i, i + 1});
    }
  }
  return runs;
}

TaggedAttribution AttributionTagger::TagRoles(const BodyTokens& body, TokenRange cue,
                                              const std::vector<char>& marks,
                                              bool span_decoder) const {
  TaggedAttribution out;
  out.cue = cue;
  const TokenRange window = RoleWindow(body, cue);
  FeatureHashes features;
  RoleFeatureHashes(body, cue, marks, &features);
  // Per token of the window: its best class (none for cue tokens) and the
  // gain of each role over the best other class.
  const std::size_t none = role_model_.labels().size();
  std::vector<std::size_t> labels(features.size(), none);
  std::vector<double> margins(features.size(), 0);
  std::vector<double> source_gain(features.size(), kNever), content_gain(features.size(), 0);
  std::vector<double> s(none);
  for (std::size_t k = 0; k < features.size(); ++k) {
    if (features[k].empty()) continue;  // a cue token
    role_model_.ScoreHashes(features[k], s);
    labels[k] = static_cast<std::size_t>(std::max_element(s.begin(), s.end()) - s.begin());
    margins[k] = s[labels[k]] - BestOther(s, labels[k]);
    source_gain[k] = s[source_label_] - BestOther(s, source_label_);
    content_gain[k] = s[content_label_] - BestOther(s, content_label_);
  }
  std::size_t lo = 0, hi = 0;
  if (span_decoder) {
    const TokenRange src = MaxSumSpan(source_gain);
    if (!src.empty()) out.source = {window.begin + src.begin, window.begin + src.end};
    // The content may run across the cue and the source (“A,” he said, “B”).
    for (std::size_t k = 0; k < features.size(); ++k) {
      if (features[k].empty() || Inside(window.begin + k, out.source)) content_gain[k] = 0;
    }
    const TokenRange con = MaxSumSpan(content_gain);
    if (con.empty()) return out;
    lo = window.begin + con.begin;
    hi = window.begin + con.end;
  } else {
    const std::vector<Run> sources = RunsOf(labels, margins, source_label_, window.begin);
    if (const Run* best = BestRun(sources)) out.source = {best->begin, best->end};
    const std::vector<Run> contents = RunsOf(labels, margins, content_label_, window.begin);
    const Run* best = BestRun(contents);
    if (best == nullptr) return out;
    lo = best->begin;
    hi = best->end;
    const std::size_t at = static_cast<std::size_t>(best - contents.data());
    for (std::size_t j = at; j-- > 0 && Bridgeable(body, contents[j].end, lo, cue, out.source);) {
      lo = contents[j].begin;
    }
    for (std::size_t j = at + 1;
         j < contents.size() && Bridgeable(body, hi, contents[j].begin, cue, out.source); ++j) {
      hi = contents[j].end;
    }
  }
  out.content = ContentParts(body, lo, hi, cue, out.source);
  return out;
}

TokenRange MaxSumSpan(const std::vector<double>& gains) {
  // Kadane: `run` is the best sum of a span ending at k, starting at `from`.
  TokenRange best{0, 0};
  double best_sum = 0, run = 0;
  std::size_t from = 0;
  for (std::size_t k = 0; k < gains.size(); ++k) {
    if (gains[k] == kNever) {
      run = 0;
      from = k + 1;
      continue;
    }
    if (run <= 0) {
      run = 0;
      from = k;
    }
    run += gains[k];
    const bool shorter = run == best_sum && k + 1 - from < best.size();
    if (run > best_sum || (run > 0 && shorter)) {
      best_sum = run;
      best = {from, k + 1};
    }
  }
  return best;
}

}  // namespace claimgraph::extract
