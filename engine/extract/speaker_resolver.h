// Speaker resolution: from a source mention as written to the canonical
// speaker name used across the article.
//
// Canonicalize() is a pure function of one mention:
//   "Kremlin spokesman Dmitry Peskov"  -> "Dmitry Peskov"       (person)
//   "the French presidential office"   -> "French presidential office"
//   "a spokesman for the ministry"     -> "ministry"
//   "the Kremlin's spokesman"          -> "Kremlin"
//   "top US and European officials"    -> kept as written       (group)
//   "he", "Peskov", "Mr. Peskov"       -> marked for resolution (pronoun / short name)
// SpeakerResolver keeps the speakers seen so far in one article and
// resolves pronouns to the most recent compatible speaker (he/she: a person;
// they: a group, else an organisation; it: an organisation) and short names
// to the most recent full name sharing the surname or given name. It holds
// per-article state: make one per Extract() call, never share it.
#ifndef CLAIMGRAPH_EXTRACT_SPEAKER_RESOLVER_H_
#define CLAIMGRAPH_EXTRACT_SPEAKER_RESOLVER_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace claimgraph::extract {

enum class SpeakerKind {
  kPerson,        // a named individual ("Dmitry Peskov")
  kGroup,         // several people ("US officials", "the US and its allies")
  kOrganisation,  // an institution, place or document ("Kremlin", "the report")
  kPronoun,       // "he", "she", "they", "it", "we", "i"
  kShortName,     // one capitalised word that may be a surname ("Peskov", "Moscow")
};

struct CanonicalMention {
  std::string name;  // canonical string; for pronouns the lower-cased pronoun
  SpeakerKind kind = SpeakerKind::kOrganisation;
};

// Canonical form of the mention tokens (`text` is the article text the
// token spans point into). Empty tokens give an empty name.
CanonicalMention Canonicalize(std::span<const text::Token> mention, std::string_view text);

// True if `pronoun` ("he", "they", "it" ...) can refer to a speaker of `kind`.
bool PronounFits(std::string_view pronoun, SpeakerKind kind);

class SpeakerResolver {
 public:
  // Resolves the mention to a canonical speaker and records it as the most
  // recent speaker. An unresolvable pronoun yields the pronoun itself; an
  // unknown short name yields the name.
  std::string Resolve(std::span<const text::Token> mention, std::string_view text);

  // Records a person named outside any attribution ("Secretary of State John
  // Kerry met ...") so that a later "Kerry said" resolves; pronouns never
  // resolve to such names, only to speakers.
  void NotePerson(const std::string& full_name);

 private:
  struct Known {
    std::string name;
    SpeakerKind kind;
    bool spoke;  // false for persons only noted in narrative
  };
  const Known* FindPronounAntecedent(std::string_view pronoun) const;
  const Known* FindFullName(std::string_view short_name) const;
  void Remember(const std::string& name, SpeakerKind kind, bool spoke);

  // The most recent kMaxHistory speakers, oldest first. The bound keeps
  // every lookup O(1) in the article's length: a hostile article naming
  // 100,000 speakers would otherwise cost quadratic time.
  static constexpr std::size_t kMaxHistory = 256;
  std::vector<Known> history_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_SPEAKER_RESOLVER_H_
