#include "link/lemmatizer.h"

#include <string>
#include <string_view>

#include "link/lemmatizer_internal.h"
#include "link/verb_lexicon.h"

namespace claimgraph::link {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "plann" -> "plan": a doubled final consonant from -ed/-ing. Doubled l, s, z
// and f are usually part of the stem ("pull", "miss", "buzz", "staff").
bool HasDoubledConsonant(std::string_view stem) {
  if (stem.size() < 3) return false;
  char last = stem.back();
  return last == stem[stem.size() - 2] && !IsVowel(last) && last != 'l' && last != 's' &&
         last != 'z' && last != 'f';
}

// Stems that lost a silent e before -ed/-ing ("negotiat", "forc", "enabl").
bool NeedsSilentE(std::string_view s) {
  if (s.size() < 3) return false;
  const char before = s[s.size() - 3];
  for (std::string_view ending :
       {"v",  "u",  "iz", "uc", "rc", "nc", "dg", "rg", "ang", "eng", "ud",
        "os", "as", "ns", "ps", "rs", "ys", "bl", "pl", "tl",  "dl",  "gl",
        "kl", "zl", "fl", "ac", "ic", "ut", "ib", "ik", "um",  "om",  "ur"}) {
    if (EndsWith(s, ending)) return true;
  }
  if (EndsWith(s, "is") && !EndsWith(s, "ss")) return true;
  if (EndsWith(s, "at") && s.size() >= 4) return true;
  if ((EndsWith(s, "ad") || EndsWith(s, "id") || EndsWith(s, "ok") || EndsWith(s, "in")) &&
      !IsVowel(before)) {
    return true;
  }
  if ((EndsWith(s, "ar") && before != 'e') || (EndsWith(s, "ir") && before != 'a')) return true;
  return false;
}

// Base form for a word with a verbal suffix of `cut` bytes removed.
std::string VerbStem(std::string_view word, std::size_t cut) {
  std::string stem(word.substr(0, word.size() - cut));
  std::string with_e = stem + "e";
  std::string undoubled = HasDoubledConsonant(stem) ? stem.substr(0, stem.size() - 1) : "";
  if (IsKnownVerb(stem)) return stem;
  if (IsKnownVerb(with_e)) return with_e;
  if (!undoubled.empty() && IsKnownVerb(undoubled)) return undoubled;
  if (!undoubled.empty()) return undoubled;
  if (NeedsSilentE(stem)) return with_e;
  return stem;
}

std::string PluralStem(std::string_view word) {
  if (EndsWith(word, "ss") || EndsWith(word, "us") || EndsWith(word, "is") ||
      EndsWith(word, "'s")) {
    return std::string(word);
  }
  if (EndsWith(word, "ies") && word.size() > 4)
    return std::string(word.substr(0, word.size() - 3)) + "y";
  for (std::string_view es : {"sses", "shes", "ches", "xes", "zes", "oes"}) {
    if (EndsWith(word, es)) return std::string(word.substr(0, word.size() - 2));
  }
  return std::string(word.substr(0, word.size() - 1));
}

}  // namespace

std::string Lemmatize(std::string_view word) {
  if (auto base = internal::IrregularBase(word)) return *base;
  if (word.size() <= 3 || internal::IsInvariant(word)) return std::string(word);
  if (EndsWith(word, "ing") && word.size() >= 5) return VerbStem(word, 3);
  if (EndsWith(word, "ied") && word.size() > 4) {
    return std::string(word.substr(0, word.size() - 3)) + "y";
  }
  if (EndsWith(word, "eed")) {
    std::string minus_d(word.substr(0, word.size() - 1));
    if (IsKnownVerb(minus_d)) return minus_d;
    std::string minus_ed(word.substr(0, word.size() - 2));
    return IsKnownVerb(minus_ed) ? minus_ed : std::string(word);
  }
  if (EndsWith(word, "ed")) return VerbStem(word, 2);
  if (EndsWith(word, "s")) return PluralStem(word);
  return std::string(word);
}

Lemma KeyLemma(std::string_view word) {
  std::string spelled = internal::UnifySpelling(word);
  std::string lemma = Lemmatize(spelled);
  bool inflected_verb = lemma != spelled && (EndsWith(spelled, "ed") || EndsWith(spelled, "ing"));
  if (auto verb = internal::VerbOfNoun(lemma)) return Lemma{*verb, true};
  return Lemma{lemma, inflected_verb || IsKnownVerb(lemma)};
}

}  // namespace claimgraph::link
