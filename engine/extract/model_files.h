// Where the shipped models live and how they are read: one place for the
// folder lookup and the "cannot open" error, shared by every model loader
// (learned cue words, the attribution tagger's linear models).
#ifndef CLAIMGRAPH_EXTRACT_MODEL_FILES_H_
#define CLAIMGRAPH_EXTRACT_MODEL_FILES_H_

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

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_MODEL_FILES_H_
