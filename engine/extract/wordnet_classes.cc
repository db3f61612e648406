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
    if (!classes.empty()) table->lemmas.emplace(lemma, std::move(classes));
  }
  // POS.exc: "<inflected form> <lemma>..."
  Result<std::ifstream> exc = Open(dir / (pos + ".exc"));
  if (!exc.ok()) return exc.status();
  while (std::getline(exc.value(), line)) {
    std::istringstream fields(line);
    std::string form, lemma;
    if (fields >> form >> lemma) table->exceptions.emplace(form, lemma);
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

std::string WordNetClasses::Lemma(std::string_view lower_word, WordNetPos pos) const {
  const Table& t = table_[Index(pos)];
  std::string word(lower_word);
  if (t.lemmas.count(word)) return word;
  if (const auto it = t.exceptions.find(word); it != t.exceptions.end()) {
    if (t.lemmas.count(it->second)) return it->second;
  }
  const std::span<const Suffix> suffixes =
      pos == WordNetPos::kVerb ? std::span<const Suffix>(kVerbSuffixes) : kNounSuffixes;
  for (const Suffix& s : suffixes) {
    if (word.size() <= s.from.size() + 1 || !lower_word.ends_with(s.from)) continue;
    std::string base = word.substr(0, word.size() - s.from.size());
    base += s.to;
    if (t.lemmas.count(base)) return base;
  }
  return "";
}

std::vector<std::string_view> WordNetClasses::Classes(std::string_view lower_word,
                                                      WordNetPos pos) const {
  std::vector<std::string_view> out;
  const std::string lemma = Lemma(lower_word, pos);
  if (lemma.empty()) return out;
  for (std::uint8_t c : table_[Index(pos)].lemmas.at(lemma)) out.push_back(kClassNames[c]);
  return out;
}

}  // namespace claimgraph::extract
