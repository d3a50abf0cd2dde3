// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/report.h"

#include "engine/trials/analysis.h"
#include "engine/trials/json.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <unistd.h>

#ifndef EA_TRIALS_GIT_SHA
#define EA_TRIALS_GIT_SHA "unknown"
#endif
#ifndef EA_TRIALS_VERSION
#define EA_TRIALS_VERSION "0"
#endif

namespace ea::trials {

namespace {

std::string fmt(const char *f, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string statsJson(const Stats &s)
{
    std::ostringstream o;
    o << "{\"medianS\": " << jsonNumber(s.median) << ", \"p10S\": " << jsonNumber(s.p10)
      << ", \"p90S\": " << jsonNumber(s.p90) << ", \"minS\": " << jsonNumber(s.min)
      << ", \"maxS\": " << jsonNumber(s.max) << ", \"meanS\": " << jsonNumber(s.mean)
      << ", \"stddevS\": " << jsonNumber(s.stddev) << ", \"n\": " << s.n << ", \"dropped\": " << s.dropped
      << ", \"converged\": " << (s.converged ? "true" : "false") << ", \"spread\": " << jsonNumber(s.spread())
      << ", \"clockMHz\": " << jsonNumber(s.clockMHz) << "}";
    return o.str();
}

std::string configJson(const TrialConfig &c)
{
    std::ostringstream o;
    o << "{\"model\": " << jsonQuote(c.model.id) << ", \"phase\": " << jsonQuote(phaseName(c.phase))
      << ", \"precision\": " << jsonQuote(precisionName(c.precision)) << ", \"batch\": " << c.batch
      << ", \"context\": " << c.context << ", \"prompt\": " << c.prompt
      << ", \"label\": " << jsonQuote(c.label()) << ", \"shape\": {\"layers\": " << c.model.layers
      << ", \"hidden\": " << c.model.hidden << ", \"heads\": " << c.model.heads
      << ", \"kvHeads\": " << c.model.kvHeads << ", \"ffn\": " << c.model.ffn
      << ", \"vocab\": " << c.model.vocab << "}}";
    return o.str();
}

std::string utcNow()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace

Provenance makeProvenance(const DeviceInfo &device, unsigned long long seed, const StopRule &rule,
                          const std::string &command)
{
    Provenance p;
    p.device = device;
    p.gitSha = EA_TRIALS_GIT_SHA;
    p.version = EA_TRIALS_VERSION;
#if defined(__clang__)
    p.compiler = std::string("clang ") + __clang_version__;
#elif defined(__GNUC__)
    p.compiler = std::string("g++ ") + __VERSION__;
#endif
    p.startedUtc = utcNow();
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    p.host = host;
    p.command = command;
    p.seed = seed;
    p.rule = rule;
    return p;
}

std::string toJson(const Report &r)
{
    const Provenance &p = r.provenance;
    const DeviceInfo &d = p.device;
    std::ostringstream o;
    o << "{\n  \"schema\": " << jsonQuote(kResultSchema) << ",\n";
    o << "  \"convention\": "
      << jsonQuote(
             "bytes = linear weights + lm_head once per step, embedding rows gathered, GEMM activations in "
             "and "
             "out, KV read B*ctx*2*L*nkv*dh, KV write B*2*L*nkv*dh (decode; prefill writes B*P rows); FLOPs "
             "= "
             "2*M*N*K per GEMM + attention (decode 4*B*nh*dh*ctx per layer, prefill causal 2*B*nh*dh*P^2 per "
             "layer); norms, rotary and SiLU in otherFlops, outside the floor. floor = max(bytes / measured "
             "copy "
             "bandwidth (read + write), FLOPs / measured GEMM rate of the precision, BF16 for FP8 "
             "weight-only). "
             "Times are cold: a decode or prefill step (a replayed graph) per sample after a cache "
             "flush; an operator per operation, replayed back to back over copies of its input that "
             "total >= 4x the last-level cache. fp8 = E4M3 weights with a per-tensor scale, BF16 "
             "activations and KV cache.")
      << ",\n";
    o << "  \"provenance\": {\"backend\": " << jsonQuote(d.backend) << ", \"device\": " << jsonQuote(d.device)
      << ", \"driver\": " << jsonQuote(d.driver) << ", \"runtime\": " << jsonQuote(d.runtime)
      << ", \"blas\": " << jsonQuote(d.blas) << ", \"computeUnits\": " << d.computeUnits
      << ", \"computeCapability\": " << d.computeCapability
      << ", \"lastLevelCacheBytes\": " << jsonNumber(d.l2Bytes)
      << ", \"memoryBytes\": " << jsonNumber(d.memoryBytes)
      << ", \"specBandwidthBps\": " << jsonNumber(d.specBandwidthBps)
      << ", \"gitSha\": " << jsonQuote(p.gitSha) << ", \"version\": " << jsonQuote(p.version)
      << ", \"compiler\": " << jsonQuote(p.compiler) << ", \"startedUtc\": " << jsonQuote(p.startedUtc)
      << ", \"host\": " << jsonQuote(p.host) << ", \"command\": " << jsonQuote(p.command)
      << ", \"seed\": " << p.seed << ", \"stopRule\": {\"minSamples\": " << p.rule.minSamples
      << ", \"minTimeS\": " << jsonNumber(p.rule.minTimeS)
      << ", \"maxTimeS\": " << jsonNumber(p.rule.maxTimeS)
      << ", \"targetRelStddev\": " << jsonNumber(p.rule.targetRelStddev) << "}}";
    if (r.haveCeilings) {
        const Ceilings &c = r.ceilings;
        o << ",\n  \"ceilings\": {\"copy\": {\"bufferBytes\": " << jsonNumber(c.copyBytes)
          << ", \"bytesPerS\": " << jsonNumber(c.copyBps) << ", \"pctOfSpec\": "
          << jsonNumber(d.specBandwidthBps > 0 ? 100 * c.copyBps / d.specBandwidthBps : NAN)
          << ", \"stats\": " << statsJson(c.copy)
          << "}, \"readStream\": {\"bytesPerS\": " << jsonNumber(c.readBps)
          << ", \"stats\": " << statsJson(c.read) << "}, \"gemm\": {\"n\": " << c.gemmSize;
        for (const auto &[prec, rate] : c.gemmFlops)
            o << ", " << jsonQuote(precisionName(prec)) << ": {\"flopsPerS\": " << jsonNumber(rate)
              << ", \"stats\": " << statsJson(c.gemm.at(prec)) << "}";
        if (c.fp8TensorFlops > 0)
            o << ", \"fp8-tensor\": {\"flopsPerS\": " << jsonNumber(c.fp8TensorFlops)
              << ", \"stats\": " << statsJson(c.fp8Tensor) << "}";
        o << "}}";
    }
    o << ",\n  \"results\": [";
    for (size_t i = 0; i < r.results.size(); ++i) {
        const TrialResult &t = r.results[i];
        const Accounting &a = t.accounting;
        o << (i ? ",\n" : "\n") << "    {\"config\": " << configJson(t.config)
          << ", \"status\": " << jsonQuote(t.status)
          << ", \"outputsWritten\": " << (t.outputsWritten ? "true" : "false")
          << ", \"graph\": " << (t.graph ? "true" : "false")
          << ", \"accounting\": {\"bytes\": " << jsonNumber(a.bytes())
          << ", \"weightBytes\": " << jsonNumber(a.weightBytes)
          << ", \"embeddingBytes\": " << jsonNumber(a.embeddingBytes)
          << ", \"kvReadBytes\": " << jsonNumber(a.kvReadBytes)
          << ", \"kvWriteBytes\": " << jsonNumber(a.kvWriteBytes)
          << ", \"activationBytes\": " << jsonNumber(a.activationBytes)
          << ", \"flops\": " << jsonNumber(a.flops()) << ", \"gemmFlops\": " << jsonNumber(a.gemmFlops)
          << ", \"attentionFlops\": " << jsonNumber(a.attentionFlops)
          << ", \"otherFlops\": " << jsonNumber(a.otherFlops) << ", \"tokens\": " << jsonNumber(a.tokens)
          << ", \"arithmeticIntensity\": " << jsonNumber(a.bytes() > 0 ? a.flops() / a.bytes() : 0) << "}"
          << ", \"floorS\": " << jsonNumber(t.floorS) << ", \"bound\": " << jsonQuote(t.bound)
          << ", \"stats\": " << statsJson(t.stats) << ", \"pctOfRoofline\": " << jsonNumber(t.pctOfRoofline)
          << ", \"achievedBytesPerS\": " << jsonNumber(t.achievedBps)
          << ", \"achievedFlopsPerS\": " << jsonNumber(t.achievedFlops)
          << ", \"tokensPerS\": " << jsonNumber(t.tokensPerS)
          << ", \"pctOfCopyBw\": " << jsonNumber(t.pctOfCopyBw)
          << ", \"pctOfReadBw\": " << jsonNumber(t.pctOfReadBw)
          << ", \"pctOfSpecBw\": " << jsonNumber(t.pctOfSpecBw) << "}";
    }
    o << (r.results.empty() ? "]" : "\n  ]");
    o << ",\n  \"pairs\": [";
    for (size_t i = 0; i < r.pairs.size(); ++i) {
        const PairResult &pr = r.pairs[i];
        o << (i ? ",\n" : "\n") << "    {\"a\": " << configJson(pr.a) << ", \"b\": " << configJson(pr.b)
          << ", \"status\": " << jsonQuote(pr.status) << ", \"a_stats\": " << statsJson(pr.sa)
          << ", \"b_stats\": " << statsJson(pr.sb)
          << ", \"ratioBOverA\": {\"median\": " << jsonNumber(pr.ratio.median)
          << ", \"p10\": " << jsonNumber(pr.ratio.p10) << ", \"p90\": " << jsonNumber(pr.ratio.p90)
          << ", \"rounds\": " << pr.ratio.n << "}}";
    }
    o << (r.pairs.empty() ? "]" : "\n  ]");
    if (r.pairs.size() >= 2) // the A/A control, then A/B: the verdict the Trials mode shows
        o << ",\n  \"comparison\": " << comparisonJson(compareReportPairs(r.pairs));
    o << "\n}\n";
    return o.str();
}

std::string toMarkdown(const Report &r)
{
    const DeviceInfo &d = r.provenance.device;
    std::ostringstream o;
    o << "# edgeatlas-trials (" << kResultSchema << ")\n\n";
    o << "Backend " << d.backend << ", " << d.device << " (" << d.computeUnits << " units), " << d.blas
      << ", git " << r.provenance.gitSha << ", " << r.provenance.startedUtc << ", seed " << r.provenance.seed
      << ".\n\n";
    if (r.haveCeilings) {
        const Ceilings &c = r.ceilings;
        o << "Ceilings (same run): copy " << fmt("%.2f", c.copyBps / 1e9)
          << " GB/s (read + write), read stream " << fmt("%.2f", c.readBps / 1e9) << " GB/s";
        for (const auto &[p, rate] : c.gemmFlops)
            o << ", GEMM " << precisionName(p) << " " << c.gemmSize << "^3 " << fmt("%.2f", rate / 1e12)
              << " TFLOP/s";
        if (c.fp8TensorFlops > 0)
            o << ", GEMM E4M3xE4M3 " << fmt("%.2f", c.fp8TensorFlops / 1e12) << " TFLOP/s";
        o << ".\n\n";
    }
    if (!r.results.empty()) {
        o << "| config | median ms | p10 ms | p90 ms | n | floor ms | bound | % roofline | GB/s | % copy BW "
             "| tok/s | status |\n";
        o << "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |\n";
        for (const TrialResult &t : r.results) {
            o << "| " << t.config.label() << " | " << fmt("%.3f", t.stats.median * 1e3) << " | "
              << fmt("%.3f", t.stats.p10 * 1e3) << " | " << fmt("%.3f", t.stats.p90 * 1e3) << " | "
              << t.stats.n << " | " << fmt("%.3f", t.floorS * 1e3) << " | " << t.bound << " | "
              << fmt("%.1f", t.pctOfRoofline) << " | " << fmt("%.2f", t.achievedBps / 1e9) << " | "
              << fmt("%.1f", t.pctOfCopyBw) << " | " << fmt("%.1f", t.tokensPerS) << " | " << t.status
              << " |\n";
        }
    }
    if (!r.pairs.empty()) {
        o << "\n| A | B | A median ms | B median ms | B/A median | B/A p10..p90 | rounds |\n| --- | --- | "
             "---: | ---: | ---: | --- | ---: |\n";
        for (const PairResult &p : r.pairs)
            o << "| " << p.a.label() << " | " << p.b.label() << " | " << fmt("%.3f", p.sa.median * 1e3)
              << " | " << fmt("%.3f", p.sb.median * 1e3) << " | " << fmt("%.4f", p.ratio.median) << " | "
              << fmt("%.4f", p.ratio.p10) << ".." << fmt("%.4f", p.ratio.p90) << " | " << p.ratio.n << " |\n";
        if (r.pairs.size() >= 2)
            o << "\nVerdict (A/B against the A/A control): " << verdictText(compareReportPairs(r.pairs))
              << "\n";
    }
    return o.str();
}

std::string toCsv(const Report &r)
{
    std::ostringstream o;
    o << "schema,backend,device,git_sha,model,phase,precision,batch,context,prompt,status,median_s,p10_s,p90_"
         "s,min_s,"
         "mean_s,stddev_s,n,dropped,bytes,flops,floor_s,bound,pct_of_roofline,achieved_bytes_per_s,pct_of_"
         "copy_bw,"
         "tokens_per_s,copy_bytes_per_s,seed\n";
    auto q = [](const std::string &s) {
        std::string r = "\"";
        for (char c : s)
            r += c == '"' ? std::string("\"\"") : std::string(1, c);
        return r + "\"";
    };
    for (const TrialResult &t : r.results) {
        o << kResultSchema << "," << q(r.provenance.device.backend) << "," << q(r.provenance.device.device)
          << "," << r.provenance.gitSha << "," << t.config.model.id << "," << phaseName(t.config.phase) << ","
          << precisionName(t.config.precision) << "," << t.config.batch << "," << t.config.context << ","
          << t.config.prompt << "," << q(t.status) << "," << jsonNumber(t.stats.median) << ","
          << jsonNumber(t.stats.p10) << "," << jsonNumber(t.stats.p90) << "," << jsonNumber(t.stats.min)
          << "," << jsonNumber(t.stats.mean) << "," << jsonNumber(t.stats.stddev) << "," << t.stats.n << ","
          << t.stats.dropped << "," << jsonNumber(t.accounting.bytes()) << ","
          << jsonNumber(t.accounting.flops()) << "," << jsonNumber(t.floorS) << "," << t.bound << ","
          << jsonNumber(t.pctOfRoofline) << "," << jsonNumber(t.achievedBps) << ","
          << jsonNumber(t.pctOfCopyBw) << "," << jsonNumber(t.tokensPerS) << ","
          << jsonNumber(r.ceilings.copyBps) << "," << r.provenance.seed << "\n";
    }
    return o.str();
}

std::string planTable(const std::vector<TrialConfig> &configs, const Ceilings &ceilings,
                      double memoryBudgetBytes)
{
    std::ostringstream o;
    o << "| config | bytes GB | GFLOP | FLOP/B | floor ms | bound | footprint GB | fits |\n";
    o << "| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |\n";
    for (const TrialConfig &c : configs) {
        const Accounting a = account(c);
        std::string bound;
        const double floor = predictedFloorS(c, ceilings, &bound);
        const double need = footprintBytes(c);
        o << "| " << c.label() << " | " << fmt("%.3f", a.bytes() / 1e9) << " | "
          << fmt("%.2f", a.flops() / 1e9) << " | " << fmt("%.1f", a.bytes() > 0 ? a.flops() / a.bytes() : 0)
          << " | " << fmt("%.3f", floor * 1e3) << " | " << bound << " | " << fmt("%.2f", need / 1e9) << " | "
          << (need <= memoryBudgetBytes ? "yes" : "no") << " |\n";
    }
    return o.str();
}

bool writeFileAtomically(const std::string &path, const std::string &text, std::string *error)
{
    const std::string tmp = path + ".tmp" + std::to_string(getpid());
    {
        errno = 0;
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out || !(out << text) || !out.flush()) {
            // errno of the failed open or write (a full disk: "No space left on device").
            *error = path + ": cannot write the file: " + std::strerror(errno ? errno : EIO);
            std::remove(tmp.c_str());
            return false;
        }
        out.close();
        if (out.fail()) {
            *error = path + ": cannot write the file: " + std::strerror(errno ? errno : EIO);
            std::remove(tmp.c_str());
            return false;
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        *error = path + ": cannot replace the file: " + std::strerror(errno);
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

} // namespace ea::trials
