#include "extract/cue_lexicon.h"

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

enum Flags : unsigned {
  kNone = 0,
  kHedged = 1u << 0,
  kObject = 1u << 1,
  kNominal = 1u << 2,
  kColonOnly = 1u << 3,
  kNoBase = 1u << 4,     // the base and -s forms are mostly nouns ("state media")
  kNounToo = 1u << 5,    // base and -s forms double as nouns ("claims", "reports")
  kNeedsThat = 1u << 6,  // reports speech only with a "that" clause ("found that")
};

struct Entry {
  const char* base;      // lemma's first word
  const char* particle;  // second word of a phrasal cue ("out"), or ""
  CueType type;
  unsigned flags;
  const char* irregular;  // "past pastparticiple" when not regular, or ""
};

// The reporting vocabulary. Deny-type cues take nominal contents because
// what is denied is often a noun phrase or an anaphor ("denied the report",
// "disputed that").
constexpr Entry kEntries[] = {
    {"say", "", CueType::kSay, kNone, "said said"},
    {"tell", "", CueType::kSay, kObject, "told told"},
    {"announce", "", CueType::kSay, kNominal, ""},
    {"add", "", CueType::kSay, kNeedsThat, ""},
    {"state", "", CueType::kSay, kNoBase | kNounToo, ""},
    {"explain", "", CueType::kSay, kNone, ""},
    {"note", "", CueType::kSay, kNounToo, ""},
    {"insist", "", CueType::kSay, kNone, ""},
    {"argue", "", CueType::kSay, kNone, ""},
    {"contend", "", CueType::kSay, kNone, ""},
    {"maintain", "", CueType::kSay, kNone, ""},
    {"assert", "", CueType::kSay, kNone, ""},
    {"declare", "", CueType::kSay, kNone, ""},
    {"confirm", "", CueType::kSay, kNominal, ""},
    {"acknowledge", "", CueType::kSay, kNominal, ""},
    {"admit", "", CueType::kSay, kNominal, "admitted admitted"},
    {"concede", "", CueType::kSay, kNone, ""},
    {"report", "", CueType::kSay, kNounToo, ""},
    {"write", "", CueType::kSay, kNone, "wrote written"},
    {"tweet", "", CueType::kSay, kNounToo, ""},
    {"warn", "", CueType::kSay, kObject, ""},
    {"caution", "", CueType::kSay, kNone, ""},
    {"stress", "", CueType::kSay, kNone, ""},
    {"emphasize", "", CueType::kSay, kNone, ""},
    {"emphasise", "", CueType::kSay, kNone, ""},
    {"reiterate", "", CueType::kSay, kNone, ""},
    {"repeat", "", CueType::kSay, kNounToo, ""},
    {"point", "out", CueType::kSay, kNone, ""},
    {"conclude", "", CueType::kSay, kNeedsThat, ""},
    {"find", "", CueType::kSay, kNeedsThat, "found found"},
    {"show", "", CueType::kSay, kNounToo | kNeedsThat, "showed shown"},
    {"indicate", "", CueType::kSay, kNeedsThat, ""},
    {"reveal", "", CueType::kSay, kNominal | kNeedsThat, ""},
    {"disclose", "", CueType::kSay, kNominal, ""},
    {"recall", "", CueType::kSay, kNeedsThat, ""},
    {"reply", "", CueType::kSay, kNounToo, ""},
    {"respond", "", CueType::kSay, kNounToo, ""},
    {"testify", "", CueType::kSay, kNone, ""},
    {"promise", "", CueType::kSay, kNounToo | kNeedsThat, ""},
    {"pledge", "", CueType::kSay, kNounToo | kNeedsThat, ""},
    {"vow", "", CueType::kSay, kNounToo | kNeedsThat, ""},
    {"predict", "", CueType::kSay, kHedged | kNeedsThat, ""},
    {"comment", "", CueType::kSay, kNounToo, ""},
    {"remark", "", CueType::kSay, kNounToo, ""},
    {"observe", "", CueType::kSay, kNone, ""},
    {"complain", "", CueType::kSay, kNone, ""},
    {"boast", "", CueType::kSay, kNone, ""},
    {"quip", "", CueType::kSay, kNone, "quipped quipped"},
    {"joke", "", CueType::kSay, kNounToo, ""},
    {"assure", "", CueType::kSay, kObject, ""},
    {"inform", "", CueType::kSay, kObject, ""},
    {"remind", "", CueType::kSay, kObject, ""},
    {"mention", "", CueType::kSay, kNone, ""},
    {"proclaim", "", CueType::kSay, kNone, ""},
    {"continue", "", CueType::kSay, kColonOnly, ""},
    {"claim", "", CueType::kSay, kHedged | kNounToo, ""},
    {"allege", "", CueType::kSay, kHedged, ""},
    {"suggest", "", CueType::kSay, kHedged, ""},
    {"speculate", "", CueType::kSay, kHedged, ""},
    {"hint", "", CueType::kSay, kHedged | kNeedsThat, ""},
    {"believe", "", CueType::kSay, kHedged | kNeedsThat, ""},
    {"think", "", CueType::kSay, kHedged | kNeedsThat, "thought thought"},
    {"suspect", "", CueType::kSay, kHedged | kNeedsThat, ""},
    {"estimate", "", CueType::kSay, kHedged | kNoBase | kNounToo, ""},
    {"deny", "", CueType::kDeny, kNominal, ""},
    {"reject", "", CueType::kDeny, kNominal, ""},
    {"dispute", "", CueType::kDeny, kNominal | kNounToo, ""},
    {"refute", "", CueType::kDeny, kNominal, ""},
    {"dismiss", "", CueType::kDeny, kNominal, ""},
    {"rebut", "", CueType::kDeny, kNominal, "rebutted rebutted"},
    {"contest", "", CueType::kDeny, kNominal | kNounToo, ""},
    {"contradict", "", CueType::kDeny, kNominal, ""},
    {"debunk", "", CueType::kDeny, kNominal, ""},
    {"rule", "out", CueType::kDeny, kNominal, ""},
    {"brush", "off", CueType::kDeny, kNominal, ""},
    {"brush", "aside", CueType::kDeny, kNominal, ""},
    {"push", "back", CueType::kDeny, kNominal, ""},
};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

