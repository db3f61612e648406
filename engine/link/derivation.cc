// Derivational normalisation: event nouns onto verbs, and spelling variants.
//
// Generic suffix rules only ever map onto a verb of the lexicon, so a noun
// that merely looks derived ("government", "signal", "nation") stays itself.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "link/lemmatizer_internal.h"
#include "link/verb_lexicon.h"

namespace claimgraph::link::internal {
namespace {

struct NounVerb {
  std::string_view noun;
  std::string_view verb;
};

// Irregular derivations the suffix rules cannot reach.
constexpr NounVerb kDerived[] = {
    {"threat", "threaten"},
    {"pursuit", "pursue"},
    {"defence", "defend"},
    {"defense", "defend"},
    {"response", "respond"},
    {"intervention", "intervene"},
    {"destruction", "destroy"},
    {"description", "describe"},
    {"solution", "solve"},
    {"resolution", "resolve"},
    {"revision", "revise"},
    {"acquisition", "acquire"},
    {"detention", "detain"},
    {"sale", "sell"},
    {"loss", "lose"},
    {"growth", "grow"},
    {"death", "die"},
    {"choice", "choose"},
    {"proof", "prove"},
    {"belief", "believe"},
    {"complaint", "complain"},
    {"failure", "fail"},
    {"departure", "depart"},
    {"closure", "close"},
    {"seizure", "seize"},
    {"exposure", "expose"},
    {"assistance", "assist"},
    {"acceptance", "accept"},
    {"resistance", "resist"},
    {"insistence", "insist"},
    {"existence", "exist"},
    {"interference", "interfere"},
    {"reliance", "rely"},
    {"compliance", "comply"},
    {"appearance", "appear"},
    {"avoidance", "avoid"},
    {"attendance", "attend"},
    {"dependence", "depend"},
    {"occurrence", "occur"},
    {"preference", "prefer"},
    {"maintenance", "maintain"},
    {"explanation", "explain"},
    {"concession", "concede"},
    {"succession", "succeed"},
};

// Nouns the generic rules would wrongly reduce to a listed verb.
constexpr std::string_view kNotDerived[] = {
    "trial",   "signal", "commission", "pressure", "posture", "mission",
    "station", "nation", "ration",     "fiction",  "section", "portion",
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Cut(std::string_view s, std::size_t n, std::string_view add = "") {
  return std::string(s.substr(0, s.size() - n)) + std::string(add);
}

// Candidate verbs for a noun, most specific suffix first.
std::vector<std::string> Candidates(std::string_view n) {
  std::vector<std::string> out;
  if (EndsWith(n, "ation")) {
    out = {Cut(n, 5, "ate"), Cut(n, 5, "e"), Cut(n, 5), Cut(n, 5, "y")};
  } else if (EndsWith(n, "ition")) {
    out = {Cut(n, 5, "e"), Cut(n, 5), Cut(n, 5, "ise"), Cut(n, 5, "it")};
  } else if (EndsWith(n, "ution")) {
    out = {Cut(n, 3, "e")};
  } else if (EndsWith(n, "ssion")) {
    out = {Cut(n, 3), Cut(n, 5, "t")};
  } else if (EndsWith(n, "ulsion")) {
    out = {Cut(n, 6, "el")};
  } else if (EndsWith(n, "sion")) {
    out = {Cut(n, 4, "de"), Cut(n, 4, "d")};
  } else if (EndsWith(n, "ption")) {
    out = {Cut(n, 3), Cut(n, 5, "e")};
  } else if (EndsWith(n, "ction")) {
    out = {Cut(n, 3), Cut(n, 5, "ce")};
  } else if (EndsWith(n, "tion")) {
    out = {Cut(n, 3)};
  } else if (EndsWith(n, "ment")) {
    out = {Cut(n, 4), Cut(n, 4, "e")};
  } else if (EndsWith(n, "ial")) {
    out = {Cut(n, 3, "y")};
  } else if (EndsWith(n, "al")) {
    out = {Cut(n, 2), Cut(n, 2, "e")};
  }
  return out;
}

}  // namespace

std::string UnifySpelling(std::string_view word) {
  std::string out(word);
  for (std::string_view suffix : {"izations", "ization", "izing", "izes", "ized", "ize"}) {
    if (EndsWith(out, suffix) && out.size() - suffix.size() >= 3) {
      out[out.size() - suffix.size() + 1] = 's';
      break;
    }
  }
  for (std::string_view stem : {"bour", "vour", "lour", "nour", "mour", "gour"}) {
    std::size_t at = out.find(stem);
    if (at != std::string::npos && at > 0) {
      out.erase(at + 2, 1);
      break;
    }
  }
  return out;
}

std::optional<std::string> VerbOfNoun(std::string_view noun) {
  static const auto* const kMap = [] {
    auto* map = new std::unordered_map<std::string_view, std::string_view>();
    for (const NounVerb& entry : kDerived) map->emplace(entry.noun, entry.verb);
    return map;
  }();
  static const std::unordered_set<std::string_view> kExceptions(std::begin(kNotDerived),
                                                                std::end(kNotDerived));
  if (auto it = kMap->find(noun); it != kMap->end()) return std::string(it->second);
  if (kExceptions.contains(noun) || IsKnownVerb(noun)) return std::nullopt;
  for (const std::string& candidate : Candidates(noun)) {
    if (candidate.size() >= 3 && IsKnownVerb(candidate)) return candidate;
  }
  return std::nullopt;
}

}  // namespace claimgraph::link::internal
