# claimgraph entry points. `make demo` and `make test` set up everything on
# a fresh Debian machine (missing packages are installed with apt-get).
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
BIN := $(BUILD)/bin/claimgraph
DEMO_DB := $(BUILD)/demo.db
SAMPLE := fixtures/sample

# Evaluation data lives outside the repository (see ../shared/data/README.md).
DATA ?= ../shared/data
POLNEAR_DEV ?= $(DATA)/polnear/dev
FNC1_STANCES ?= $(DATA)/fnc1/dev_stances.csv
FNC1_BODIES ?= $(DATA)/fnc1/dev_bodies.csv
EVAL_OUT ?= $(BUILD)/eval

.PHONY: all deps configure build disk-check test test-sanitize fuzz demo eval bench bench-grow clean train-attribution cv-attribution train-stance

all: build

deps:
	@bash tools/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) > /dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# A full disk fails a build with nothing but the linker's "No space left on
# device"; say so up front. A warning only: existing build folders need less.
TEST_DISK_MB ?= 3500
disk-check:
	@avail=$$(df -Pm . | awk 'NR == 2 { print $$4 }'); \
	if [ -n "$$avail" ] && [ "$$avail" -lt $(TEST_DISK_MB) ]; then \
	  echo "warning: $$avail MB free in $(CURDIR); make test needs about $(TEST_DISK_MB) MB" \
	    "(build/ and $(SANITIZE_BUILD)/ side by side)" >&2; \
	fi

# The normal suite, then the whole suite again under the sanitizers.
test: disk-check build
	@bash tools/install-deps.sh --test
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory test-sanitize

# The whole suite again under AddressSanitizer, UndefinedBehaviorSanitizer
# and LeakSanitizer, except tests labelled "slow" (the SIGKILL crash-safety
# test: minutes of repeated whole-batch ingests under ASan; what it checks is
# SQLite's atomicity, and the ingest code it runs is covered by the CLI tests
# that do run here). SANITIZE_EXCLUDE= runs everything.
SANITIZE_BUILD ?= build-sanitize
SANITIZE_EXCLUDE ?= slow
test-sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCLAIMGRAPH_SANITIZE=ON > /dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/cmake/lsan-suppressions.txt \
	  ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS) \
	  $(if $(SANITIZE_EXCLUDE),-LE '$(SANITIZE_EXCLUDE)')

# libFuzzer targets (tools/fuzz) built with clang in $(FUZZ_BUILD), each run
# for FUZZ_SECONDS from a seed corpus of fixtures/; crashing inputs are left
# in $(FUZZ_BUILD)/artifacts/<target>/ (copy them to fixtures/fuzz/<target>/
# once fixed, where the fuzz_regression_tests replay them).
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= jsonl json txt extract
FUZZ_CXX ?= clang++
fuzz:
	@bash tools/install-deps.sh
	@bash tools/install-deps.sh --fuzz
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=$(FUZZ_CXX) \
	  -DCLAIMGRAPH_FUZZ=ON -DCLAIMGRAPH_BUILD_TESTS=OFF > /dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	@bash tools/fuzz/run_fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Loads the bundled sample batch into a fresh database and prints the
# disputed claims.
demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(BIN) --db $(DEMO_DB) ingest $(SAMPLE)
	@$(BIN) --db $(DEMO_DB) disputed

# Scores extraction on the PolNeAR dev split; the error analysis goes to
# $(EVAL_OUT)/attribution-errors.tsv. Then stance detection: topic-grouped
# 5-fold cross-validation on the FNC-1 dev pairs (predictions to
# $(EVAL_OUT)/fnc1-cv-predictions.csv).
eval: build
	@mkdir -p $(EVAL_OUT)
	@$(BIN) eval attribution $(POLNEAR_DEV) --errors $(EVAL_OUT)/attribution-errors.tsv
	@$(BIN) eval fnc1 --stances $(FNC1_STANCES) --bodies $(FNC1_BODIES) --train-folds 5 --predictions $(EVAL_OUT)/fnc1-cv-predictions.csv

# Scaling benchmark of ingest with cross-article linking: fresh databases of
# BENCH_SIZES articles generated from the FNC-1 bodies (seeded), ingested with
# BENCH_THREADS threads; MB/s, articles/s, cost per article, DB size, peak RSS
# and the latency (median, p95 of BENCH_RUNS runs) of the query commands.
BENCH_BODIES ?= $(DATA)/fnc1/train_bodies.csv
BENCH_SIZES ?= 1000,10000
BENCH_THREADS ?= $(shell nproc)
BENCH_RUNS ?= 50
bench: build
	@$(BUILD)/bin/claimgraph_bench --bodies $(BENCH_BODIES) --sizes $(BENCH_SIZES) \
	  --threads $(BENCH_THREADS) --runs $(BENCH_RUNS)

# Marginal cost at the size of an existing bench database (kept with
# `claimgraph_bench --keep`): ingests the next BENCH_ADD articles of the same
# corpus into a copy of GROW_DB with the current code, then times the queries.
# 3,000 articles (about 430k postings) include at least one merge of the
# recent postings into the main index (schema/0009), so the merge's cost is
# in the figure rather than deferred past it.
BENCH_ADD ?= 3000
bench-grow: build
	@test -n "$(GROW_DB)" || { echo "usage: make bench-grow GROW_DB=path/claimgraph-bench-N.db" >&2; exit 2; }
	@$(BUILD)/bin/claimgraph_bench --bodies $(BENCH_BODIES) --grow-db $(GROW_DB) --add $(BENCH_ADD) \
	  --threads $(BENCH_THREADS) --runs $(BENCH_RUNS)

# Learns models/cue_words.tsv (cue words with counts), models/cue_phrases.tsv
# (multiword cue phrases with counts) and the attribution
# tagger (models/attribution_cue.model, models/attribution_role.model) from
# PolNeAR train; deterministic, about two minutes.
POLNEAR_TRAIN ?= $(DATA)/polnear/train
train-attribution: build
	@$(BUILD)/bin/train_attribution --corpus $(POLNEAR_TRAIN) --out models/cue_words.tsv

# 4-fold cross-validation on the train split of the extractor variants
# (extract/extractor.h ExtractorOptions): the shipped defaults against the
# rules-first setting (folds, fold models and errors in $(BUILD)/cv-attribution).
cv-attribution: build
	@bash tools/train/cv_attribution.sh $(POLNEAR_TRAIN) $(BUILD) $(BUILD)/cv-attribution 4 \
	  shipped: rules-first:keep=0,tsrc=0,retry=0,dec=0 lower-threshold:t=-0.25 \
	  no-phrases:pe=0 phrases-0.7:pep=0.7 phrases-not-runs:pr=0 phrase-cues:pc=1,pcp=0.85

# Learns models/stance.model from the labelled FNC-1 dev pairs (the only
# labelled stance data used).
train-stance: build
	@$(BUILD)/bin/train_stance --stances $(FNC1_STANCES) --bodies $(FNC1_BODIES) --out models/stance.model

clean:
	@rm -rf $(BUILD)
