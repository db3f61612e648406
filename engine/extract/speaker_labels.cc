#include "extract/speaker_labels.h"

#include <algorithm>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/speaker_resolver.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

using text::Token;
using text::TokenType;

// The longest label or signature taken for a name ("Christina N Luis Olidem").
constexpr std::size_t kMaxNameWords = 4;
// Fewer words than this make a list entry ("Clinton: 2,316.", "Kasich: Now
// or never."), not a turn. On PolNeAR train, 3 instead of 4 added 7 such
// entries for 1 more annotated turn.
constexpr std::size_t kMinContentWords = 4;
// A turn runs on through at most this many unlabelled paragraphs; a longer
// gap before the next label is the article's own text between sections
// ("Jeb Bush: Student loans ..." and five paragraphs of comment).
constexpr std::size_t kMaxContinuation = 2;

struct Paragraph {
  TokenRange tokens;
  std::size_t first_sentence = 0;
  std::size_t last_sentence = 0;
};

std::vector<Paragraph> Paragraphs(const BodyTokens& body) {
  std::vector<Paragraph> out;
  for (std::size_t s = 0; s < body.sentences.size(); ++s) {
    const SentenceRef& ref = body.sentences[s];
    if (s > 0 && ref.paragraph == body.sentences[s - 1].paragraph && !out.empty()) {
      out.back().tokens.end = ref.tokens.end;
      out.back().last_sentence = s;
    } else {
      out.push_back(Paragraph{ref.tokens, s, s});
    }
  }
  return out;
}

bool IsQuoteMark(const Token& t) {
  return t.type == TokenType::kOpenQuote || t.type == TokenType::kCloseQuote;
}

bool IsPunct(const Token& t, std::string_view text, std::string_view mark) {
  return t.type == TokenType::kPunct && t.span.in(text) == mark;
}

bool IsDash(const Token& t, std::string_view text) {
  if (t.type != TokenType::kPunct) return false;
  const std::string_view m = t.span.in(text);
  return m == "\u2015" || m == "\u2014" || m == "\u2013" || m == "-" || m == "--";
}

bool IsNameWord(const Token& t) {
  return t.type == TokenType::kWord && t.capitalized && !IsDeterminer(t.lower) &&
         !IsSubjectPronoun(t.lower);
}

std::size_t CountWords(const BodyTokens& body, TokenRange r) {
  std::size_t n = 0;
  for (std::size_t i = r.begin; i < r.end; ++i) n += body.tokens[i].type == TokenType::kWord;
  return n;
}

std::string LowerWords(const BodyTokens& body, TokenRange r) {
  std::string out;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (!out.empty()) out += ' ';
    out += body.tokens[i].lower;
  }
  return out;
}

// The run of name words starting at `at` (at most kMaxNameWords), empty if
// none.
TokenRange NameRun(const BodyTokens& body, std::size_t at, std::size_t end) {
  std::size_t j = at;
  while (j < end && j - at < kMaxNameWords && IsNameWord(body.tokens[j])) ++j;
  return TokenRange{at, j};
}

// "Charlie Arlinghaus, Arnie Arnesen, Patrick Arnold, ...": a roster after a
// heading, not words said. At least one comma for every three words.
bool IsNameList(const BodyTokens& body, std::string_view text, TokenRange r) {
  std::size_t commas = 0;
  for (std::size_t i = r.begin; i < r.end; ++i) commas += IsPunct(body.tokens[i], text, ",");
  return commas * 3 >= CountWords(body, r);
}

// A paragraph-initial "Name:" and the turn after it.
struct Candidate {
  std::size_t paragraph = 0;
  SpeakerLabel label;
  std::string key;       // the label's last word, lower-cased ("tapper")
  bool person = false;   // the label names a person of the article
};

// "WALLACE: ...", "\"PENCE: ...", "Alex Seitz-Wald: ...". A label inside a
// quotation that closes before the paragraph ends belongs to that quote's
// own attribution ("\"Trump: You ...?\" tweeted X") and is skipped.
bool LabelAt(const BodyTokens& body, std::string_view text, const Paragraph& p, Candidate* c) {
  std::size_t i = p.tokens.begin;
  const std::size_t end = p.tokens.end;
  const bool quoted = i < end && IsQuoteMark(body.tokens[i]);
  if (quoted) {
    const int partner = body.quote_partner[i];
    std::size_t last = end;
    while (last > i + 1 && body.tokens[last - 1].type == TokenType::kPunct) --last;
    if (partner >= 0 && static_cast<std::size_t>(partner) + 1 < last) return false;
    ++i;
  }
  const TokenRange name = NameRun(body, i, end);
  if (name.empty() || name.end >= end || !IsPunct(body.tokens[name.end], text, ":")) return false;
  // "Q:" and "A:" name nobody.
  if (name.size() == 1 && body.tokens[name.begin].lower.size() < 2) return false;
  TokenRange turn{name.end + 1, end};
  if (quoted) {
    while (turn.size() > 1 && IsQuoteMark(body.tokens[turn.end - 1])) --turn.end;
  }
  if (CountWords(body, turn) < kMinContentWords) return false;
  if (IsNameList(body, text, turn)) return false;
  c->label.source = name;
  c->label.name = name;
  c->label.cue = TokenRange{name.end, name.end + 1};
  c->label.content = {turn};
  c->label.first_sentence = p.first_sentence;
  c->label.last_sentence = p.last_sentence;
  c->key = body.tokens[name.end - 1].lower;
  return true;
}

