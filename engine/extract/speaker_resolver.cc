#include "extract/speaker_resolver.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

using text::Token;
using text::TokenType;

bool IsArticle(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

// Roles that speak for someone else: "a spokesman for X" means X speaks.
bool IsMouthpiece(std::string_view w) {
  return w == "spokesman" || w == "spokeswoman" || w == "spokesperson" || w == "spokesmen" ||
         w == "spokeswomen" || w == "spokespeople" || w == "representative" ||
         w == "representatives" || w == "official" || w == "officials" || w == "aide" ||
         w == "aides" || w == "source" || w == "sources" || w == "lawyer" || w == "lawyers" ||
         w == "attorney" || w == "attorneys" || w == "spokespersons";
}

bool IsNameToken(const Token& t) {
  return t.type == TokenType::kWord && t.capitalized && !IsRoleWord(t.lower) &&
         !IsDeterminer(t.lower) && !IsNpStopWord(t.lower) && t.lower != "'s";
}

std::string SpanText(std::span<const Token> toks, std::string_view text) {
  if (toks.empty()) return {};
  const std::size_t b = toks.front().span.begin;
  return std::string(text.substr(b, toks.back().span.end - b));
}

// Start of the trailing run of name words; a word right after "of" belongs
// to a title ("Secretary of State"), not to the name.
std::size_t NameRunStart(std::span<const Token> toks) {
  std::size_t r = toks.size();
  while (r > 0 && IsNameToken(toks[r - 1])) {
    // "Organization for the Prohibition of Chemical Weapons": connectors
    // between capitalised words keep one name.
    std::size_t c = r - 1;
    while (c > 0 && (toks[c - 1].lower == "of" || toks[c - 1].lower == "for" ||
                     toks[c - 1].lower == "the")) {
      --c;
    }
    if (c < r - 1 && c > 0 && IsNameToken(toks[c - 1]) && !IsRoleWord(toks[c - 1].lower)) {
      r = c;
      continue;
    }
    if (r >= 2 && toks[r - 2].lower == "of") break;
    --r;
  }
  return r;
}

bool IsPlacePreposition(std::string_view w) {
  return w == "in" || w == "from" || w == "at" || w == "near" || w == "across";
}

bool HasOrgWord(std::span<const Token> toks) {
  return std::any_of(toks.begin(), toks.end(),
                     [](const Token& t) { return IsSourceHead(t.lower); });
}

bool IsPlural(const Token& t) {
  const std::string& w = t.lower;
  return (!t.capitalized || IsSourceHead(w)) && w.size() > 3 && w.back() == 's' &&
         !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
}

CanonicalMention NonPerson(std::span<const Token> toks, std::string_view text) {
  const bool coordinated = std::any_of(
      toks.begin(), toks.end(), [](const Token& t) { return t.lower == "and" || t.lower == "&"; });
  const SpeakerKind kind =
      coordinated || IsPlural(toks.back()) ? SpeakerKind::kGroup : SpeakerKind::kOrganisation;
  return {SpanText(toks, text), kind};
}

}  // namespace

CanonicalMention Canonicalize(std::span<const Token> mention, std::string_view text) {
  std::span<const Token> toks = mention;
  while (!toks.empty() && IsArticle(toks.front().lower)) toks = toks.subspan(1);
  if (toks.empty()) return {};
  if (toks.size() == 1 && IsSubjectPronoun(toks[0].lower)) {
    return {toks[0].lower, SpeakerKind::kPronoun};
  }
  // A sentence-initial common noun is capitalised but is no name ("Scientists").
  if (toks.size() == 1 && IsSourceHead(toks[0].lower)) return NonPerson(toks, text);
  // "a spokesman for X", "officials of X" -> X.
  for (std::size_t k = 1; k + 1 < toks.size(); ++k) {
    if ((toks[k].lower == "for" || toks[k].lower == "of") && IsMouthpiece(toks[k - 1].lower)) {
      return Canonicalize(toks.subspan(k + 1), text);
    }
  }
  // "John Gruber of Daring Fireball": a person of an organisation.
  for (std::size_t k = 2; k + 1 < toks.size(); ++k) {
    if (toks[k].lower != "of") continue;
    std::span<const Token> head = toks.first(k);
    const std::size_t hr = NameRunStart(head);
    const bool connected = std::any_of(head.begin() + static_cast<long>(hr), head.end(),
                                       [](const Token& t) { return !IsNameToken(t); });
    if (hr < head.size() && head.size() - hr >= 2 && !HasOrgWord(head.subspan(hr)) &&
        !connected) {
      return {SpanText(head.subspan(hr), text), SpeakerKind::kPerson};
    }
    break;
  }
  const std::size_t r = NameRunStart(toks);
  // "Fighters in Duluiyah": people from a place, not the place.
  if (r >= 2 && r < toks.size() && IsPlacePreposition(toks[r - 1].lower)) {
    return NonPerson(toks, text);
  }
  if (r < toks.size()) {
    std::span<const Token> run = toks.subspan(r);
    const bool connected = std::any_of(run.begin(), run.end(), [](const Token& t) {
      return t.lower == "of" || t.lower == "for" || t.lower == "the";
    });
    if (connected) return NonPerson(toks.subspan(r), text);
    if (run.size() >= 2 && !HasOrgWord(run)) return {SpanText(run, text), SpeakerKind::kPerson};
    if (run.size() == 1 && !HasOrgWord(run)) {
      return {SpanText(run, text), SpeakerKind::kShortName};
    }
    return NonPerson(toks, text);
  }
  // "the Kremlin's spokesman" -> Kremlin.
  if (toks.size() >= 3 && IsMouthpiece(toks.back().lower)) {
    for (std::size_t k = toks.size() - 1; k-- > 1;) {
      if (toks[k].lower == "'s") return Canonicalize(toks.first(k), text);
    }
  }
  return NonPerson(toks, text);
}

