// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/planformat.h"

#include <QStringList>

#include <cstdio>

namespace ea::cli {

class Options;

/** Exit codes of every sub-command (DESIGN.md). */
enum ExitCode { Ok = 0, RuntimeFailure = 1, BadInput = 2 };

/** True when args[1] names a sub-command (then no GUI is started). */
bool isCommand(const QStringList &args);
/** True for sub-commands that paint (they need a QGuiApplication, offscreen is fine). */
bool needsGui(const QStringList &args);
/** Runs the sub-command in args[1]; needs a QCoreApplication. Writes results to out, errors to err. */
int run(const QStringList &args, FILE *out = stdout, FILE *err = stderr);

// Sub-commands; args excludes the program and command name.
int validate(const QStringList &args, FILE *out, FILE *err);
int plan(const QStringList &args, FILE *out, FILE *err);
int rtt(const QStringList &args, FILE *out, FILE *err);
int compute(const QStringList &args, FILE *out, FILE *err);
int bench(const QStringList &args, FILE *out, FILE *err);
/** The planning report (app/report) as PDF, HTML, CSV or JSON, chosen by the output's suffix. */
int report(const QStringList &args, FILE *out, FILE *err);
/** --granularity, --time-limit and --gap of plan --optimize; false (reported) when malformed or given
 * without --optimize. */
bool optimizeOptionsOrReport(const Options &o, OptimizeOptions &out, FILE *err);
/** plan --optimize: prints the cheapest placement meeting every SLO as a plan plus its changes against
 * `current`; exit 0, or 1 when no placement meets every SLO (problems on err, a best effort on out). */
int planOptimized(const Scenario &s, const Placement &current, PlanFormat format,
                  const OptimizeOptions &options, FILE *out, FILE *err);
int probe(const QStringList &args, FILE *out, FILE *err);
/** resilience [SCENARIO]: the N+1 check (resiliencecommand.cpp). */
int resilience(const QStringList &args, FILE *out, FILE *err);
/** plan --what-if FILE: the plan without and with the file's conditions. */
int planWhatIf(const Scenario &s, const Placement &placement, const QString &whatIfFile, PlanFormat format,
               FILE *out, FILE *err);
/**
 * plan --hour H [--what-if W.json]: the plan at one UTC hour, GPUs as sized for the peak (planhour.cpp);
 * with a what-if file, that hour of the bad day (surges, sites down, latency penalties) on the same GPUs.
 */
int planAtHour(const Scenario &s, const Placement &placement, const QString &hour, const QString &whatIfFile,
               PlanFormat format, FILE *out, FILE *err);
/** bench timeline: the 24-hour day of a plan, and one hour step to repainted views, timed
 * (benchtimeline.cpp). */
int benchTimeline(const QString &scenarioFile, bool quick, FILE *out, FILE *err);
/** bench resilience: the N+1 check over every site of a scenario, timed. */
int benchResilience(const QString &scenarioFile, FILE *out, FILE *err);
int simulate(const QStringList &args, FILE *out, FILE *err);
/** Every route of a fleet of probe agents through Prometheus, against the model (fleetcommand.cpp). */
int fleet(const QStringList &args, FILE *out, FILE *err);

/** export geojson|policy and import geojson|prices (exportcommand.cpp). */
int exportCommand(const QStringList &args, FILE *out, FILE *err);
int importCommand(const QStringList &args, FILE *out, FILE *err);
/** import benchmark (importbenchmark.cpp); args start with "benchmark". */
int importBenchmark(const QStringList &args, FILE *out, FILE *err);

/** Loads a scenario file (the default scenario when fileName is empty); reports every problem to err. */
std::optional<Scenario> loadScenarioOrReport(const QString &fileName, FILE *err);
/** Reads a placement file into out; on failure reports every problem to err ("<file>: <reason>"). */
bool loadPlacementOrReport(const QString &file, const Scenario &s, Placement &out, FILE *err);

void print(FILE *f, const QString &text);
void printLine(FILE *f, const QString &text);

} // namespace ea::cli