struct Forms {
  std::string third, past, participle, ing;
};

// Regular English inflection, with the past forms overridden by `irregular`.
Forms Inflect(std::string_view base, std::string_view irregular) {
  std::string b(base);
  Forms f;
  const char last = b.back();
  const bool cons_y = last == 'y' && b.size() > 1 && !IsVowel(b[b.size() - 2]);
  if (cons_y) {
    f.third = b.substr(0, b.size() - 1) + "ies";
    f.past = b.substr(0, b.size() - 1) + "ied";
  } else if (b.ends_with("s") || b.ends_with("sh") || b.ends_with("ch") || b.ends_with("x")) {
    f.third = b + "es";
    f.past = b + "ed";
  } else if (last == 'e') {
    f.third = b + "s";
    f.past = b + "d";
  } else {
    f.third = b + "s";
    f.past = b + "ed";
  }
  f.participle = f.past;
  if (last == 'e' && !b.ends_with("ee")) {
    f.ing = b.substr(0, b.size() - 1) + "ing";
  } else if (b == "rebut" || b == "admit" || b == "quip") {
    f.ing = b + b.back() + "ing";
  } else {
    f.ing = b + "ing";
  }
  if (!irregular.empty()) {
    const std::size_t space = irregular.find(' ');
    f.past = std::string(irregular.substr(0, space));
    f.participle = std::string(irregular.substr(space + 1));
  }
  return f;
}

}  // namespace

struct CueLexicon::Tables {
  struct Candidate {
    std::string particle;  // "" for single-word cues
    const CueSense* sense;
    bool ing_form;
    bool base_form;
    bool noun_form;
  };
  std::deque<CueSense> senses;  // stable addresses
  std::unordered_map<std::string, std::vector<Candidate>> by_word;
  CueSense according;

