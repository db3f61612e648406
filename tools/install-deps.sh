#!/usr/bin/env bash
# Installs the Debian packages claimgraph builds and tests with, if missing.
# Safe to re-run: does nothing when everything is present.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libboost-graph-dev      # Boost.Graph: the claim graph and its algorithms
  libsqlitecpp-dev        # SQLiteCpp: storage
  libsqlite3-dev
  libspdlog-dev           # logging
  catch2                  # tests (v2)
  libicu-dev              # sentence breaks, case folding
  nlohmann-json3-dev      # JSON input and output
  libcli11-dev            # command line
  libssl-dev              # SHA-256 content hashes
  liblinear-dev           # stance model training and prediction
  wordnet-base            # WordNet antonyms for stance features
  libgraphviz-dev         # Graphviz: the HTML report's graph drawings
)

# Only the tests need these (`make test` passes --test): headless Chromium
# renders the HTML report.
test_packages=(
  chromium
)
# Only `make fuzz` (--fuzz) needs these: clang with libFuzzer and its
# sanitizer runtimes.
fuzz_packages=(
  clang
  libclang-rt-14-dev
)
if [ "${1:-}" = "--test" ]; then
  packages=("${test_packages[@]}")
elif [ "${1:-}" = "--fuzz" ]; then
  packages=("${fuzz_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
