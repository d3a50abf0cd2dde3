// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas export geojson|policy and edgeatlas import geojson|prices: exchange with GIS tools, routers and
// price lists. Outputs are written atomically; "-o -" writes to stdout.
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "engine/export/exportfile.h"
#include "engine/export/geojson.h"
#include "engine/export/litellm.h"
#include "engine/export/policy.h"
#include "engine/export/prices.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/placementfile.h"

#include <QDate>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace ea::cli {

namespace {

const char *kExportUsage =
    "usage: edgeatlas export geojson [SCENARIO] [--what nodes|regions|all] [-o OUT.geojson]\n"
    "       edgeatlas export policy [SCENARIO] [--placement P.json] [--format json|litellm]\n"
    "                               [--candidates N] [--api-key-env NAME] [-o OUT]";
const char *kImportUsage =
    "usage: edgeatlas import geojson SCENARIO FILE.geojson --as nodes|regions [--replace|--merge] -o "
    "OUT.json\n"
    "       edgeatlas import prices SCENARIO PRICES.json [--map model=litellm-name]... [--as-of YYYY-MM-DD]\n"
    "                               -o OUT.json\n"
    "       edgeatlas import benchmark SCENARIO FILE... --gpu G --model M [--precision P] -o OUT.json";

/** The arguments with "-o X" taken out (as output) and every "--map X" collected. */
struct Split
{
    QStringList rest, maps;
    QString output;
    bool hasOutput = false;
    QString error;
};

Split split(const QStringList &args)
{
    Split s;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool output = a == QLatin1String("-o") || a == QLatin1String("--output");
        if (output || a == QLatin1String("--map")) {
            if (i + 1 >= args.size()) {
                s.error = QStringLiteral("%1: needs a value").arg(a);
                return s;
            }
            (output ? s.output : s.maps.emplace_back()) = args[++i];
            s.hasOutput = s.hasOutput || output;
        } else if (a.startsWith(QLatin1String("--output="))) {
            s.output = a.mid(9);
            s.hasOutput = true;
        } else if (a.startsWith(QLatin1String("--map="))) {
            s.maps << a.mid(6);
        } else {
            s.rest << a;
        }
    }
    if (s.hasOutput && s.output.isEmpty())
        s.error = QStringLiteral("-o: needs a file name");
    return s;
}

int usage(FILE *err, const QString &error, const char *text)
{
    if (!error.isEmpty())
        printLine(err, error);
    printLine(err, QString::fromLatin1(text));
    return BadInput;
}

/** Writes data to the output file (atomically) or, for "-" or none, to out. */
int writeOutput(const QString &output, const QByteArray &data, FILE *out, FILE *err)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        errno = 0;
        if (std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), out) !=
                static_cast<size_t>(data.size()) ||
            std::fflush(out) != 0) {
            printLine(err, QStringLiteral("cannot write to the standard output: %1")
                               .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO))));
            return RuntimeFailure;
        }
        return Ok;
    }
    QString error;
    if (!writeFileAtomically(output, data, &error)) {
        printLine(err, error);
        return RuntimeFailure;
    }
    return Ok;
}

/** A scenario to the output: refused (exit 2, nothing written) when no loader could open it again. */
int writeScenarioOutput(const QString &output, const Scenario &s, FILE *out, FILE *err)
{
    const QByteArray data = scenarioToJson(s);
    if (const QString problem = scenarioSizeProblem(data.size()); !problem.isEmpty()) {
        printLine(err, QStringLiteral("%1: %2; nothing written")
                           .arg(output.isEmpty() || output == QLatin1String("-") ? QStringLiteral("(stdout)")
                                                                                 : output,
                                problem));
        return BadInput;
    }
    return writeOutput(output, data, out, err);
}

FILE *infoStream(const QString &output, FILE *out, FILE *err)
{
    return output.isEmpty() || output == QLatin1String("-") ? err : out; // never mixed into the data
}

int exportGeoJson(const Options &o, const Split &sp, FILE *out, FILE *err)
{
    const auto what = geoLayerFromId(o.value(QStringLiteral("what"), QStringLiteral("all")));
    if (!what)
        return usage(err,
                     QStringLiteral("--what: expected nodes, regions or all (got \"%1\")")
                         .arg(o.value(QStringLiteral("what"))),
                     kExportUsage);
    const auto s = loadScenarioOrReport(o.positional().value(1), err);
    if (!s)
        return BadInput;
    const int rc = writeOutput(sp.output, geoJsonFromScenario(*s, *what), out, err);
    if (rc == Ok && !sp.output.isEmpty() && sp.output != QLatin1String("-"))
        printLine(out, QStringLiteral("%1: %2 nodes, %3 demand regions")
                           .arg(sp.output)
                           .arg(*what == GeoLayer::Regions ? 0 : s->nodes.size())
                           .arg(*what == GeoLayer::Nodes ? 0 : s->regions.size()));
    return rc;
}

