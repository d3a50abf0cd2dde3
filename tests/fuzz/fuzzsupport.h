// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets: the input as a QByteArray, a check that aborts (libFuzzer keeps the
// input as a crash), and the small test scenario that imports and placements apply to.

#include "engine/model/scenariojson.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace ea::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/** A property of the parser that must hold for every input; a violation is a finding. */
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}

/** tests/data/small.json, loaded once (the imports and the placement parser need a scenario). */
inline const Scenario &smallScenario()
{
    static const Scenario s = [] {
        const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
        require(l.ok(), "tests/data/small.json loads");
        return *l.scenario;
    }();
    return s;
}

} // namespace ea::fuzz
