// Cross-article relations: normalisation, pair features and the rules that
// label a pair.
#include "link/relation.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "link/stop_words.h"
#include "text/tokens.h"

namespace claimgraph::link {
namespace {

struct Synonym {
  std::string_view canonical;
  bool predicate;
};

// News paraphrases folded onto one lemma. Keys are key lemmas (after
// KeyLemma), so "soldiers" and "soldier" are both "soldier". Kept small and
// unambiguous: a wrong fold merges propositions that differ.
const std::unordered_map<std::string_view, Synonym>& Synonyms() {
  static const std::unordered_map<std::string_view, Synonym> kMap = {
      {"soldier", {"troop", false}},     {"pullback", {"withdraw", true}},
      {"retreat", {"withdraw", true}},   {"exercise", {"drill", false}},
      {"manoeuvre", {"drill", false}},   {"maneuver", {"drill", false}},
      {"frontier", {"border", false}},   {"plant", {"factory", false}},
      {"facility", {"factory", false}},  {"mill", {"factory", false}},
      {"shut", {"close", true}},         {"shutdown", {"close", true}},
      {"employee", {"worker", false}},   {"staff", {"worker", false}},
      {"slash", {"cut", true}},          {"firm", {"company", false}},
      {"evidence", {"sign", false}},     {"indication", {"sign", false}},
      {"russian", {"russia", false}},    {"ukrainian", {"ukraine", false}},
      {"american", {"us", false}},       {"chinese", {"china", false}},
      {"british", {"uk", false}},        {"german", {"germany", false}},
      {"french", {"france", false}},     {"intend", {"plan", true}},
      {"intention", {"plan", true}},     {"leave", {"withdraw", true}},     {"attack", {"invade", true}},
      {"invasion", {"invade", true}},
  };
  return kMap;
}

// Two-word verbs ("pull back", "shut down") read as their one-word synonym.
const std::unordered_map<std::string_view, std::unordered_map<std::string_view, std::string_view>>&
PhrasalVerbs() {
  static const std::unordered_map<std::string_view,
                                  std::unordered_map<std::string_view, std::string_view>>
      kMap = {{"pull", {{"back", "withdraw"}, {"out", "withdraw"}}},
              {"shut", {{"down", "close"}}},
              {"lay", {{"off", "cut"}}},
              {"draw", {{"down", "withdraw"}}}};
  return kMap;
}

// Pairs of opposite meaning, by canonical lemma.
const std::vector<std::pair<std::string_view, std::string_view>>& Antonyms() {
  static const std::vector<std::pair<std::string_view, std::string_view>> kPairs = {
      {"increase", "decrease"}, {"increase", "cut"},  {"rise", "fall"},      {"raise", "cut"},
      {"open", "close"},        {"win", "lose"},      {"accept", "reject"},  {"approve", "reject"},
      {"true", "false"},        {"guilty", "innocent"}, {"advance", "withdraw"},
      {"alive", "dead"},        {"hire", "cut"},      {"expand", "shrink"},  {"gain", "loss"},
      {"legal", "illegal"},     {"success", "failure"}, {"reopen", "close"}, {"escalate", "withdraw"},
      {"survive", "die"},       {"arrive", "leave"},  {"strengthen", "weaken"}};
  return kPairs;
}

// Words that call a claim false; they carry stance, not the proposition.
bool IsDebunkWord(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "hoax",   "fake",     "debunk",     "debunked",      "false",    "fabricate",
      "fabricated", "untrue", "baseless", "bogus", "myth", "misinformation",
      "disinformation", "unfounded", "nonsense", "lie", "fiction", "fabrication"};
  return kSet.contains(lemma);
}

bool IsRumourWord(std::string_view word) {
  static const std::unordered_set<std::string_view> kSet = {
      "reportedly", "allegedly", "purportedly", "unconfirmed", "rumour", "rumor",
      "rumoured",   "rumored",   "supposedly",  "unverified"};
  return kSet.contains(word);
}

bool IsNumber(std::string_view lemma) {
  return !lemma.empty() && std::isdigit(static_cast<unsigned char>(lemma[0]));
}

// "no sign of", "any evidence that": an evidential frame around the
// proposition, which the negation before it negates. The frame's words
// ("sign", and "see"/"find" before it) carry nothing of the proposition.
void DropEvidentialFrames(const ContentAnalysis& a, std::unordered_set<std::string>* drop) {
  static const std::unordered_set<std::string_view> kNouns = {
      "sign", "signs", "evidence", "indication", "indications", "proof"};
  static const std::unordered_set<std::string_view> kDeterminers = {"no", "any", "little",
                                                                     "some", "clear"};
  for (std::size_t i = 1; i < a.words.size(); ++i) {
    if (!kNouns.contains(a.words[i]) || !kDeterminers.contains(a.words[i - 1])) continue;
    drop->insert(a.word_lemmas[i]);
    drop->insert(a.words[i]);
    for (std::size_t j = 0; j + 1 < i; ++j) {
      if (a.word_lemmas[j] == "see" || a.word_lemmas[j] == "find") drop->insert(a.word_lemmas[j]);
    }
  }
}

// The phrasal verb lemmas of the content ("pull" followed by "back"),
// mapped to their synonym; the particle is dropped from the lemma sets.
std::unordered_map<std::string, std::string> PhrasalRenames(const ContentAnalysis& a,
                                                           std::unordered_set<std::string>* drop) {
  std::unordered_map<std::string, std::string> renames;
  for (std::size_t i = 0; i + 1 < a.word_lemmas.size(); ++i) {
    auto verb = PhrasalVerbs().find(a.word_lemmas[i]);
    if (verb == PhrasalVerbs().end()) continue;
    auto particle = verb->second.find(a.words[i + 1]);
    if (particle == verb->second.end()) continue;
    renames[a.word_lemmas[i]] = std::string(particle->second);
    drop->insert(a.words[i + 1]);
  }
  return renames;
}

// Applies the synonym table to one lemma; false when the lemma is dropped.
bool NormaliseLemma(Lemma& lemma, const std::unordered_map<std::string, std::string>& renames,
                    const std::unordered_set<std::string>& drop, bool plural_forces) {
  if (drop.contains(lemma.text) || IsDebunkWord(lemma.text)) return false;
  if (auto r = renames.find(lemma.text); r != renames.end()) {
    lemma = Lemma{r->second, true};
  } else if (lemma.text == "force" && plural_forces) {
    lemma = Lemma{"troop", false};
  } else if (auto s = Synonyms().find(lemma.text); s != Synonyms().end()) {
    lemma = Lemma{std::string(s->second.canonical), s->second.predicate || lemma.predicate};
  }
  return true;
}

bool Has(const std::vector<Lemma>& lemmas, std::string_view text) {
  return std::any_of(lemmas.begin(), lemmas.end(), [&](const Lemma& l) { return l.text == text; });
}

// An antonym pair split across the two sides ("open" here, "close" there,
// neither side holding both).
const std::pair<std::string_view, std::string_view>* FindAntonym(const ContentAnalysis& a,
                                                                const ContentAnalysis& b) {
  for (const auto& pair : Antonyms()) {
    const bool a1 = Has(a.lemmas, pair.first), a2 = Has(a.lemmas, pair.second);
    const bool b1 = Has(b.lemmas, pair.first), b2 = Has(b.lemmas, pair.second);
    if ((a1 && b2 && !a2 && !b1) || (a2 && b1 && !a1 && !b2)) return &pair;
  }
  return nullptr;
}

// Capitalised words that name no entity.
bool IsCalendarWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "mr", "mrs", "ms", "dr"};
  return kSet.contains(w);
}