// Persons named in the body outside the labels, as the rules note them:
// runs of two or three name words that canonicalise to a person. Keyed by
// the lower-cased name ("mike pence") and by its last word ("pence"), each
// to its first mention; hashed so that an article of many labels and names
// stays linear.
struct KnownPersons {
  std::unordered_map<std::string, TokenRange> by_full, by_surname;
};

KnownPersons FindPersons(const BodyTokens& body, std::string_view text,
                         const std::vector<char>& in_label) {
  KnownPersons out;
  std::size_t i = 0;
  while (i < body.tokens.size()) {
    std::size_t j = i;
    while (j < body.tokens.size() && !in_label[j] && IsNameWord(body.tokens[j]) &&
           !IsRoleWord(body.tokens[j].lower) && !IsNpStopWord(body.tokens[j].lower) &&
           body.sentence_of[j] == body.sentence_of[i]) {
      ++j;
    }
    if (j - i >= 2 && j - i <= 3) {
      const std::span<const Token> toks(body.tokens.data() + i, j - i);
      const CanonicalMention m = Canonicalize(toks, text);
      if (m.kind == SpeakerKind::kPerson) {
        const std::string full = LowerWords(body, TokenRange{i, j});
        out.by_full.emplace(full, TokenRange{i, j});
        out.by_surname.emplace(body.tokens[j - 1].lower, TokenRange{i, j});
      }
    }
    i = std::max(j, i + 1);
  }
  return out;
}

// The mention of the person a label names: the same full name, or a
// one-word label equal to a surname ("FALLIN" -> "Mary Fallin"). nullptr if
// none.
const TokenRange* Match(const KnownPersons& persons, const std::string& label, bool one_word) {
  if (auto it = persons.by_full.find(label); it != persons.by_full.end()) return &it->second;
  if (!one_word) return nullptr;
  auto it = persons.by_surname.find(label);
  return it == persons.by_surname.end() ? nullptr : &it->second;
}

// The unlabelled paragraphs after a dialogue turn, up to the next turn
// (exclusive): the turn goes on there unless a stage direction
// ("(CROSSTALK.)"), an ellipsis or another label-like line intervenes.
void ContinueTurn(const BodyTokens& body, std::string_view text,
                  const std::vector<Paragraph>& paragraphs, std::size_t next,
                  const std::vector<char>& label_like, Candidate* c) {
  if (next - c->paragraph - 1 > kMaxContinuation) return;
  for (std::size_t k = c->paragraph + 1; k < next; ++k) {
    if (label_like[k]) return;
    TokenRange r = paragraphs[k].tokens;
    while (!r.empty() && IsQuoteMark(body.tokens[r.begin])) ++r.begin;
    if (r.empty() || CountWords(body, r) == 0 || IsPunct(body.tokens[r.begin], text, "(") ||
        IsPunct(body.tokens[r.begin], text, "[")) {
      return;
    }
    c->label.content.push_back(r);
    c->label.last_sentence = paragraphs[k].last_sentence;
  }
}

std::vector<Candidate> Turns(const BodyTokens& body, std::string_view text,
                             const std::vector<Paragraph>& paragraphs) {
  std::vector<Candidate> candidates;
  std::vector<char> in_label(body.tokens.size(), 0), label_like(paragraphs.size(), 0);
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    Candidate c;
    c.paragraph = k;
    if (!LabelAt(body, text, paragraphs[k], &c)) continue;
    label_like[k] = 1;
    for (std::size_t i = c.label.source.begin; i < c.label.source.end; ++i) in_label[i] = 1;
    candidates.push_back(std::move(c));
  }
  if (candidates.empty()) return {};
  const KnownPersons persons = FindPersons(body, text, in_label);
  std::map<std::string, int> turns_of;
  std::map<std::string, TokenRange> name_of;
  bool any_person = false;
  for (Candidate& c : candidates) {
    ++turns_of[c.key];
    const std::string label = LowerWords(body, c.label.source);
    if (const TokenRange* mention = Match(persons, label, c.label.source.size() == 1)) {
      c.person = any_person = true;
      c.label.name = *mention;
      name_of.emplace(c.key, *mention);
    }
  }
  std::vector<Candidate> out;
  for (Candidate& c : candidates) {
    const bool dialogue = any_person && (turns_of[c.key] >= 2 || name_of.count(c.key) > 0);
    if (!c.person && !dialogue) continue;
    if (!c.person && name_of.count(c.key) > 0) c.label.name = name_of[c.key];
    out.push_back(std::move(c));
  }
  if (out.size() >= 2) {
    for (std::size_t n = 0; n + 1 < out.size(); ++n) {
      ContinueTurn(body, text, paragraphs, out[n + 1].paragraph, label_like, &out[n]);
    }
  }
  return out;
}

