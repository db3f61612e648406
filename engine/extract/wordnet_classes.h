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
// without repeats; Find() gives the lemma and the classes in one lookup
// without allocating (the feature extractor calls it for every word).
// Default() loads the compiled-in folder once and throws
// std::runtime_error naming the file when it is missing. Immutable after
// loading; thread-safe.
#ifndef CLAIMGRAPH_EXTRACT_WORDNET_CLASSES_H_
#define CLAIMGRAPH_EXTRACT_WORDNET_CLASSES_H_

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
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

  // What WordNet knows of a word as one part of speech. The views point
  // into the WordNetClasses object and static storage.
  struct Senses {
    std::string_view lemma;  // "" when WordNet does not know the word
    std::size_t count = 0;   // classes[0, count) are the class names
    std::array<std::string_view, kMaxSenses> classes;
  };

  // NotFound naming the file when one of the six files cannot be read.
  static Result<WordNetClasses> Load(const std::filesystem::path& dir);
  static const WordNetClasses& Default();

  // Class names ("verb.communication"), most frequent sense first; empty
  // for a word WordNet does not know as `pos`.
  std::vector<std::string_view> Classes(std::string_view lower_word, WordNetPos pos) const;
  // The lemma Classes() uses ("worries" -> "worry"), or "" if none.
  std::string Lemma(std::string_view lower_word, WordNetPos pos) const;
  // Lemma() and Classes() together.
  Senses Find(std::string_view lower_word, WordNetPos pos) const;

  std::size_t size(WordNetPos pos) const { return table_[Index(pos)].lemmas.size(); }

 private:
  // String-keyed maps that string_views can look up without a copy.
  struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <class V>
  using StringMap = std::unordered_map<std::string, V, ViewHash, std::equal_to<>>;
  // A one-hash Bloom filter over a map's keys: a clear bit proves a word
  // absent without touching the large map (most words looked up are absent).
  struct KeyFilter {
    std::vector<std::uint64_t> bits = std::vector<std::uint64_t>(kFilterBits / 64);
    void Insert(std::string_view key);
    bool MayHold(std::string_view key) const;
  };
  static constexpr std::size_t kFilterBits = std::size_t{1} << 20;
  struct Table {
    StringMap<std::vector<std::uint8_t>> lemmas;  // -> class numbers
    StringMap<std::string> exceptions;
    KeyFilter lemma_filter, exception_filter;
  };
  static std::size_t Index(WordNetPos pos) { return pos == WordNetPos::kVerb ? 0 : 1; }
  static Status LoadPos(const std::filesystem::path& dir, const std::string& pos, Table* table);
  Table table_[2];
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_WORDNET_CLASSES_H_
