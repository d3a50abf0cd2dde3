#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GPU check of the trials engine (GPU_ENGINE.md §6), about five minutes on an H100/H200:
# machine state, build (CMake + Ninja, sm_90), correctness (every kernel against float64 and the CPU
# backend, poisoned outputs), ceilings, kernel sweep and model trials on Llama-3-8B shapes, an A/A and
# an A/B pair, the PyTorch peer baseline, and a summary table printed last. Results go to OUT_DIR as
# they are made (at most 8 files), so a timeout still leaves data.
#
#   engine/trials/device-check.sh OUT_DIR          on the GPU machine
#   engine/trials/device-check.sh --cpu OUT_DIR    every stage on the CPU backend with tiny shapes
#
# EA_TRIALS_BIN=path/to/edgeatlas-trials skips the build stage (CI's --cpu run uses its build);
# EA_GIT_SHA=<sha> names the commit where the tree is a copy without .git.
set -uo pipefail
mode=gpu
if [ "${1:-}" = "--cpu" ]; then
  mode=cpu
  shift
fi
out="${1:?usage: device-check.sh [--cpu] OUT_DIR}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
log="$out/log.txt"
: >"$log"
exec > >(tee -a "$log") 2>&1
failed=0
stage() { echo; echo "=== $* ($(date -u +%H:%M:%S))"; }
run() { echo "+ $*"; "$@" || { echo "!! failed ($?): $*"; failed=1; }; }

stage "machine ($mode mode)"
uname -srm
if [ "$mode" = gpu ]; then
  nvidia-smi || echo "!! nvidia-smi unavailable"
  nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,temperature.gpu,memory.used \
    --format=csv 2>/dev/null
  dmon="$(mktemp)"
  nvidia-smi dmon -s pucv -d 1 >"$dmon" 2>&1 &
  dmon_pid=$!
fi

stage build
bin="${EA_TRIALS_BIN:-}"
if [ -z "$bin" ]; then
  build="$root/build-device-check"
  cuda_flag=(-DCMAKE_CUDA_ARCHITECTURES=90)
  [ "$mode" = cpu ] && cuda_flag=(-DTRIALS_WITH_CUDA=OFF)
  generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  run cmake -S "$root/engine/trials" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "${cuda_flag[@]}"
  run cmake --build "$build" -j "$(nproc)"
  bin="$build/bin/edgeatlas-trials"
fi
bindir="$(dirname "$bin")"
[ -x "$bin" ] || { echo "!! no $bin"; exit 1; }

if [ "$mode" = gpu ]; then
  common=(--backend cuda --min-samples 10 --min-time 0.3 --max-time 2 --target-rsd 0.01)
  model=llama-3-8b
  scenario="$root/resources/scenarios/default.json"
  gemm_batches=1,16,64,256,2048
  gemm_precisions=fp32,fp16,bf16,fp8
  attn_batches=1,64
  attn_contexts=1024,4096
  decode_batches=1,8,64,256
  prompts=512,2048
  torch_device=cuda
  rounds=20
else
  common=(--backend cpu --quick --copy-mib 32 --gemm-size 256)
  model=tiny-llama
  scenario="$here/tools/tiny-scenario.json"
  gemm_batches=1,16
  gemm_precisions=fp32,bf16,fp8
  attn_batches=1,4
  attn_contexts=64
  decode_batches=1,4
  prompts=32
  torch_device=cpu
  rounds=6
fi
common+=(--scenario "$scenario" --model "$model" --format json)

stage "correctness (float64 references, poisoned outputs$([ "$mode" = gpu ] && echo ', GPU vs CPU'))"
if [ "$mode" = gpu ]; then
  run "$bindir/trials_test_cuda"
fi
run "$bin" --backend "$([ "$mode" = gpu ] && echo cuda || echo cpu)" --check

stage "kernel sweep: GEMV/GEMM ($model gate+up shape), all precisions, with the ceilings"
run "$bin" "${common[@]}" --phase gemm --precision "$gemm_precisions" --batch "$gemm_batches" -o "$out/gemm.json"
stage "kernel sweep: decode attention"
run "$bin" "${common[@]}" --phase attention --precision bf16 --batch "$attn_batches" --context "$attn_contexts" \
  -o "$out/attention.json"
stage "model trials: decode steps (CUDA graphs)"
run "$bin" "${common[@]}" --phase decode --precision bf16,fp8 --batch "$decode_batches" --context 1024 \
  -o "$out/decode.json"
stage "model trials: prefill"
run "$bin" "${common[@]}" --phase prefill --precision bf16 --batch 1 --prompt "$prompts" -o "$out/prefill.json"
stage "pairs: A/A and A/B (bf16 vs fp8 decode, B=1)"
run "$bin" "${common[@]}" --phase decode --precision bf16,fp8 --batch 1 --context 1024 --pair --rounds "$rounds" \
  -o "$out/pairs.json"

stage "PyTorch peer baseline"
if python3 -c "import torch" 2>/dev/null; then
  run python3 "$here/tools/torch_peer.py" --device "$torch_device" --scenario "$scenario" --model "$model" \
    --gemm-batches "$gemm_batches" --attn-batches "$attn_batches" --contexts "$attn_contexts" \
    --decode-batches "$decode_batches" --prompts "$prompts" --out "$out/torch.json"
else
  echo "PyTorch not available here: peer baseline skipped"
  echo '{"schema": "edgeatlas-trials-torch/1", "skipped": "PyTorch not installed", "results": []}' >"$out/torch.json"
fi

if [ "$mode" = gpu ]; then
  kill "$dmon_pid" 2>/dev/null
  stage "nvidia-smi dmon (power, utilisation, clocks, violations) during the run"
  cat "$dmon"
  rm -f "$dmon"
  nvidia-smi --query-gpu=clocks.sm,power.draw,temperature.gpu --format=csv 2>/dev/null
fi

stage "summary"
python3 "$here/tools/summarize.py" --mode "$mode" "$out" | tee "$out/summary.md"
[ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
exit "$failed"
