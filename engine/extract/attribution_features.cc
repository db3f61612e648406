#include "extract/attribution_features.h"

#include <algorithm>
#include <span>

#include "extract/cue_lexicon.h"
#include "extract/word_classes.h"
#include "extract/wordnet_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

std::string Shape(const text::Token& t) {
  switch (t.type) {
    case TokenType::kOpenQuote: return "Q";
    case TokenType::kCloseQuote: return "q";
    case TokenType::kNumber: return "N";
    case TokenType::kPunct: return t.lower;
    case TokenType::kWord: break;
  }
  return t.capitalized ? "Xx" : "x";
}

// The lower-cased word at index i, or a boundary symbol outside the sentence.
std::string WordAt(const BodyTokens& body, std::size_t sentence, long i) {
  const TokenRange r = body.sentences[sentence].tokens;
  if (i < static_cast<long>(r.begin)) return "<s>";
  if (i >= static_cast<long>(r.end)) return "</s>";
  return body.tokens[static_cast<std::size_t>(i)].lower;
}

std::string Bucket(std::size_t d) {
  if (d <= 3) return std::to_string(d);
  if (d <= 5) return "4-5";
  if (d <= 10) return "6-10";
  if (d <= 20) return "11-20";
  return "21+";
}

std::string Coarse(std::size_t d) {
  if (d <= 1) return "1";
  if (d <= 3) return "2-3";
  if (d <= 8) return "4-8";
  return "9+";
}

std::string Capped(int n) { return std::to_string(std::min(n, 2)); }

// The cue as one string of words ("according to"), its last word apart.
std::string CueText(const BodyTokens& body, TokenRange cue) {
  std::string out;
  for (std::size_t i = cue.begin; i < cue.end; ++i) {
    if (!out.empty()) out += '_';
    out += body.tokens[i].lower;
  }
  return out;
}

// What lies between a token and the cue, accumulated walking away from it.
struct Between {
  int commas = 0, quotes = 0, cues = 0, sentences = 0, words = 0;
  bool that = false, colon = false;
  void Add(const BodyTokens& body, std::size_t k, const std::vector<char>& cue_marks,
           std::size_t prev) {
    const text::Token& t = body.tokens[k];
    if (t.lower == "," || t.lower == ";" || t.lower == "—" || t.lower == "–") ++commas;
    if (t.lower == ":") colon = true;
    if (t.type == TokenType::kOpenQuote || t.type == TokenType::kCloseQuote) ++quotes;
    if (t.lower == "that") that = true;
    if (t.type == TokenType::kWord) ++words;
    if (cue_marks[k] && (prev == k || !cue_marks[prev])) ++cues;
    if (body.sentence_of[k] != body.sentence_of[prev]) ++sentences;
  }
};

// What follows a word: "that", "to", a quotation, a colon, a comma, or other.
std::string NextKind(const BodyTokens& body, std::size_t i) {
  if (i + 1 >= body.tokens.size() || body.sentence_of[i + 1] != body.sentence_of[i]) return "end";
  const text::Token& n = body.tokens[i + 1];
  if (n.type == TokenType::kOpenQuote) return "Q";
  if (n.lower == "that" || n.lower == "to" || n.lower == ":" || n.lower == ",") return n.lower;
  return n.type == TokenType::kWord ? "w" : "p";
}

// Whether a subject-like word (a pronoun, a capitalised word not opening
// the sentence, a word that heads sources) lies up to three words left.
bool SubjectLeft(const BodyTokens& body, std::size_t i) {
  const std::size_t first = body.sentences[body.sentence_of[i]].tokens.begin;
  for (std::size_t k = i, seen = 0; k-- > first && seen < 3; ++seen) {
    const text::Token& t = body.tokens[k];
    if (IsSubjectPronoun(t.lower) || IsSourceHead(t.lower) || IsRoleWord(t.lower) ||
        (t.capitalized && k > first)) {
      return true;
    }
  }
  return false;
}

