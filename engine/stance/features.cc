#include "stance/features.h"

#include <algorithm>
#include <cmath>

#include "stance/lexicon_internal.h"

namespace claimgraph::stance {
namespace {

constexpr double kCosBins[] = {0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.45};
constexpr double kCoverBins[] = {0.01, 0.2, 0.35, 0.5, 0.7};
constexpr double kRelatedCoverage = 0.25;  // a sentence this covered carries the claim
constexpr double kStatementOverlap = 0.3;  // a statement this covered is about the claim

const char* const kDenseNames[] = {
    "cos_body",        "max_sentence_cos",  "top3_mean_cos",      "lead_max_cos",
    "term_coverage",   "idf_coverage",      "lead_coverage",      "bigram_coverage",
    "caps_found",      "claim_has_caps",    "caps_missing",       "number_found",
    "number_mismatch", "max_sentence_cover", "cos_x_coverage",    "sqrt_cos_body",
    "sqrt_max_cos",    "body_refute_rate",  "related_refute",     "claim_refute",
    "body_hedge_rate", "related_hedge",     "claim_hedge",        "claim_question",
    "top_negation",    "claim_negation",    "negation_mismatch",  "body_confirm_rate",
    "related_confirm", "statements_assert", "statements_deny",    "statements_hedged",
    "antonym_in_top",  "body_length",       "claim_length",       "related_share",
    "related_negation_rate", "claim_denies_body_plain", "claim_plain_body_denies",
    "both_deny",       "claim_plain_body_hedges", "refute_x_max_cos", "hedge_x_max_cos",
    "lead_refute",     "lead_hedge",        "top1_refute",        "refute_variety"};

bool Contains(const std::vector<TermId>& sorted, TermId id) {
  return std::binary_search(sorted.begin(), sorted.end(), id);
}

int CountOf(const TermCounts& counts, TermId id) {
  auto it = std::lower_bound(counts.begin(), counts.end(), id,
                             [](const auto& entry, TermId key) { return entry.first < key; });
  return (it != counts.end() && it->first == id) ? it->second : 0;
}

double Cosine(const TextAnalysis& claim, const TermCounts& other, double other_norm,
              const Idf& idf) {
  if (claim.norm == 0 || other_norm == 0) return 0;
  double dot = 0;
  for (const auto& [id, count] : claim.terms) {
    int n = CountOf(other, id);
    if (n > 0) {
      double w = idf.Weight(id);
      dot += count * w * n * w;
    }
  }
  return dot / (claim.norm * other_norm);
}

double Coverage(const TextAnalysis& claim, const TermCounts& other) {
  if (claim.terms.empty()) return 0;
  int found = 0;
  for (const auto& entry : claim.terms) found += CountOf(other, entry.first) > 0;
  return static_cast<double>(found) / static_cast<double>(claim.terms.size());
}

double Fraction(const std::vector<TermId>& part, const std::vector<TermId>& whole) {
  if (part.empty()) return 0;
  int found = 0;
  for (TermId id : part) found += Contains(whole, id);
  return static_cast<double>(found) / static_cast<double>(part.size());
}

void AddBins(double value, const double* bins, std::size_t n, std::vector<double>* out) {
  for (std::size_t i = 0; i <= n; ++i) {
    double low = i == 0 ? -1 : bins[i - 1];
    double high = i == n ? 1e9 : bins[i];
    out->push_back(value >= low && value < high ? 1.0 : 0.0);
  }
}

struct SentenceScore {
  std::size_t index;
  double cos;
  double coverage;
};

}  // namespace

const std::vector<std::string>& FeatureNames() {
  static const auto* names = [] {
    auto* list = new std::vector<std::string>(std::begin(kDenseNames), std::end(kDenseNames));
    for (std::size_t i = 0; i <= std::size(kCosBins); ++i) list->push_back("cos_bin" + std::to_string(i));
    for (std::size_t i = 0; i <= std::size(kCoverBins); ++i) list->push_back("cover_bin" + std::to_string(i));
    for (const auto& cue : internal::CueWords()) list->push_back("related_cue:" + std::string(cue.word));
    for (const auto& cue : internal::CueWords()) list->push_back("claim_cue:" + std::string(cue.word));
    for (const auto& cue : internal::CueWords()) list->push_back("body_cue:" + std::string(cue.word));
    for (const auto& cue : internal::CueWords()) list->push_back("lead_cue:" + std::string(cue.word));
    return list;
  }();
  return *names;
}

PairFeatures ComputeFeatures(const TextAnalysis& claim, const TextAnalysis& body, const Idf& idf) {
  PairFeatures result;
  std::vector<double>& f = result.values;
  f.reserve(FeatureCount());

  std::vector<SentenceScore> scores;
  scores.reserve(body.sentences.size());
  for (std::size_t i = 0; i < body.sentences.size(); ++i) {
    const SentenceTerms& s = body.sentences[i];
    scores.push_back({i, Cosine(claim, s.terms, s.norm, idf), Coverage(claim, s.terms)});
  }
  double lead_max = 0, lead_cover = 0, max_cover = 0;
  for (const SentenceScore& s : scores) {
    max_cover = std::max(max_cover, s.coverage);
    if (s.index < 3) lead_max = std::max(lead_max, s.cos);
    if (s.index < 5) lead_cover = std::max(lead_cover, s.coverage);
  }
  std::vector<SentenceScore> top = scores;
  std::sort(top.begin(), top.end(), [](const SentenceScore& a, const SentenceScore& b) {
    return a.cos != b.cos ? a.cos > b.cos : a.index < b.index;
  });
  if (top.size() > 3) top.resize(3);
  double top_sum = 0;
  for (const SentenceScore& s : top) {
    top_sum += s.cos;
    if (s.cos > 0) result.evidence.push_back(s.index);
  }
  const double cos_body = Cosine(claim, body.terms, body.norm, idf);
  const double max_cos = top.empty() ? 0 : top.front().cos;
  const double coverage = Coverage(claim, body.terms);
  double idf_found = 0, idf_all = 0;
  for (const auto& [id, count] : claim.terms) {
    double w = idf.Weight(id);
    idf_all += w;
    if (CountOf(body.terms, id) > 0) idf_found += w;
  }

  // Sentences that carry the claim: well covered, or among the top three.
  CueSet related_cues;
  std::vector<int> body_cues(internal::CueWords().size(), 0);
  int related = 0, related_refute = 0, related_hedge = 0, related_confirm = 0, related_neg = 0;
  int body_refute = 0, body_hedge = 0, body_confirm = 0;
  for (const SentenceScore& s : scores) {
    const SentenceTerms& sentence = body.sentences[s.index];
    body_refute += (sentence.flags & kRefuteCue) != 0;
    body_hedge += (sentence.flags & kHedgeCue) != 0;
    body_confirm += (sentence.flags & kConfirmCue) != 0;
    for (std::size_t i = 0; i < body_cues.size(); ++i) body_cues[i] += sentence.cue_words[i];
    bool carries = s.coverage >= kRelatedCoverage ||
                   std::any_of(top.begin(), top.end(), [&](const SentenceScore& t) {
                     return t.index == s.index && t.cos > 0;
                   });
    if (!carries) continue;
    ++related;
    related_cues |= sentence.cue_words;
    related_refute += (sentence.flags & kRefuteCue) != 0;
    related_hedge += (sentence.flags & kHedgeCue) != 0;
    related_confirm += (sentence.flags & kConfirmCue) != 0;
    related_neg += (sentence.flags & kNegation) != 0;
  }
  const double sentences = std::max<double>(1.0, static_cast<double>(body.sentences.size()));
  const double related_d = std::max(1.0, static_cast<double>(related));
  std::uint8_t claim_flags = 0;
  CueSet claim_cues;
  for (const SentenceTerms& s : claim.sentences) {
    claim_flags |= s.flags;
    claim_cues |= s.cue_words;
  }
  const bool top_negated =
      !top.empty() && top.front().cos > 0 && (body.sentences[top.front().index].flags & kNegation);

  std::vector<TermId> claim_terms;
  for (const auto& entry : claim.terms) claim_terms.push_back(entry.first);
  int asserting = 0, denying = 0, hedging = 0;
  for (const StatementTerms& statement : body.statements) {
    if (Fraction(claim_terms, statement.terms) < kStatementOverlap) continue;
    if (statement.denied) {
      ++denying;
    } else if (statement.hedged) {
      ++hedging;
    } else {
      ++asserting;
    }
  }
  bool antonym = false;
  for (const SentenceScore& s : top) {
    if (s.cos <= 0) continue;
    for (const auto& entry : body.sentences[s.index].terms) {
      if (Contains(claim.antonyms, entry.first) && CountOf(claim.terms, entry.first) == 0) {
        antonym = true;
      }
    }
  }
  const double caps_found = Fraction(claim.capitalised, body.capitalised);
  double caps_missing = 0;
  for (TermId id : claim.capitalised) caps_missing += CountOf(body.terms, id) == 0;
  if (!claim.capitalised.empty()) caps_missing /= static_cast<double>(claim.capitalised.size());

  f.push_back(cos_body);
  f.push_back(max_cos);
  f.push_back(top.empty() ? 0 : top_sum / static_cast<double>(top.size()));
  f.push_back(lead_max);
  f.push_back(coverage);
  f.push_back(idf_all > 0 ? idf_found / idf_all : 0);
  f.push_back(lead_cover);
  f.push_back(Fraction(claim.bigrams, body.bigrams));
  f.push_back(caps_found);
  f.push_back(claim.capitalised.empty() ? 0 : 1);
  f.push_back(caps_missing);
  f.push_back(Fraction(claim.numbers, body.numbers));
  f.push_back(!claim.numbers.empty() && Fraction(claim.numbers, body.numbers) == 0 ? 1 : 0);
  f.push_back(max_cover);
  f.push_back(cos_body * coverage);
  f.push_back(std::sqrt(cos_body));
  f.push_back(std::sqrt(max_cos));
  f.push_back(body_refute / sentences);
  f.push_back(related_refute / related_d);
  f.push_back((claim_flags & kRefuteCue) ? 1 : 0);
  f.push_back(body_hedge / sentences);
  f.push_back(related_hedge / related_d);
  f.push_back((claim_flags & kHedgeCue) ? 1 : 0);
  f.push_back(claim.question ? 1 : 0);
  f.push_back(top_negated ? 1 : 0);
  f.push_back((claim_flags & kNegation) ? 1 : 0);
  f.push_back(top_negated != ((claim_flags & kNegation) != 0) ? 1 : 0);
  f.push_back(body_confirm / sentences);
  f.push_back(related_confirm / related_d);
  f.push_back(std::log1p(asserting) / 2);
  f.push_back(std::log1p(denying) / 2);
  f.push_back(std::log1p(hedging) / 2);
  f.push_back(antonym ? 1 : 0);
  f.push_back(std::log1p(body.tokens) / 8);
  f.push_back(claim.tokens / 20.0);
  f.push_back(related / sentences);
  f.push_back(related_neg / related_d);
  // A claim that is itself a denial ("No, X isn't Y", "the hoax that ...")
  // reverses the body's cues, which a linear model cannot infer by itself.
  const bool claim_denies = (claim_flags & (kRefuteCue | kNegation)) != 0;
  const bool body_denies = related_refute > 0 || denying > 0;
  f.push_back(claim_denies && !body_denies ? 1 : 0);
  f.push_back(!claim_denies && body_denies ? 1 : 0);
  f.push_back(claim_denies && body_denies ? 1 : 0);
  f.push_back(!claim_denies && related_hedge > 0 ? 1 : 0);
  f.push_back(related_refute / related_d * max_cos);
  f.push_back(related_hedge / related_d * max_cos);
  // Debunking pieces say so up front ("A viral story claiming X is a
  // hoax"), and use several refuting words rather than one.
  bool lead_refute = false, lead_hedge = false;
  CueSet lead_cues;
  for (std::size_t i = 0; i < std::min<std::size_t>(3, body.sentences.size()); ++i) {
    lead_cues |= body.sentences[i].cue_words;
    lead_refute |= (body.sentences[i].flags & kRefuteCue) != 0;
    lead_hedge |= (body.sentences[i].flags & kHedgeCue) != 0;
  }
  f.push_back(lead_refute ? 1 : 0);
  f.push_back(lead_hedge ? 1 : 0);
  f.push_back(!top.empty() && top.front().cos > 0 &&
                      (body.sentences[top.front().index].flags & kRefuteCue)
                  ? 1
                  : 0);
  int refute_words = 0;
  for (std::size_t i = 0; i < body_cues.size(); ++i) {
    refute_words += body_cues[i] > 0 && internal::CueWords()[i].cue_class == internal::CueClass::kRefute;
  }
  f.push_back(std::log1p(refute_words) / 2);
  AddBins(cos_body, kCosBins, std::size(kCosBins), &f);
  AddBins(max_cover, kCoverBins, std::size(kCoverBins), &f);
  const std::size_t cues = internal::CueWords().size();
  for (std::size_t i = 0; i < cues; ++i) f.push_back(related_cues[i] ? 1 : 0);
  for (std::size_t i = 0; i < cues; ++i) f.push_back(claim_cues[i] ? 1 : 0);
  for (std::size_t i = 0; i < cues; ++i) f.push_back(std::log1p(body_cues[i]) / 2);
  for (std::size_t i = 0; i < cues; ++i) f.push_back(lead_cues[i] ? 1 : 0);
  return result;
}

}  // namespace claimgraph::stance
