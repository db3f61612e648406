#include "link/proposition.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "link/lemmatizer.h"
#include "link/stop_words.h"
#include "text/tokens.h"

namespace claimgraph::link {
namespace {

// Words an anaphoric content may consist of, and the nouns that name what a
// speaker said ("the claim", "such reports").
const std::unordered_set<std::string_view>& AnaphorPointers() {
  static const std::unordered_set<std::string_view> kSet = {"that",  "this", "it",  "those",
                                                            "these", "such", "them"};
  return kSet;
}
const std::unordered_set<std::string_view>& AnaphorNouns() {
  static const std::unordered_set<std::string_view> kSet = {
      "claim",      "claims",      "assertion",        "assertions",       "report",
      "reports",    "allegation",  "allegations",      "accusation",       "accusations",
      "statement",  "statements",  "suggestion",       "suggestions",      "idea",
      "account",    "accounts",    "charge",           "charges",          "notion",
      "assessment", "assessments", "characterisation", "characterization", "version",
      "remark",     "remarks",     "comment",          "comments",         "assertion",
      "contention", "view"};
  return kSet;
}

bool IsAnaphor(const std::vector<std::string>& words) {
  if (words.empty()) return false;
  bool pointer = false, noun = false, article = false;
  for (const std::string& w : words) {
    if (AnaphorPointers().contains(w)) {
      pointer = true;
    } else if (AnaphorNouns().contains(w)) {
      noun = true;
    } else if (w == "the" || w == "all" || w == "of" || w == "any" || w == "both") {
      article = article || w == "the";
    } else {
      return false;
    }
  }
  return pointer || (article && noun);
}

// "US", "U.S.", "NATO": kept as written (periods dropped), never a stop word.
bool IsAcronym(std::string_view surface) {
  int letters = 0;
  for (char c : surface) {
    if (c == '.') continue;
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
    ++letters;
  }
  return letters >= 2;
}

std::string WithoutPeriods(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c != '.') out += c;
  }
  return out;
}

// A hyphen standing alone (" - ", "--") is a dash typed in ASCII.
bool ClosesClause(std::string_view punct) {
  return punct == "," || punct == ";" || punct == ":" || punct == "." || punct == "(" ||
         punct == ")" || punct == "\xE2\x80\x94" || punct == "\xE2\x80\x93" || punct == "-" ||
         punct == "--";
}

bool OpensClause(std::string_view word) {
  static const std::unordered_set<std::string_view> kSet = {
      "but", "because", "although", "though", "while",   "whereas", "which",
      "who", "when",    "if",       "unless", "whether", "however"};
  return kSet.contains(word);
}

// "... and I still don't know": a coordinated clause with its own subject;
// the negations before "and" are not its own.
bool OpensCoordinatedClause(std::string_view word, std::string_view next) {
  static const std::unordered_set<std::string_view> kSubjects = {"i",    "he",  "she", "we",
                                                                 "they", "you", "it"};
  return word == "and" && kSubjects.contains(next);
}

// Words whose "that" clause is taken for true whether or not they are
// negated: in "she was not aware that he was filming" the filming is not
// denied, so the negation stops at "that".
bool IsFactive(std::string_view inflectional_lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "aware", "know", "realise", "realize", "notice", "learn", "discover", "forget", "remember"};
  return kSet.contains(inflectional_lemma);
}

// Words of wanting whose complement the content does not assert: in "did
// not want their wives sitting next to other men" or "has no interest in
// being displayed" the negation is of the wanting, not of 'sit' or
// 'display', which another article may well assert without contradiction.
// A negation before such a word stops at it; the word itself stays negated,
// so "does not want to marry X" still opposes "wants to marry X".
bool EndsNegationScope(std::string_view lemma) {
  return lemma == "want" || lemma == "wish" || lemma == "desire" || lemma == "interest";
}

// Accumulates lemmas and negations over the tokens of the content parts.
class Analyzer {
 public:
  explicit Analyzer(std::string_view text) : text_(text) {}

