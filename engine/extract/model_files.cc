#include "extract/model_files.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace claimgraph::extract {

std::filesystem::path ModelsDir() {
  if (const char* env = std::getenv("CLAIMGRAPH_MODELS"); env != nullptr && *env != '\0') {
    return env;
  }
  return CLAIMGRAPH_MODELS_DIR;
}

Result<std::string> ReadModelFile(const std::filesystem::path& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot open the " + std::string(what));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace claimgraph::extract
