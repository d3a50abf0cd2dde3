// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ea {

enum class Tier; // engine/model/scenario.h
struct Scenario;
class JsonReader;

/**
 * One "bad day" condition the evaluator can honour (DESIGN.md, "Bad days"). Conditions are data of the
 * scenario (saved with it, "whatIf" in the file) and never change it: applyWhatIf() (engine/plan/whatif.h)
 * makes an evaluation copy. Which fields a kind reads:
 *  - Down: `nodes` (node ids), or a filter of `tier`, `zone` (geo zone code) and `country` (ISO code), at
 *    least one of them; every node matching all given filters takes no demand.
 *  - Surge: demand × `factor` for one `workload`, or for the demand regions of one `zone`, or (neither)
 *    for everything.
 *  - Price: GPU-hour and API prices × `factor`, for one `gpu` type or for one `tier`.
 *  - LatencyPenalty: `penaltyMs` added to the network RTT between places of zones `zoneA` and `zoneB`
 *    (both directions; equal codes mean paths inside one zone), e.g. a cable cut.
 */
struct WhatIfCondition
{
    enum class Kind { Down, Surge, Price, LatencyPenalty };
    Kind kind = Kind::Down;
    QString name;        // optional label for people
    bool enabled = true; // a switched-off condition is kept but not applied
    QStringList nodes;
    std::optional<Tier> tier;
    QString zone, country, workload, gpu;
    double factor = 1.0;
    QString zoneA, zoneB;
    double penaltyMs = 0;
    bool operator==(const WhatIfCondition &) const = default;
};

QString whatIfKindId(WhatIfCondition::Kind k); // "down", "surge", "price", "latency"
/** One line for people, e.g. "down: tier edge in zone EU" or "surge ×2 for workload code-completion". */
QString describeWhatIf(const WhatIfCondition &c);

inline constexpr const char *WhatIfSchema = "edgeatlas-whatif/1";
/** What-if files above this size are refused before they are read. */
inline constexpr qint64 MaxWhatIfFileBytes = 4ll * 1024 * 1024;

/**
 * Reads a list of conditions (the scenario's "whatIf" array) at `path`, recording every problem as
 * "<json path>: <reason>" in the reader. Only the form is checked here; references are checked against a
 * scenario by validateWhatIf().
 */
std::vector<WhatIfCondition> readWhatIfList(JsonReader &r, const QJsonArray &a, const QString &path);
QJsonArray whatIfListToJson(const std::vector<WhatIfCondition> &list);
/** References (node, workload and GPU ids) against a scenario; paths start at `path`. */
void validateWhatIf(const std::vector<WhatIfCondition> &list, const Scenario &s, const QString &path,
                    QStringList *errors);

struct WhatIfLoad
{
    std::optional<std::vector<WhatIfCondition>> conditions; // set only when errors is empty
    QStringList errors;                                     // "<json path>: <reason>"
};
/**
 * A what-if file: {"schema": "edgeatlas-whatif/1", "conditions": [...]}, its references checked against
 * the scenario it will be applied to. Thread-safe.
 */
WhatIfLoad parseWhatIf(const QByteArray &json, const Scenario &s);
WhatIfLoad loadWhatIfFile(const QString &fileName, const Scenario &s);
QByteArray whatIfToJson(const std::vector<WhatIfCondition> &list);
/** Atomic save (writeUserFile): on failure the file on disk is unchanged. */
bool saveWhatIfFile(const std::vector<WhatIfCondition> &list, const QString &fileName, QString *error);

} // namespace ea
