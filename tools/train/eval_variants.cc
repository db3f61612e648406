// eval_variants: scores extractor variants (ExtractorOptions) on an
// annotated folder, for choosing among them by cross-validation on the
// training split (tools/train/cv_attribution.sh); never used on dev.
//
//   eval_variants --corpus FOLD/heldout --models FOLD/models
//       --variant base: --variant low:t=-0.3,keep=1,spans=0,dec=1
//
// A variant is NAME:KEY=VALUE,... with keys t (cue threshold), keep
// (keep sourceless tagged statements), km (... whose cue margin exceeds
// this), spans (tagger source and content
// override the rules'), tsrc (the source only), retry (the tagger retries
// cues whose rule candidate failed), dec (max-sum span decoder), and the
// multiword cue phrases: pn (min count inside cues), pe (1: widen cues to
// phrases), pr (0: the tagger's runs are not widened before role tagging),
// pep (its min extend precision), pc (1: make cues of phrases),
// pcp (its min create precision), cs (cue sense filter bits,
// extract/cue_senses.h), sr (source rule bits, extract/tagged_sources.h),
// cc (0: cues are not widened over the auxiliary chain before them,
// extract/cue_bounds.h), cw (0: nor over a weekday after them), ct (0: a
// subject pronoun opening a cue stays in it). Prints one tab-separated line
// per variant: name, then tp fp fn of exact
// source/cue/content, token source/cue/content and attribution, so that
// folds can be summed.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "eval/attribution_eval.h"
#include "extract/extractor.h"

namespace {

using claimgraph::extract::ExtractorOptions;

bool ParseVariant(const std::string& spec, std::string* name, ExtractorOptions* options) {
  const std::size_t colon = spec.find(':');
  if (colon == std::string::npos) return false;
  *name = spec.substr(0, colon);
  std::size_t at = colon + 1;
  while (at < spec.size()) {
    std::size_t comma = spec.find(',', at);
    if (comma == std::string::npos) comma = spec.size();
    const std::string item = spec.substr(at, comma - at);
    const std::size_t eq = item.find('=');
    if (eq == std::string::npos) return false;
    const std::string key = item.substr(0, eq);
    const double value = std::stod(item.substr(eq + 1));
    if (key == "t") {
      options->cue_threshold = value;
    } else if (key == "keep") {
      options->keep_sourceless = value != 0;
    } else if (key == "spans") {
      options->tagger_sources = options->tagger_contents = value != 0;
    } else if (key == "km") {
      options->sourceless_margin = value;
    } else if (key == "tsrc") {
      options->tagger_sources = value != 0;
    } else if (key == "retry") {
      options->retry_rejected = value != 0;
    } else if (key == "dec") {
      options->span_decoder = value != 0;
    } else if (key == "pn") {
      options->phrase_min_count = static_cast<long>(value);
    } else if (key == "pe") {
      options->phrase_extend = value != 0;
    } else if (key == "pr") {
      options->phrase_extend_runs = value != 0;
    } else if (key == "pep") {
      options->phrase_extend_precision = value;
    } else if (key == "pc") {
      options->phrase_create = value != 0;
    } else if (key == "pcp") {
      options->phrase_create_precision = value;
    } else if (key == "cs") {
      options->cue_sense_filters = static_cast<unsigned>(value);
    } else if (key == "sr") {
      options->source_rules = static_cast<unsigned>(value);
    } else if (key == "cc") {
      options->cue_chains = value != 0;
    } else if (key == "cw") {
      options->cue_weekdays = value != 0;
    } else if (key == "ct") {
      options->cue_trim_subjects = value != 0;

    } else {
      return false;
    }
    at = comma + 1;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, models, errors_path;
  std::vector<std::string> variants;
  CLI::App app{"Score extractor variants on an annotated folder"};
  app.add_option("--corpus", corpus, "Folder with text/ and attributions/")->required();
  app.add_option("--models", models, "Folder with the models to use")->required();
  app.add_option("--variant", variants, "NAME:KEY=VALUE,...")->required();
  app.add_option("--errors", errors_path, "Write the first variant's missed and spurious "
                                          "attributions here");
  CLI11_PARSE(app, argc, argv);
  for (const std::string& spec : variants) {
    std::string name;
    ExtractorOptions options;
    if (!ParseVariant(spec, &name, &options)) {
      std::fprintf(stderr, "eval_variants: bad variant %s\n", spec.c_str());
      return 2;
    }
    options.models_dir = models;
    const claimgraph::extract::Extractor extractor(options);
    std::string errors;
    const bool want_errors = !errors_path.empty() && &spec == &variants.front();
    auto scores =
        claimgraph::eval::EvaluateAttribution(corpus, extractor, want_errors ? &errors : nullptr);
    if (want_errors) std::ofstream(errors_path) << errors;
    if (!scores.ok()) {
      std::fprintf(stderr, "eval_variants: %s\n", scores.status().ToString().c_str());
      return 1;
    }
    const auto& s = scores.value();
    std::printf("%s", name.c_str());
    for (const auto* group : {&s.exact, &s.token}) {
      for (const auto& c : *group) std::printf("\t%g %g %g", c.tp, c.fp, c.fn);
    }
    std::printf("\t%g %g %g\n", s.attribution.tp, s.attribution.fp, s.attribution.fn);
  }
  return 0;
}
