// Antonyms from WordNet (Debian package wordnet-base): a small reader of the
// data.adj and data.verb files that keeps only direct antonym pointers
// ("!") between single words ("rise" <-> "fall", "true" <-> "false").
// Internal to stance/.
#ifndef CLAIMGRAPH_STANCE_ANTONYMS_INTERNAL_H_
#define CLAIMGRAPH_STANCE_ANTONYMS_INTERNAL_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimgraph::stance::internal {

class Antonyms {
 public:
  // Reads dir/data.adj and dir/data.verb. Missing files give an empty table
  // (antonym features are then always 0); malformed lines are skipped.
  static Antonyms Load(const std::string& dir);

  // The table from the compiled-in WordNet folder, loaded once. Thread-safe.
  static const Antonyms& Default();

  // Antonyms of a lower-case word, or nullptr.
  const std::vector<std::string>* Find(std::string_view word) const;
  std::size_t size() const { return table_.size(); }

 private:
  std::unordered_map<std::string, std::vector<std::string>> table_;
};

}  // namespace claimgraph::stance::internal

#endif  // CLAIMGRAPH_STANCE_ANTONYMS_INTERNAL_H_
