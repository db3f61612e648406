// WordNetClasses: the lexicographer classes of English verbs and nouns
// ("say" -> verb.communication, "believe" -> verb.cognition, "statement" ->
// noun.communication), read from WordNet's database files (Debian package
// wordnet-base). They let the learned attribution tagger generalise from
// frequent cue words to rare ones of the same kind ("pledged", "worries").
//
// Load(dir) reads dir/index.{verb,noun} (lemma -> synsets, most frequent
// sense first), dir/data.{verb,noun} (synset -> class) and
// dir/{verb,noun}.exc (irregular forms: "went" -> "go"). Classes(word, pos)
// finds the word's lemma morphy-style (the word itself, an irregular form,
// or a regular inflection: "pledged" -> "pledge", "worries" -> "worry") and
// returns the classes of its first kMaxSenses senses, most frequent first,
// without repeats. Default() loads the compiled-in folder once and throws
// std::runtime_error naming the file when it is missing. Immutable after
// loading; thread-safe.
#ifndef CLAIMGRAPH_EXTRACT_WORDNET_CLASSES_H_
#define CLAIMGRAPH_EXTRACT_WORDNET_CLASSES_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"

namespace claimgraph::extract {

enum class WordNetPos { kVerb, kNoun };

class WordNetClasses {
 public:
  static constexpr std::size_t kMaxSenses = 3;

  // NotFound naming the file when one of the six files cannot be read.
  static Result<WordNetClasses> Load(const std::filesystem::path& dir);
  static const WordNetClasses& Default();

  // Class names ("verb.communication"), most frequent sense first; empty
  // for a word WordNet does not know as `pos`.
  std::vector<std::string_view> Classes(std::string_view lower_word, WordNetPos pos) const;
  // The lemma Classes() uses ("worries" -> "worry"), or "" if none.
  std::string Lemma(std::string_view lower_word, WordNetPos pos) const;

  std::size_t size(WordNetPos pos) const { return table_[Index(pos)].lemmas.size(); }

 private:
  struct Table {
    std::unordered_map<std::string, std::vector<std::uint8_t>> lemmas;  // -> class numbers
    std::unordered_map<std::string, std::string> exceptions;
  };
  static std::size_t Index(WordNetPos pos) { return pos == WordNetPos::kVerb ? 0 : 1; }
  static Status LoadPos(const std::filesystem::path& dir, const std::string& pos, Table* table);
  Table table_[2];
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_WORDNET_CLASSES_H_