  void AddPart(Span part) {
    std::vector<text::Token> tokens = text::Tokenize(text_, part);
    bool conditional = false;
    bool first_word = true;
    NewClause();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const text::Token& token = tokens[i];
      if (token.type == text::TokenType::kPunct) {
        if (ClosesClause(token.span.in(text_))) {
          conditional = false;
          NewClause();
        }
        continue;
      }
      if (token.type != text::TokenType::kWord && token.type != text::TokenType::kNumber) {
        continue;
      }
      const std::string& lower = token.lower;
      std::string_view next = i + 1 < tokens.size() ? tokens[i + 1].lower : std::string_view();
      const bool after_factive = !out_.word_lemmas.empty() && IsFactive(out_.word_lemmas.back());
      if (OpensClause(lower) || OpensCoordinatedClause(lower, next) ||
          (lower == "that" && after_factive)) {
        NewClause();
      }
      if (lower == "if" || lower == "unless" || lower == "whether") conditional = true;
      AddWord(token, first_word, conditional, next);
      first_word = false;
    }
  }

  ContentAnalysis Finish() {
    SortUniqueLemmas(out_.lemmas);
    SortUniqueLemmas(out_.core);
    out_.negated = negations_ % 2 == 1;
    out_.core_negated = core_negations_ % 2 == 1;
    out_.anaphor = IsAnaphor(out_.words);
    return std::move(out_);
  }

 private:
  void AddWord(const text::Token& token, bool first_word, bool conditional, std::string_view next) {
    const std::string& lower = token.lower;
    std::string inflectional = Lemmatize(lower);
    const bool after_with = !out_.words.empty() && out_.words.back() == "with";
    out_.words.push_back(lower);
    out_.word_lemmas.push_back(inflectional);
    // "no matter what", "not only ... but", "nothing more than", "a no
    // show fee" negate nothing; "rule" negates only as "rule out". "with no" negates its
    // noun phrase, an adjunct, not the clause: "a son born after six boys
    // with no girls in between becomes a werewolf" does not deny 'become'.
    bool idiom = (lower == "no" && (next == "matter" || next == "show" || after_with)) ||
                 (lower == "not" && next == "only") ||
                 (lower == "nothing" && (next == "more" || next == "but" || next == "less" ||
                                         next == "short"));
    bool negation = (IsNegator(lower) && !idiom) ||
                    (IsNegativeVerb(inflectional) && (inflectional != "rule" || next == "out"));
    if (negation) {
      ++negations_;
      ++clause_negations_;
      if (!conditional) ++core_negations_;
    }
    std::optional<Lemma> lemma = ContentLemma(token, first_word);
    if (lemma) {
      out_.lemmas.push_back(*lemma);
      if (!conditional) out_.core.push_back(*lemma);
      out_.occurrences.push_back(
          Occurrence{*lemma, clause_negations_ % 2 == 1, conditional, clause_});
    }
    if (EndsNegationScope(inflectional)) clause_negations_ = 0;
  }

  void NewClause() {
    ++clause_;
    clause_negations_ = 0;
  }

  std::optional<Lemma> ContentLemma(const text::Token& token, bool first_word) const {
    std::string_view surface = token.span.in(text_);
    if (token.type == text::TokenType::kNumber) return Lemma{token.lower, false};
    if (IsAcronym(surface)) return Lemma{WithoutPeriods(token.lower), false};
    const std::string& lower = token.lower;
    if (IsStopWord(lower) || IsNegator(lower) || IsHedge(lower)) return std::nullopt;
    if (!std::isalnum(static_cast<unsigned char>(lower[0])) && lower[0] != '\'') {
      // Non-ASCII initial letters are still words; only pure symbols are dropped.
      if (static_cast<unsigned char>(lower[0]) < 0x80) return std::nullopt;
    }
    // A capitalised word inside the content is a name: keep it whole.
    if (token.capitalized && !first_word) return Lemma{WithoutPeriods(lower), false};
    Lemma lemma = KeyLemma(lower);
    if (lemma.text.size() < 2 || IsStopWord(lemma.text) || IsHedge(lemma.text) ||
        IsNegator(lemma.text) || lemma.text[0] == '\'') {
      return std::nullopt;
    }
    return lemma;
  }


  std::string_view text_;
  ContentAnalysis out_;
  int negations_ = 0;
  int core_negations_ = 0;
  int clause_ = -1;
  int clause_negations_ = 0;
};

// Verbs that report or hold a proposition rather than state one: "police
// believe that X" asserted here and "is not believed" there oppose two
// attributions, and say nothing about whether X holds. (A denial of a
// content holding "police believe that the attack was revenge" was once
// the top dispute against an unrelated "is believed to have been".)
bool IsEmbeddingVerb(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "say",    "tell",    "believe", "think", "claim",   "report", "allege",
      "assert", "suggest", "argue",   "insist", "suspect"};
  return kSet.contains(lemma);
}

// Whether `lemma` is negative in `analysis` (negated XOR denied), when its
// asserted occurrences agree; nullopt when absent or mixed.
std::optional<bool> PredicateNegative(const ContentAnalysis& analysis, const std::string& lemma,
                                      bool denied) {
  std::optional<bool> negated;
  for (const Occurrence& o : analysis.occurrences) {
    if (o.conditional || o.lemma.text != lemma) continue;
    if (negated && *negated != o.negated) return std::nullopt;
    negated = o.negated;
  }
  if (!negated) return std::nullopt;
  return *negated != denied;
}

// The other lemmas of the clauses `lemma` occurs in.
std::set<std::string> ClauseMates(const ContentAnalysis& analysis, const std::string& lemma) {
  std::set<int> clauses;
  for (const Occurrence& o : analysis.occurrences) {
    if (!o.conditional && o.lemma.text == lemma) clauses.insert(o.clause);
  }
  std::set<std::string> mates;
  for (const Occurrence& o : analysis.occurrences) {
    if (!o.conditional && clauses.contains(o.clause) && o.lemma.text != lemma) {
      mates.insert(o.lemma.text);
    }
  }
  return mates;
}

// Verbs whose subject is the one who wants, plans or decides (after the
// lemma folding of link/lemmatizer.h: "intend" is "plan").
bool IsVolitionVerb(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "want",   "plan",   "hope", "wish", "try",  "decide", "agree",
      "refuse", "expect", "seek", "aim",  "like", "prefer", "mean"};
  return kSet.contains(lemma);
}

