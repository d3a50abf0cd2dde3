#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and checks it: desktop file and AppStream metainfo validate, lintian runs and
# reports no error, and the binaries unpacked into a throwaway root run, loading only libraries and plugins
# from the packages its Depends line names and what those depend on.
set -euo pipefail
build=$1
src=$2
debdeps=$3 # tests/packaging/debdeps.cpp
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

# lintian: errors fail; warnings are printed. A missing lintian, or one that cannot run, fails too:
# an empty log must never pass for a clean one.
command -v lintian >/dev/null || { echo "lintian is not installed (packaging/install-deps.sh lists it)"; exit 1; }
set +e
lintian --tag-display-limit 0 "$deb" >lintian.log 2>lintian.err
lintian_rc=$?
set -e
cat lintian.log
if grep -q '^E:' lintian.log; then
  echo "lintian reported errors"
  exit 1
fi
if [ $lintian_rc -ne 0 ]; then
  echo "lintian did not run cleanly (exit $lintian_rc):"
  cat lintian.err
  exit 1
fi
echo "lintian: $(grep -c '^[EWIP]:' lintian.log || true) tags, no errors"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
for f in usr/bin/edgeatlas usr/share/applications/io.github.edgeatlas.EdgeAtlas.desktop \
         usr/share/metainfo/io.github.edgeatlas.EdgeAtlas.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.edgeatlas.EdgeAtlas.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.edgeatlas.EdgeAtlas.png \
         usr/share/doc/edgeatlas/copyright usr/share/man/man1/edgeatlas.1.gz \
         usr/share/man/man1/edgeatlas-trials.1.gz usr/share/bash-completion/completions/edgeatlas; do
  [ -e "$root/$f" ] || { echo "missing in package: $f"; exit 1; }
done
# Every library the package's programs load, the whole closure (ldd), and what a run dlopens (the loader's
# own trace: Qt's platform, image, icon and SQL plugins), comes from a package its Depends line names or
# that one of those depends on (ea_debdeps walks Depends/Pre-Depends; "a | b" counts as a, as apt takes it).
# A desktop loads the xcb platform plugin where these runs use offscreen: its libraries count too.
loaded=$(mktemp)
trace=$(mktemp -d)
trap 'rm -rf "$root" "$loaded" "$trace"' EXIT
for elf in "$root"/usr/bin/*; do
  if ldd "$elf" | grep -q "not found"; then
    echo "$elf: a library cannot be found:"; ldd "$elf" | grep "not found"; exit 1
  fi
  ldd "$elf" | sed -n 's/.*=> \(\/[^ ]*\) (0x.*/\1/p; s/^[[:space:]]*\(\/[^ ]*\) (0x.*/\1/p' >>"$loaded"
done
mkdir -p "$trace/home"
run_traced() { # args: seconds, what to run; the loader writes $trace/ld.<pid>
  local seconds=$1
  shift
  env HOME="$trace/home" XDG_CONFIG_HOME="$trace/home" XDG_DATA_HOME="$trace/home" \
      XDG_CACHE_HOME="$trace/home" QT_QPA_PLATFORM=offscreen LD_DEBUG=libs LD_DEBUG_OUTPUT="$trace/ld" \
      timeout -s TERM "$seconds" "$@" >/dev/null 2>&1 || true
}
run_traced 300 "$root/usr/bin/edgeatlas" report -o "$trace/report.pdf" # runs to its end
[ -s "$trace/report.pdf" ] || { echo "the unpacked binary wrote no report"; exit 1; }
run_traced 8 "$root/usr/bin/edgeatlas" --simulate # the window: what it loaded in 8 s
plugins=$(grep -h 'calling init: ' "$trace"/ld.* | sed 's/.*calling init: //' | sort -u)
grep -q 'plugins/platforms/' <<<"$plugins" || { echo "the traced run loaded no Qt platform plugin"; exit 1; }
xcb=$(dirname "$(grep -m1 'plugins/platforms/' <<<"$plugins")")/libqxcb.so
for lib in $plugins $xcb; do
  echo "$lib" >>"$loaded"
  ldd "$lib" | sed -n 's/.*=> \(\/[^ ]*\) (0x.*/\1/p' >>"$loaded"
done
echo "Qt plugins loaded by the package's binary: $(grep -c '/plugins/' <<<"$plugins")"
grep -v "^$root/" "$loaded" | sort -u | "$debdeps" --depends "$depends"
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/edgeatlas" --version)
echo "unpacked binary: $version"
grep -q "0\.1\.0\|[0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$version"
echo "package check passed"
