// rewrite_model: rewrites linear model files (extract/linear_model.h) in the
// format LinearModel::Serialize writes now, in place.
//
//   rewrite_model models/attribution_cue.model models/attribution_role.model
//
// For models trained before a format change (the shipped ones, CV fold
// models): the result is what train_attribution would write today for the
// same weights, without retraining. Prints each file's size before and after.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "extract/linear_model.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: rewrite_model MODEL_FILE...\n");
    return 2;
  }
  int failed = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path = argv[i];
    auto model = claimgraph::extract::LinearModel::Load(path);
    if (!model.ok()) {
      std::fprintf(stderr, "rewrite_model: %s\n", model.status().ToString().c_str());
      ++failed;
      continue;
    }
    const auto before = std::filesystem::file_size(path);
    const std::string content = model->Serialize();
    const std::filesystem::path temp = path.string() + ".tmp";
    std::ofstream out(temp, std::ios::binary);
    out << content;
    out.close();
    std::error_code error;
    if (!out) {
      error = std::make_error_code(std::errc::io_error);
      std::filesystem::remove(temp);
    } else {
      std::filesystem::rename(temp, path, error);
    }
    if (error) {
      std::fprintf(stderr, "rewrite_model: %s: %s\n", path.c_str(), error.message().c_str());
      ++failed;
      continue;
    }
    std::printf("%s: %ju -> %zu bytes\n", path.c_str(), static_cast<std::uintmax_t>(before),
                content.size());
  }
  return failed == 0 ? 0 : 1;
}
