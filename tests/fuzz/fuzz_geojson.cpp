// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJSON import: any bytes give either a scenario or problems, as nodes and as regions; an imported
// scenario loads again.
#include "engine/export/geojson.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    const QByteArray in = fuzz::bytes(data, size);
    for (const auto &[layer, mode] : {std::pair{GeoLayer::Nodes, GeoImportMode::Merge},
                                      std::pair{GeoLayer::Regions, GeoImportMode::Replace}}) {
        const GeoJsonImport r = importGeoJson(fuzz::smallScenario(), in, layer, mode);
        fuzz::require(r.scenario.has_value() == (r.errors.isEmpty() && r.scenarioErrors.isEmpty()),
                      "a scenario exactly when there is no problem");
        if (r.scenario)
            fuzz::require(parseScenario(scenarioToJson(*r.scenario, false)).ok(), "the import loads again");
    }
    return 0;
}
