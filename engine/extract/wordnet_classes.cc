#include "extract/wordnet_classes.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <span>
#include <sstream>
#include <stdexcept>

#include "extract/model_files.h"

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

// The whole file: the three files of a part of speech take 10-25 MB and are
// read once per process, so they are split in memory, not through streams.
Result<std::string> ReadWhole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound(path.string() +
                            ": cannot open the WordNet file (install the package wordnet-base)");
  }
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Splits a line into space-separated fields.
class Fields {
 public:
  explicit Fields(std::string_view text) : rest_(text) {}
  // The next field, or "" at the end.
  std::string_view Next() {
    const std::size_t begin = std::min(rest_.find_first_not_of(' '), rest_.size());
    const std::size_t end = std::min(rest_.find(' ', begin), rest_.size());
    const std::string_view field = rest_.substr(begin, end - begin);
    rest_.remove_prefix(end);
    return field;
  }
  // The next field as a number; `fallback` if it is none.
  template <typename Int = int>
  Int NextInt(Int fallback = -1) {
    const std::string_view f = Next();
    Int v = fallback;
    const auto r = std::from_chars(f.data(), f.data() + f.size(), v);
    return r.ec == std::errc() && r.ptr == f.data() + f.size() ? v : fallback;
  }

 private:
  std::string_view rest_;
};

}  // namespace

Status WordNetClasses::LoadPos(const std::filesystem::path& dir, const std::string& pos,
                               Table* table) {
  // data.POS: "<offset> <lex_filenum> <ss_type> ..."; license lines start with spaces.
  // Offsets are byte positions in data.POS (8 digits), so they fit 32 bits.
  std::unordered_map<std::uint32_t, std::uint8_t> class_of;
  Result<std::string> data = ReadWhole(dir / ("data." + pos));
  if (!data.ok()) return data.status();
  ModelLines data_lines(data.value());
  for (std::string_view line; data_lines.Next(&line);) {
    if (line.empty() || line[0] == ' ') continue;
    Fields fields(line);
    const std::uint32_t offset = fields.NextInt<std::uint32_t>(0);
    const int lexfile = fields.NextInt();
    if (offset != 0 && lexfile >= 0 && lexfile < static_cast<int>(kClassNames.size())) {
      class_of.emplace(offset, static_cast<std::uint8_t>(lexfile));
    }
  }
  // index.POS: "<lemma> <pos> <synset_cnt> <p_cnt> <ptr>... <sense_cnt> <tagsense_cnt> <offset>..."
  Result<std::string> index = ReadWhole(dir / ("index." + pos));
  if (!index.ok()) return index.status();
  ModelLines index_lines(index.value());
  for (std::string_view line; index_lines.Next(&line);) {
    if (line.empty() || line[0] == ' ') continue;
    Fields fields(line);
    const std::string_view lemma = fields.Next();
    fields.Next();     // pos
    fields.NextInt();  // synset_cnt
    const int pointers = fields.NextInt();
    for (int k = 0; k < pointers; ++k) fields.Next();
    fields.NextInt();  // sense_cnt
    fields.NextInt();  // tagsense_cnt
    std::vector<std::uint8_t> classes;
    for (std::size_t k = 0; k < kMaxSenses; ++k) {
      const std::uint32_t offset = fields.NextInt<std::uint32_t>(0);
      if (offset == 0) break;
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
  Result<std::string> exc = ReadWhole(dir / (pos + ".exc"));
  if (!exc.ok()) return exc.status();
  ModelLines exc_lines(exc.value());
  for (std::string_view line; exc_lines.Next(&line);) {
    Fields fields(line);
    const std::string_view form = fields.Next(), lemma = fields.Next();
    if (lemma.empty()) continue;
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
