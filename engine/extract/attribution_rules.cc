#include "extract/attribution_rules.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>

#include "extract/source_finder.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

using text::TokenType;

// An attribution under construction, with what the content rules need.
struct Pending {
  Attribution a;
  CueMatch match;
  bool inverted = false;                    // "..., said X": the source follows the cue
  std::size_t after = 0;                    // first token after cue, object and adjuncts
  std::optional<std::size_t> clause_start;  // conjunction or comma opening its clause
};

struct Chain {
  std::size_t begin = 0;
  bool negated = false;
  bool declined = false;
  bool infinitive = false;  // "plans to deny": the cue is not said yet
};

bool IsNegation(std::string_view w) { return w == "n't" || w == "not" || w == "never"; }

// Verbs that may govern a cue through "to" without taking away its force.
bool IsCueGoverningVerb(std::string_view w) {
  for (std::string_view v :
       {"continue", "continues", "continued", "continuing", "went",     "go",      "goes",
        "going",    "used",      "seem",      "seems",      "seemed",   "appear",  "appears",
        "appeared", "began",     "begin",     "begins",     "started",  "start",   "starts",
        "tried",    "try",       "tries",     "sought",     "hastened", "rushed",  "moved",
        "decline",  "declines",  "declined",  "declining",  "refuse",   "refuses", "refused",
        "refusing", "want",      "wants",     "wanted"}) {
    if (w == v) return true;
  }
  return false;
}

bool IsDeclining(std::string_view w) {
  return w.starts_with("declin") || w.starts_with("refus") || w.starts_with("want");
}

Chain WalkChain(const BodyTokens& body, std::size_t sb, std::size_t cue) {
  Chain c;
  std::size_t j = cue;
  while (j > sb) {
    const text::Token& t = body.tokens[j - 1];
    if (t.type != TokenType::kWord || t.capitalized) break;
    const std::string& w = t.lower;
    if (IsAuxiliary(w) || (IsPreCueAdverb(w) && w != "only")) {
      c.negated = c.negated || IsNegation(w);
      --j;
      continue;
    }
    if (w == "on" && j - 1 > sb && body.Is(j - 2, "went")) {  // "went on to say" reached via "to"
      j -= 2;
      continue;
    }
    if (w == "to") {
      if (j - 1 > sb && IsCueGoverningVerb(body.tokens[j - 2].lower)) {
        c.declined = c.declined || IsDeclining(body.tokens[j - 2].lower);
        j -= 2;
        continue;
      }
      if (j - 1 > sb && body.Is(j - 2, "on") && j - 2 > sb && body.Is(j - 3, "went")) {
        j -= 3;
        continue;
      }
      c.infinitive = true;
    }
    break;
  }
  c.begin = j;
  return c;
}

// A bare base form ("say", "deny") needs a plural or first/second-person
// subject when no auxiliary precedes it: "officials say", "they deny".
bool BaseFormAllowed(const BodyTokens& body, std::size_t sb, std::size_t i) {
  if (i == sb) return false;
  const text::Token& prev = body.tokens[i - 1];
  if (prev.type != TokenType::kWord) return false;
  const std::string& w = prev.lower;
  if (w == "they" || w == "we" || w == "i" || w == "you" || w == "and" || w == "but") return true;
  if (w == "police" || w == "people" || w == "staff" || w == "media") return true;
  if (prev.capitalized && !IsNpStopWord(w)) return true;
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && w != "'s";
}

// "was declared by", "were told": a passive cue's subject is not its source.
bool IsPassive(const BodyTokens& body, std::size_t chain_begin, const CueMatch& m) {
  if (m.ing_form) return false;
  if (!m.base_form && body.Is(m.end, "by")) return true;  // "a letter written by"
  for (std::size_t k = m.begin; k > chain_begin; --k) {
    const std::string& w = body.tokens[k - 1].lower;
    if (IsPreCueAdverb(w) || IsNegation(w)) continue;
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "being";
  }
  return false;
}

