// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ea {

inline constexpr const char *ScenarioSchema = "edgeatlas/1";
/** Files above this size are refused before they are read. */
inline constexpr qint64 MaxScenarioFileBytes = 64ll * 1024 * 1024;
/** Resource path of the built-in default scenario. */
inline constexpr const char *DefaultScenarioPath = ":/scenarios/default.json";

struct ScenarioLoad
{
    std::optional<Scenario> scenario; // set only when errors is empty
    QStringList errors;               // every problem, "<json path>: <reason>"
    bool ok() const { return scenario.has_value(); }
};

/** Parses and validates a scenario. Thread-safe. */
ScenarioLoad parseScenario(const QByteArray &json);
/** Reads a file (size-checked first) and parses it; I/O problems are reported as "$: <reason>". */
ScenarioLoad loadScenarioFile(const QString &fileName);
/** The built-in default scenario (embedded resource). */
ScenarioLoad loadDefaultScenario();

QByteArray scenarioToJson(const Scenario &s, bool indented = true);
/**
 * Why a scenario file of this many bytes must not be written (it is over MaxScenarioFileBytes, so
 * nothing could open it again), or an empty string when it may. Every writer of scenarios asks.
 */
QString scenarioSizeProblem(qint64 bytes);
/**
 * Atomic save (writeUserFile): on failure the file on disk is unchanged. Refuses a scenario that would
 * be larger than the loader reads.
 */
bool saveScenarioFile(const Scenario &s, const QString &fileName, QString *error);

/** Cross-field checks (references, duplicates, counts) on an already typed scenario. */
void validateScenario(const Scenario &s, QStringList *errors);

} // namespace ea
