#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The honest version of "on a fresh machine": bootstraps a minimal Debian 12 root file system
# (debootstrap --variant=minbase, plus git and make, as a new user would have), clones this checkout's
# committed HEAD into it with ../shared beside it, and there runs, timing each:
#   1. make deps   installs what install-deps.sh lists
#   2. make test   the cold build and every test
#   3. make run    after wiping the build and the compiler cache: cold build of the app until its window
#                  is up (offscreen: the root has no display), then closes it
# Needs root (or sudo), network access to a Debian mirror, ~6 GB of disk and 40-60 minutes on 2 cores.
# Usage: packaging/clean-room.sh [DIR]   (default build-cleanroom/; the log is DIR/clean-room.log)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
dir=$(realpath -m "${1:-$src/build-cleanroom}")
root="$dir/root"
shared="$src/../shared"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "clean-room: needs root or sudo (debootstrap, chroot, mount)" >&2; exit 1; }
  sudo="sudo"
fi
[ -d "$shared/data" ] || { echo "clean-room: $shared/data not found (the tests read ../shared)" >&2; exit 1; }
if ! command -v debootstrap >/dev/null; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends debootstrap
fi

mounted() { grep -q " $root" /proc/mounts; }
unmount_all() {
  # Deepest first; lazily if something still holds a file open.
  { grep " $root" /proc/mounts || true; } | awk '{print $2}' | sort -r | while read -r m; do
    $sudo umount "$m" 2>/dev/null || $sudo umount -l "$m" || true
  done
}
trap unmount_all EXIT
unmount_all
if mounted; then
  echo "clean-room: cannot unmount everything under $root; not deleting it" >&2
  exit 1
fi
$sudo rm -rf "$root"
mkdir -p "$dir"
log="$dir/clean-room.log"
: >"$log"
say() { echo "clean-room: $*" | tee -a "$log"; }

# The mirror this machine's apt uses (a new user's machine would use its own).
mirror=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1)
mirror=${mirror:-$(awk '/^deb / && !/security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)}
mirror=${mirror:-http://deb.debian.org/debian}

t0=$(date +%s)
$sudo debootstrap --variant=minbase --include=git,make bookworm "$root" "$mirror" >>"$log" 2>&1 ||
  { tail -20 "$log"; say "debootstrap failed"; exit 1; }
t_boot=$(($(date +%s) - t0))
say "debootstrap --variant=minbase bookworm (+git, make): ${t_boot} s, $(du -sh "$root" | cut -f1)"

$sudo mkdir -p "$root/work/shared" "$root/work/edgeatlas"
$sudo cp /etc/resolv.conf "$root/etc/resolv.conf"
$sudo mount -t proc proc "$root/proc"
$sudo mount -t sysfs -o ro sysfs "$root/sys"
$sudo mount --rbind /dev "$root/dev"
$sudo mount --make-rslave "$root/dev"
$sudo mount --bind "$shared" "$root/work/shared"
$sudo mount -o remount,bind,ro "$root/work/shared"
$sudo git clone --quiet "$src" "$root/work/edgeatlas"
say "cloned $(git -C "$src" rev-parse --short HEAD) ($(git -C "$src" log -1 --format=%s | cut -c1-70))"
[ -z "$(git -C "$src" status --porcelain)" ] || say "note: uncommitted changes in $src are not part of the clone"

in_root() {
  $sudo chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c "cd /work/edgeatlas && $1"
}
phase() { # name, command: runs it in the root, logs it, records its time; fails the run when it fails
  local start rc
  start=$(date +%s)
  set +e
  in_root "$2" >>"$log" 2>&1
  rc=$?
  set -e
  eval "t_$1=$(($(date +%s) - start))"
  return $rc
}

phase deps "make deps" || { tail -30 "$log"; say "make deps failed"; exit 1; }
say "make deps: ${t_deps} s"
if phase test "make test"; then
  say "make test: ${t_test} s, $(grep -E 'tests passed|tests failed' "$log" | tail -1)"
else
  grep -E 'tests passed|tests failed|\(Failed\)|\(Timeout\)|\*\*\*' "$log" | tail -20
  say "make test FAILED after ${t_test} s"
  exit 1
fi

# make run from cold: no build tree, no compiler cache. Up = the app process alive 10 s in a row.
in_root "rm -rf build /root/.cache/ccache"
start=$(date +%s)
in_root "QT_QPA_PLATFORM=offscreen make run" >>"$log" 2>&1 &
runner=$!
up=0
while kill -0 $runner 2>/dev/null; do
  if pgrep -f "^./build/bin/edgeatlas --simulate" >/dev/null; then
    up=$((up + 1))
    [ $up -eq 1 ] && t_run=$(($(date +%s) - start))
    [ $up -ge 10 ] && break
  else
    up=0
  fi
  sleep 1
done
if [ $up -ge 10 ]; then
  say "make run (cold build of the app, window up): ${t_run} s"
  pkill -TERM -f "^./build/bin/edgeatlas --simulate" || true
  wait $runner || true
else
  wait $runner || true
  tail -30 "$log"
  say "make run FAILED: the app did not stay up"
  exit 1
fi
say "cold make test = make deps + make test: $((t_deps + t_test)) s; cold make run = make deps + make run: $((t_deps + t_run)) s"
say "passed"
