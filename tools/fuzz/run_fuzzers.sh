#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time (`make fuzz`).
# Usage: run_fuzzers.sh BUILD_DIR SECONDS TARGET...
# Seeds: the fixture files of the target's format plus its saved regression
# inputs (fixtures/fuzz/<target>/). Crashes go to BUILD_DIR/artifacts/<target>/;
# the script prints runs, corpus size and crashes per target and fails if
# any target crashed.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=$1 seconds=$2
shift 2

declare -A extension=([jsonl]=jsonl [json]=json [txt]=txt [extract]=txt)
declare -A dictionary=([jsonl]=json.dict [json]=json.dict [txt]=text.dict [extract]=text.dict)
failed=0
summary=()
for target in "$@"; do
  corpus=$build/corpus/$target seeds=$build/seeds/$target artifacts=$build/artifacts/$target
  rm -rf "$seeds" && mkdir -p "$corpus" "$seeds" "$artifacts"
  find fixtures -path fixtures/fuzz -prune -o -type f -name "*.${extension[$target]}" -print |
    while read -r f; do cp "$f" "$seeds/$(echo "$f" | tr / _)"; done
  [ -d "fixtures/fuzz/$target" ] && cp fixtures/fuzz/"$target"/* "$seeds"/ 2>/dev/null
  log=$build/fuzz-$target.log
  echo "fuzz: $target for ${seconds}s (log $log)"
  "$build/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -dict="tools/fuzz/${dictionary[$target]}" \
    -artifact_prefix="$artifacts/" "$corpus" "$seeds" >"$log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  crashes=$(find "$artifacts" -type f | wc -l)
  summary+=("$target: ${runs:-?} runs in ${seconds}s, corpus $(ls "$corpus" | wc -l), crashes $crashes")
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    grep -m1 -A12 -E 'ERROR|invariant broken|deadly signal|timeout' "$log"
  fi
done
printf '%s\n' "${summary[@]}"
exit $failed