// Per asserted occurrence of `lemma`: the lemmas before it in its clause
// that are no predicates, roughly its subject ("the airline" in "the
// airline does employ women"); empty when the subject is a pronoun.
std::vector<std::set<std::string>> LeadingWords(const ContentAnalysis& analysis,
                                                const std::string& lemma) {
  std::vector<std::set<std::string>> out;
  const auto& occ = analysis.occurrences;
  for (std::size_t i = 0; i < occ.size(); ++i) {
    if (occ[i].conditional || occ[i].lemma.text != lemma) continue;
    std::set<std::string>& lead = out.emplace_back();
    for (std::size_t j = 0; j < i; ++j) {
      if (occ[j].clause == occ[i].clause && !occ[j].lemma.predicate) lead.insert(occ[j].lemma.text);
    }
  }
  return out;
}

// True if some occurrence on each side may have the same subject: one of
// them has none in the content, or they share a word.
bool SubjectsMayAgree(const std::vector<std::set<std::string>>& a,
                      const std::vector<std::set<std::string>>& b) {
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (x.empty() || y.empty() ||
          std::any_of(x.begin(), x.end(), [&](const std::string& w) { return y.contains(w); })) {
        return true;
      }
    }
  }
  return false;
}

double Weight(const Lemma& lemma) { return lemma.predicate ? 1.5 : 1.0; }

double TotalWeight(const std::vector<Lemma>& lemmas) {
  double total = 0;
  for (const Lemma& lemma : lemmas) total += Weight(lemma);
  return total;
}

}  // namespace

ContentAnalysis AnalyzeContent(std::string_view text, const std::vector<Span>& parts) {
  Analyzer analyzer(text);
  for (const Span& part : parts) {
    if (!part.empty() && part.end <= text.size()) analyzer.AddPart(part);
  }
  return analyzer.Finish();
}

Overlap Compare(const std::vector<Lemma>& a, const std::vector<Lemma>& b) {
  Overlap out;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].text < b[j].text) {
      ++i;
    } else if (b[j].text < a[i].text) {
      ++j;
    } else {
      out.shared.push_back(Lemma{a[i].text, a[i].predicate || b[j].predicate});
      out.shares_predicate = out.shares_predicate || out.shared.back().predicate;
      ++i;
      ++j;
    }
  }
  double shared = TotalWeight(out.shared);
  double wa = TotalWeight(a), wb = TotalWeight(b);
  double smaller = std::min(wa, wb);
  double united = wa + wb - shared;
  out.coefficient = smaller > 0 ? std::min(1.0, shared / smaller) : 0;
  out.jaccard = united > 0 ? std::min(1.0, shared / united) : 0;
  return out;
}

std::optional<Opposition> FindOpposition(const ContentAnalysis& a, bool a_denied,
                                         const ContentAnalysis& b, bool b_denied) {
  for (const Lemma& shared : Compare(a.core, b.core).shared) {
    if (!shared.predicate || IsEmbeddingVerb(shared.text)) continue;
    std::optional<bool> a_negative = PredicateNegative(a, shared.text, a_denied);
    std::optional<bool> b_negative = PredicateNegative(b, shared.text, b_denied);
    if (!a_negative || !b_negative || *a_negative == *b_negative) continue;
    // Different named subjects want different things: "Burton wanted to
    // display the body" and "Manson does not want to be put on display"
    // oppose nothing. Only verbs of wanting and deciding are checked: their
    // subject is always the one who wants, while most predicates alternate
    // ("Harlow will close its plant" / "the plant will not close"). A denied
    // content is often a noun phrase ("rumours that it plans to cut jobs")
    // whose words before the predicate are no subject: not checked either.
    if (IsVolitionVerb(shared.text) && !a_denied && !b_denied &&
        !SubjectsMayAgree(LeadingWords(a, shared.text), LeadingWords(b, shared.text))) {
      continue;
    }
    std::set<std::string> a_mates = ClauseMates(a, shared.text);
    for (const std::string& mate : ClauseMates(b, shared.text)) {
      if (a_mates.contains(mate)) return Opposition{!*a_negative, shared.text, mate};
    }
  }
  return std::nullopt;
}

void SortUniqueLemmas(std::vector<Lemma>& lemmas) {
  std::stable_sort(lemmas.begin(), lemmas.end(),
                   [](const Lemma& a, const Lemma& b) { return a.text < b.text; });
  std::vector<Lemma> unique;
  for (Lemma& lemma : lemmas) {
    if (!unique.empty() && unique.back().text == lemma.text) {
      unique.back().predicate = unique.back().predicate || lemma.predicate;
    } else {
      unique.push_back(std::move(lemma));
    }
  }
  lemmas = std::move(unique);
}

std::string JoinLemmas(const std::vector<Lemma>& lemmas) {
  std::string out;
  for (const Lemma& lemma : lemmas) {
    if (!out.empty()) out += ", ";
    out += lemma.text;
  }
  return out;
}

}  // namespace claimgraph::link
