#include "extract/attribution_features.h"

#include <algorithm>
#include <span>
#include <unordered_map>

#include "extract/cue_lexicon.h"
#include "extract/feature_hash.h"
#include "extract/word_classes.h"
#include "extract/wordnet_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

// Features are given to a sink as pieces whose concatenation is the
// feature string; each item's (token's) features end with EndItem().
// StringSink joins the pieces, HashSink hashes them.
class StringSink {
 public:
  template <class... Pieces>
  void Add(const Pieces&... pieces) {
    std::string f;
    (f.append(std::string_view(pieces)), ...);
    current_.push_back(std::move(f));
  }
  void EndItem() {
    lists_.push_back(std::move(current_));
    current_.clear();
  }
  std::vector<FeatureList> Take() { return std::move(lists_); }

 private:
  FeatureList current_;
  std::vector<FeatureList> lists_;
};

class HashSink {
 public:
  // `items` and `per_item` size the output up front (no regrowth).
  HashSink(FeatureHashes* out, std::size_t items, std::size_t per_item) : out_(out) {
    out_->Clear(items, per_item);
  }
  template <class... Pieces>
  void Add(const Pieces&... pieces) {
    FeatureHash h;
    (h.Add(std::string_view(pieces)), ...);
    out_->Add(h.value());
  }
  void EndItem() { out_->EndItem(); }

 private:
  FeatureHashes* out_;
};

// The most features AddCueFeatures and AddRoleFeatures give one token.
constexpr std::size_t kMaxCueFeatures = 15 + 1 + WordNetClasses::kMaxSenses + 5;
constexpr std::size_t kMaxRoleFeatures = 18 + 4;

std::string_view Digit(int d) {
  static constexpr std::string_view kDigits[] = {"0", "1", "2", "3", "4",
                                                 "5", "6", "7", "8", "9"};
  return d >= 0 && d <= 9 ? kDigits[d] : "?";
}

std::string_view Shape(const text::Token& t) {
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
std::string_view WordAt(const BodyTokens& body, std::size_t sentence, long i) {
  const TokenRange r = body.sentences[sentence].tokens;
  if (i < static_cast<long>(r.begin)) return "<s>";
  if (i >= static_cast<long>(r.end)) return "</s>";
  return body.tokens[static_cast<std::size_t>(i)].lower;
}

std::string_view Bucket(std::size_t d) {
  if (d <= 3) return Digit(static_cast<int>(d));
  if (d <= 5) return "4-5";
  if (d <= 10) return "6-10";
  if (d <= 20) return "11-20";
  return "21+";
}

std::string_view Coarse(std::size_t d) {
  if (d <= 1) return "1";
  if (d <= 3) return "2-3";
  if (d <= 8) return "4-8";
  return "9+";
}

std::string_view Capped(int n) { return Digit(std::min(n, 2)); }

std::string_view Bit(bool b) { return b ? "1" : "0"; }

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
std::string_view NextKind(const BodyTokens& body, std::size_t i) {
  if (i + 1 >= body.tokens.size() || body.sentence_of[i + 1] != body.sentence_of[i]) return "end";
  const text::Token& n = body.tokens[i + 1];
  if (n.type == TokenType::kOpenQuote) return "Q";
  if (n.lower == "that" || n.lower == "to" || n.lower == ":" || n.lower == ",") return n.lower;
  return n.type == TokenType::kWord ? "w" : "p";
}

// Per token: a pronoun, or a word that heads sources or names a role.
std::vector<char> SubjectWords(const BodyTokens& body) {
  std::vector<char> out(body.tokens.size());
  for (std::size_t k = 0; k < out.size(); ++k) {
    const std::string& w = body.tokens[k].lower;
    out[k] = IsSubjectPronoun(w) || IsSourceHead(w) || IsRoleWord(w);
  }
  return out;
}

// Whether a subject-like word (a pronoun, a capitalised word not opening
// the sentence, a word that heads sources) lies up to three words left;
// `subject_words` from SubjectWords.
bool SubjectLeft(const BodyTokens& body, const std::vector<char>& subject_words, std::size_t i) {
  const std::size_t first = body.sentences[body.sentence_of[i]].tokens.begin;
  for (std::size_t k = i, seen = 0; k-- > first && seen < 3; ++seen) {
    if (subject_words[k] || (body.tokens[k].capitalized && k > first)) return true;
  }
  return false;
}

// A word token's WordNet senses as a verb and as a noun.
struct WordSenses {
  WordNetClasses::Senses verb, noun;
};

// Per token: its WordNet senses (none for tokens that are not words),
// looked up once per distinct word of the body: WordNetClasses::Find is a
// chain of lookups in large tables.
std::vector<WordSenses> SensesOfWords(const BodyTokens& body) {
  const WordNetClasses& wn = WordNetClasses::Default();
  std::vector<WordSenses> out(body.tokens.size());
  std::unordered_map<std::string_view, std::size_t> first_of;  // word -> its first token
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    if (body.tokens[i].type != TokenType::kWord) continue;
    const std::string& w = body.tokens[i].lower;
    const auto [it, fresh] = first_of.emplace(w, i);
    out[i] = fresh ? WordSenses{wn.Find(w, WordNetPos::kVerb), wn.Find(w, WordNetPos::kNoun)}
                   : out[it->second];
  }
  return out;
}