int exportPolicy(Options &o, const Split &sp, FILE *out, FILE *err)
{
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("litellm"))
        return usage(err, QStringLiteral("--format: expected json or litellm (got \"%1\")").arg(format),
                     kExportUsage);
    const int candidates = o.intValue(QStringLiteral("candidates"), Evaluator::CandidatesPerRegion);
    LiteLlmOptions lo;
    lo.apiKeyEnv = o.value(QStringLiteral("api-key-env"), lo.apiKeyEnv);
    if (!o.ok())
        return usage(err, o.error(), kExportUsage);
    if (candidates > Evaluator::CandidatesPerRegion)
        return usage(err,
                     QStringLiteral("--candidates: at most %1 (got %2)")
                         .arg(Evaluator::CandidatesPerRegion)
                         .arg(candidates),
                     kExportUsage);
    if (!isEnvironmentName(lo.apiKeyEnv))
        return usage(err,
                     QStringLiteral("--api-key-env: expected an environment variable name (got \"%1\")")
                         .arg(lo.apiKeyEnv),
                     kExportUsage);
    const auto s = loadScenarioOrReport(o.positional().value(1), err);
    if (!s)
        return BadInput;
    Placement placement = placementOf(*s);
    if (o.has(QStringLiteral("placement")) &&
        !loadPlacementOrReport(o.value(QStringLiteral("placement")), *s, placement, err))
        return BadInput;
    const Evaluator evaluator(std::make_shared<const Scenario>(*s));
    const PlanOutcome plan = evaluator.evaluate(placement);
    const RoutingPolicy policy = buildRoutingPolicy(evaluator, plan, candidates);
    if (format == QLatin1String("json"))
        return writeOutput(sp.output, policyToJson(*s, policy), out, err);
    const LiteLlmConfig config = liteLlmConfig(*s, policy, lo);
    if (config.deployments > 0)
        for (const QString &w : config.warnings)
            printLine(err, QStringLiteral("warning: ") + w);
    if (config.deployments == 0) {
        printLine(err,
                  QStringLiteral("%1: no node serving the plan has an endpoint, so a router has nowhere to "
                                 "send requests; set the nodes' \"endpoint\" URLs first")
                      .arg(o.positional().value(1, QStringLiteral("(default scenario)"))));
        return BadInput;
    }
    const int rc = writeOutput(sp.output, config.yaml, out, err);
    if (rc == Ok)
        printLine(infoStream(sp.output, out, err),
                  QStringLiteral("LiteLLM config: %1 deployments; set %2 for the proxy")
                      .arg(config.deployments)
                      .arg(lo.apiKeyEnv));
    return rc;
}

int importGeoJsonFile(const Options &o, const Split &sp, FILE *out, FILE *err)
{
    const QString as = o.value(QStringLiteral("as"));
    if (as != QLatin1String("nodes") && as != QLatin1String("regions"))
        return usage(err, QStringLiteral("--as: expected nodes or regions (got \"%1\")").arg(as),
                     kImportUsage);
    if (o.has(QStringLiteral("replace")) && o.has(QStringLiteral("merge")))
        return usage(err, QStringLiteral("--replace and --merge exclude each other"), kImportUsage);
    const QString scenarioFile = o.positional().value(1), file = o.positional().value(2);
    const auto base = loadScenarioOrReport(scenarioFile, err);
    if (!base)
        return BadInput;
    QByteArray data;
    QString error;
    if (!readInputFile(file, &data, &error)) {
        printLine(err, file + QStringLiteral(": ") + error);
        return BadInput;
    }
    const GeoImportMode mode =
        o.has(QStringLiteral("replace")) ? GeoImportMode::Replace : GeoImportMode::Merge;
    const GeoJsonImport r =
        importGeoJson(*base, data, as == QLatin1String("nodes") ? GeoLayer::Nodes : GeoLayer::Regions, mode);
    for (const QString &e : r.errors)
        printLine(err, file + QStringLiteral(": ") + e);
    for (const QString &e : r.scenarioErrors)
        printLine(err, QStringLiteral("%1 (after the import): %2").arg(scenarioFile, e));
    if (!r.scenario)
        return BadInput;
    const int rc = writeScenarioOutput(sp.output, *r.scenario, out, err);
    if (rc == Ok)
        printLine(infoStream(sp.output, out, err),
                  QStringLiteral("%1: %2 %3 added, %4 updated%5")
                      .arg(file)
                      .arg(r.added)
                      .arg(as)
                      .arg(r.updated)
                      .arg(r.skipped
                               ? QStringLiteral(", %1 features of the other layer skipped").arg(r.skipped)
                               : QString()));
    return rc;
}

