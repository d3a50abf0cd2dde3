#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""PyTorch peer baseline for device-check.sh: the same shapes as the trials (GEMV/GEMM on the
gate+up projection, decode attention, whole decode steps as a CUDA graph, prefill), timed cold with
CUDA events (L2 flushed before each sample), median of >= 10 samples. Labels match the engine's, so
summarize.py can put the two side by side. Random weights (never zeros)."""
import argparse
import json
import math
import statistics
import time

import torch
import torch.nn.functional as F

DT = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}


def ints(s):
    return [int(x) for x in s.split(",") if x]


class Timer:
    def __init__(self, device):
        self.device = device
        self.flush = torch.empty(256 << 20, dtype=torch.uint8, device=device) if device == "cuda" else None

    def median(self, fn, samples=10, min_time=0.3):
        fn()  # warm-up: kernels load, cuBLAS picks algorithms
        if self.device == "cuda":
            torch.cuda.synchronize()
        times = []
        total = 0.0
        while len(times) < samples or total < min_time:
            if self.flush is not None:
                self.flush.zero_()
                start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                start.record()
                fn()
                stop.record()
                stop.synchronize()
                t = start.elapsed_time(stop) / 1e3
            else:
                t0 = time.perf_counter()
                fn()
                t = time.perf_counter() - t0
            times.append(t)
            total += t
            if len(times) >= 200:
                break
        return statistics.median(times)


def rand(shape, dtype, device, scale=1.0):
    return ((torch.rand(shape, device=device, dtype=torch.float32) * 2 - 1) * scale).to(dtype)


def fp8_weight(shape, device, amp):
    w = rand(shape, torch.float32, device, amp)
    scale = amp / 448.0
    return (w / scale).to(torch.float8_e4m3fn), scale


def rope(x, cos, sin):
    h = x.shape[-1] // 2
    x1, x2 = x[..., :h], x[..., h:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


class Model:
    """A Llama-shaped decoder in plain PyTorch (what an eager user would write), weights on device."""

    def __init__(self, m, prec, device, batch, max_ctx):
        self.m, self.prec, self.device = m, prec, device
        h, nh, nkv, ffn = m["hidden"], m["heads"], m["kvHeads"], m["ffn"]
        self.dh = h // nh
        self.act = torch.bfloat16 if prec == "fp8" else DT[prec]
        a = self.act
        self.layers = []
        for _ in range(m["layers"]):
            self.layers.append({
                "qkv": self.weight(((nh + 2 * nkv) * self.dh, h)), "o": self.weight((h, nh * self.dh)),
                "gu": self.weight((2 * ffn, h)), "down": self.weight((h, ffn)),
                "n1": torch.ones(h, dtype=a, device=device), "n2": torch.ones(h, dtype=a, device=device),
                "k": rand((batch, nkv, max_ctx, self.dh), a, device), "v": rand((batch, nkv, max_ctx, self.dh), a, device),
            })
        self.lm_head = self.weight((m["vocab"], h))
        self.emb = rand((m["vocab"], h), a, device)
        self.norm = torch.ones(h, dtype=a, device=device)
        inv = 1.0 / (500000.0 ** (torch.arange(0, self.dh, 2, device=device, dtype=torch.float64) / self.dh))
        ang = torch.arange(max_ctx, device=device, dtype=torch.float64)[:, None] * inv[None, :]
        self.cos, self.sin = ang.cos().to(a), ang.sin().to(a)

    def weight(self, shape):
        amp = 1.0 / math.sqrt(shape[1])
        if self.prec == "fp8":
            return fp8_weight(shape, self.device, amp)
        return rand(shape, DT[self.prec], self.device, amp), 1.0

    def linear(self, x, w):
        t, scale = w
        if t.dtype == torch.float8_e4m3fn:  # weight-only FP8: dequantise, then a BF16 GEMM
            return F.linear(x, t.to(torch.bfloat16)) * scale
        return F.linear(x, t)

    def forward(self, tokens, pos0, q_len):
        m, dh = self.m, self.dh
        nh, nkv = m["heads"], m["kvHeads"]
        B = tokens.shape[0]
        x = self.emb[tokens]  # [B, q_len, h]
        cos, sin = self.cos[pos0:pos0 + q_len], self.sin[pos0:pos0 + q_len]
        for L in self.layers:
            y = F.rms_norm(x, (m["hidden"],), L["n1"], 1e-5)
            qkv = self.linear(y, L["qkv"]).view(B, q_len, nh + 2 * nkv, dh).transpose(1, 2)
            q, k, v = qkv[:, :nh], qkv[:, nh:nh + nkv], qkv[:, nh + nkv:]
            q, k = rope(q, cos, sin), rope(k, cos, sin)
            L["k"][:, :, pos0:pos0 + q_len] = k
            L["v"][:, :, pos0:pos0 + q_len] = v
            ctx = pos0 + q_len
            o = F.scaled_dot_product_attention(q, L["k"][:, :, :ctx], L["v"][:, :, :ctx], is_causal=q_len > 1,
                                               enable_gqa=True)
            x = x + self.linear(o.transpose(1, 2).reshape(B, q_len, nh * dh), L["o"])
            y = F.rms_norm(x, (m["hidden"],), L["n2"], 1e-5)
            g, u = self.linear(y, L["gu"]).chunk(2, dim=-1)
            x = x + self.linear(F.silu(g) * u, L["down"])
        x = F.rms_norm(x[:, -1:], (m["hidden"],), self.norm, 1e-5)
        return self.linear(x, self.lm_head)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--scenario", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--gemm-batches", default="1,16,64,256,2048")
    ap.add_argument("--attn-batches", default="1,64")
    ap.add_argument("--contexts", default="1024,4096")
    ap.add_argument("--decode-batches", default="1,8,64,256")
    ap.add_argument("--prompts", default="512,2048")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    with open(a.scenario) as f:
        m = next(x for x in json.load(f)["models"] if x["id"] == a.model)
    dev = a.device
    torch.manual_seed(2026)
    timer = Timer(dev)
    out = {"schema": "edgeatlas-trials-torch/1", "torch": torch.__version__,
           "device": torch.cuda.get_device_name() if dev == "cuda" else "cpu", "results": []}

    def record(label, seconds):
        out["results"].append({"label": label, "medianS": seconds})
        print(f"torch {label}: {seconds * 1e3:.3f} ms", flush=True)
        with open(a.out, "w") as f:
            json.dump(out, f, indent=1)

    h, ffn = m["hidden"], m["ffn"]
    for prec in ["fp32", "fp16", "bf16", "fp8"]:
        if prec == "fp8":
            w, scale = fp8_weight((2 * ffn, h), dev, 1 / math.sqrt(h))
        else:
            w = rand((2 * ffn, h), DT[prec], dev, 1 / math.sqrt(h))
        for b in ints(a.gemm_batches):
            x = rand((b, h), torch.bfloat16 if prec == "fp8" else DT[prec], dev)
            fn = (lambda: F.linear(x, w.to(torch.bfloat16)) * scale) if prec == "fp8" else (lambda: F.linear(x, w))
            record(f"{m['id']} gemm {prec} B={b}", timer.median(fn))
        del w
    nh, nkv, dh = m["heads"], m["kvHeads"], h // m["heads"]
    for b in ints(a.attn_batches):
        for ctx in ints(a.contexts):
            q = rand((b, nh, 1, dh), torch.bfloat16, dev)
            k, v = rand((b, nkv, ctx, dh), torch.bfloat16, dev), rand((b, nkv, ctx, dh), torch.bfloat16, dev)
            record(f"{m['id']} attention bf16 B={b} ctx={ctx}",
                   timer.median(lambda: F.scaled_dot_product_attention(q, k, v, enable_gqa=True)))
            del q, k, v
    for prec in ["bf16", "fp8"]:
        for b in ints(a.decode_batches):
            try:
                model = Model(m, prec, dev, b, 1024)
                tokens = torch.randint(0, m["vocab"], (b, 1), device=dev)
                step = lambda: model.forward(tokens, 1023, 1)
                if dev == "cuda":
                    s = torch.cuda.Stream()
                    s.wait_stream(torch.cuda.current_stream())
                    with torch.cuda.stream(s):
                        step()
                    torch.cuda.current_stream().wait_stream(s)
                    graph = torch.cuda.CUDAGraph()
                    with torch.cuda.graph(graph):
                        step()
                    step = graph.replay
                record(f"{m['id']} decode {prec} B={b} ctx=1024", timer.median(step))
            except (RuntimeError, torch.cuda.OutOfMemoryError) as e:
                print(f"torch decode {prec} B={b}: {str(e).splitlines()[0]}")
            finally:
                model = None
                if dev == "cuda":
                    torch.cuda.empty_cache()
    for p in ints(a.prompts):
        model = Model(m, "bf16", dev, 1, p)
        tokens = torch.randint(0, m["vocab"], (1, p), device=dev)
        with torch.no_grad():
            record(f"{m['id']} prefill bf16 B=1 P={p}", timer.median(lambda: model.forward(tokens, 0, p)))
        model = None
        if dev == "cuda":
            torch.cuda.empty_cache()


if __name__ == "__main__":
    with torch.no_grad():
        main()
