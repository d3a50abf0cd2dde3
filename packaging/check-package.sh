#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and checks it: desktop file and AppStream metainfo validate, lintian reports
# no error, and the binary unpacked into a throwaway root runs (`edgeatlas --version`) with only the
# libraries of the packages its Depends line names.
set -euo pipefail
build=$1
src=$2
cd "$build"
rm -rf package
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls package/edgeatlas_*.deb)
echo "package: $deb"

desktop-file-validate "$src/io.github.edgeatlas.EdgeAtlas.desktop"
appstreamcli validate --no-net --pedantic "$src/io.github.edgeatlas.EdgeAtlas.metainfo.xml"

echo "control:"
dpkg-deb -f "$deb" Package Version Architecture Depends Section | sed 's/^/  /'
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6; do
  grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends"; exit 1; }
done

# lintian: errors fail; warnings are printed.
lintian --tag-display-limit 0 "$deb" 2>/dev/null | tee lintian.log || true
if grep -q '^E:' lintian.log; then
  echo "lintian reported errors"
  exit 1
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
for f in usr/bin/edgeatlas usr/share/applications/io.github.edgeatlas.EdgeAtlas.desktop \
         usr/share/metainfo/io.github.edgeatlas.EdgeAtlas.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.edgeatlas.EdgeAtlas.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.edgeatlas.EdgeAtlas.png \
         usr/share/doc/edgeatlas/copyright usr/share/man/man1/edgeatlas.1.gz \
         usr/share/man/man1/edgeatlas-trials.1.gz; do
  [ -e "$root/$f" ] || { echo "missing in package: $f"; exit 1; }
done
# Every library the binary names (NEEDED) comes from a package that Depends names, or that a package named
# there depends on (an implementation behind a Debian alternative: libopenblas0 -> libopenblas0-pthread | ...).
covered() {
  grep -qw "$1" <<<"$depends" && return 0
  local dep
  for dep in $(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//'); do
    dpkg -s "$dep" 2>/dev/null | grep '^Depends:' | grep -qw "$1" && return 0
  done
  return 1
}
missing=0
for needed in $(objdump -p "$root/usr/bin/edgeatlas" | awk '/NEEDED/{print $2}'); do
  case "$needed" in ld-linux*) continue ;; esac # the dynamic loader itself (libc6)
  path=$(ldd "$root/usr/bin/edgeatlas" | awk -v n="$needed" '$1 == n {print $3}')
  [ -n "$path" ] || { echo "cannot resolve $needed"; missing=1; continue; }
  owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1 || true)
  [ -n "$owner" ] || owner=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1 || true)
  if [ -z "$owner" ] || ! covered "$owner"; then
    echo "$needed ($path, package '${owner:-none}') is not covered by Depends"
    missing=1
  fi
done
[ $missing -eq 0 ]
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/edgeatlas" --version)
echo "unpacked binary: $version"
grep -q "0\.1\.0\|[0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$version"
echo "package check passed"
