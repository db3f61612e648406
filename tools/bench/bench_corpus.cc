// Bench corpus generation. Every random choice comes from a generator seeded
// with (seed, index), so articles are reproducible one by one.
#include "bench_corpus.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::bench {
namespace {

constexpr std::array<std::string_view, 12> kOutlets = {
    "Northern Wire", "Eastern Daily",  "Valley Courier", "Harbour Times",
    "Capital Post",  "Morning Ledger", "Coastal Herald", "Metro Observer",
    "River Gazette", "Union Tribune",  "Summit Review",  "Plains Journal"};
constexpr std::array<std::string_view, 16> kFirst = {
    "Anna", "Tomas", "Leila", "Marcus", "Ines", "Pavel", "Grace", "Omar",
    "Sofia", "Jonas", "Ruth", "Viktor", "Nadia", "Hugo", "Elena", "Samir"};
constexpr std::array<std::string_view, 16> kLast = {
    "Keller", "Novak", "Haddad", "Brennan", "Costa", "Lindqvist", "Okafor", "Petrov",
    "Moreau", "Tanaka", "Walsh", "Ibrahim", "Fischer", "Duarte", "Kowalski", "Reyes"};
constexpr std::array<std::string_view, 10> kStems = {"Ost", "Val", "Bren", "Kar", "Mor",
                                                      "Tal", "Dun", "Ser", "Lin", "Ard"};
constexpr std::array<std::string_view, 10> kEndings = {"ia",   "ova",  "land", "stan", "mark",
                                                        "ora",  "ena",  "avia", "gard", "heim"};

// One planted story: the claim, a restatement in other words, a contradiction.
struct Wordings {
  std::string claim, restatement, contradiction;
};

Wordings Story(int story) {
  const std::string c =
      std::string(kStems[story % 10]) + std::string(kEndings[(story / 10) % 10]);
  switch ((story / 100) % 4) {
    case 0:
      return {c + " is withdrawing its troops from the border",
              c + " forces are pulling back from the frontier",
              "there is no sign that " + c + " is withdrawing troops from the border"};
    case 1:
      return {c + " will close the " + c + " steel plant next year",
              "the " + c + " steel factory will be shut down next year",
              "there is no plan to close the " + c + " steel plant"};
    case 2:
      return {c + " plans to raise fuel taxes in the spring",
              "fuel taxes in " + c + " will be raised this spring",
              c + " has no plans to raise fuel taxes"};
    default:
      return {c + " has signed a gas supply deal with Norway",
              c + " signed a gas supply agreement with Norway",
              c + " has not signed any gas supply deal with Norway"};
  }
}

std::string Name(std::mt19937_64& rng) {
  return std::string(kFirst[rng() % kFirst.size()]) + " " +
         std::string(kLast[rng() % kLast.size()]);
}

// The planted lead sentence, or "" for about two articles in three.
std::string PlantedLead(std::mt19937_64& rng) {
  if (rng() % 3 != 0) return "";
  const Wordings w = Story(static_cast<int>(rng() % CorpusGenerator::kStories));
  const unsigned variant = rng() % 10;
  const std::string& content = variant < 5 ? w.claim : variant < 8 ? w.restatement : w.contradiction;
  return Name(rng) + " said on " + (rng() % 2 ? "Monday" : "Tuesday") + " that " + content +
         ".\n\n";
}

// Numbers redrawn digit by digit (same length, no leading zero), so figures
// differ between copies of one body.
std::string RedrawNumbers(std::string_view body, std::mt19937_64& rng) {
  std::string out(body);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(out[i]))) continue;
    const bool first = i == 0 || !std::isdigit(static_cast<unsigned char>(out[i - 1]));
    out[i] = static_cast<char>('0' + (first ? 1 + rng() % 9 : rng() % 10));
  }
  return out;
}

bool Capitalised(std::string_view word) {
  if (word.size() < 2 || !std::isupper(static_cast<unsigned char>(word[0]))) return false;
  for (char ch : word.substr(1)) {
    if (!std::islower(static_cast<unsigned char>(ch))) return false;
  }
  return true;
}

// "John Smith said" -> "<random name> said": two capitalised words right
// before a speech verb are taken for a name. Layout (paragraphs) is kept.
std::string ReplaceSpeakers(const std::string& body, std::mt19937_64& rng) {
  struct Word {
    std::size_t begin, end;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < body.size();) {
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    const std::size_t begin = i;
    while (i < body.size() && !std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    if (i > begin) words.push_back({begin, i});
  }
  auto word = [&](std::size_t k) {
    return std::string_view(body).substr(words[k].begin, words[k].end - words[k].begin);
  };
  std::string out;
  std::size_t copied = 0;
  for (std::size_t k = 2; k < words.size(); ++k) {
    const std::string_view verb = word(k);
    if (verb != "said" && verb != "says" && verb != "told") continue;
    if (!Capitalised(word(k - 2)) || !Capitalised(word(k - 1))) continue;
    if (words[k - 2].begin < copied) continue;
    out.append(body, copied, words[k - 2].begin - copied);
    out += Name(rng);
    copied = words[k - 1].end;
  }
  out.append(body, copied, std::string::npos);
  return out;
}

}  // namespace

Result<std::vector<std::string>> ReadFnc1Bodies(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string data = buffer.str();
  // Fields of one record at a time; a record is "id,body".
  std::vector<std::string> bodies, record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < data.size(); ++i) {
    const char c = data[i];
    if (quoted) {
      if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') ++i;
      record.push_back(std::move(field));
      field.clear();
      if (record.size() >= 2 && record[0] != "Body ID") bodies.push_back(record[1]);
      record.clear();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !record.empty()) {
    record.push_back(std::move(field));
    if (record.size() >= 2 && record[0] != "Body ID") bodies.push_back(record[1]);
  }
  if (bodies.empty()) return Status::InvalidArgument(path + " holds no article bodies");
  return bodies;
}

CorpusGenerator::CorpusGenerator(const std::vector<std::string>* bodies, std::uint64_t seed)
    : bodies_(bodies), seed_(seed) {}

Article CorpusGenerator::Make(std::uint64_t index) const {
  std::mt19937_64 rng(seed_ * 0x9E3779B97F4A7C15ULL + index);
  Article article;
  const std::string& body = (*bodies_)[rng() % bodies_->size()];
  article.source = std::string(kOutlets[rng() % kOutlets.size()]);
  const unsigned day = static_cast<unsigned>(index / 40);  // about 40 articles a day
  char date[32];
  std::snprintf(date, sizeof date, "20%02u-%02u-%02u", 14 + day / 336, 1 + (day / 28) % 12,
                1 + day % 28);
  article.published = date;
  article.id = "bench-" + std::to_string(index);
  article.origin = article.id;
  article.title = "Bench article " + std::to_string(index);
  article.text = PlantedLead(rng) + ReplaceSpeakers(RedrawNumbers(body, rng), rng) +
                 "\n\n(Reporting by " + Name(rng) + "; item " + std::to_string(index) + ")\n";
  return article;
}

}  // namespace claimgraph::bench
