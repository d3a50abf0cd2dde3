# SPDX-License-Identifier: GPL-3.0-or-later
# Two commands for a new user: `make run` and `make test`. Everything else is for developers.
SHELL := /bin/bash
PRESET ?= dev
FUZZ_SECONDS ?= 60
# Let ccache share results between checkouts in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: all deps configure build run test bench package asan-test asan-test-all fuzz format clean clean-room
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

# Sanitizer build of the unit and widget tests (the integration tests run in `make test`), plus a bounded
# libFuzzer run on the scenario parser. `make asan-test-all` builds and runs every test under the sanitizers.
asan-test: deps
	$(MAKE) PRESET=asan configure
	cmake --build --preset asan --target sanitizer_tests
	ctest --preset asan -L "unit|widgets"
	$(MAKE) fuzz

asan-test-all: deps
	$(MAKE) PRESET=asan build
	ctest --preset asan
	$(MAKE) fuzz

fuzz:
	@rm -rf build-asan/fuzz-corpus && mkdir -p build-asan/fuzz-corpus
	@cp tests/data/*.json build-asan/fuzz-corpus/
	ASAN_OPTIONS=detect_leaks=1 build-asan/bin/fuzz_scenario -max_total_time=$(FUZZ_SECONDS) \
	  -rss_limit_mb=3072 -max_len=65536 -print_final_stats=1 build-asan/fuzz-corpus

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build build-asan build-release build-cpu

# Not part of CI (40-60 minutes): `make test` and `make run` in a freshly bootstrapped minimal Debian 12
# root file system, timed; see packaging/clean-room.sh. The log is build-cleanroom/clean-room.log.
clean-room:
	packaging/clean-room.sh
