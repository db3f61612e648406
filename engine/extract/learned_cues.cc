#include "extract/learned_cues.h"

#include <charconv>
#include <cstdlib>

#include "extract/model_files.h"
#include "extract/word_classes.h"

namespace claimgraph::extract {
namespace {

constexpr std::string_view kHeader = "claimgraph-cue-words 1";

bool ParseCount(std::string_view field, long* out) {
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), *out);
  return ec == std::errc() && end == field.data() + field.size() && *out >= 0;
}

// Function words never become cues, however often annotators included them.
bool Eligible(std::string_view w) {
  if (w.size() < 3 || IsAuxiliary(w) || IsDeterminer(w) || IsNpStopWord(w) ||
      IsSubjectPronoun(w) || IsPreCueAdverb(w) || w.ends_with("ly")) {
    return false;
  }
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return CueLexicon::Instance().Lookup(w) == nullptr;
}

}  // namespace

Result<LearnedCues> LearnedCues::Parse(std::string_view content, const std::string& origin) {
  LearnedCues cues;
  bool header = false;
  ModelLines lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    const std::size_t line_no = lines.line_no();
    if (!header) {
      if (line != kHeader) {
        return Status::Corruption(origin + ":" + std::to_string(line_no) + ": expected header '" +
                                  std::string(kHeader) + "'");
      }
      header = true;
      continue;
    }
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    long cue = 0, total = 0;
    if (t2 == std::string_view::npos || t1 == 0 ||
        !ParseCount(line.substr(t1 + 1, t2 - t1 - 1), &cue) ||
        !ParseCount(line.substr(t2 + 1), &total) || cue > total) {
      return Status::Corruption(origin + ":" + std::to_string(line_no) +
                                ": expected word<TAB>cue count<TAB>total count");
    }
    const std::string word(line.substr(0, t1));
    if (cue < kMinCueCount || static_cast<double>(cue) < kMinRate * static_cast<double>(total) ||
        !Eligible(word)) {
      continue;
    }
    auto sense = std::make_unique<CueSense>();
    sense->lemma = word;
    sense->nominal_content = true;
    cues.senses_[word] = std::move(sense);
  }
  if (!header) return Status::Corruption(origin + ": empty model file");
  return cues;
}

Result<LearnedCues> LearnedCues::Load(const std::filesystem::path& path) {
  Result<std::string> content = ReadModelFile(path, "cue model file");
  if (!content.ok()) return content.status();
  return Parse(content.value(), path.string());
}

const CueSense* LearnedCues::Lookup(std::string_view lower_word) const {
  auto it = senses_.find(std::string(lower_word));
  return it == senses_.end() ? nullptr : it->second.get();
}

}  // namespace claimgraph::extract
