// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus text format parser (an agent's /metrics): samples or an error, never both; every sample
// has a metric name.
#include "engine/probe/prometheus.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    QString error;
    const auto samples = parsePromText(fuzz::bytes(data, size), &error);
    fuzz::require(samples.has_value() == error.isEmpty(), "samples exactly when there is no error");
    if (samples)
        for (const PromTextSample &s : *samples) {
            fuzz::require(!s.name.isEmpty(), "a metric name");
            // What the agent escapes, the parser reads back.
            for (auto it = s.labels.begin(); it != s.labels.end(); ++it) {
                const QByteArray line =
                    s.name.toUtf8() + "{k=\"" + ProbeMetrics::escapeLabelValue(it.value()) + "\"} 1\n";
                QString again;
                const auto back = parsePromText(line, &again);
                fuzz::require(back && back->size() == 1 &&
                                  back->front().labels.value(QStringLiteral("k")) == it.value(),
                              "an escaped label value reads back");
            }
        }
    return 0;
}
