#include "extract/wordnet_classes.h"

#include <array>
#include <fstream>
#include <span>
#include <sstream>
#include <stdexcept>

namespace claimgraph::extract {
namespace {

// WordNet's lexicographer files, by number (lexnames(5WN)).
constexpr std::array<std::string_view, 45> kClassNames = {
    "adj.all",          "adj.pert",         "adv.all",         "noun.Tops",
    "noun.act",         "noun.animal",      "noun.artifact",   "noun.attribute",
    "noun.body",        "noun.cognition",   "noun.communication", "noun.event",
    "noun.feeling",     "noun.food",        "noun.group",      "noun.location",
    "noun.motive",      "noun.object",      "noun.person",     "noun.phenomenon",
    "noun.plant",       "noun.possession",  "noun.process",    "noun.quantity",
    "noun.relation",    "noun.shape",       "noun.state",      "noun.substance",
    "noun.time",        "verb.body",        "verb.change",     "verb.cognition",
    "verb.communication", "verb.competition", "verb.consumption", "verb.contact",
    "verb.creation",    "verb.emotion",     "verb.motion",     "verb.perception",
    "verb.possession",  "verb.social",      "verb.stative",    "verb.weather",
    "adj.ppl"};

struct Suffix {
  std::string_view from, to;
};
// Morphy's detachment rules, and "-ied" -> "-y" ("worried"), which WordNet
// leaves to its exception lists.
constexpr std::array<Suffix, 9> kVerbSuffixes = {{{"s", ""},
                                                  {"ies", "y"},
                                                  {"ied", "y"},
                                                  {"es", "e"},
                                                  {"es", ""},
                                                  {"ed", "e"},
                                                  {"ed", ""},
                                                  {"ing", "e"},
                                                  {"ing", ""}}};
constexpr std::array<Suffix, 8> kNounSuffixes = {{{"s", ""},
                                                  {"ses", "s"},
                                                  {"xes", "x"},
                                                  {"zes", "z"},
                                                  {"ches", "ch"},
                                                  {"shes", "sh"},
                                                  {"men", "man"},
                                                  {"ies", "y"}}};

Result<std::ifstream> Open(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) {
    return Status::NotFound(path.string() +
                            ": cannot open the WordNet file (install the package wordnet-base)");
  }
  return in;
}

}  // namespace

Status WordNetClasses::LoadPos(const std::filesystem::path& dir, const std::string& pos,
                               Table* table) {
  // data.POS: "<offset> <lex_filenum> <ss_type> ..."; license lines start with spaces.
  std::unordered_map<std::string, std::uint8_t> class_of;
  Result<std::ifstream> data = Open(dir / ("data." + pos));
  if (!data.ok()) return data.status();
  std::string line;
  while (std::getline(data.value(), line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream fields(line);
    std::string offset;
    int lexfile = -1;
    fields >> offset >> lexfile;
    if (lexfile >= 0 && lexfile < static_cast<int>(kClassNames.size())) {
      class_of.emplace(offset, static_cast<std::uint8_t>(lexfile));
    }
  }
  // index.POS: "<lemma> <pos> <synset_cnt> <p_cnt> <ptr>... <sense_cnt> <tagsense_cnt> <offset>..."
  Result<std::ifstream> index = Open(dir / ("index." + pos));
  if (!index.ok()) return index.status();
  while (std::getline(index.value(), line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream fields(line);
    std::string lemma, p, ptr;
    int synsets = 0, pointers = 0, tagged = 0;
    fields >> lemma >> p >> synsets >> pointers;
    for (int k = 0; k < pointers; ++k) fields >> ptr;
    fields >> synsets >> tagged;
    std::vector<std::uint8_t> classes;
    std::string offset;
    for (std::size_t k = 0; k < kMaxSenses && fields >> offset; ++k) {
      const auto it = class_of.find(offset);
      if (it == class_of.end()) continue;
      bool seen = false;
      for (std::uint8_t c : classes) seen = seen || c == it->second;
      if (!seen) classes.push_back(it->second);
    }
    if (classes.empty()) continue;
    table->lemma_filter.Insert(lemma);
    table->lemmas.emplace(lemma, std::move(classes));
  }
  // POS.exc: "<inflected form> <lemma>..."
  Result<std::ifstream> exc = Open(dir / (pos + ".exc"));
  if (!exc.ok()) return exc.status();
  while (std::getline(exc.value(), line)) {
    std::istringstream fields(line);
    std::string form, lemma;
    if (!(fields >> form >> lemma)) continue;
    table->exception_filter.Insert(form);
    table->exceptions.emplace(form, lemma);
  }
  return Status::Ok();
}

Result<WordNetClasses> WordNetClasses::Load(const std::filesystem::path& dir) {
  WordNetClasses out;
  if (Status s = LoadPos(dir, "verb", &out.table_[0]); !s.ok()) return s;
  if (Status s = LoadPos(dir, "noun", &out.table_[1]); !s.ok()) return s;
  return out;
}

const WordNetClasses& WordNetClasses::Default() {
  static const WordNetClasses* classes = [] {
    Result<WordNetClasses> loaded = Load(CLAIMGRAPH_WORDNET_DIR);
    if (!loaded.ok()) {
      throw std::runtime_error("claimgraph extract: " + loaded.status().ToString());
    }
    return new WordNetClasses(std::move(loaded).value());
  }();
  return *classes;
}

void WordNetClasses::KeyFilter::Insert(std::string_view key) {
  const std::size_t bit = ViewHash()(key) % kFilterBits;
  bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

bool WordNetClasses::KeyFilter::MayHold(std::string_view key) const {
  const std::size_t bit = ViewHash()(key) % kFilterBits;
  return (bits[bit / 64] >> (bit % 64)) & 1;
}

WordNetClasses::Senses WordNetClasses::Find(std::string_view lower_word, WordNetPos pos) const {
  // The word itself, its irregular form's lemma, then regular inflections.
  const Table& t = table_[Index(pos)];
  auto find_lemma = [&t](std::string_view w) {
    return t.lemma_filter.MayHold(w) ? t.lemmas.find(w) : t.lemmas.end();
  };
  auto found = find_lemma(lower_word);
  if (found == t.lemmas.end() && t.exception_filter.MayHold(lower_word)) {
    if (const auto it = t.exceptions.find(lower_word); it != t.exceptions.end()) {
      found = find_lemma(it->second);
    }
  }
  const std::span<const Suffix> suffixes =
      pos == WordNetPos::kVerb ? std::span<const Suffix>(kVerbSuffixes) : kNounSuffixes;
  std::string base;
  for (std::size_t k = 0; k < suffixes.size() && found == t.lemmas.end(); ++k) {
    const Suffix& s = suffixes[k];
    if (lower_word.size() <= s.from.size() + 1 || !lower_word.ends_with(s.from)) continue;
    base.assign(lower_word.substr(0, lower_word.size() - s.from.size()));
    base += s.to;
    found = find_lemma(base);
  }
  Senses out;
  if (found == t.lemmas.end()) return out;
  out.lemma = found->first;
  for (std::uint8_t c : found->second) out.classes[out.count++] = kClassNames[c];
  return out;
}

std::string WordNetClasses::Lemma(std::string_view lower_word, WordNetPos pos) const {
  return std::string(Find(lower_word, pos).lemma);
}

std::vector<std::string_view> WordNetClasses::Classes(std::string_view lower_word,
                                                      WordNetPos pos) const {
  const Senses senses = Find(lower_word, pos);
  return std::vector<std::string_view>(senses.classes.begin(),
                                       senses.classes.begin() + senses.count);
}

}  // namespace claimgraph::extract