// The WordNet class of the cue's first word that has one (not an auxiliary).
std::string_view CueClass(const BodyTokens& body, TokenRange cue) {
  const WordNetClasses& wn = WordNetClasses::Default();
  for (std::size_t k = cue.begin; k < cue.end; ++k) {
    const std::string& w = body.tokens[k].lower;
    if (body.tokens[k].type != TokenType::kWord || IsAuxiliary(w)) continue;
    for (WordNetPos pos : {WordNetPos::kVerb, WordNetPos::kNoun}) {
      const WordNetClasses::Senses senses = wn.Find(w, pos);
      if (senses.count > 0) return senses.classes.front();
    }
  }
  return "none";
}

// Features that carry over to cue words rare in training: the WordNet
// classes and lemma, conjoined with what follows and whether a subject-like
// word precedes.
template <class Sink>
void AddWordNetFeatures(const BodyTokens& body, std::size_t i, const WordSenses& senses,
                        const std::vector<char>& subject_words, Sink& sink) {
  const std::string_view next = NextKind(body, i);
  const std::string_view subject = SubjectLeft(body, subject_words, i) ? "S" : "-";
  const WordNetClasses::Senses& verb = senses.verb;
  if (!verb.lemma.empty()) sink.Add("lem=", verb.lemma);
  for (std::size_t c = 0; c < verb.count; ++c) sink.Add("vc=", verb.classes[c]);
  const std::string_view v1 = verb.count == 0 ? "-" : verb.classes.front();
  const WordNetClasses::Senses& noun = senses.noun;
  const std::string_view n1 = noun.count == 0 ? "-" : noun.classes.front();
  sink.Add("vc1=", v1, "|", next);
  sink.Add("vc1s=", v1, "|", subject);
  sink.Add("vc1sn=", v1, "|", subject, next);
  sink.Add("nc1=", n1, "|", next);
  sink.Add("nx=", next, subject);
}

template <class Sink>
void AddCueFeatures(const BodyTokens& body, std::size_t i, const std::vector<char>& marks,
                    const std::vector<WordSenses>& senses,
                    const std::vector<char>& subject_words, Sink& sink) {
  const text::Token& t = body.tokens[i];
  const std::size_t s = body.sentence_of[i];
  const long li = static_cast<long>(i);
  const std::string_view w = t.lower, p = WordAt(body, s, li - 1), n = WordAt(body, s, li + 1);
  const std::string_view q = Bit(body.in_quote[i]), lex = Digit(marks[i]);
  sink.Add("w=", w);
  if (w.size() > 3) sink.Add("s3=", w.substr(w.size() - 3));
  if (w.size() > 2) sink.Add("s2=", w.substr(w.size() - 2));
  sink.Add("sh=", Shape(t));
  sink.Add("w-1=", p);
  sink.Add("w+1=", n);
  sink.Add("w-2=", WordAt(body, s, li - 2));
  sink.Add("w+2=", WordAt(body, s, li + 2));
  sink.Add("w-1w=", p, "|", w);
  sink.Add("ww+1=", w, "|", n);
  sink.Add("q=", q);
  sink.Add("lex=", lex);
  sink.Add("lex-1=", Digit(i > 0 ? marks[i - 1] : 0), lex);
  sink.Add("lex+1=", lex, Digit(i + 1 < marks.size() ? marks[i + 1] : 0));
  sink.Add("w|q=", w, q);
  if (t.type == TokenType::kWord) AddWordNetFeatures(body, i, senses[i], subject_words, sink);
}

template <class Sink>
void CueFeaturesTo(const BodyTokens& body, const std::vector<char>& marks, Sink& sink) {
  const std::vector<WordSenses> senses = SensesOfWords(body);
  const std::vector<char> subject_words = SubjectWords(body);
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    AddCueFeatures(body, i, marks, senses, subject_words, sink);
    sink.EndItem();
  }
}