// After the dash: a name, then the end of the paragraph, a period, or a
// comma or parenthesis opening a description ("-Michelle Marks,
// Philadelphia.", "— Paul Ryan (@SpeakerRyan)").
TokenRange Signature(const BodyTokens& body, std::string_view text, std::size_t dash,
                     std::size_t end) {
  const TokenRange name = NameRun(body, dash + 1, end);
  if (name.empty()) return {};
  if (name.end == end) return name;
  const Token& after = body.tokens[name.end];
  if (IsPunct(after, text, ".") && name.end + 1 == end) return name;
  if (IsPunct(after, text, ",") || IsPunct(after, text, "(")) return name;
  return {};
}

// The quotation filling tokens [begin, end) but for trailing punctuation:
// the range inside its marks, or empty.
TokenRange WholeQuotation(const BodyTokens& body, std::size_t begin, std::size_t end) {
  while (end > begin && body.tokens[end - 1].type == TokenType::kPunct) --end;
  if (end < begin + 2 || !IsQuoteMark(body.tokens[begin]) || !IsQuoteMark(body.tokens[end - 1])) {
    return {};
  }
  const TokenRange inner{begin + 1, end - 1};
  return CountWords(body, inner) >= kMinContentWords ? inner : TokenRange{};
}

// "“...” ― Name" on one line, or "“...”" signed "- Name." on the next.
bool SignedQuotation(const BodyTokens& body, std::string_view text,
                     const std::vector<Paragraph>& paragraphs, std::size_t k, SpeakerLabel* out) {
  const Paragraph& p = paragraphs[k];
  for (std::size_t d = p.tokens.end; d-- > p.tokens.begin + 1;) {
    if (!IsDash(body.tokens[d], text)) continue;
    const TokenRange quote = WholeQuotation(body, p.tokens.begin, d);
    const TokenRange name = Signature(body, text, d, p.tokens.end);
    if (quote.empty() || name.empty()) continue;
    *out = SpeakerLabel{name, TokenRange{d, d + 1}, {quote}, name, p.first_sentence,
                        p.last_sentence};
    return true;
  }
  if (k + 1 >= paragraphs.size()) return false;
  const Paragraph& next = paragraphs[k + 1];
  const TokenRange quote = WholeQuotation(body, p.tokens.begin, p.tokens.end);
  if (quote.empty() || next.tokens.empty() || !IsDash(body.tokens[next.tokens.begin], text)) {
    return false;
  }
  const TokenRange name = Signature(body, text, next.tokens.begin, next.tokens.end);
  if (name.empty()) return false;
  *out = SpeakerLabel{name, TokenRange{next.tokens.begin, next.tokens.begin + 1}, {quote}, name,
                      p.first_sentence, next.last_sentence};
  return true;
}

}  // namespace

std::vector<SpeakerLabel> FindSpeakerLabels(const BodyTokens& body, std::string_view text) {
  const std::vector<Paragraph> paragraphs = Paragraphs(body);
  std::vector<SpeakerLabel> out;
  for (Candidate& c : Turns(body, text, paragraphs)) out.push_back(std::move(c.label));
  std::vector<char> used(body.sentences.size(), 0);
  for (const SpeakerLabel& l : out) {
    for (std::size_t s = l.first_sentence; s <= l.last_sentence; ++s) used[s] = 1;
  }
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    SpeakerLabel signed_quote;
    if (used[paragraphs[k].first_sentence] ||
        !SignedQuotation(body, text, paragraphs, k, &signed_quote)) {
      continue;
    }
    for (std::size_t s = signed_quote.first_sentence; s <= signed_quote.last_sentence; ++s) {
      used[s] = 1;
    }
    out.push_back(std::move(signed_quote));
  }
  std::sort(out.begin(), out.end(), [](const SpeakerLabel& a, const SpeakerLabel& b) {
    return a.first_sentence < b.first_sentence;
  });
  return out;
}

}  // namespace claimgraph::extract