// The WordNet class of the cue's first word that has one (not an auxiliary).
std::string CueClass(const BodyTokens& body, TokenRange cue) {
  const WordNetClasses& wn = WordNetClasses::Default();
  for (std::size_t k = cue.begin; k < cue.end; ++k) {
    const std::string& w = body.tokens[k].lower;
    if (body.tokens[k].type != TokenType::kWord || IsAuxiliary(w)) continue;
    for (WordNetPos pos : {WordNetPos::kVerb, WordNetPos::kNoun}) {
      const auto classes = wn.Classes(w, pos);
      if (!classes.empty()) return std::string(classes.front());
    }
  }
  return "none";
}

void AddRoleFeatures(const BodyTokens& body, std::size_t i, const std::string& dir,
                     std::size_t dist, const Between& b, const std::string& cue_text,
                     const std::string& cue_class, std::size_t cue_sentence, FeatureList* f) {
  const text::Token& t = body.tokens[i];
  const std::size_t s = body.sentence_of[i];
  const long li = static_cast<long>(i);
  const std::string rel = s < cue_sentence ? "P" : s > cue_sentence ? "N" : "S";
  const std::string d = dir + rel;
  f->push_back("d=" + d + Bucket(dist));
  f->push_back("w=" + d + t.lower);
  f->push_back("sh=" + d + Shape(t));
  f->push_back("w-1=" + d + WordAt(body, s, li - 1));
  f->push_back("w+1=" + d + WordAt(body, s, li + 1));
  f->push_back("w-1w=" + d + WordAt(body, s, li - 1) + "|" + t.lower);
  f->push_back("q=" + d + (body.in_quote[i] ? "1" : "0"));
  f->push_back("bc=" + d + Capped(b.commas));
  f->push_back("bq=" + d + Capped(b.quotes) + (body.in_quote[i] ? "i" : "o"));
  f->push_back("bcue=" + d + Capped(b.cues));
  f->push_back("bs=" + d + Capped(b.sentences));
  f->push_back("bthat=" + d + (b.that ? "1" : "0") + (b.colon ? "c" : ""));
  f->push_back("bw=" + d + Bucket(static_cast<std::size_t>(b.words)));
  f->push_back("cue=" + d + cue_text);
  f->push_back("cued=" + d + cue_text + "|" + Coarse(dist));
  f->push_back("cuew=" + d + cue_text + "|" + t.lower);
  f->push_back("cuec=" + d + cue_class + "|" + Coarse(dist));
  f->push_back("cuecb=" + d + cue_class + "|" + Capped(b.commas) + Capped(b.quotes) +
               (b.that ? "t" : ""));
  if (IsSubjectPronoun(t.lower)) f->push_back("pron=" + d + Coarse(dist));
  if (t.capitalized) f->push_back("cap=" + d + Coarse(dist));
  if (i == body.sentences[s].tokens.begin) f->push_back("first=" + d);
  if (i + 1 == body.sentences[s].tokens.end) f->push_back("last=" + d);
}

// Features that carry over to cue words rare in training: the WordNet
// classes and lemma, conjoined with what follows and whether a subject-like
// word precedes.
void AddWordNetFeatures(const BodyTokens& body, std::size_t i, FeatureList* f) {
  const WordNetClasses& wn = WordNetClasses::Default();
  const std::string& w = body.tokens[i].lower;
  const std::string next = NextKind(body, i);
  const std::string subject = SubjectLeft(body, i) ? "S" : "-";
  const std::string lemma = wn.Lemma(w, WordNetPos::kVerb);
  if (!lemma.empty()) f->push_back("lem=" + lemma);
  const auto verb = wn.Classes(w, WordNetPos::kVerb);
  for (std::string_view c : verb) f->push_back("vc=" + std::string(c));
  const std::string v1 = verb.empty() ? "-" : std::string(verb.front());
  const auto noun = wn.Classes(w, WordNetPos::kNoun);
  const std::string n1 = noun.empty() ? "-" : std::string(noun.front());
  f->push_back("vc1=" + v1 + "|" + next);
  f->push_back("vc1s=" + v1 + "|" + subject);
  f->push_back("vc1sn=" + v1 + "|" + subject + next);
  f->push_back("nc1=" + n1 + "|" + next);
  f->push_back("nx=" + next + subject);
}

}  // namespace

