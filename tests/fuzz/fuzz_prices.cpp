// SPDX-License-Identifier: GPL-3.0-or-later
// LiteLLM price import: any bytes give either a scenario whose prices are finite, or problems.
#include "engine/export/prices.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    PriceImportOptions options;
    options.asOf = QStringLiteral("2026-01-01");
    const PriceImport r = importLiteLlmPrices(fuzz::smallScenario(), fuzz::bytes(data, size), options);
    fuzz::require(r.scenario.has_value() == r.errors.isEmpty(),
                  "a scenario exactly when there is no problem");
    if (r.scenario)
        for (const ApiPrice &p : r.scenario->priceBook.api)
            fuzz::require(std::isfinite(p.inputUsdPerMTok) && std::isfinite(p.outputUsdPerMTok),
                          "imported prices are finite");
    return 0;
}
