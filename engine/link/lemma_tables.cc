// Irregular forms and invariant words for the lemmatiser.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "link/lemmatizer_internal.h"

namespace claimgraph::link::internal {
namespace {

struct FormBase {
  std::string_view form;
  std::string_view base;
};

constexpr FormBase kIrregular[] = {
    // be, have, do and the modals' clitics.
    {"is", "be"},
    {"am", "be"},
    {"are", "be"},
    {"was", "be"},
    {"were", "be"},
    {"been", "be"},
    {"being", "be"},
    {"'s", "be"},
    {"'re", "be"},
    {"'m", "be"},
    {"has", "have"},
    {"had", "have"},
    {"having", "have"},
    {"'ve", "have"},
    {"does", "do"},
    {"did", "do"},
    {"done", "do"},
    {"doing", "do"},
    {"wo", "will"},
    {"'ll", "will"},
    {"ca", "can"},
    {"'d", "would"},
    // Irregular verbs.
    {"became", "become"},
    {"began", "begin"},
    {"begun", "begin"},
    {"bore", "bear"},
    {"borne", "bear"},
    {"bought", "buy"},
    {"broke", "break"},
    {"broken", "break"},
    {"brought", "bring"},
    {"built", "build"},
    {"came", "come"},
    {"caught", "catch"},
    {"chose", "choose"},
    {"chosen", "choose"},
    {"dealt", "deal"},
    {"drew", "draw"},
    {"drawn", "draw"},
    {"drove", "drive"},
    {"driven", "drive"},
    {"fell", "fall"},
    {"fallen", "fall"},
    {"fed", "feed"},
    {"felt", "feel"},
    {"fled", "flee"},
    {"flew", "fly"},
    {"flown", "fly"},
    {"fought", "fight"},
    {"forgot", "forget"},
    {"forgotten", "forget"},
    {"found", "find"},
    {"froze", "freeze"},
    {"frozen", "freeze"},
    {"gave", "give"},
    {"given", "give"},
    {"went", "go"},
    {"gone", "go"},
    {"got", "get"},
    {"gotten", "get"},
    {"grew", "grow"},
    {"grown", "grow"},
    {"heard", "hear"},
    {"held", "hold"},
    {"hid", "hide"},
    {"hidden", "hide"},
    {"kept", "keep"},
    {"knew", "know"},
    {"known", "know"},
    {"laid", "lay"},
    {"led", "lead"},
    {"left", "leave"},
    {"lent", "lend"},
    {"lost", "lose"},
    {"made", "make"},
    {"meant", "mean"},
    {"met", "meet"},
    {"paid", "pay"},
    {"ran", "run"},
    {"rose", "rise"},
    {"risen", "rise"},
    {"said", "say"},
    {"sat", "sit"},
    {"saw", "see"},
    {"seen", "see"},
    {"sought", "seek"},
    {"sold", "sell"},
    {"sent", "send"},
    {"shook", "shake"},
    {"shaken", "shake"},
    {"shot", "shoot"},
    {"spoke", "speak"},
    {"spoken", "speak"},
    {"spent", "spend"},
    {"stood", "stand"},
    {"stole", "steal"},
    {"stolen", "steal"},
    {"struck", "strike"},
    {"stricken", "strike"},
    {"swore", "swear"},
    {"sworn", "swear"},
    {"took", "take"},
    {"taken", "take"},
    {"taught", "teach"},
    {"thought", "think"},
    {"threw", "throw"},
    {"thrown", "throw"},
    {"told", "tell"},
    {"understood", "understand"},
    {"upheld", "uphold"},
    {"withdrew", "withdraw"},
    {"withdrawn", "withdraw"},
    {"withheld", "withhold"},
    {"won", "win"},
    {"wore", "wear"},
    {"worn", "wear"},
    {"wrote", "write"},
    {"written", "write"},
    {"undertook", "undertake"},
    {"undertaken", "undertake"},
    {"overtook", "overtake"},
    {"overseen", "oversee"},
    {"dying", "die"},
    {"lying", "lie"},
    {"tying", "tie"},
    {"slain", "slay"},
    // Irregular nouns.
    {"men", "man"},
    {"women", "woman"},
    {"children", "child"},
    {"feet", "foot"},
    {"teeth", "tooth"},
    {"mice", "mouse"},
    {"lives", "life"},
    {"wives", "wife"},
    {"knives", "knife"},
    {"halves", "half"},
    {"crises", "crisis"},
    {"analyses", "analysis"},
    {"theses", "thesis"},
    {"criteria", "criterion"},
    {"phenomena", "phenomenon"},
};

constexpr std::string_view kInvariant[] = {
    "news",         "series",       "species",     "politics",   "economics",
    "physics",      "headquarters", "means",       "whereas",    "perhaps",
    "always",       "sometimes",    "besides",     "afterwards", "towards",
    "nevertheless", "overseas",     "lens",        "meeting",    "building",
    "briefing",     "hearing",      "ruling",      "funding",    "spending",
    "evening",      "morning",      "ceiling",     "wedding",    "clothing",
    "setting",      "during",       "nothing",     "something",  "anything",
    "everything",   "thing",        "king",        "ring",       "wing",
    "string",       "spring",       "sibling",     "feeling",    "offering",
    "saying",       "ongoing",      "outstanding", "according",  "notwithstanding",
    "bring",        "sing",         "swing",       "sting",      "hundred",
    "sacred",       "naked",        "wicked",      "kindred",    "need",
    "speed",        "feed",         "seed",        "greed",      "breed",
    "bleed",        "proceeds",
};

}  // namespace

std::optional<std::string> IrregularBase(std::string_view word) {
  static const auto* const kMap = [] {
    auto* map = new std::unordered_map<std::string_view, std::string_view>();
    for (const FormBase& entry : kIrregular) map->emplace(entry.form, entry.base);
    return map;
  }();
  auto it = kMap->find(word);
  if (it == kMap->end()) return std::nullopt;
  return std::string(it->second);
}

bool IsInvariant(std::string_view word) {
  static const std::unordered_set<std::string_view> kSet(std::begin(kInvariant),
                                                         std::end(kInvariant));
  return kSet.contains(word);
}

}  // namespace claimgraph::link::internal
