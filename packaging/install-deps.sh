#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages EdgeAtlas needs to build, test and run; only those missing.
# Why each package is listed on its line below. `--list` prints the list and installs nothing (the test
# install_deps_complete checks it against every system file the build, the tests and the app use).
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config git # building; ccache shares results between checkouts
  qt6-base-dev qt6-base-dev-tools libgl-dev libxkbcommon-dev # Qt Core/Gui/Widgets/Test and what they need
  qt6-svg-dev      # SVG export of the map
  qt6-charts-dev   # the planner's charts
  libqt6opengl6-dev # Qt6ChartsConfig.cmake needs Qt6OpenGL, but Debian's qt6-charts-dev does not depend on it
  libqt6sql6-sqlite # the SQLite driver of Qt SQL: the monitor's probe history
  qt6-tools-dev qt6-l10n-tools # lupdate/lrelease and their CMake functions: the French and Arabic catalogs
  qt6-translations-l10n # Qt's own strings (standard buttons, dialogs) in French and Arabic
  prometheus       # the Prometheus round-trip test scrapes the probe agent with a real server
  libnanoflann-dev # the spatial index of nodes
  libopenblas-dev  # the trials engine's CPU backend
  libcurl4-openssl-dev curl openssl # the prober; curl and openssl for the probe benchmark and the TLS test
  clang libclang-rt-14-dev # the asan preset and the libFuzzer target
  llvm-14 lld-14   # CMake takes LLVM's ar/nm/ranlib and ld.lld for the clang preset where present; llvm-symbolizer names source lines in sanitizer reports
  dpkg-dev lintian desktop-file-utils appstream # `make package` and its check
  gdal-bin python3-yaml # tests read our GeoJSON and LiteLLM YAML with real GIS and YAML readers
  poppler-utils # pdfinfo and pdftotext check the PDF report in the tests
  rapidjson-dev    # RapidJSON's streaming (SAX) reader: the fleet's Prometheus answers of 10,000s of series (engine/probe/promanswer.cpp)
  coinor-libcbc-dev # COIN-OR CBC: the placement optimizer's mixed-integer programs (engine/plan/mipsolver.cpp)
)
if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
