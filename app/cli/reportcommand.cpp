// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas report: the planning report (PDF, HTML, CSV or JSON), headless.
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "app/report/reportwriter.h"
#include "engine/plan/placementfile.h"

#include <QDir>
#include <QFileInfo>

namespace ea::cli {

namespace {
const char *kReportUsage =
    "usage: edgeatlas report [SCENARIO] [--placement P.json] [--baseline P.json|scenario|none] "
    "[--title T] [--author A] -o OUT.pdf|OUT.html|OUT.csv|OUT.json";
} // namespace

int report(const QStringList &rawArgs, FILE *out, FILE *err)
{
    QStringList args;
    for (const QString &a : rawArgs) // -o is the one short option
        args << (a == QLatin1String("-o") ? QStringLiteral("--output") : a);
    Options o(args,
              {QStringLiteral("output"), QStringLiteral("placement"), QStringLiteral("baseline"),
               QStringLiteral("title"), QStringLiteral("author")},
              {});
    if (!o.ok() || o.positional().size() > 1 || !o.has(QStringLiteral("output"))) {
        printLine(err, o.ok() ? QString::fromLatin1(kReportUsage) : o.error());
        return BadInput;
    }
    const QString output = o.value(QStringLiteral("output"));
    const std::optional<ReportFormat> format = reportFormatForFile(output);
    if (!format) {
        printLine(err,
                  QStringLiteral("%1: unknown report format (use .pdf, .html, .csv or .json)").arg(output));
        return BadInput;
    }
    const QFileInfo target(output);
    if (target.isDir()) {
        printLine(err, QStringLiteral("%1: is a directory").arg(output));
        return BadInput;
    }
    const QFileInfo dir(target.absolutePath());
    if (!dir.isDir() || !dir.isWritable()) {
        printLine(
            err,
            QStringLiteral("%1: cannot write into %2").arg(output, QDir::toNativeSeparators(dir.filePath())));
        return RuntimeFailure;
    }

    const QString scenarioFile = o.positional().value(0);
    const auto scenario = loadScenarioOrReport(scenarioFile, err);
    if (!scenario)
        return BadInput;
    ReportOptions options;
    options.title = o.value(QStringLiteral("title"));
    options.author = o.value(QStringLiteral("author"));
    options.scenarioLabel = scenarioFile.isEmpty() ? QStringLiteral("the built-in default scenario")
                                                   : QFileInfo(scenarioFile).fileName();
    Placement placement = placementOf(*scenario);
    if (o.has(QStringLiteral("placement")) &&
        !loadPlacementOrReport(o.value(QStringLiteral("placement")), *scenario, placement, err))
        return BadInput;
    // The baseline: named, or by default the scenario's own placement when another one is reported.
    std::optional<Placement> baseline;
    const QString b =
        o.value(QStringLiteral("baseline"),
                o.has(QStringLiteral("placement")) ? QStringLiteral("scenario") : QStringLiteral("none"));
    if (b == QLatin1String("scenario")) {
        baseline = placementOf(*scenario);
        options.baselineLabel =
            QStringLiteral("the scenario's own placement (%1)").arg(options.scenarioLabel);
    } else if (b != QLatin1String("none")) {
        Placement p = placementOf(*scenario);
        if (!loadPlacementOrReport(b, *scenario, p, err))
            return BadInput;
        baseline = p;
        options.baselineLabel = QStringLiteral("placement file %1").arg(QFileInfo(b).fileName());
    }

    const ReportData data = buildReportData(
        PlanSnapshot::evaluate(std::make_shared<const Scenario>(*scenario), placement), baseline, options);
    QString error;
    if (!writeReport(data, output, *format, &error)) {
        printLine(err, error);
        return RuntimeFailure;
    }
    Q_UNUSED(out);
    return Ok;
}

} // namespace ea::cli
