// SPDX-License-Identifier: GPL-3.0-or-later
// Any byte string must give either a scenario or a list of errors: no crash, no sanitizer report,
// and a valid scenario must survive a save/load round trip unchanged.
#include "engine/model/scenariojson.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ea::ScenarioLoad load = ea::parseScenario(bytes);
    if (load.ok() == !load.errors.isEmpty())
        std::abort(); // exactly one of scenario / errors
    if (load.ok()) {
        const ea::ScenarioLoad again = ea::parseScenario(ea::scenarioToJson(*load.scenario, false));
        if (!again.ok() || !(*again.scenario == *load.scenario))
            std::abort();
    }
    return 0;
}