std::vector<char> LexiconMarks(const BodyTokens& body, const LearnedCues* learned) {
  std::vector<char> marks(body.tokens.size(), 0);
  const CueLexicon& lexicon = CueLexicon::Instance();
  for (const SentenceRef& sentence : body.sentences) {
    const TokenRange r = sentence.tokens;
    std::span<const text::Token> tokens(body.tokens.data() + r.begin, r.size());
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      if (std::optional<CueMatch> m = lexicon.MatchAt(tokens, k)) {
        for (std::size_t j = m->begin; j < m->end; ++j) marks[r.begin + j] = 1;
      } else if (learned != nullptr && learned->Lookup(tokens[k].lower) != nullptr) {
        marks[r.begin + k] = 2;
      }
    }
  }
  return marks;
}

std::vector<FeatureList> CueFeatures(const BodyTokens& body, const std::vector<char>& marks) {
  std::vector<FeatureList> out(body.tokens.size());
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    const text::Token& t = body.tokens[i];
    const std::size_t s = body.sentence_of[i];
    const long li = static_cast<long>(i);
    const std::string w = t.lower, p = WordAt(body, s, li - 1), n = WordAt(body, s, li + 1);
    FeatureList& f = out[i];
    f.push_back("w=" + w);
    if (w.size() > 3) f.push_back("s3=" + w.substr(w.size() - 3));
    if (w.size() > 2) f.push_back("s2=" + w.substr(w.size() - 2));
    f.push_back("sh=" + Shape(t));
    f.push_back("w-1=" + p);
    f.push_back("w+1=" + n);
    f.push_back("w-2=" + WordAt(body, s, li - 2));
    f.push_back("w+2=" + WordAt(body, s, li + 2));
    f.push_back("w-1w=" + p + "|" + w);
    f.push_back("ww+1=" + w + "|" + n);
    f.push_back("q=" + std::string(body.in_quote[i] ? "1" : "0"));
    f.push_back("lex=" + std::to_string(marks[i]));
    f.push_back("lex-1=" + std::to_string(i > 0 ? marks[i - 1] : 0) + std::to_string(marks[i]));
    f.push_back("lex+1=" + std::to_string(marks[i]) +
                std::to_string(i + 1 < marks.size() ? marks[i + 1] : 0));
    f.push_back("w|q=" + w + (body.in_quote[i] ? "1" : "0"));
    if (t.type == TokenType::kWord) AddWordNetFeatures(body, i, &f);
  }
  return out;
}

TokenRange RoleWindow(const BodyTokens& body, TokenRange cue) {
  const std::size_t first = body.sentence_of[cue.begin], last = body.sentence_of[cue.end - 1];
  std::size_t lo = first, hi = last;
  if (lo > 0 && body.sentences[lo - 1].paragraph == body.sentences[first].paragraph) --lo;
  if (hi + 1 < body.sentences.size() &&
      body.sentences[hi + 1].paragraph == body.sentences[last].paragraph) {
    ++hi;
  }
  return TokenRange{body.sentences[lo].tokens.begin, body.sentences[hi].tokens.end};
}

std::vector<FeatureList> RoleFeatures(const BodyTokens& body, TokenRange cue,
                                      const std::vector<char>& cue_marks) {
  const TokenRange window = RoleWindow(body, cue);
  std::vector<FeatureList> out(window.size());
  const std::string cue_text = CueText(body, cue);
  const std::string cue_class = CueClass(body, cue);
  const std::size_t cue_sentence = body.sentence_of[cue.begin];
  Between left;
  for (std::size_t i = cue.begin; i-- > window.begin;) {
    left.Add(body, i, cue_marks, i + 1 == cue.begin ? i : i + 1);
    AddRoleFeatures(body, i, "L", cue.begin - i, left, cue_text, cue_class, cue_sentence,
                    &out[i - window.begin]);
  }
  Between right;
  for (std::size_t i = cue.end; i < window.end; ++i) {
    right.Add(body, i, cue_marks, i == cue.end ? i : i - 1);
    AddRoleFeatures(body, i, "R", i - cue.end + 1, right, cue_text, cue_class, cue_sentence,
                    &out[i - window.begin]);
  }
  return out;
}

}  // namespace claimgraph::extract
