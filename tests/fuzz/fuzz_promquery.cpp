// SPDX-License-Identifier: GPL-3.0-or-later
// Answers of Prometheus' query API (/api/v1/query_range, /api/v1/query): series or one error line that
// is safe to print (no control characters from the server); the streaming parse (PromAnswer) agrees with
// the full one.
#include "engine/model/printable.h"
#include "engine/probe/promanswer.h"
#include "engine/probe/prometheus.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    for (long status : {200L, 422L}) {
        QString error;
        const auto series = PrometheusClient::parseResponse(fuzz::bytes(data, size), status, &error);
        fuzz::require(series.has_value() == error.isEmpty(), "series exactly when there is no error");
        fuzz::require(!hasUnprintable(error), "the error is printable");
        QString fastError;
        const auto fast = PromAnswer::parse(fuzz::bytes(data, size), status, &fastError);
        fuzz::require(fast.has_value() == series.has_value() && fastError == error,
                      "the streaming parse fails exactly when the full one does, with its error");
        if (fast) {
            const std::vector<PromSeries> back = fast->toSeries();
            fuzz::require(back.size() == series->size(), "as many series");
            for (size_t i = 0; i < back.size(); ++i) {
                fuzz::require(back[i].labels == series->at(i).labels, "the same labels");
                fuzz::require(back[i].points.size() == series->at(i).points.size(), "as many points");
                for (size_t p = 0; p < back[i].points.size(); ++p) {
                    const auto &a = back[i].points[p], &b = series->at(i).points[p];
                    fuzz::require(a.first == b.first && (a.second == b.second ||
                                                         (std::isnan(a.second) && std::isnan(b.second))),
                                  "the same points");
                }
            }
        }
    }
    return 0;
}