  void Add(const Entry& e) {
    CueSense sense;
    sense.lemma = e.base;
    if (*e.particle != '\0') sense.lemma += std::string(" ") + e.particle;
    sense.type = e.type;
    sense.hedged = (e.flags & kHedged) != 0;
    sense.takes_object = (e.flags & kObject) != 0;
    sense.nominal_content = (e.flags & kNominal) != 0;
    sense.colon_only = (e.flags & kColonOnly) != 0;
    sense.needs_that = (e.flags & kNeedsThat) != 0;
    senses.push_back(sense);
    const CueSense* s = &senses.back();
    const Forms f = Inflect(e.base, e.irregular);
    const bool noun_too = (e.flags & kNounToo) != 0;
    auto add = [&](const std::string& word, bool ing, bool base, bool noun) {
      auto& list = by_word[word];
      for (const Candidate& c : list) {
        if (c.particle == e.particle && c.sense->lemma == s->lemma) return;
      }
      list.push_back({e.particle, s, ing, base, noun});
    };
    if ((e.flags & kNoBase) == 0) {
      add(e.base, false, true, noun_too);
      add(f.third, false, false, noun_too);
    }
    add(f.past, false, false, false);
    add(f.participle, false, false, false);
    add(f.ing, true, false, false);
  }
};

CueLexicon::CueLexicon() : tables_(std::make_unique<Tables>()) {
  for (const Entry& e : kEntries) tables_->Add(e);
  tables_->according.lemma = "according to";
  tables_->according.prepositional = true;
}

CueLexicon::~CueLexicon() = default;

const CueLexicon& CueLexicon::Instance() {
  static const CueLexicon kLexicon;
  return kLexicon;
}

std::optional<CueMatch> CueLexicon::MatchAt(std::span<const text::Token> tokens,
                                            std::size_t i) const {
  if (i >= tokens.size() || tokens[i].type != text::TokenType::kWord) return std::nullopt;
  const std::string& w = tokens[i].lower;
  if (w == "according" && i + 1 < tokens.size() && tokens[i + 1].lower == "to") {
    return CueMatch{i, i + 2, &tables_->according, false, false, false};
  }
  auto it = tables_->by_word.find(w);
  if (it == tables_->by_word.end()) return std::nullopt;
  const Tables::Candidate* single = nullptr;
  for (const Tables::Candidate& c : it->second) {
    if (c.particle.empty()) {
      single = &c;
    } else if (i + 1 < tokens.size() && tokens[i + 1].lower == c.particle) {
      return CueMatch{i, i + 2, c.sense, c.ing_form, c.base_form, c.noun_form};
    }
  }
  if (single == nullptr) return std::nullopt;
  return CueMatch{i, i + 1, single->sense, single->ing_form, single->base_form, single->noun_form};
}

const CueSense* CueLexicon::Lookup(std::string_view lower_word) const {
  if (lower_word == "according") return &tables_->according;
  auto it = tables_->by_word.find(std::string(lower_word));
  if (it == tables_->by_word.end() || it->second.empty()) return nullptr;
  for (const Tables::Candidate& c : it->second) {
    if (c.particle.empty()) return c.sense;
  }
  return it->second.front().sense;
}

bool LooksLikeVerbUse(std::span<const text::Token> tokens, std::size_t i) {
  if (i == 0) return true;
  const text::Token& prev = tokens[i - 1];
  if (prev.type != text::TokenType::kWord) return true;
  const std::string& p = prev.lower;
  // A determiner, possessive or preposition before the word makes it a noun
  // ("the report", "Peskov's comments", "in a statement").
  if (IsDeterminer(p) || p == "'s" || p == "'" || p == "of" || p == "in" || p == "on" ||
      p == "for" || p == "with" || p == "by" || p == "no" || p == "any" || p == "every" ||
      p == "some" || p == "such" || p == "new" || p == "latest" || p == "public") {
    return false;
  }
  return true;
}

}  // namespace claimgraph::extract
