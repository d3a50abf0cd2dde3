// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/commandhelp.h"
#include "app/cli/options.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/placementfile.h"
#include "engine/plan/planformat.h"

namespace ea::cli {

void print(FILE *f, const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), f);
    std::fflush(f);
}

void printLine(FILE *f, const QString &text)
{
    print(f, text + QLatin1Char('\n'));
}

bool isCommand(const QStringList &args)
{
    return args.size() > 1 &&
           (findCommand(args[1]) || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
            args[1] == QLatin1String("--version") || args[1] == QLatin1String("--bash-completion"));
}

int run(const QStringList &args, FILE *out, FILE *err)
{
    const QString cmd = args.value(1);
    const QStringList rest = args.mid(2);
    if (cmd == QLatin1String("--version")) {
        printLine(out, QStringLiteral("edgeatlas %1").arg(QLatin1String(EA_VERSION)));
        return Ok;
    }
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h"))
        return printHelp({}, out, err);
    if (findCommand(cmd) && (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))))
        return printHelp(cmd, out, err);
    if (cmd == QLatin1String("help"))
        return rest.size() > 1
                   ? (printLine(err, QStringLiteral("usage: edgeatlas help [COMMAND]")), int(BadInput))
                   : printHelp(rest.value(0), out, err);
    if (cmd == QLatin1String("--bash-completion")) {
        print(out, bashCompletion());
        return Ok;
    }
    if (cmd == QLatin1String("export"))
        return exportCommand(rest, out, err);
    if (cmd == QLatin1String("import"))
        return importCommand(rest, out, err);
    if (cmd == QLatin1String("validate"))
        return validate(rest, out, err);
    if (cmd == QLatin1String("plan"))
        return plan(rest, out, err);
    if (cmd == QLatin1String("rtt"))
        return rtt(rest, out, err);
    if (cmd == QLatin1String("compute"))
        return compute(rest, out, err);
    if (cmd == QLatin1String("bench"))
        return bench(rest, out, err);
    if (cmd == QLatin1String("probe"))
        return probe(rest, out, err);
    if (cmd == QLatin1String("simulate"))
        return simulate(rest, out, err);
    if (cmd == QLatin1String("fleet"))
        return fleet(rest, out, err);
    if (cmd == QLatin1String("report"))
        return report(rest, out, err);
    if (cmd == QLatin1String("resilience"))
        return resilience(rest, out, err);
    print(err, generalUsage());
    return BadInput;
}

std::optional<Scenario> loadScenarioOrReport(const QString &fileName, FILE *err)
{
    const ScenarioLoad load = fileName.isEmpty() ? loadDefaultScenario() : loadScenarioFile(fileName);
    const QString label = fileName.isEmpty() ? QStringLiteral("(default scenario)") : fileName;
    for (const QString &e : load.errors)
        printLine(err, label + QStringLiteral(": ") + e);
    return load.scenario;
}

bool loadPlacementOrReport(const QString &file, const Scenario &s, Placement &out, FILE *err)
{
    QStringList errors;
    if (loadPlacementFile(file, s, out, &errors))
        return true;
    for (const QString &e : errors)
        printLine(err, file + QStringLiteral(": ") + e);
    return false;
}

int validate(const QStringList &args, FILE *out, FILE *err)
{
    Options o(args, {}, {});
    if (!o.ok() || o.positional().size() != 1) {
        printLine(err, o.ok() ? QStringLiteral("usage: edgeatlas validate FILE") : o.error());
        return BadInput;
    }
    const QString file = o.positional().front();
    const auto s = loadScenarioOrReport(file, err);
    if (!s)
        return BadInput;
    printLine(out,
              QStringLiteral("%1: valid (%2 nodes, %3 demand regions, %4 workloads, %5 GPU types, %6 models)")
                  .arg(file)
                  .arg(s->nodes.size())
                  .arg(s->regions.size())
                  .arg(s->workloads.size())
                  .arg(s->gpus.size())
                  .arg(s->models.size()));
    return Ok;
}

int plan(const QStringList &args, FILE *out, FILE *err)
{
    Options o(args,
              {QStringLiteral("placement"), QStringLiteral("format"), QStringLiteral("granularity"),
               QStringLiteral("time-limit"), QStringLiteral("gap"), QStringLiteral("what-if"),
               QStringLiteral("hour")},
              {QStringLiteral("optimize"), QStringLiteral("resilient")});
    if (!o.ok() || o.positional().size() > 1) {
        printLine(err, o.ok() ? QStringLiteral("usage: edgeatlas plan [SCENARIO] [--placement P.json] "
                                               "[--optimize [--granularity workload|zone] [--time-limit S] "
                                               "[--gap PCT] [--resilient] | --what-if W.json | --hour H "
                                               "[--what-if W.json]] [--format table|json|csv]")
                              : o.error());
        return BadInput;
    }
    OptimizeOptions optimize;
    if (!optimizeOptionsOrReport(o, optimize, err))
        return BadInput;
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("table"));
    PlanFormat fmt = PlanFormat::Table;
    if (format == QLatin1String("json"))
        fmt = PlanFormat::Json;
    else if (format == QLatin1String("csv"))
        fmt = PlanFormat::Csv;
    else if (format != QLatin1String("table")) {
        printLine(err, QStringLiteral("--format: expected table, json or csv (got \"%1\")").arg(format));
        return BadInput;
    }
    const auto s = loadScenarioOrReport(o.positional().value(0), err);
    if (!s)
        return BadInput;
    Placement placement = placementOf(*s);
    if (o.has(QStringLiteral("placement")) &&
        !loadPlacementOrReport(o.value(QStringLiteral("placement")), *s, placement, err))
        return BadInput;
    if (o.has(QStringLiteral("what-if")) && o.has(QStringLiteral("optimize"))) {
        printLine(err, QStringLiteral("--what-if and --optimize cannot be combined"));
        return BadInput;
    }
    if (o.has(QStringLiteral("hour")) && o.has(QStringLiteral("optimize"))) {
        printLine(err, QStringLiteral("--hour cannot be combined with --optimize"));
        return BadInput;
    }
    if (o.has(QStringLiteral("hour")))
        return planAtHour(*s, placement, o.value(QStringLiteral("hour")),
                          o.has(QStringLiteral("what-if")) ? o.value(QStringLiteral("what-if")) : QString(),
                          fmt, out, err);
    if (o.has(QStringLiteral("what-if")))
        return planWhatIf(*s, placement, o.value(QStringLiteral("what-if")), fmt, out, err);
    if (o.has(QStringLiteral("optimize")))
        return planOptimized(*s, placement, fmt, optimize, out, err);
    const Evaluator evaluator(std::make_shared<const Scenario>(*s));
    const PlanOutcome result = evaluator.evaluate(placement);
    print(out, QString::fromUtf8(formatPlan(*s, result, fmt)));
    return Ok;
}

} // namespace ea::cli
