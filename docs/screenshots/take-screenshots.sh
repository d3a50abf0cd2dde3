#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Retakes the README's screenshots: every mode (Plan as a new user first sees it, with the welcome panel;
# the Monitor's simulated deployment after a while; Trials with the results measured so far) at 1366x768
# and 1920x1080, in English and Arabic, under Xvfb (Xvfb, xdotool, ImageMagick).
#   docs/screenshots/take-screenshots.sh [build/bin/edgeatlas] [DISPLAY, default :99]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-build/bin/edgeatlas}")
display=${2:-:99}
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is missing" >&2; exit 1; }
done
scratch=$(mktemp -d)
cleanup() {
    [[ -n ${app:-} ]] && kill "$app" 2>/dev/null || true
    [[ -n ${xvfb:-} ]] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

# Starts the app with a fresh per-user state (first run unless $3 says the welcome was seen), full screen.
start() { # language size seen
    local config=$scratch/$1-$2-$3
    mkdir -p "$config/config/EdgeAtlas"
    [[ $3 == seen ]] && printf '[welcome]\ndismissed=true\n' >"$config/config/EdgeAtlas/EdgeAtlas.conf"
    local lang=en_US.UTF-8
    [[ $1 == ar ]] && lang=ar_EG.UTF-8
    LANG=$lang LANGUAGE= LC_ALL= XDG_CONFIG_HOME=$config/config XDG_DATA_HOME=$config/data DISPLAY=$display \
        "$bin" >"$scratch/app.log" 2>&1 &
    app=$!
    local window=
    for _ in $(seq 60); do
        window=$(DISPLAY=$display xdotool search --onlyvisible --name 'EdgeAtlas' 2>/dev/null | head -1) && break
        sleep 0.5
    done
    [[ -n $window ]] || { echo "take-screenshots: no window" >&2; cat "$scratch/app.log" >&2; exit 1; }
    sleep 3 # the window has its first size (90 % of the screen); then it fills the screen
    for _ in 1 2 3; do
        DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" "${2%x*}" "${2#*x}"
        sleep 1
        DISPLAY=$display xdotool getwindowgeometry "$window" | grep -q "Geometry: $2" && break
    done
    DISPLAY=$display xdotool windowfocus "$window" 2>/dev/null || true
    sleep 8 # the evaluation and the charts
}

shoot() { # name
    DISPLAY=$display import -window root "$scratch/shot.png"
    # 256 colours: a quarter of the size, no visible loss on a user interface.
    convert "$scratch/shot.png" -dither None -colors 256 "PNG8:$here/$1.png"
    echo "$here/$1.png"
}

for size in 1920x1080 1366x768; do
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 2
    for language in en ar; do
        start "$language" "$size" first
        shoot "plan-$language-$size"
        kill "$app"; wait "$app" 2>/dev/null || true
        start "$language" "$size" seen
        DISPLAY=$display xdotool key ctrl+2 # the Monitor: its simulated deployment starts
        sleep 25
        shoot "monitor-$language-$size"
        DISPLAY=$display xdotool key ctrl+3 alt+r # Trials: Run A/B (a 1B model's decode step on the CPU)
        sleep 100
        shoot "trials-$language-$size"
        kill "$app"; wait "$app" 2>/dev/null || true
        app=
    done
    kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
    xvfb=
done
