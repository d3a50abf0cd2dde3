// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/whatifplan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace ea {

/**
 * The plan's result schema: one catalogue of columns, each with its CSV id, JSON key, unit, table header
 * and getter, from which every machine-readable writer takes its columns — `edgeatlas plan` (table, CSV,
 * JSON), `plan --optimize`, the report's CSV and JSON. A writer chooses which columns it writes and in
 * what order (the lists below); it never spells a number's name or formats it again. Adding a figure is
 * adding a column here.
 *
 * Values: numbers as double (CSV: ten significant digits), flags as bool (CSV 1/0, JSON true/false), text
 * as QString (CSV quoted when needed). Thread-safe (read-only catalogue).
 */
template <typename Row> struct Column
{
    QString id;      // CSV header: snake_case with the unit ("p95_ms")
    QString jsonKey; // JSON key: camelCase ("p95Ms"); "group.key" nests it in an object named group
    QString unit;    // of the number: "ms", "USD/month", "%", "req/s", "count"; empty for text and flags
    QString header;  // `plan --format table` header; empty when the table leaves it out
    std::function<QVariant(const Row &)> value;
    std::function<QString(const Row &)> display; // for people (engine/model/units.h), for the table
};

/** A workload's row: its spec and its outcome in a plan. */
struct WorkloadRow
{
    const Workload &spec;
    const WorkloadOutcome &outcome;
};
using WorkloadColumn = Column<WorkloadRow>;

/**
 * A workload's row in a comparison of two plans (diffPlans()): the other placement ("before": the current
 * placement for --optimize, the baseline for the report) against this one.
 */
struct ChangeRow
{
    const Workload &spec;
    const WorkloadChange &change;
};
using ChangeColumn = Column<ChangeRow>;

/**
 * A workload's row in the plan under the scenario's active what-if conditions (WhatIfPlan): the plan without
 * them ("before") against the same placement with them ("after"). Regions are named by their scenario id.
 */
struct WhatIfRow
{
    const Scenario &scenario;
    const WhatIfWorkloadDelta &delta;
};
using WhatIfColumn = Column<WhatIfRow>;

/** Every workload column, in catalogue order. */
const std::vector<WorkloadColumn> &workloadColumns();
/**
 * Every change column. The CSV ids of the other plan's figures carry the name given ("current_tier",
 * "baseline_tier"), so a row that also has the plan's own figures stays unambiguous.
 */
std::vector<ChangeColumn> changeColumns(const QString &other);

/** Every what-if column, in catalogue order. */
const std::vector<WhatIfColumn> &whatIfColumns();

/** The columns with these ids, in this order (a programming error if one is missing: it throws). */
std::vector<const WorkloadColumn *> workloadColumns(const QStringList &ids);
std::vector<const ChangeColumn *> pick(const std::vector<ChangeColumn> &from, const QStringList &ids);
std::vector<const WhatIfColumn *> whatIfColumns(const QStringList &ids);

/** What each writer writes, by id. */
namespace plancolumns {
/** `plan --format csv` (and --optimize's CSV before its change columns). */
QStringList planCsv();
/** `plan --format json`, each workload's object. */
QStringList planJson();
/** `plan --format table`. */
QStringList planTable();
/** The report's CSV, workload rows (after its kind and id columns). */
QStringList reportCsv();
/** The report's JSON, each workload's object (the plan's and what a reader of the table needs). */
QStringList reportJson();
/** The change columns (changeColumns(other)) --optimize and the report write: in CSV beside the plan's own
 * columns, in JSON as each workload's object. */
QStringList changeCsv(const QString &other);
QStringList changeJson(const QString &other);
/** The what-if columns the report's CSV writes beside each workload's own (the plan without the conditions).
 */
QStringList whatIfCsv();
/** Each workload's object in a what-if comparison (the report's JSON, `plan --what-if --format json`). */
QStringList whatIfJson();
} // namespace plancolumns

/** One CSV cell for a value (see the class comment). */
QString csvCell(const QVariant &value);

/** A row as CSV cells / as a JSON object, by the given columns. */
template <typename Row> QStringList csvCells(const std::vector<const Column<Row> *> &columns, const Row &row)
{
    QStringList cells;
    for (const Column<Row> *c : columns)
        cells << csvCell(c->value(row));
    return cells;
}
template <typename Row> QStringList csvHeader(const std::vector<const Column<Row> *> &columns)
{
    QStringList ids;
    for (const Column<Row> *c : columns)
        ids << c->id;
    return ids;
}
void insertJson(QJsonObject &object, const QString &key, const QVariant &value);
template <typename Row>
QJsonObject jsonObject(const std::vector<const Column<Row> *> &columns, const Row &row)
{
    QJsonObject o;
    for (const Column<Row> *c : columns)
        insertJson(o, c->jsonKey, c->value(row));
    return o;
}

/** The plan as a table for people: the given columns' headers and displays, text left, numbers right. */
QString textTable(const std::vector<const WorkloadColumn *> &columns, const std::vector<WorkloadRow> &rows);

/** Rows of every workload of a plan, in scenario order. */
std::vector<WorkloadRow> workloadRows(const Scenario &s, const PlanOutcome &plan);
std::vector<ChangeRow> changeRows(const Scenario &s, const PlanDiff &diff);
std::vector<WhatIfRow> whatIfRows(const Scenario &s, const WhatIfComparison &comparison);

} // namespace ea
