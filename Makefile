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
EVAL_OUT ?= $(BUILD)/eval

.PHONY: all deps configure build test demo eval clean

all: build

deps:
	@bash tools/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) > /dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Loads the bundled sample batch into a fresh database and prints the
# disputed claims.
demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(BIN) --db $(DEMO_DB) ingest $(SAMPLE)
	@$(BIN) --db $(DEMO_DB) disputed

# Scores extraction on the PolNeAR dev split; the error analysis goes to
# $(EVAL_OUT)/attribution-errors.tsv.
eval: build
	@mkdir -p $(EVAL_OUT)
	@$(BIN) eval attribution $(POLNEAR_DEV) --errors $(EVAL_OUT)/attribution-errors.tsv

clean:
	@rm -rf $(BUILD)
