# SPDX-License-Identifier: GPL-3.0-or-later
# Two commands for a new user: `make run` and `make test`. Everything else is for developers.
SHELL := /bin/bash
PRESET ?= dev
FUZZ_SECONDS ?= 20
FUZZ_LONG_SECONDS ?= 1800
# Let ccache share results between checkouts in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: all deps configure build run test bench package asan-test asan-test-all fuzz fuzz-long fuzz-merge format clean clean-room
all: build

deps:
	@packaging/install-deps.sh

# Configure once; later builds let CMake re-run itself when CMakeLists change.
build/$(PRESET).configured: CMakeLists.txt CMakePresets.json | deps
	cmake --preset $(PRESET)
	@mkdir -p build && touch $@

configure: deps build/$(PRESET).configured

build: configure
	cmake --build --preset $(PRESET)

# Builds only the app (the tests are `make test`'s), so a new user sees the window sooner.
run: configure
	cmake --build --preset $(PRESET) --target edgeatlas
	./build/bin/edgeatlas --simulate $(ARGS)

test: build
	ctest --preset $(PRESET)

bench: build
	./build/bin/edgeatlas bench plan

# The Debian package (build/package/edgeatlas_<version>_<arch>.deb), from the dev build, stripped.
package: build
	cd build && cpack -G DEB

# The whole test suite (unit, widgets, app, command line) under AddressSanitizer + UndefinedBehaviorSanitizer,
# then every libFuzzer target for FUZZ_SECONDS each. This is what CI runs after `make test`.
asan-test: deps
	$(MAKE) PRESET=asan build
	ctest --preset asan
	$(MAKE) fuzz

asan-test-all: asan-test

# Fuzzes every parser for FUZZ_SECONDS each (CI) or FUZZ_LONG_SECONDS each (`make fuzz-long`, before a
# release); what a run finds is kept in build-asan/fuzz-corpus/ for the next one (see tests/fuzz/run-fuzzers.sh).
fuzz:
	tests/fuzz/run-fuzzers.sh build-asan $(FUZZ_SECONDS)

fuzz-long: deps
	$(MAKE) PRESET=asan configure
	cmake --build --preset asan --target fuzzers
	tests/fuzz/run-fuzzers.sh build-asan $(FUZZ_LONG_SECONDS)

# Minimizes what the fuzz runs learned into the committed seeds (tests/fuzz/corpus/<target>/), to commit.
fuzz-merge:
	@for bin in build-asan/bin/fuzz_*; do name=$${bin##*/fuzz_}; \
	  [ -d build-asan/fuzz-corpus/$$name ] || continue; \
	  $$bin -merge=1 -max_len=65536 tests/fuzz/corpus/$$name build-asan/fuzz-corpus/$$name 2>&1 | tail -1; done

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build build-asan build-release build-cpu

# Not part of CI (40-60 minutes): `make test` and `make run` in a freshly bootstrapped minimal Debian 12
# root file system, timed; see packaging/clean-room.sh. The log is build-cleanroom/clean-room.log.
clean-room:
	packaging/clean-room.sh