std::string SpeakerResolver::Resolve(std::span<const Token> mention, std::string_view text) {
  CanonicalMention m = Canonicalize(mention, text);
  if (m.name.empty()) return m.name;
  if (m.kind == SpeakerKind::kPronoun) {
    const Known* ante = FindPronounAntecedent(m.name);
    if (ante == nullptr) return m.name;
    const Known copy = *ante;
    Remember(copy.name, copy.kind, true);
    return copy.name;
  }
  if (m.kind == SpeakerKind::kShortName) {
    if (const Known* full = FindFullName(m.name)) {
      const std::string name = full->name;
      Remember(name, SpeakerKind::kPerson, true);
      return name;
    }
  }
  Remember(m.name, m.kind, true);
  return m.name;
}

void SpeakerResolver::NotePerson(const std::string& full_name) {
  // Noted persons go in as the oldest entries, the first to be evicted.
  if (history_.size() >= kMaxHistory) return;
  for (const Known& k : history_) {
    if (k.name == full_name) return;
  }
  history_.insert(history_.begin(), Known{full_name, SpeakerKind::kPerson, false});
}

bool PronounFits(std::string_view pronoun, SpeakerKind kind) {
  if (pronoun == "he" || pronoun == "she") {
    return kind == SpeakerKind::kPerson || kind == SpeakerKind::kShortName;
  }
  if (pronoun == "they") return kind == SpeakerKind::kGroup;
  if (pronoun == "it") {
    return kind == SpeakerKind::kOrganisation || kind == SpeakerKind::kShortName;
  }
  return kind != SpeakerKind::kPronoun;
}

const SpeakerResolver::Known* SpeakerResolver::FindPronounAntecedent(
    std::string_view pronoun) const {
  auto find = [&](auto accept) -> const Known* {
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->spoke && accept(it->kind)) return &*it;
    }
    return nullptr;
  };
  if (const Known* k = find([&](SpeakerKind kind) { return PronounFits(pronoun, kind); })) {
    return k;
  }
  // Organisations are often "they" ("the ministry ... they said").
  if (pronoun == "they") {
    return find([](SpeakerKind k) { return k == SpeakerKind::kOrganisation; });
  }
  return nullptr;
}

const SpeakerResolver::Known* SpeakerResolver::FindFullName(std::string_view short_name) const {
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    if (it->kind != SpeakerKind::kPerson) continue;
    std::string_view name = it->name;
    const std::size_t first_space = name.find(' ');
    const std::size_t last_space = name.rfind(' ');
    if (first_space == std::string_view::npos) continue;
    // A given name only identifies someone who has spoken ("Hillary");
    // persons merely mentioned match by surname.
    if (name.substr(last_space + 1) == short_name ||
        (it->spoke && name.substr(0, first_space) == short_name)) {
      return &*it;
    }
  }
  return nullptr;
}

void SpeakerResolver::Remember(const std::string& name, SpeakerKind kind, bool spoke) {
  std::erase_if(history_, [&](const Known& k) { return k.name == name; });
  history_.push_back(Known{name, kind, spoke});
  if (history_.size() > kMaxHistory) history_.erase(history_.begin());
}

}  // namespace claimgraph::extract
