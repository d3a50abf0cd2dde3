#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Summary of a device-check.sh run: every result with its median, % of the measured ceiling, the
bar of GPU_ENGINE.md §5 it answers to (GPU mode), pass/fail, and the ratio to the PyTorch peer.
Exits 1 when a result file is missing or malformed or a trial failed (bars do not change the exit
code: they are the finding, not an error)."""
import argparse
import json
import os
import sys

SCHEMA = "edgeatlas-trials/1"
DENSE_PEAK = {"fp32": 66.9e12, "fp16": 989.4e12, "bf16": 989.4e12, "fp8": 1978.9e12}  # H100/H200 SXM
FILES = ["gemm.json", "attention.json", "decode.json", "prefill.json", "pairs.json"]


def load(path, problems):
    try:
        with open(path) as f:
            d = json.load(f)
    except (OSError, ValueError) as e:
        problems.append(f"{os.path.basename(path)}: {e}")
        return None
    if d.get("schema") != SCHEMA:
        problems.append(f"{os.path.basename(path)}: schema {d.get('schema')!r}, expected {SCHEMA}")
        return None
    return d


def bar_for(r, by_key):
    """(text, passed) for the result r under the GPU bars, or None where no bar applies."""
    c = r["config"]
    ph, p, b = c["phase"], c["precision"], c["batch"]
    copy = r["pctOfCopyBw"] or 0
    med = r["stats"]["medianS"] or 0
    if ph == "gemm":
        if b == 1 and p != "fp8":
            return ">= 80 % copy BW", copy >= 80
        if b == 1 and p == "fp8":
            ref = by_key.get(("gemm", "bf16", 1))
            faster = ref and med > 0 and ref["stats"]["medianS"] / med >= 1.75
            return ">= 70 % copy BW, >= 1.75x bf16", copy >= 70 and bool(faster)
        if b <= 16:
            ref = by_key.get(("gemm", p, 1))
            return "<= 1.2x B=1 time", bool(ref) and med <= 1.2 * ref["stats"]["medianS"]
        if b <= 256:
            return ">= 70 % roofline", (r["pctOfRoofline"] or 0) >= 70
        rate = r["achievedFlopsPerS"] or 0
        if p == "fp32":
            return ">= 50 % of 66.9 TFLOP/s", rate >= 0.5 * DENSE_PEAK["fp32"]
        if p == "fp8":
            ref = by_key.get(("gemm", "bf16", b))
            return ">= 1.4x bf16 rate", bool(ref) and rate >= 1.4 * (ref["achievedFlopsPerS"] or 0)
        return ">= 70 % dense peak", rate >= 0.7 * DENSE_PEAK[p]
    if ph == "attention":
        if c["context"] >= 2048:
            return ">= 70 % copy BW", copy >= 70
        if b == 1 and c["context"] <= 1024:
            return ">= 40 % copy BW", copy >= 40
        return None
    if ph == "decode" and p == "bf16" and b in (1, 64) and c["context"] == 1024:
        return ">= 70 % copy BW", copy >= 70
    if ph == "prefill" and p == "bf16" and b == 1 and c["prompt"] == 2048:
        return ">= 55 % dense peak", (r["achievedFlopsPerS"] or 0) >= 0.55 * DENSE_PEAK["bf16"]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["gpu", "cpu"], default="gpu")
    ap.add_argument("dir")
    a = ap.parse_args()
    problems = []
    docs = {f: load(os.path.join(a.dir, f), problems) for f in FILES}
    torch = {}
    try:
        with open(os.path.join(a.dir, "torch.json")) as f:
            t = json.load(f)
        torch = {x["label"]: x["medianS"] for x in t.get("results", [])}
        if t.get("skipped"):
            print(f"PyTorch peer: skipped ({t['skipped']})")
        else:
            print(f"PyTorch peer: torch {t.get('torch')} on {t.get('device')}")
    except (OSError, ValueError) as e:
        problems.append(f"torch.json: {e}")

    first = next((d for d in docs.values() if d), None)
    if first:
        pv, ce = first["provenance"], first.get("ceilings", {})
        spec = pv.get("specBandwidthBps") or 0
        copy = ce.get("copy", {}).get("bytesPerS") or 0
        print(f"Device: {pv['backend']} {pv['device']} ({pv['computeUnits']} units), {pv['blas']}, "
              f"{pv['driver']} {pv['runtime']}, git {pv['gitSha']}, seed {pv['seed']}")
        line = f"Copy {copy / 1e9:.1f} GB/s (read + write)"
        if spec:
            pct = 100 * copy / spec
            line += f" = {pct:.1f} % of spec {spec / 1e9:.0f} GB/s"
            if a.mode == "gpu":
                line += " [bar >= 85 %: " + ("pass" if pct >= 85 else "FAIL: machine state, do not tune") + "]"
        line += f"; read stream {ce.get('readStream', {}).get('bytesPerS', 0) / 1e9:.1f} GB/s"
        gemm = {k: v for k, v in ce.get("gemm", {}).items() if isinstance(v, dict)}
        for prec, g in gemm.items():
            line += f"; GEMM {prec} {g['flopsPerS'] / 1e12:.1f} TFLOP/s"
        print(line)
        if a.mode == "gpu" and "bf16" in gemm:
            n = ce["gemm"].get("n")
            bf = gemm["bf16"]["flopsPerS"]
            print(f"Ceiling bars ({n}^3): bf16 {100 * bf / DENSE_PEAK['bf16']:.1f} % of dense peak [>= 70 %: "
                  + ("pass" if bf >= 0.7 * DENSE_PEAK["bf16"] else "FAIL") + "]"
                  + (f"; fp32 {100 * gemm['fp32']['flopsPerS'] / DENSE_PEAK['fp32']:.1f} % [>= 50 %: "
                     + ("pass" if gemm["fp32"]["flopsPerS"] >= 0.5 * DENSE_PEAK["fp32"] else "FAIL") + "]"
                     if "fp32" in gemm else "")
                  + (f"; E4M3xE4M3 {gemm['fp8-tensor']['flopsPerS'] / bf:.2f}x bf16 [>= 1.4x: "
                     + ("pass" if gemm["fp8-tensor"]["flopsPerS"] >= 1.4 * bf else "FAIL") + "]"
                     if "fp8-tensor" in gemm else ""))

    results = []
    for d in docs.values():
        if d:
            results += d["results"]
    by_key = {(r["config"]["phase"], r["config"]["precision"], r["config"]["batch"]): r
              for r in results if r["config"]["phase"] == "gemm"}
    print()
    print("| config | median ms | p10..p90 ms | n | % roofline | % copy BW | bar | result | torch ms | torch/ours |")
    print("| --- | ---: | --- | ---: | ---: | ---: | --- | --- | ---: | ---: |")
    passed = failed_bars = 0
    for r in results:
        s = r["stats"]
        label = r["config"]["label"]
        if r["status"] != "ok" and not r["status"].startswith("skipped"):
            problems.append(f"{label}: {r['status']}")
        if r["status"] == "ok" and not r["outputsWritten"]:
            problems.append(f"{label}: outputs not written")
        bar = bar_for(r, by_key) if a.mode == "gpu" and r["status"] == "ok" else None
        verdict = "n/a" if bar is None else ("pass" if bar[1] else "FAIL")
        if bar:
            passed += bar[1]
            failed_bars += not bar[1]
        tm = torch.get(label)
        ratio = f"{tm / s['medianS']:.2f}" if tm and s["medianS"] else "-"
        print(f"| {label} | {1e3 * (s['medianS'] or 0):.3f} | {1e3 * (s['p10S'] or 0):.3f}..{1e3 * (s['p90S'] or 0):.3f}"
              f" | {s['n']} | {r['pctOfRoofline'] or 0:.1f} | {r['pctOfCopyBw'] or 0:.1f} | {bar[0] if bar else '-'}"
              f" | {verdict if r['status'] == 'ok' else r['status']} | {f'{1e3 * tm:.3f}' if tm else '-'} | {ratio} |")
    pairs = docs.get("pairs.json")
    if pairs:
        if len(pairs["pairs"]) != 2:
            problems.append("pairs.json: expected an A/A and an A/B pair")
        else:
            aa, ab = pairs["pairs"]
            spread = max(abs(aa["ratioBOverA"]["p90"] - 1), abs(1 - aa["ratioBOverA"]["p10"]))
            delta = ab["ratioBOverA"]["median"] - 1
            print(f"\nPairs: A/A B/A median {aa['ratioBOverA']['median']:.4f} (spread ±{spread:.4f}); "
                  f"A/B ({ab['a']['label']} vs {ab['b']['label']}) B/A median {ab['ratioBOverA']['median']:.4f}: "
                  + ("no difference (within the A/A spread)" if abs(delta) <= spread else
                     f"B is {'faster' if delta < 0 else 'slower'} by {abs(delta) * 100:.1f} %"))
    if a.mode == "gpu":
        print(f"\nBars: {passed} pass, {failed_bars} fail")
    else:
        print("\nBars: n/a (CPU mode: tiny shapes check the pipeline, not the speed)")
    for p in problems:
        print(f"PROBLEM: {p}")
    print(f"{len(results)} results, {len(problems)} problem(s)")
    return 1 if problems or not results else 0


if __name__ == "__main__":
    sys.exit(main())