// For a cue word that is also a noun ("claims", "reports"), the word before
// must look like the end of a subject: a name, a pronoun, a source noun.
bool SubjectLikeBefore(const BodyTokens& body, std::size_t sb, std::size_t i) {
  if (i == sb) return false;
  const text::Token& prev = body.tokens[i - 1];
  if (prev.type != TokenType::kWord) return false;
  return prev.capitalized || IsSubjectPronoun(prev.lower) || IsSourceHead(prev.lower);
}

// A learned cue word at token i, with its form guessed from the ending.
std::optional<CueMatch> MatchLearned(const BodyTokens& body, std::size_t i,
                                     const LearnedCues* learned) {
  if (learned == nullptr || body.tokens[i].type != TokenType::kWord) return std::nullopt;
  const std::string& w = body.tokens[i].lower;
  const CueSense* sense = learned->Lookup(w);
  if (sense == nullptr) return std::nullopt;
  CueMatch m{i, i + 1, sense, false, false, false};
  m.ing_form = w.ends_with("ing");
  const bool third = w.ends_with("s") && !w.ends_with("ss");
  m.base_form = !m.ing_form && !third && !w.ends_with("ed");
  m.noun_form = third || m.base_form;
  return m;
}

std::vector<CueMatch> FindCues(const BodyTokens& body, std::size_t sb, std::size_t se,
                               const LearnedCues* learned) {
  const CueLexicon& lex = CueLexicon::Instance();
  std::span<const text::Token> toks(body.tokens.data() + sb, se - sb);
  std::vector<CueMatch> cues;
  for (std::size_t i = sb; i < se; ++i) {
    if (body.in_quote[i]) continue;
    std::optional<CueMatch> m = lex.MatchAt(toks, i - sb);
    if (m) {
      m->begin += sb;
      m->end += sb;
    } else {
      m = MatchLearned(body, i, learned);
      if (!m) continue;
    }
    const text::Token& t = body.tokens[i];
    const bool sentence_initial = i == sb || body.IsOpenQuote(i - 1);
    if (t.capitalized && !sentence_initial && !m->sense->prepositional) continue;
    if (!m->sense->prepositional && !LooksLikeVerbUse(toks, i - sb)) continue;
    if (m->sense->colon_only && !body.Is(m->end, ":") &&
        !(body.Is(m->end, ",") && body.IsOpenQuote(m->end + 1))) {
      continue;
    }
    cues.push_back(*m);
    i = m->end - 1;
  }
  return cues;
}

bool EndsRightSource(const BodyTokens& body, std::size_t k, std::size_t se) {
  if (k >= se || OnlyTrailingPunct(body, k, se)) return true;
  const text::Token& t = body.tokens[k];
  if (t.lower == "," || t.lower == ":" || t.lower == "—" || t.lower == ";" || t.lower == "(" ||
      t.lower == "of") {
    return true;
  }
  return SkipAdjuncts(body, k, se) != k || t.lower == "told";
}

bool IsClauseOpener(std::string_view w) {
  return w == "and" || w == "but" || w == "," || w == ";" || w == "while" || w == "whereas" ||
         w == "though" || w == "although" || w == "or" || w == "—";
}

// Object of "told", "assured", "warned" before the content.
std::size_t SkipObject(const BodyTokens& body, std::size_t k, std::size_t se) {
  const CueLexicon& lex = CueLexicon::Instance();
  for (std::size_t t = k; t < se && t < k + 14; ++t) {
    if (body.Is(t, "that")) return t;
    const std::string& w = body.tokens[t].lower;
    if (body.tokens[t].type != TokenType::kWord || IsAuxiliary(w) || lex.Lookup(w) != nullptr) {
      break;
    }
  }
  if (k < se && body.tokens[k].type == TokenType::kWord) {
    const std::string& w = body.tokens[k].lower;
    if (w == "me" || w == "him" || w == "her" || w == "us" || w == "them" || w == "you") {
      return k + 1;
    }
  }
  const TokenRange object = FindSourceRight(body, k, se);
  return object.empty() ? k : object.end;
}

