// CuePhrases: multiword cues learned from annotated news ("according to",
// "said in a statement", "pointed out", "called for", "has said"), applied
// after the rules and the tagger so that a cue comes out whole.
//
// The tagger labels tokens CUE/O one by one and rarely marks the non-head
// words of a multiword cue; annotators include them. The model file
// (models/cue_phrases.tsv, written by tools/train/train_attribution from
// PolNeAR train) holds figures only: for each phrase of 2-6 lower-cased
// word tokens that occurred inside annotated cues at least twice, how often
// an occurrence lay wholly inside a cue, how often it overlapped one, and
// how often it occurred at all.
//
//   claimgraph-cue-phrases 1
//   <word> <word>...\t<inside a cue>\t<overlapping a cue>\t<occurrences>
//
// Two precisions follow: extending (inside / overlapping: when a cue is
// found on part of the phrase, how often the annotated cue holds all of
// it) and creating (inside / occurrences: how often the phrase alone is a
// cue). The thresholds are the caller's (ExtractorOptions), chosen by
// cross-validation. A phrase matches consecutive word or number tokens of
// one sentence; punctuation breaks it. A phrase of two words may have the
// wildcard "*" for one of them, matching any word: "has *", "* out" carry
// the edges of rarer cues ("has hinted", "singled out"). Immutable after
// loading; thread-safe. The free functions below apply the matches to
// tagged cue marks and to statements (the Extractor's use of them).
#ifndef CLAIMGRAPH_EXTRACT_CUE_PHRASES_H_
#define CLAIMGRAPH_EXTRACT_CUE_PHRASES_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "extract/body_tokens.h"

namespace claimgraph::extract {

inline constexpr std::string_view kCuePhrasesFile = "cue_phrases.tsv";
inline constexpr std::string_view kCuePhrasesHeader = "claimgraph-cue-phrases 1";
inline constexpr std::size_t kMaxPhraseWords = 6;
inline constexpr std::string_view kAnyWord = "*";

struct CuePhrase {
  std::vector<std::string> words;  // lower-cased, at least 2
  long inside = 0;                 // occurrences wholly inside an annotated cue
  long overlapping = 0;            // occurrences sharing a token with one
  long total = 0;                  // occurrences
  double ExtendPrecision() const {
    return overlapping > 0 ? static_cast<double>(inside) / static_cast<double>(overlapping) : 0;
  }
  double CreatePrecision() const {
    return total > 0 ? static_cast<double>(inside) / static_cast<double>(total) : 0;
  }
};

struct PhraseMatch {
  TokenRange range;
  const CuePhrase* phrase;
};

class CuePhrases {
 public:
  // Parses a model file's content; Corruption naming `origin` and the line
  // on a malformed line (fewer than 2 or more than kMaxPhraseWords words,
  // counts not numbers or not inside <= overlapping <= occurrences, a
  // wildcard other than one of two words) or a missing header.
  static Result<CuePhrases> Parse(std::string_view content, const std::string& origin);
  // Reads and parses the file; NotFound naming the path if it is missing.
  static Result<CuePhrases> Load(const std::filesystem::path& path);

  // Every occurrence in the body of a phrase seen inside cues at least
  // `min_inside` times, in token order (overlapping matches included).
  std::vector<PhraseMatch> Find(const BodyTokens& body, long min_inside) const;
  std::size_t size() const { return phrases_.size(); }

 private:
  std::vector<CuePhrase> phrases_;
  // First word -> indices into phrases_; "* w" under its second word.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_, by_second_;
};

// Marks (1) every token of a match whose extend precision is at least
// `min_precision` and which shares a token with a marked run, repeatedly,
// so that a tagged cue run grows to the phrases it sits in.
void ExtendCueMarks(const std::vector<PhraseMatch>& matches, double min_precision,
                    std::vector<char>* marks);

// `cue` widened to every match overlapping it whose extend precision is at
// least `min_precision` and which touches no token with blocked[k] set (the
// statement's source and content).
TokenRange ExtendCue(const std::vector<PhraseMatch>& matches, TokenRange cue, double min_precision,
                     const std::vector<char>& blocked);

// ExtendCue applied to each statement's cue, blocked by that statement's
// own source and content.
void ExtendStatementCues(const BodyTokens& body, const std::vector<PhraseMatch>& matches,
                         double min_precision, std::vector<Statement>* statements);

// Marks (1) the tokens of every match whose create precision is at least
// `min_precision` and no marked or claimed token (claimed[k] != 0: a cue the
// rules saw) lies in, in match order (a phrase marked blocks the ones
// overlapping it); returns those tokens marked 1, all others 0.
std::vector<char> MarkPhraseCues(const std::vector<PhraseMatch>& matches, double min_precision,
                                 const std::vector<int>& claimed, std::vector<char>* marks);

// `run` grown over the marked tokens of `wide` on both sides, within its
// sentence (a tagged cue run after ExtendCueMarks).
TokenRange WidenRun(const BodyTokens& body, TokenRange run, const std::vector<char>& wide);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_CUE_PHRASES_H_