int importPrices(const Options &o, const Split &sp, FILE *out, FILE *err)
{
    PriceImportOptions po;
    QString error;
    if (!parsePriceMap(sp.maps, &po.map, &error))
        return usage(err, error, kImportUsage);
    po.asOf = o.value(QStringLiteral("as-of"), QDate::currentDate().toString(Qt::ISODate));
    if (!QDate::fromString(po.asOf, Qt::ISODate).isValid())
        return usage(err, QStringLiteral("--as-of: expected a date YYYY-MM-DD (got \"%1\")").arg(po.asOf),
                     kImportUsage);
    const QString scenarioFile = o.positional().value(1), file = o.positional().value(2);
    const auto base = loadScenarioOrReport(scenarioFile, err);
    if (!base)
        return BadInput;
    QByteArray data;
    if (!readInputFile(file, &data, &error)) {
        printLine(err, file + QStringLiteral(": ") + error);
        return BadInput;
    }
    po.source = QStringLiteral("LiteLLM model price file %1").arg(QFileInfo(file).fileName());
    const PriceImport r = importLiteLlmPrices(*base, data, po);
    for (const QString &e : r.errors)
        printLine(err, e.startsWith(QLatin1String("--")) ? e : file + QStringLiteral(": ") + e);
    if (!r.scenario)
        return BadInput;
    const int rc = writeScenarioOutput(sp.output, *r.scenario, out, err);
    if (rc == Ok) {
        FILE *info = infoStream(sp.output, out, err);
        for (const QString &line : r.imported)
            printLine(info, line);
        for (const QString &m : r.unmatched)
            printLine(info, QStringLiteral("%1: no entry in %2; price kept").arg(m, file));
    }
    return rc;
}

} // namespace

int exportCommand(const QStringList &args, FILE *out, FILE *err)
{
    const Split sp = split(args);
    Options o(sp.rest,
              {QStringLiteral("what"), QStringLiteral("placement"), QStringLiteral("format"),
               QStringLiteral("candidates"), QStringLiteral("api-key-env")},
              {});
    if (!sp.error.isEmpty() || !sp.maps.isEmpty())
        return usage(err, sp.maps.isEmpty() ? sp.error : QStringLiteral("--map: unknown option"),
                     kExportUsage);
    if (!o.ok() || o.positional().size() > 2)
        return usage(err, o.error(), kExportUsage);
    const QString what = o.positional().value(0);
    const bool geo = what == QLatin1String("geojson"), policy = what == QLatin1String("policy");
    if ((geo && (o.has(QStringLiteral("placement")) || o.has(QStringLiteral("format")) ||
                 o.has(QStringLiteral("candidates")) || o.has(QStringLiteral("api-key-env")))) ||
        (policy && o.has(QStringLiteral("what"))))
        return usage(err, QStringLiteral("export %1: option not used by this export").arg(what),
                     kExportUsage);
    if (geo)
        return exportGeoJson(o, sp, out, err);
    if (policy)
        return exportPolicy(o, sp, out, err);
    return usage(err, what.isEmpty() ? QString() : QStringLiteral("export: unknown kind \"%1\"").arg(what),
                 kExportUsage);
}

int importCommand(const QStringList &args, FILE *out, FILE *err)
{
    if (args.value(0) == QLatin1String("benchmark"))
        return importBenchmark(args, out, err);
    const Split sp = split(args);
    Options o(sp.rest, {QStringLiteral("as"), QStringLiteral("as-of")},
              {QStringLiteral("replace"), QStringLiteral("merge")});
    if (!sp.error.isEmpty() || !o.ok())
        return usage(err, sp.error.isEmpty() ? o.error() : sp.error, kImportUsage);
    const QString what = o.positional().value(0);
    const bool geo = what == QLatin1String("geojson"), prices = what == QLatin1String("prices");
    if (!geo && !prices)
        return usage(err,
                     what.isEmpty() ? QString() : QStringLiteral("import: unknown kind \"%1\"").arg(what),
                     kImportUsage);
    if (o.positional().size() != 3)
        return usage(err, QStringLiteral("import %1: needs SCENARIO and the file to import").arg(what),
                     kImportUsage);
    if (!sp.hasOutput)
        return usage(err,
                     QStringLiteral("import %1: -o OUT.json is required (the input is never changed in "
                                    "place unless OUT names it)")
                         .arg(what),
                     kImportUsage);
    const bool misplaced = geo ? (o.has(QStringLiteral("as-of")) || !sp.maps.isEmpty())
                               : (o.has(QStringLiteral("as")) || o.has(QStringLiteral("replace")) ||
                                  o.has(QStringLiteral("merge")));
    if (misplaced)
        return usage(err, QStringLiteral("import %1: option not used by this import").arg(what),
                     kImportUsage);
    return geo ? importGeoJsonFile(o, sp, out, err) : importPrices(o, sp, out, err);
}

} // namespace ea::cli
