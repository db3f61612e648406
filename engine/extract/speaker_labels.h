// Speaker labels: attributions whose cue is a punctuation mark, not a word.
// Internal to extract.
//
// News copy attributes whole paragraphs by layout alone, and PolNeAR
// annotates them with the mark as the cue:
//   - transcript turns: a paragraph opens with the speaker's label and a
//     colon ("WALLACE: Let's start with ...", "Matthews: Well, ...",
//     also inside a quoted transcript: "\"PENCE: Well, look, ...");
//   - signed quotations: a paragraph that is one quotation, signed after a
//     dash on the same line ("“Maybe we can ...” ― Steve Quinlan") or alone
//     on the next one ("- Bernie Sanders.").
// The source is the label's name words, the cue the colon or dash, the
// content the turn or quotation without its enclosing marks; the statement
// is direct.
//
// Precision before recall: a label counts only when it names a person of
// the article. Either it is, ignoring case, the full name or the surname of
// a person named elsewhere in the body ("PENCE" after "Gov. Mike Pence"),
// or it labels two or more turns of a dialogue in which another label is
// such a person (the host "WALLACE" next to "PENCE"). So section labels
// ("UPDATE:", "Related:", "Editor's note:", "MORE:"), datelines, list
// entries ("Iowa: ...", "Clinton: 2,316."), rosters ("New Hampshire:
// Charlie A, Arnie B, ..."), the interview letters "Q:" and "A:" (no speaker
// named), times ("10:30") and colons inside a sentence ("He added: ...",
// left to the rules) yield nothing. A turn needs at least four words.
// In a dialogue a turn runs on through the (at most two) unlabelled
// paragraphs before the next label, stopping at stage directions
// ("(CROSSTALK.)") and ellipses; the last turn ends with its paragraph.
#ifndef CLAIMGRAPH_EXTRACT_SPEAKER_LABELS_H_
#define CLAIMGRAPH_EXTRACT_SPEAKER_LABELS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/body_tokens.h"

namespace claimgraph::extract {

struct SpeakerLabel {
  TokenRange source;                // the label's name words
  TokenRange cue;                   // the colon or dash token
  std::vector<TokenRange> content;  // one range per paragraph, in text order
  // The mention to resolve the speaker from: the full name named elsewhere
  // ("Gov. Mike Pence" for "PENCE") when the label matched one, else the
  // label itself.
  TokenRange name;
  std::size_t first_sentence = 0;  // the sentences the statement covers
  std::size_t last_sentence = 0;
};

// The labelled turns and signed quotations of the body, in text order; they
// never overlap. `text` is the article text the tokens point into.
std::vector<SpeakerLabel> FindSpeakerLabels(const BodyTokens& body, std::string_view text);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_SPEAKER_LABELS_H_
