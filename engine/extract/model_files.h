// Where the shipped models live and how they are read: one place for the
// folder lookup and the "cannot open" error, shared by every model loader
// (learned cue words, the attribution tagger's linear models).
#ifndef CLAIMGRAPH_EXTRACT_MODEL_FILES_H_
#define CLAIMGRAPH_EXTRACT_MODEL_FILES_H_

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "common/status.h"

namespace claimgraph::extract {

// The folder of the shipped models: $CLAIMGRAPH_MODELS when set, else the
// repository's models/ folder compiled in at build time.
std::filesystem::path ModelsDir();

// The whole content of a model file; NotFound "<path>: cannot open the
// <what>" when it cannot be read.
Result<std::string> ReadModelFile(const std::filesystem::path& path, std::string_view what);

// The data lines of a model file's content, in order: blank lines and
// '#' comments are skipped; line_no() is the 1-based number of the line
// last returned, for error messages that name the line.
class ModelLines {
 public:
  explicit ModelLines(std::string_view content) : content_(content) {}

  // Sets *line to the next data line; false at the end of the content.
  bool Next(std::string_view* line) {
    while (pos_ < content_.size()) {
      std::size_t nl = content_.find('\n', pos_);
      if (nl == std::string_view::npos) nl = content_.size();
      *line = content_.substr(pos_, nl - pos_);
      pos_ = nl + 1;
      ++line_no_;
      if (!line->empty() && line->front() != '#') return true;
    }
    return false;
  }
  std::size_t line_no() const { return line_no_; }
  // The byte offset just past the line last returned (and its newline).
  std::size_t offset() const { return std::min(pos_, content_.size()); }

 private:
  std::string_view content_;
  std::size_t pos_ = 0, line_no_ = 0;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_MODEL_FILES_H_