bool IsDocumentNoun(const BodyTokens& body, std::size_t i) {
  const std::string& w = body.tokens[i].lower;
  for (std::string_view d : {"statement", "letter", "release", "message", "post", "tweet",
                             "note", "memo", "video", "ad", "email", "op-ed", "column"}) {
    if (w == d) return true;
  }
  return false;
}

bool IsRelativeWord(std::string_view w) { return w == "that" || w == "which" || w == "who"; }

// A word that opens a modifier of the noun phrase before it: a relative
// pronoun, an apposition, a place, or a participle followed by a
// preposition ("released in", "quoted by"), not a main verb ("passed a").
bool IsModifierOpener(const BodyTokens& body, std::size_t i) {
  const std::string& w = body.tokens[i].lower;
  if (IsRelativeWord(w) || w == "," || w == "in" || w == "from" || w == "at" || w == "near") {
    return true;
  }
  if (w.size() <= 4 || !w.ends_with("ed") || i + 1 >= body.tokens.size()) return false;
  const std::string& n = body.tokens[i + 1].lower;
  return n == "in" || n == "by" || n == "on" || n == "at" || n == "from" || n == "last" ||
         n == "earlier" || n == "this" || n == "with" || n == "for";
}

// "A poll released in late August found", "Soldiers who escaped ..., also
// said", "Ms. Reyes, 59, of Ashton, Md., who ..., said": a sentence-initial
// noun phrase followed by its modifier (relative clause, participle, place,
// apposition) up to the cue is the source; the noun phrase names the speaker.
bool WholeSubject(const BodyTokens& body, std::size_t sb, std::size_t j, TokenRange appositive,
                  Pending& p) {
  if (j <= sb || j - sb > 40) return false;
  const TokenRange np = FindSourceRight(body, sb, j);
  if (np.empty() || np.begin != sb || np.end + 1 >= j) return false;
  if (np.size() == 1 && IsSubjectPronoun(body.tokens[np.begin].lower)) return false;
  if (!IsModifierOpener(body, np.end)) return false;
  // "a bill that critics have said": the source of a relative clause.
  if (!p.a.source.empty() && p.a.source.begin > sb &&
      IsRelativeWord(body.tokens[p.a.source.begin - 1].lower)) {
    return false;
  }
  if (!p.a.source.empty() && p.a.source.begin == np.begin) return false;  // nothing to widen
  const CueLexicon& lex = CueLexicon::Instance();
  for (std::size_t k = np.end; k < j; ++k) {
    const text::Token& t = body.tokens[k];
    if (t.type == TokenType::kOpenQuote || t.type == TokenType::kCloseQuote || t.lower == ";" ||
        t.lower == ":" || lex.Lookup(t.lower) != nullptr || IsContentBreaker(t.lower)) {
      return false;
    }
  }
  p.a.head = !appositive.empty() && body.Is(np.end, ",") ? appositive : np;
  p.a.source = {sb, j};
  return true;
}

