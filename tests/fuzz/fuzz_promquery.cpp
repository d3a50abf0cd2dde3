// SPDX-License-Identifier: GPL-3.0-or-later
// Answers of Prometheus' query API (/api/v1/query_range, /api/v1/query): series or one error line that
// is safe to print (no control characters from the server).
#include "engine/model/printable.h"
#include "engine/probe/prometheus.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    for (long status : {200L, 422L}) {
        QString error;
        const auto series = PrometheusClient::parseResponse(fuzz::bytes(data, size), status, &error);
        fuzz::require(series.has_value() == error.isEmpty(), "series exactly when there is no error");
        fuzz::require(!hasUnprintable(error), "the error is printable");
    }
    return 0;
}
