#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "stance/antonyms_internal.h"

namespace claimgraph::stance::internal {
namespace {

// One synset line of a WordNet data file:
//   offset lex_filenum ss_type w_cnt(hex) {word lex_id}... p_cnt {ptr offset pos st}... | gloss
struct Synset {
  std::vector<std::string> words;
  struct Pointer {
    std::string target;  // synset offset in the same file
    int source_word = 0, target_word = 0;  // 1-based, from the "st" hex field
  };
  std::vector<Pointer> antonyms;
};

bool ParseSynset(const std::string& line, std::string* offset, Synset* synset) {
  std::istringstream in(line);
  std::string lex_filenum, ss_type, count_hex;
  if (!(in >> *offset >> lex_filenum >> ss_type >> count_hex)) return false;
  int words = std::stoi(count_hex, nullptr, 16);
  for (int i = 0; i < words; ++i) {
    std::string word, lex_id;
    if (!(in >> word >> lex_id)) return false;
    if (auto paren = word.find('('); paren != std::string::npos) word.resize(paren);  // "(a)" markers
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    synset->words.push_back(word);
  }
  int pointers = 0;
  if (!(in >> pointers)) return false;
  for (int i = 0; i < pointers; ++i) {
    std::string symbol, target, pos, st;
    if (!(in >> symbol >> target >> pos >> st) || st.size() != 4) return false;
    if (symbol != "!") continue;
    synset->antonyms.push_back(
        {target, std::stoi(st.substr(0, 2), nullptr, 16), std::stoi(st.substr(2, 2), nullptr, 16)});
  }
  return true;
}

void LoadFile(const std::string& path,
              std::unordered_map<std::string, std::vector<std::string>>* table) {
  std::ifstream in(path);
  if (!in) return;
  std::unordered_map<std::string, Synset> synsets;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
    std::string offset;
    Synset synset;
    try {
      if (ParseSynset(line, &offset, &synset)) synsets.emplace(offset, std::move(synset));
    } catch (const std::exception&) {
      continue;  // a malformed count: skip the line
    }
  }
  for (const auto& [offset, synset] : synsets) {
    for (const auto& pointer : synset.antonyms) {
      auto target = synsets.find(pointer.target);
      if (target == synsets.end()) continue;
      std::size_t from = static_cast<std::size_t>(pointer.source_word) - 1;
      std::size_t to = static_cast<std::size_t>(pointer.target_word) - 1;
      if (from >= synset.words.size() || to >= target->second.words.size()) continue;
      const std::string& a = synset.words[from];
      const std::string& b = target->second.words[to];
      if (a.find('_') != std::string::npos || b.find('_') != std::string::npos) continue;
      auto& list = (*table)[a];
      if (std::find(list.begin(), list.end(), b) == list.end()) list.push_back(b);
    }
  }
}

}  // namespace

Antonyms Antonyms::Load(const std::string& dir) {
  Antonyms antonyms;
  LoadFile(dir + "/data.adj", &antonyms.table_);
  LoadFile(dir + "/data.verb", &antonyms.table_);
  return antonyms;
}

const Antonyms& Antonyms::Default() {
  static const Antonyms* antonyms = new Antonyms(Load(CLAIMGRAPH_WORDNET_DIR));
  return *antonyms;
}

const std::vector<std::string>* Antonyms::Find(std::string_view word) const {
  auto it = table_.find(std::string(word));
  return it == table_.end() ? nullptr : &it->second;
}

}  // namespace claimgraph::stance::internal