// The cue as role features see it.
struct RoleCue {
  std::string text;       // CueText
  std::string_view cls;   // CueClass
  std::size_t sentence;   // the sentence of its first token
};

// `dir` is "L" or "R", `dist` the distance to the cue in tokens.
template <class Sink>
void AddRoleFeatures(const BodyTokens& body, std::size_t i, char dir, std::size_t dist,
                     const Between& b, const RoleCue& cue, Sink& sink) {
  const text::Token& t = body.tokens[i];
  const std::size_t s = body.sentence_of[i];
  const long li = static_cast<long>(i);
  const char rel = s < cue.sentence ? 'P' : s > cue.sentence ? 'N' : 'S';
  const char d_chars[2] = {dir, rel};
  const std::string_view d(d_chars, 2), prev = WordAt(body, s, li - 1), coarse = Coarse(dist);
  sink.Add("d=", d, Bucket(dist));
  sink.Add("w=", d, t.lower);
  sink.Add("sh=", d, Shape(t));
  sink.Add("w-1=", d, prev);
  sink.Add("w+1=", d, WordAt(body, s, li + 1));
  sink.Add("w-1w=", d, prev, "|", t.lower);
  sink.Add("q=", d, Bit(body.in_quote[i]));
  sink.Add("bc=", d, Capped(b.commas));
  sink.Add("bq=", d, Capped(b.quotes), body.in_quote[i] ? "i" : "o");
  sink.Add("bcue=", d, Capped(b.cues));
  sink.Add("bs=", d, Capped(b.sentences));
  sink.Add("bthat=", d, Bit(b.that), b.colon ? "c" : "");
  sink.Add("bw=", d, Bucket(static_cast<std::size_t>(b.words)));
  sink.Add("cue=", d, cue.text);
  sink.Add("cued=", d, cue.text, "|", coarse);
  sink.Add("cuew=", d, cue.text, "|", t.lower);
  sink.Add("cuec=", d, cue.cls, "|", coarse);
  sink.Add("cuecb=", d, cue.cls, "|", Capped(b.commas), Capped(b.quotes), b.that ? "t" : "");
  if (IsSubjectPronoun(t.lower)) sink.Add("pron=", d, coarse);
  if (t.capitalized) sink.Add("cap=", d, coarse);
  if (i == body.sentences[s].tokens.begin) sink.Add("first=", d);
  if (i + 1 == body.sentences[s].tokens.end) sink.Add("last=", d);
}

template <class Sink>
void RoleFeaturesTo(const BodyTokens& body, TokenRange cue, const std::vector<char>& cue_marks,
                    Sink& sink) {
  const TokenRange window = RoleWindow(body, cue);
  const RoleCue role_cue{CueText(body, cue), CueClass(body, cue), body.sentence_of[cue.begin]};
  // What lies between each token and the cue, walking away from the cue.
  std::vector<Between> between(window.size());
  Between left;
  for (std::size_t i = cue.begin; i-- > window.begin;) {
    left.Add(body, i, cue_marks, i + 1 == cue.begin ? i : i + 1);
    between[i - window.begin] = left;
  }
  Between right;
  for (std::size_t i = cue.end; i < window.end; ++i) {
    right.Add(body, i, cue_marks, i == cue.end ? i : i - 1);
    between[i - window.begin] = right;
  }
  for (std::size_t i = window.begin; i < window.end; ++i) {
    const Between& b = between[i - window.begin];
    if (i < cue.begin) {
      AddRoleFeatures(body, i, 'L', cue.begin - i, b, role_cue, sink);
    } else if (i >= cue.end) {
      AddRoleFeatures(body, i, 'R', i - cue.end + 1, b, role_cue, sink);
    }
    sink.EndItem();
  }
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
  StringSink sink;
  CueFeaturesTo(body, marks, sink);
  return sink.Take();
}

void CueFeatureHashes(const BodyTokens& body, const std::vector<char>& marks, FeatureHashes* out) {
  HashSink sink(out, body.tokens.size(), kMaxCueFeatures);
  CueFeaturesTo(body, marks, sink);
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
  StringSink sink;
  RoleFeaturesTo(body, cue, cue_marks, sink);
  return sink.Take();
}

void RoleFeatureHashes(const BodyTokens& body, TokenRange cue, const std::vector<char>& cue_marks,
                       FeatureHashes* out) {
  HashSink sink(out, RoleWindow(body, cue).size(), kMaxRoleFeatures);
  RoleFeaturesTo(body, cue, cue_marks, sink);
}

}  // namespace claimgraph::extract
