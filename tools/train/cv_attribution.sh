#!/usr/bin/env bash
# K-fold cross-validation of the attribution models and extractor variants
# on the PolNeAR TRAIN split (dev stays untouched for the final figure).
#
#   tools/train/cv_attribution.sh TRAIN_DIR BUILD_DIR WORK_DIR K VARIANT...
#
# Article i (in name order) is held out in fold i mod K. Each fold's folders
# are symlinks under WORK_DIR (no corpus text is copied); the fold's models
# are trained with train_attribution $TRAIN_ARGS on the other folds (skipped when
# REUSE=1 and they exist; the fold's cue phrases alone are learned when only
# they are missing), then eval_variants scores every VARIANT
# (NAME:KEY=VALUE,..., see tools/train/eval_variants.cc) on the held-out
# fold. Prints, per variant, P/R/F1 summed over the folds; the first
# variant's errors go to WORK_DIR/fold*/errors.txt.
set -euo pipefail
train=$(realpath "$1"); build=$(realpath "$2"); work=$3; k=$4; shift 4
mkdir -p "$work"
mapfile -t names < <(ls "$train/text" | sed 's/\.txt$//' | sort)
for ((f = 0; f < k; f++)); do
  dir=$work/fold$f
  if [[ ${REUSE:-0} != 1 || ! -f $dir/models/attribution_role.model ]]; then
    rm -rf "$dir"
    mkdir -p "$dir"/{train,heldout}/{text,attributions} "$dir/models"
    for i in "${!names[@]}"; do
      n=${names[$i]}
      part=train; (( i % k == f )) && part=heldout
      ln -s "$train/text/$n.txt" "$dir/$part/text/"
      for ann in "$train/attributions/${n}"_*.ann; do
        stem=$(basename "$ann" .ann)
        [[ -e $ann && ${stem%_*} == "$n" ]] && ln -s "$ann" "$dir/$part/attributions/"
      done
    done
    # shellcheck disable=SC2086  # TRAIN_ARGS holds several options
    "$build/bin/train_attribution" --corpus "$dir/train" --out "$dir/models/cue_words.tsv" \
      ${TRAIN_ARGS:-} > "$dir/train.log"
  elif [[ ! -f $dir/models/cue_phrases.tsv ]]; then
    # Fold models from before the cue phrases: learn the fold's phrases alone.
    "$build/bin/train_attribution" --corpus "$dir/train" --out "$dir/models/cue_words.tsv" \
      --phrases-only >> "$dir/train.log"
  fi
  args=()
  for v in "$@"; do args+=(--variant "$v"); done
  "$build/bin/eval_variants" --corpus "$dir/heldout" --models "$dir/models" "${args[@]}" \
    --errors "$dir/errors.txt" > "$dir/scores.tsv"
done
cat "$work"/fold*/scores.tsv | awk -F'\t' '
  { for (c = 2; c <= NF; c++) { split($c, x, " "); tp[$1,c] += x[1]; fp[$1,c] += x[2]; fn[$1,c] += x[3] }
    if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }; cols = NF }
  function f1(v, c,  p, r) { p = tp[v,c] / (tp[v,c] + fp[v,c] + 1e-9); r = tp[v,c] / (tp[v,c] + fn[v,c] + 1e-9)
    return sprintf("%.3f/%.3f/%.3f", p, r, (p + r > 0) ? 2 * p * r / (p + r) : 0) }
  END { print "variant\tex-src\tex-cue\tex-con\ttok-src\ttok-cue\ttok-con\tattribution (P/R/F1)"
    for (i = 1; i <= n; i++) { v = order[i]; line = v
      for (c = 2; c <= cols; c++) line = line "\t" f1(v, c); print line } }'