// Finds the source of the cue; false if it has none.
bool FindSource(const BodyTokens& body, std::size_t sb, std::size_t se,
                const std::vector<Pending>& before, Pending& p) {
  const std::size_t j = p.a.chain.begin;
  const std::string_view left = j > sb ? std::string_view(body.tokens[j - 1].lower) : "";
  const bool after_quote = j > sb && body.IsCloseQuote(j - 1);
  if (left == "and" || left == "but" || left == "or") {
    p.clause_start = j - 1;
    if (!before.empty()) {
      p.a.shared_with = static_cast<int>(before.size() - 1);
      return true;
    }
    p.a.source = SentenceSubject(body, sb, j - 1);
    return !p.a.source.empty();
  }
  if (left == "who" && j - 1 > sb) {
    std::size_t end = j - 1;
    if (body.Is(end - 1, ",")) --end;
    p.a.source = FindSourceLeft(body, end, sb);
    return !p.a.source.empty();
  }
  if (left == "," && p.match.ing_form) {
    if (!before.empty()) {
      p.a.shared_with = static_cast<int>(before.size() - 1);
    } else {
      p.a.source = SentenceSubject(body, sb, j - 1);
      if (p.a.source.empty()) return false;
    }
    p.clause_start = j - 1;
    return true;
  }
  if (left == "," || after_quote || left == "—" || j == sb) {
    const TokenRange right = FindSourceRight(body, p.match.end, se);
    if (!right.empty() && j > sb && EndsRightSource(body, right.end, se)) {
      p.a.source = right;
      p.inverted = true;
      return true;
    }
    if (left != ",") return false;
    p.a.source = AppositiveSource(body, sb, j - 1);
    WholeSubject(body, sb, j, p.a.source, p);
    return !p.a.source.empty();
  }
  p.a.source = FindSourceLeft(body, j, sb);
  if (p.a.source.size() == 1 && p.a.source.begin > sb &&
      IsSubjectPronoun(body.tokens[p.a.source.begin].lower)) {
    p.a.antecedent = SentenceSubject(body, sb, p.a.source.begin);
  }
  // "Developers and supporters in Congress say": the phrase cut at a
  // preposition is the whole sentence-initial phrase.
  if (p.a.source.empty() ||
      (p.a.source.begin > sb && IsNpStopWord(body.tokens[p.a.source.begin - 1].lower))) {
    const TokenRange initial = InitialPhraseSource(body, sb, j);
    if (!initial.empty()) p.a.source = initial;
  }
  if (p.a.source.empty()) return false;
  // "The Foreign Office issued a statement saying ...": the document is
  // the vehicle, the sentence's subject the source.
  if (p.match.ing_form && p.a.source.begin > sb && IsDocumentNoun(body, p.a.source.end - 1)) {
    const TokenRange subject = SentenceSubject(body, sb, p.a.source.begin);
    if (!subject.empty()) {
      p.clause_start = p.a.source.begin;  // ends the content of "issued"
      p.a.source = subject;
      return true;
    }
  }
  // "X, the captain, had sailed ..., the company said": a source set off by
  // a comma ends a content before it, not a long subject.
  if (p.a.source.begin > sb && !IsSubjectPronoun(body.tokens[p.a.source.begin].lower) &&
      !body.Is(p.a.source.begin - 1, ",")) {
    WholeSubject(body, sb, j, {}, p);
  }
  if (p.a.source.begin > sb && IsClauseOpener(body.tokens[p.a.source.begin - 1].lower)) {
    p.clause_start = p.a.source.begin - 1;
  }
  return true;
}

// Widens a source over a few plain words up to a comma when that makes the
// content before it well formed ("..., top black lawmakers said").
bool WidenSourceToComma(const BodyTokens& body, std::size_t sb, Pending& p) {
  std::size_t b = p.a.source.begin;
  for (int n = 0; n < 4 && b > sb; ++n) {
    const text::Token& t = body.tokens[b - 1];
    if (body.Is(b - 1, ",") || body.IsCloseQuote(b - 1)) {
      p.a.source.begin = b;
      return true;
    }
    if (t.type != TokenType::kWord || IsNpStopWord(t.lower) || IsAuxiliary(t.lower)) break;
    --b;
  }
  return false;
}

void AddContentBefore(const BodyTokens& body, std::size_t sb, std::size_t se, Pending& p) {
  std::size_t end = p.inverted ? p.a.chain.begin : p.a.source.begin;
  std::optional<ContentPart> part = ContentBefore(body, sb, end);
  if (!part && !p.inverted && WidenSourceToComma(body, sb, p)) {
    part = ContentBefore(body, sb, p.a.source.begin);
  }
  if (part) p.a.content.push_back(*part);
  if (p.a.content.empty()) return;
  // Interrupted quotation: "“A,” he said, “B.”"
  const std::size_t q = p.after;
  if (q + 1 < se && body.Is(q, ",") && body.IsOpenQuote(q + 1)) {
    if (std::optional<ContentPart> quote = QuotationAt(body, q + 1)) p.a.content.push_back(*quote);
  }
}

void AddContentAccordingTo(const BodyTokens& body, std::size_t sb, std::size_t se, Pending& p) {
  std::optional<ContentPart> part;
  if (p.match.begin == sb) {
    std::size_t k = p.a.source.end;
    if (body.Is(k, ",")) ++k;
    part = ContentAfter(body, k, se);
  } else {
    part = ContentBefore(body, sb, p.match.begin);
    if (!part) part = ContentAfter(body, sb, p.match.begin);
  }
  if (part) p.a.content.push_back(*part);
}

