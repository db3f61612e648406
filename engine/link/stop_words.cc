#include "link/stop_words.h"

#include <string_view>
#include <unordered_set>

namespace claimgraph::link {
namespace {

using WordSet = std::unordered_set<std::string_view>;

constexpr std::string_view kFunctionWords[] = {
    "a",         "an",      "the",       "and",       "or",        "but",       "nor",
    "so",        "yet",     "for",       "of",        "in",        "on",        "at",
    "to",        "from",    "by",        "with",      "about",     "as",        "into",
    "onto",      "over",    "under",     "up",        "down",      "out",       "off",
    "through",   "between", "among",     "against",   "after",     "before",    "during",
    "since",     "until",   "while",     "whereas",   "though",    "although",  "because",
    "if",        "unless",  "whether",   "than",      "then",      "that",      "this",
    "these",     "those",   "which",     "who",       "whom",      "whose",     "what",
    "when",      "where",   "why",       "how",       "there",     "here",      "all",
    "any",       "some",    "each",      "every",     "both",      "either",    "other",
    "another",   "such",    "same",      "own",       "more",      "most",      "less",
    "least",     "much",    "many",      "few",       "several",   "very",      "too",
    "also",      "only",    "just",      "even",      "still",     "already",   "again",
    "further",   "now",     "ever",      "else",      "instead",   "rather",    "quite",
    "almost",    "thus",    "therefore", "however",   "meanwhile", "via",       "per",
    "upon",      "within",  "without",   "across",    "around",    "near",      "including",
    "include",   "there's", "be",        "have",      "do",        "will",      "shall",
    "can",       "must",    "get",       "make",      "go",        "'s",        "'re",
    "'m",        "'ve",     "'ll",       "'d",        "say",       "tell",      "add",
    "according", "told",    "said",      "says",      "saying",    "well",      "away",
    "mr",        "mrs",     "ms",        "dr",        "one",       "anyone",    "someone",
    "everyone",  "anybody", "somebody",  "everybody", "anything",  "something", "everything",
};

constexpr std::string_view kPronouns[] = {
    "i",       "me",      "my",         "mine",      "we",     "us",       "our",     "ours",
    "you",     "your",    "yours",      "he",        "him",    "his",      "she",     "her",
    "hers",    "it",      "its",        "they",      "them",   "their",    "theirs",  "itself",
    "himself", "herself", "themselves", "ourselves", "myself", "yourself", "oneself",
};

constexpr std::string_view kNegators[] = {
    "not", "n't", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot",
};

// With the nouns that carry the same negation ("her parents' refusal to
// acknowledge"). Verbs of stopping ("stop", "block", "prevent") are left
// out: "a sharp shock can stop an angry bear, and the ringtone would be a
// surprise" would deny the surprise, since a negation runs to the clause end.
constexpr std::string_view kNegativeVerbs[] = {
    "deny", "reject", "refuse",  "rule",   "dismiss",   "decline",
    "fail", "refute", "refusal", "denial", "rejection", "failure",
};

constexpr std::string_view kHedges[] = {
    "may",        "might",     "could",       "would",    "should",     "possibly",
    "perhaps",    "likely",    "unlikely",    "probably", "reportedly", "allegedly",
    "apparently", "seemingly", "potentially", "alleged",  "purported",  "purportedly",
    "supposedly", "premature", "maybe",       "seem",     "appear",     "suggest",
};

bool In(const WordSet& set, std::string_view word) { return set.contains(word); }

}  // namespace

bool IsStopWord(std::string_view word) {
  static const WordSet kSet(std::begin(kFunctionWords), std::end(kFunctionWords));
  return In(kSet, word) || IsPronoun(word);
}

bool IsNegator(std::string_view word) {
  static const WordSet kSet(std::begin(kNegators), std::end(kNegators));
  return In(kSet, word);
}

bool IsNegativeVerb(std::string_view lemma) {
  static const WordSet kSet(std::begin(kNegativeVerbs), std::end(kNegativeVerbs));
  return In(kSet, lemma);
}

bool IsHedge(std::string_view word) {
  static const WordSet kSet(std::begin(kHedges), std::end(kHedges));
  return In(kSet, word);
}

bool IsPronoun(std::string_view word) {
  static const WordSet kSet(std::begin(kPronouns), std::end(kPronouns));
  return In(kSet, word);
}

}  // namespace claimgraph::link
