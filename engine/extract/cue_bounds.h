// Cue bounds: boundary rules applied to the statements' cues once the rules,
// the tagger and the learned cue phrases have found them. Internal to
// extract.
//
// PolNeAR's annotators put the auxiliaries, negations and adverbs standing
// between a source and its reporting verb inside the cue: "has twice
// complained", "did not say", "have in fact praised", "also said". Counted on
// the train split (a word right before a gold cue's head, no punctuation
// between): "has" inside the cue 731 times and outside 9, "is" 447/19,
// "also" 370/21, "not" 213/4, "was" 318/23, words ending in -ly nearly always
// inside ("repeatedly" 37/0, "publicly" 24/0). The rules keep that chain out
// of the cue (it is Attribution::chain), the tagger rarely marks it, and the
// learned phrases reach only two-word chains ("has said"); this rule widens
// the cue over the whole chain.
//
// A weekday right after the cue ("said Tuesday", "announced Friday night")
// is inside the gold cue a little more often than not: on train 48 times
// against 40 (while "said on Tuesday" is inside 4 times against 26, and
// "this week" 6 against 14, so those stay out).
//
// A subject pronoun never opens a gold cue ("he" before a cue head: outside
// the cue 989 times, inside once; "who" 63/1), yet the tagger's cue runs
// sometimes start on one ("he mentioned"); it is cut off.
//
// By 4-fold CV on train (fold models fixed, tools/train/cv_attribution.sh
// with eval_variants keys cc, cw, ct), the three rules together took exact
// cue F1 .6377 -> .6398 (right cues 11,739 -> 11,779, false ones 5,415 ->
// 5,378) and token cue F1 .5932 -> .5947, leaving source, content and
// attribution F1 unchanged; leaving out any one of them loses 7 to 18 right
// cues. A preposition linking the cue to its content ("complained about",
// inside the gold cue 2,420 times in 2,440 on train) lost by CV when moved
// into the cue, and is not.
#ifndef CLAIMGRAPH_EXTRACT_CUE_BOUNDS_H_
#define CLAIMGRAPH_EXTRACT_CUE_BOUNDS_H_

#include <vector>

#include "extract/body_tokens.h"
#include "model/statement.h"

namespace claimgraph::extract {

// The first token of the run of auxiliaries ("has", "did", "n't", "not",
// "never") and pre-cue adverbs ("also", "then", any -ly word) that ends right
// before `cue` within its sentence, or cue.begin when there is none. The run
// stops at punctuation, at the sentence start and at a token with blocked[k]
// set (the statement's own source and content).
std::size_t ChainStart(const BodyTokens& body, TokenRange cue, const std::vector<char>& blocked);

// Each statement's cue widened leftward to ChainStart, blocked by that
// statement's own source and content. Statements without a cue are left as
// they are.
void WidenCuesOverChains(const BodyTokens& body, std::vector<Statement>* statements);

// The end of the weekday (with "morning", "afternoon", "evening" or
// "night" after it) that stands right after `cue` in its sentence, or
// cue.end when there is none or it has blocked[k] set.
std::size_t WeekdayEnd(const BodyTokens& body, TokenRange cue, const std::vector<char>& blocked);

// Each statement's cue widened rightward to WeekdayEnd, blocked by that
// statement's own source and content.
void WidenCuesOverWeekdays(const BodyTokens& body, std::vector<Statement>* statements);

// Each statement's cue of two or more tokens without the subject pronoun
// ("he", "she", "they", "it", "we", "i", "you", "who") it starts with.
void TrimLeadingSubjects(const BodyTokens& body, std::vector<Statement>* statements);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_CUE_BOUNDS_H_
