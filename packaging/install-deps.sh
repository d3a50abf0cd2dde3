#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages EdgeAtlas needs to build, test and run; only those missing.
# Why each: Qt 6 base (Core/Gui/Widgets/Test), Qt SVG (map export), Qt Charts (planner charts), nanoflann
# (spatial index), ccache (fast rebuilds), clang + its runtime (the asan preset and the libFuzzer target),
# node/npm only to regenerate data; dpkg-dev, lintian, desktop-file-utils and appstream check the Debian
# package (`make package`); poppler-utils (pdfinfo/pdftotext) checks the PDF report in the tests.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6svg6-dev qt6-charts-dev libgl-dev libxkbcommon-dev
  libnanoflann-dev
  poppler-utils
  clang libclang-rt-14-dev
  dpkg-dev lintian desktop-file-utils appstream
)
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
