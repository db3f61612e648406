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

.PHONY: all deps configure build test demo eval bench clean train-attribution train-stance

all: build

deps:
	@bash tools/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) > /dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@bash tools/install-deps.sh --test
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
SANITIZE_BUILD ?= build-sanitize
test-sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCLAIMGRAPH_SANITIZE=ON > /dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

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
# BENCH_SIZES articles generated from the FNC-1 bodies (seeded), cost per
# article and per retrieval, DB size and peak RSS.
BENCH_BODIES ?= $(DATA)/fnc1/train_bodies.csv
BENCH_SIZES ?= 1000,10000,50000
bench: build
	@$(BUILD)/bin/claimgraph_bench --bodies $(BENCH_BODIES) --sizes $(BENCH_SIZES)

# Learns models/cue_words.tsv (cue words with counts) from PolNeAR train.
POLNEAR_TRAIN ?= $(DATA)/polnear/train
train-attribution: build
	@$(BUILD)/bin/train_attribution --corpus $(POLNEAR_TRAIN) --out models/cue_words.tsv

# Learns models/stance.model from the labelled FNC-1 dev pairs (the only
# labelled stance data used).
train-stance: build
	@$(BUILD)/bin/train_stance --stances $(FNC1_STANCES) --bodies $(FNC1_BODIES) --out models/stance.model

clean:
	@rm -rf $(BUILD)