// Polls, studies and records "show" and "find" things without a "that".
bool IsEvidenceSource(const BodyTokens& body, TokenRange source) {
  if (source.empty()) return false;
  const std::string& w = body.tokens[source.end - 1].lower;
  for (std::string_view e : {"poll", "polls", "survey", "surveys", "study", "studies", "report",
                             "reports", "data", "analysis", "figures", "records", "documents",
                             "results", "numbers", "video", "footage", "research", "review"}) {
    if (w == e) return true;
  }
  return false;
}

// "“Q,” he told cheering supporters in Nashua": a quotation right before
// the source (its closing mark, maybe then a comma).
bool QuotationBefore(const BodyTokens& body, std::size_t sb, std::size_t source_begin) {
  if (source_begin <= sb) return false;
  std::size_t k = source_begin - 1;
  if (body.Is(k, ",") && k > sb) --k;
  return body.IsCloseQuote(k);
}

bool StartsAdjunct(const BodyTokens& body, std::size_t k) {
  if (k >= body.tokens.size() || body.tokens[k].type != TokenType::kWord) return false;
  const std::string& w = body.tokens[k].lower;
  for (std::string_view p : {"in", "at", "on", "to", "during", "after", "before", "from", "with",
                             "via", "while", "when", "as", "outside", "inside", "near"}) {
    if (w == p) return true;
  }
  return IsTimeWord(w);
}

// "believes the plan is wrong", "thought it would fail": a clause without
// "that" after a cue that needs one: a subject (pronoun, determiner or
// name) and, within a few plain words, a finite auxiliary or modal.
bool FiniteClauseAt(const BodyTokens& body, std::size_t k, std::size_t se) {
  if (k >= se || body.tokens[k].type != TokenType::kWord) return false;
  const text::Token& first = body.tokens[k];
  if (!IsSubjectPronoun(first.lower) && !IsDeterminer(first.lower) && !first.capitalized) {
    return false;
  }
  for (std::size_t j = k + 1; j < se && j < k + 7; ++j) {
    const text::Token& t = body.tokens[j];
    if (t.type != TokenType::kWord) return false;
    const std::string& w = t.lower;
    if (w == "'s" || w == "not" || w == "n't" || w == "never" || w == "be" || w == "been" ||
        w == "being" || w == "having") {
      continue;
    }
    if (IsAuxiliary(w) || IsModal(w)) return true;
    if (IsContentBreaker(w) || IsRelativeWord(w)) return false;
  }
  return false;
}

void AddContent(const BodyTokens& body, std::size_t sb, std::size_t se, std::size_t limit,
                Pending& p) {
  if (p.a.sense->prepositional) return AddContentAccordingTo(body, sb, se, p);
  if (p.a.no_content) return;
  const std::size_t rest = p.after;
  if (OnlyTrailingPunct(body, rest, se) || (body.Is(rest, ",") && !p.match.ing_form)) {
    AddContentBefore(body, sb, se, p);
    // "He said, “...”": nothing before the source, a quotation after the cue.
    if (!p.a.content.empty() || p.inverted || !body.Is(rest, ",") || !body.IsOpenQuote(rest + 1)) {
      return;
    }
  }
  if (body.Is(rest, ":") && OnlyTrailingPunct(body, rest + 1, se)) {
    p.a.colon_intro = true;
    return;
  }
  if (p.inverted) return;
  // "“Q,” X said at a rally in Y.": an adjunct after the cue that SkipAdjuncts
  // could not close; the content is the quotation or clause before.
  if (StartsAdjunct(body, rest) || (QuotationBefore(body, sb, p.a.source.begin) &&
                                     !body.Is(rest, "that") && !body.IsOpenQuote(rest) &&
                                     !body.Is(rest, ":"))) {
    AddContentBefore(body, sb, se, p);
    if (!p.a.content.empty()) return;
  }
  if (p.a.sense->needs_that && !body.Is(rest, "that") && !body.IsOpenQuote(rest) &&
      !(body.Is(rest, ":") || body.Is(rest, ",")) && !IsEvidenceSource(body, p.a.source) &&
      !FiniteClauseAt(body, rest, se)) {
    return;
  }
  if (p.a.sense->type == CueType::kDeny && StartsPersonObject(body, rest, se)) return;
  if (std::optional<ContentPart> part = ContentAfter(body, rest, std::max(limit, rest))) {
    p.a.content.push_back(*part);
  }
}