// Capitalised content words: names of people, places, organisations, with
// demonyms folded onto their country ("Russian" -> "russia").
std::vector<std::string> Names(std::string_view text, const std::vector<Span>& parts) {
  std::vector<std::string> names;
  for (const Span& part : parts) {
    if (part.empty() || part.end > text.size()) continue;
    for (const text::Token& t : text::Tokenize(text, part)) {
      if (t.type != text::TokenType::kWord || !t.capitalized) continue;
      const std::string& w = t.lower;
      if (IsStopWord(w) || IsNegator(w) || IsHedge(w) || IsPronoun(w) || IsCalendarWord(w)) continue;
      auto s = Synonyms().find(w);
      names.push_back(s != Synonyms().end() ? std::string(s->second.canonical) : w);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

bool HasExclusive(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    if (!std::binary_search(b.begin(), b.end(), x)) return true;
  }
  return false;
}

}  // namespace

NormalisedContent Normalise(std::string_view text, const std::vector<Span>& parts,
                            Polarity polarity, bool hedged) {
  NormalisedContent out;
  out.analysis = AnalyzeContent(text, parts);
  ContentAnalysis& a = out.analysis;
  out.negative = (polarity == Polarity::kDenied) != a.negated;
  out.hedged = hedged;
  for (std::size_t i = 0; i < a.words.size(); ++i) {
    out.hedged = out.hedged || IsRumourWord(a.words[i]);
    out.debunks = out.debunks || IsDebunkWord(a.word_lemmas[i]) || IsDebunkWord(a.words[i]);
  }
  std::unordered_set<std::string> drop;
  const auto renames = PhrasalRenames(a, &drop);
  DropEvidentialFrames(a, &drop);
  const bool plural_forces = std::find(a.words.begin(), a.words.end(), "forces") != a.words.end();
  auto normalise_all = [&](std::vector<Lemma>& lemmas) {
    std::vector<Lemma> kept;
    for (Lemma lemma : lemmas) {
      if (NormaliseLemma(lemma, renames, drop, plural_forces)) kept.push_back(std::move(lemma));
    }
    SortUniqueLemmas(kept);
    lemmas = std::move(kept);
  };
  normalise_all(a.lemmas);
  normalise_all(a.core);
  std::vector<Occurrence> occurrences;
  for (Occurrence o : a.occurrences) {
    if (NormaliseLemma(o.lemma, renames, drop, plural_forces)) occurrences.push_back(std::move(o));
  }
  a.occurrences = std::move(occurrences);
  for (const Lemma& lemma : a.lemmas) {
    if (IsNumber(lemma.text)) out.numbers.push_back(lemma.text);
  }
  out.names = Names(text, parts);
  return out;
}

NormalisedContent NormaliseForStorage(std::string_view text, const Statement& statement,
                                      const NormalisedContent& in_article) {
  if (statement.content.size() == 1) return in_article;
  const std::string content = statement.ContentText(text);
  return Normalise(content, {Span{0, content.size()}}, statement.polarity, statement.hedged);
}

std::vector<std::string> RetrievalTerms(std::string_view text, const Statement& statement) {
  // `hedged` changes no lemma.
  NormalisedContent content = Normalise(text, statement.content, statement.polarity, false);
  std::vector<std::string> terms;
  if (content.analysis.lemmas.size() < 2) return terms;
  for (const Lemma& lemma : content.analysis.lemmas) terms.push_back(lemma.text);
  return terms;  // already sorted and unique
}

std::string RetrievalTextOf(const NormalisedContent& in_article) {
  std::string out;
  if (in_article.analysis.lemmas.size() < 2) return out;
  for (const Lemma& lemma : in_article.analysis.lemmas) {
    if (!out.empty()) out += ' ';
    out += lemma.text;
  }
  return out;
}

std::string RetrievalText(std::string_view text, const Statement& statement) {
  return RetrievalTextOf(Normalise(text, statement.content, statement.polarity, false));
}

const char* ToString(PairRelation relation) {
  switch (relation) {
    case PairRelation::kSameClaim: return "same-claim";
    case PairRelation::kContradicts: return "contradicts";
    case PairRelation::kRelated: return "related";
    case PairRelation::kUnrelated: return "unrelated";
  }
  return "unrelated";
}

PairFeatures ComputePairFeatures(const NormalisedContent& a, const NormalisedContent& b,
                                 double retrieval_score) {
  PairFeatures f;
  f.overlap = Compare(a.analysis.lemmas, b.analysis.lemmas);
  f.same_lemmas = a.analysis.lemmas.size() == f.overlap.shared.size() &&
                  b.analysis.lemmas.size() == f.overlap.shared.size();
  f.polarity_differs = a.negative != b.negative;
  // The denial is already folded into `negative`; FindOpposition wants the
  // statement-level denial separately, so pass it as the XOR residue.
  const bool a_denied = a.negative != a.analysis.negated;
  const bool b_denied = b.negative != b.analysis.negated;
  if (auto o = FindOpposition(a.analysis, a_denied, b.analysis, b_denied)) {
    f.opposition = true;
    f.predicate = o->predicate;
    f.anchor = o->anchor;
  }
  if (const auto* pair = FindAntonym(a.analysis, b.analysis)) {
    f.antonym = true;
    // The frame the antonyms share: a's lemmas with its side of the pair
    // swapped for the other, compared again.
    std::vector<Lemma> swapped;
    for (const Lemma& l : a.analysis.lemmas) {
      if (l.text == pair->first) {
        swapped.push_back(Lemma{std::string(pair->second), l.predicate});
      } else if (l.text == pair->second) {
        swapped.push_back(Lemma{std::string(pair->first), l.predicate});
      } else {
        swapped.push_back(l);
      }
    }
    SortUniqueLemmas(swapped);
    f.antonym_coefficient = Compare(swapped, b.analysis.lemmas).coefficient;
    if (f.predicate.empty()) f.predicate = std::string(pair->first) + "/" + std::string(pair->second);
  }
  f.debunk_asymmetry = a.debunks != b.debunks;
  if (!a.numbers.empty() && !b.numbers.empty()) {
    std::vector<std::string> common;
    std::set_intersection(a.numbers.begin(), a.numbers.end(), b.numbers.begin(), b.numbers.end(),
                          std::back_inserter(common));
    f.number_mismatch = common.empty();
  }
  f.hedge_asymmetry = a.hedged != b.hedged;
  f.name_conflict = HasExclusive(a.names, b.names) && HasExclusive(b.names, a.names);
  f.retrieval_score = retrieval_score;
  return f;
}

// See ClassifyPair: the union-relative overlap below which a predicate
// opposition is not read as a contradiction.
constexpr double kMinContradictionJaccard = 0.25;
// ... unless the smaller side is contained in the other at least this much.
constexpr double kContainedCoefficient = 0.8;

// The weights: thresholds on overlap, then explicit stance signals. A
// contradiction needs `strong` topical overlap; a restatement needs a shared
// predicate and most of the content in common, and no sign of difference.
PairJudgement ClassifyPair(const PairFeatures& f) {
  const Overlap& o = f.overlap;
  const std::size_t shared = o.shared.size();
  // Talmark's troops are not Dunmark's: different names, different propositions.
  if (f.name_conflict) {
    return {shared >= 2 ? PairRelation::kRelated : PairRelation::kUnrelated, 0.5, "different names"};
  }
  if (f.antonym && !f.polarity_differs && shared >= 2 && f.antonym_coefficient >= 0.75) {
    return {PairRelation::kContradicts, 0.6, "opposite words (" + f.predicate + ")"};
  }
  if (shared < 2 || o.coefficient < 0.34) return {PairRelation::kUnrelated, 1 - o.coefficient, ""};
  const bool strong = f.same_lemmas || (o.coefficient >= 0.6 && o.shares_predicate);
  if (f.polarity_differs) {
    if (f.same_lemmas) return {PairRelation::kContradicts, 0.8, "opposite polarity"};
    // Three words of a short content shared with a long one are a topic in
    // common, not one proposition: unless the short side is nearly all
    // shared, a contradiction also needs the two of comparable extent.
    const bool one_proposition =
        o.jaccard >= kMinContradictionJaccard || o.coefficient >= kContainedCoefficient;
    if (f.opposition && strong && shared >= 3 && one_proposition) {
      return {PairRelation::kContradicts, 0.6 + 0.2 * o.coefficient,
              "'" + f.predicate + "' asserted on one side and negated on the other"};
    }
    return {PairRelation::kRelated, 0.5, "opposite polarity without a shared predicate"};
  }
  if (strong && f.debunk_asymmetry && o.coefficient >= 0.75) {
    return {PairRelation::kContradicts, 0.55, "called false on one side only"};
  }
  if (f.number_mismatch || f.antonym || f.debunk_asymmetry) {
    return {PairRelation::kRelated, 0.5, "same topic, different figures or stance words"};
  }
  if (f.same_lemmas) return {PairRelation::kSameClaim, 0.9, "same proposition"};
  const bool restates = o.shares_predicate && shared >= 2 &&
                        (o.jaccard >= 0.5 || (o.coefficient >= 0.75 && shared >= 3));
  if (restates && !f.hedge_asymmetry) {
    return {PairRelation::kSameClaim, 0.5 + 0.4 * o.jaccard, "same proposition in other words"};
  }
  return {PairRelation::kRelated, o.coefficient, "shared terms"};
}

}  // namespace claimgraph::link
