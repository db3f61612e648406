#include <string>
#include <unordered_map>

#include "stance/lexicon_internal.h"

namespace claimgraph::stance::internal {
namespace {

constexpr CueWord kCueWords[] = {
    {"fake", CueClass::kRefute},         {"fraud", CueClass::kRefute},
    {"hoax", CueClass::kRefute},         {"false", CueClass::kRefute},
    {"deny", CueClass::kRefute},         {"denial", CueClass::kRefute},
    {"debunk", CueClass::kRefute},       {"untrue", CueClass::kRefute},
    {"bogus", CueClass::kRefute},        {"myth", CueClass::kRefute},
    {"lie", CueClass::kRefute},          {"satire", CueClass::kRefute},
    {"satirical", CueClass::kRefute},    {"prank", CueClass::kRefute},
    {"retract", CueClass::kRefute},      {"refute", CueClass::kRefute},
    {"reject", CueClass::kRefute},       {"dismiss", CueClass::kRefute},
    {"baseless", CueClass::kRefute},     {"unfounded", CueClass::kRefute},
    {"misleading", CueClass::kRefute},   {"incorrect", CueClass::kRefute},
    {"doubt", CueClass::kRefute},        {"despite", CueClass::kRefute},
    {"nope", CueClass::kRefute},         {"wrong", CueClass::kRefute},
    {"parody", CueClass::kRefute},       {"spoof", CueClass::kRefute},
    {"fabricate", CueClass::kRefute},    {"fictional", CueClass::kRefute},
    {"photoshop", CueClass::kRefute},    {"snopes", CueClass::kRefute},
    {"joke", CueClass::kRefute},         {"scam", CueClass::kRefute},
    {"fictitious", CueClass::kRefute},   {"evidence", CueClass::kRefute},
    {"actually", CueClass::kRefute},
    {"reportedly", CueClass::kHedge},    {"allegedly", CueClass::kHedge},
    {"alleged", CueClass::kHedge},       {"unconfirmed", CueClass::kHedge},
    {"unverified", CueClass::kHedge},    {"claim", CueClass::kHedge},
    {"rumor", CueClass::kHedge},         {"rumour", CueClass::kHedge},
    {"purportedly", CueClass::kHedge},   {"apparently", CueClass::kHedge},
    {"supposedly", CueClass::kHedge},    {"may", CueClass::kHedge},
    {"might", CueClass::kHedge},         {"could", CueClass::kHedge},
    {"possibly", CueClass::kHedge},      {"speculation", CueClass::kHedge},
    {"suggest", CueClass::kHedge},       {"believe", CueClass::kHedge},
    {"appear", CueClass::kHedge},        {"seem", CueClass::kHedge},
    {"according", CueClass::kHedge},     {"report", CueClass::kHedge},
    {"if", CueClass::kHedge},            {"whether", CueClass::kHedge},
    {"confirm", CueClass::kConfirm},     {"officially", CueClass::kConfirm},
    {"official", CueClass::kConfirm},    {"announce", CueClass::kConfirm},
    {"verify", CueClass::kConfirm},      {"reveal", CueClass::kConfirm},
    {"prove", CueClass::kConfirm},       {"indeed", CueClass::kConfirm},
    {"true", CueClass::kConfirm},        {"statement", CueClass::kConfirm},
};

static_assert(std::size(kCueWords) <= 128, "CueSet (analysis.h) holds 128 cue words");

const std::unordered_map<std::string_view, int>& Index() {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string_view, int>();
    for (int i = 0; i < static_cast<int>(std::size(kCueWords)); ++i) {
      map->emplace(kCueWords[i].word, i);
    }
    return map;
  }();
  return *index;
}

}  // namespace

std::span<const CueWord> CueWords() { return kCueWords; }

int CueIndex(std::string_view word, std::string_view lemma) {
  const auto& index = Index();
  if (auto it = index.find(word); it != index.end()) return it->second;
  if (auto it = index.find(lemma); it != index.end()) return it->second;
  return -1;
}

}  // namespace claimgraph::stance::internal