std::optional<Pending> StartAttribution(const BodyTokens& body, std::size_t s, const CueMatch& m,
                                        const std::vector<Pending>& before) {
  const SentenceRef& ref = body.sentences[s];
  const std::size_t sb = ref.tokens.begin, se = ref.tokens.end;
  Pending p;
  p.match = m;
  p.a.sentence = s;
  p.a.sense = m.sense;
  p.a.cue = {m.begin, m.end};
  if (m.sense->prepositional) {
    p.a.chain = {m.begin, m.begin};
    p.a.source = FindSourceRight(body, m.end, se);
    if (p.a.source.empty()) return std::nullopt;
    if (m.begin > sb && body.Is(m.begin - 1, ",")) p.clause_start = m.begin - 1;
    return p;
  }
  const Chain chain = WalkChain(body, sb, m.begin);
  if (chain.infinitive || IsPassive(body, chain.begin, m)) return std::nullopt;
  if (m.noun_form && chain.begin == m.begin && !SubjectLikeBefore(body, sb, m.begin)) {
    return std::nullopt;
  }
  if (m.base_form && chain.begin == m.begin && !BaseFormAllowed(body, sb, m.begin)) {
    return std::nullopt;
  }
  p.a.chain = {chain.begin, m.begin};
  p.a.negated = chain.negated;
  p.a.no_content = chain.declined || (chain.negated && m.sense->type == CueType::kSay);
  if (chain.negated && m.sense->type == CueType::kDeny) p.a.cue.begin = chain.begin;
  if (!FindSource(body, sb, se, before, p)) return std::nullopt;
  std::size_t after = p.inverted ? p.a.source.end : m.end;
  if (m.sense->takes_object && !p.inverted) after = SkipObject(body, after, se);
  p.after = SkipAdjuncts(body, after, se);
  return p;
}

}  // namespace

std::vector<Attribution> FindAttributions(const BodyTokens& body, std::size_t sentence,
                                          const LearnedCues* learned) {
  const SentenceRef& ref = body.sentences[sentence];
  const std::size_t sb = ref.tokens.begin, se = ref.tokens.end;
  std::vector<Pending> pending;
  for (const CueMatch& m : FindCues(body, sb, se, learned)) {
    // A cue inside another's source ("... spokesman for X said") is not one.
    if (!pending.empty() && m.begin < pending.back().a.source.end) continue;
    if (std::optional<Pending> p = StartAttribution(body, sentence, m, pending)) {
      pending.push_back(std::move(*p));
    }
  }
  for (std::size_t i = 0; i < pending.size(); ++i) {
    std::size_t limit = se;
    for (std::size_t k = i + 1; k < pending.size(); ++k) {
      if (pending[k].clause_start && *pending[k].clause_start > pending[i].match.end) {
        limit = std::min(limit, *pending[k].clause_start);
      }
    }
    AddContent(body, sb, se, limit, pending[i]);
  }
  std::vector<Attribution> out;
  std::vector<int> new_index(pending.size(), -1);
  for (std::size_t i = 0; i < pending.size(); ++i) {
    Attribution& a = pending[i].a;
    if (a.shared_with >= 0) {
      a.shared_with = new_index[static_cast<std::size_t>(a.shared_with)];
      if (a.shared_with < 0) continue;
    }
    if (a.content.empty() && !a.no_content && !a.colon_intro && a.shared_with < 0 &&
        a.source.empty()) {
      continue;
    }
    new_index[i] = static_cast<int>(out.size());
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace claimgraph::extract
