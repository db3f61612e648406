// Extractor: finds the statements in an article — who said what.
//
// For each sentence of the body it recognises attributions: a source (the
// speaker mention), a cue ("said", "denies", "according to", "in a
// statement"), and the content (the words attributed), whether the cue comes
// before or after the content, whether the content is quoted (direct),
// reported (indirect) or both (mixed). It resolves each source to a canonical
// speaker within the article ("he", "Peskov" -> "Dmitry Peskov"; "a
// spokesman for X" -> X), marks denials (polarity) and hedges, and emits
// remaining declarative sentences as narrative statements (no speaker).
// Page boilerplate (short lines without a verb, "Leave a Reply") yields none.
//
// One pass per article; an Extractor is immutable after construction and
// Extract() may be called from several threads at once.
#ifndef CLAIMGRAPH_EXTRACT_EXTRACTOR_H_
#define CLAIMGRAPH_EXTRACT_EXTRACTOR_H_

#include <filesystem>
#include <vector>

#include "model/article.h"
#include "model/statement.h"

namespace claimgraph::extract {

// How the learned tagger's output joins the rules' (see
// extract/attribution_tagger.h). The defaults are the shipped behaviour,
// chosen by 4-fold cross-validation on PolNeAR train (`make cv-attribution`,
// tools/train/cv_attribution.sh): attribution F1 .656 with all off, .697
// with these. The other values exist so that the variants can be measured.
struct ExtractorOptions {
  std::filesystem::path models_dir;  // empty: ModelsDir()
  // A token is in a learned cue when its CUE-over-O margin exceeds this.
  // By 4-fold CV (models trained with min weight 0.01): 0 gives attribution
  // P/R/F1 .762/.654/.704, -0.1 .756/.660/.705 with exact cue and content
  // F1 unchanged (.636, .482), -0.25 .745/.670/.706 but exact cue .632 and
  // content .478. (Earlier figures below 0 marked quotation marks as cues.)
  double cue_threshold = -0.1;
  // Keep a tagged statement whose source the tagger did not find (or found
  // implausible) rather than drop it; its speaker is then empty.
  bool keep_sourceless = true;
  // ... but only when the cue's largest CUE-over-O margin exceeds this.
  double sourceless_margin = 0.0;
  // Where the rules and the tagger found the same cue, take the tagger's
  // source (a plausible one) and/or content instead of the rules'.
  bool tagger_sources = true;
  bool tagger_contents = false;
  // Let the tagger find the statement of a cue whose rule candidate was
  // rejected (no speaker or no substantial content).
  bool retry_rejected = true;
  // Decode roles as max-sum contiguous spans instead of argmax runs.
  bool span_decoder = true;
  // Multiword cue phrases (extract/cue_phrases.h), among those seen inside
  // annotated cues at least phrase_min_count times: widen every found cue
  // (the rules' and the tagger's) to the phrases it sits in whose extend
  // precision reaches phrase_extend_precision, never into the statement's
  // source or content; and make a cue of a phrase no cue touches when its
  // create precision reaches phrase_create_precision (the tagger then finds
  // its roles; kept only with a source). By 4-fold CV on train: widening at
  // precision 0.8 from 2 occurrences took exact cue F1 from .582 to .633,
  // token cue F1 .554 -> .584, attribution F1 .697 -> .700; 0.5 lost
  // precision, not widening the runs before role tagging lost the content
  // gain (.411 -> .400), and making cues of phrases lost .001 to .002.
  long phrase_min_count = 2;
  bool phrase_extend = true;
  double phrase_extend_precision = 0.8;
  // ... and widen the tagger's cue runs before it tags their roles.
  bool phrase_extend_runs = true;
  bool phrase_create = false;
  double phrase_create_precision = 0.85;
  // Transcript turns ("PENCE: Well, ...") and signed quotations ("“...” ―
  // Name"), whose cue is the colon or dash (extract/speaker_labels.h). On
  // PolNeAR dev all 34 such statements agree with a gold attribution's cue
  // and content spans (exact content F1 .492 -> .504, source .643 -> .656,
  // token content .793 -> .821), yet `eval attribution` counts them as
  // spurious, because the attribution match needs the cues to share
  // a word token and a punctuation cue has none (attribution F1
  // .705 -> .699). On by default: the statements are right.
  bool speaker_labels = true;
  // Drop statements whose cue is used in a non-attributive sense ("a group
  // called X", "called Sanders to congratulate him", "the claims of fraud",
  // "appeared on Fox News", "according to reporting by", "dismissed the
  // director") and trim "said of" to "said": a mask of extract/cue_senses.h
  // CueSenseFilter bits, 0 for none. The default, 859, is kCallNaming |
  // kCallPhone | kNominalCue | kAppearPresent | kReportingNoun |
  // kTrailingPreposition | kDismissPerson; by 4-fold CV on train the first
  // six took exact cue F1 .635 -> .637 (83 fewer false cues, 12 more right
  // ones) and attribution F1 .702 -> .703; kDismissPerson removes one false
  // statement on train (and a false top dispute on FNC-1 dev).
  // kWhatTheyCall, kKnow and kNestedQuote lost or changed nothing and stay
  // off.
  unsigned cue_sense_filters = 859;
  // Repairs of source spans (extract/tagged_sources.h): a mask of its
  // SourceRule bits, 0 for none. The default, 15, is kRelativePronounSource
  // | kClauseSubjectSource | kWideAppositive | kTrimClauseWord; by 4-fold
  // CV on train each bit alone raised exact source F1 (.6279 -> .6290,
  // .6282, .6298, .6291) and all four .6279 -> .6325, token source F1
  // .6665 -> .6698, with exact cue and content and attribution F1
  // unchanged (a sourceless statement only gains a source; none is added
  // or dropped). A bare phrase after or before the cue as the source
  // changed exact source F1 by +.0000 and -.0004 and was not kept.
  unsigned source_rules = 15;
  // Cue boundaries as PolNeAR's annotators draw them (extract/cue_bounds.h):
  // widen every cue leftward over the auxiliaries, negations and adverbs
  // right before it ("has often complained", "did not say"), rightward over
  // a weekday right after it ("said Tuesday"), and cut a subject pronoun off
  // its start ("he mentioned"). By 4-fold CV on train the three took exact
  // cue F1 .638 -> .640 and token cue F1 .593 -> .595, each of them gaining
  // alone, with source, content and attribution F1 unchanged.
  bool cue_chains = true;
  bool cue_weekdays = true;
  bool cue_trim_subjects = true;
};

class Extractor {
 public:
  // Loads the learned cue words, cue phrases and the tagger's models once
  // (from options.models_dir, else ModelsDir(); see extract/learned_cues.h,
  // extract/cue_phrases.h and extract/attribution_tagger.h) and WordNet
  // (extract/wordnet_classes.h).
  // Throws std::runtime_error naming the path if a model file is missing or
  // corrupt: a broken installation, not input.
  Extractor();
  explicit Extractor(const ExtractorOptions& options);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Statements in text order (by content start). All spans are byte offsets
  // into article.text and lie within [article.body_begin, article.text.size()).
  std::vector<Statement> Extract(const Article& article) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_EXTRACTOR_H_
