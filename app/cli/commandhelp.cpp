// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandhelp.h"

#include "app/cli/cli.h"
#include "app/monitor/demo.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace ea::cli {

namespace {

/** Options of a GUI start that Qt itself takes (QGuiApplication, QApplication, X11), with a value… */
const QStringList kQtValueOptions{QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
                                  QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
                                  QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
                                  QStringLiteral("-qwindowtitle"),    QStringLiteral("-session"),
                                  QStringLiteral("-style"),           QStringLiteral("-stylesheet"),
                                  QStringLiteral("-display"),         QStringLiteral("-geometry")};
/** …and without one. */
const QStringList kQtFlags{QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                           QStringLiteral("-nograb"), QStringLiteral("-dograb"), QStringLiteral("-sync")};
/** EdgeAtlas' own options of a GUI start, and the top-level flags. */
const QStringList kGuiOptions{QStringLiteral("--simulate"), QStringLiteral("--simulate-fleet")};
const QStringList kTopFlags{QStringLiteral("--help"), QStringLiteral("--version"),
                            QStringLiteral("--bash-completion")};

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i)
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                              d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = v;
        }
    return d[size_t(n)][size_t(m)];
}

/** The closest of candidates to word, or empty when none is close: within 2 edits and less than half the
 *  word, or a prefix of at least 3 letters that only one candidate starts with. */
QString closest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString &c : candidates) {
        const int dist = editDistance(word.toLower(), c);
        if (dist < bestDistance && dist * 2 < int(c.size())) {
            bestDistance = dist;
            best = c;
        }
    }
    if (!best.isEmpty() || word.size() < 3)
        return best;
    QStringList starting;
    for (const QString &c : candidates)
        if (c.startsWith(word.toLower()))
            starting << c;
    return starting.size() == 1 ? starting.front() : QString();
}

/** The --options a usage text names, for completion. */
QStringList optionsIn(const QString &usage)
{
    static const QRegularExpression option(QStringLiteral(R"re((?<![\w-])--[a-z][a-z0-9-]*)re"));
    QStringList out;
    for (auto it = option.globalMatch(usage); it.hasNext();) {
        const QString o = it.next().captured(0);
        if (!out.contains(o))
            out << o;
    }
    if (usage.contains(QLatin1String(" -o ")) || usage.contains(QLatin1String("[-o ")))
        out << QStringLiteral("-o");
    out << QStringLiteral("--help");
    return out;
}

/** Words that follow a command, for commands that have sub-commands of their own. */
QStringList subcommandsOf(const QString &command)
{
    if (command == QLatin1String("bench"))
        return {QStringLiteral("plan"),   QStringLiteral("map"),   QStringLiteral("board"),
                QStringLiteral("charts"), QStringLiteral("probe"), QStringLiteral("resilience")};
    if (command == QLatin1String("export"))
        return {QStringLiteral("geojson"), QStringLiteral("policy")};
    if (command == QLatin1String("import"))
        return {QStringLiteral("geojson"), QStringLiteral("prices")};
    if (command == QLatin1String("help")) {
        QStringList names;
        for (const CommandHelp &c : commands())
            names << c.name;
        return names;
    }
    return {};
}

bool displayReachable()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM").section(QLatin1Char(':'), 0, 0);
    if (!platform.isEmpty() && platform != QLatin1String("xcb") &&
        !platform.startsWith(QLatin1String("wayland")))
        return true; // offscreen, vnc, eglfs, …: no desktop needed
    if (platform == QLatin1String("xcb"))
        return !qEnvironmentVariableIsEmpty("DISPLAY");
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QtMessageHandler g_previousHandler = nullptr;
QStringList *g_heldWarnings = nullptr;

void holdStartMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg) {
        const QString display = qEnvironmentVariable("WAYLAND_DISPLAY", qEnvironmentVariable("DISPLAY"));
        printLine(stderr,
                  QStringLiteral("edgeatlas: cannot open the window: the display \"%1\" cannot be reached "
                                 "(run it in a desktop session or under xvfb-run, or use a command: "
                                 "edgeatlas --help)")
                      .arg(display));
        std::_Exit(RuntimeFailure);
    }
    if (g_heldWarnings && type != QtDebugMsg && type != QtInfoMsg)
        g_heldWarnings->append(context.category && qstrcmp(context.category, "default") != 0
                                   ? QString::fromLatin1(context.category) + QStringLiteral(": ") + message
                                   : message);
}

} // namespace

FatalDisplayGuard::FatalDisplayGuard()
{
    g_heldWarnings = new QStringList;
    g_previousHandler = qInstallMessageHandler(holdStartMessages);
}

void FatalDisplayGuard::release()
{
    if (!m_active)
        return;
    m_active = false;
    qInstallMessageHandler(g_previousHandler);
    const QStringList held = *g_heldWarnings;
    delete g_heldWarnings;
    g_heldWarnings = nullptr;
    for (const QString &message : held) // a start that worked: its warnings as they were
        qWarning("%s", qPrintable(message));
}

const QList<CommandHelp> &commands()
{
    static const QList<CommandHelp> table{
        {QStringLiteral("validate"), QStringLiteral("check a scenario file; one line per problem"),
         QStringLiteral("usage: edgeatlas validate FILE\n"
                        "Exit 0 when the file is a valid scenario, else 2 and one line per problem:\n"
                        "FILE: <json path>: <reason>.\n")},
        {QStringLiteral("plan"),
         QStringLiteral("evaluate a placement, or find the cheapest one meeting every SLO"),
         QStringLiteral(
             "usage: edgeatlas plan [SCENARIO] [--placement P.json] [--optimize [--resilient] |\n"
             "                      --what-if W.json | --hour H [--what-if W.json]]\n"
             "                      [--format table|json|csv]\n"
             "--optimize: the cheapest placement meeting every SLO and its changes against the\n"
             "current one (exit 1 when none exists: reasons on stderr, and if some workloads meet\n"
             "their SLO nowhere, a best effort that leaves them in place).\n"
             "--resilient (with --optimize): the cheapest placement that also keeps every SLO under\n"
             "any single site failure (the N+1 check of `edgeatlas resilience`, every site).\n"
             "--what-if: the plan without and with the conditions of W.json (sites or tiers down, demand\n"
             "surges, price changes, latency penalties; README, \"What-if conditions\"): cost and SLO\n"
             "attainment before -> after, regions that lost their SLO, unserved demand.\n"
             "--hour: the plan at UTC hour H (0-23) with the GPUs sized for the peak: each region's demand\n"
             "from its workloads' daily profiles at its local time; per workload offered, served and\n"
             "unserved demand, SLO attainment, the busiest site's load and the cost of that hour; per\n"
             "tier and in all the same; the peak hour (json: every site's load and headroom).\n"
             "--hour with --what-if: that hour of the bad day on the plan's own GPUs: surged demand, sites\n"
             "down (their regions go to the next site with room, else unserved), latency penalties; the\n"
             "peak hour is the bad day's (the busiest hour of a surge).\n")},
        {QStringLiteral("resilience"),
         QStringLiteral("N+1 check: every single site and zone-of-tier failure, worst first"),
         QStringLiteral(
             "usage: edgeatlas resilience [SCENARIO] [--placement P.json] [--format table|json|csv]\n"
             "Evaluates the plan with each single node down, and with every node of one tier in one\n"
             "zone down; lists the failures that break a workload's SLO, worst first, with the\n"
             "attainment drop, the demand regions affected and the extra cost of the spill.\n")},
        {QStringLiteral("rtt"),
         QStringLiteral("the network model on point pairs, fitted to measurements on request"),
         QStringLiteral(
             "usage: edgeatlas rtt --pairs PAIRS.csv [--calibrate MEASURED.csv] [--scenario SCENARIO]\n"
             "       edgeatlas rtt --regions [SCENARIO] [--tier T] [--format csv|json]\n"
             "       edgeatlas rtt --validate MEASURED.csv [--groups N] [--format text|json]\n"
             "Reads src_lat,src_lon,dst_lat,dst_lon (other columns kept) and writes the rows plus\n"
             "model_rtt_ms; --calibrate fits the model to rows that also carry rtt_ms first; an optional\n"
             "src_kind column (user|server) adds the source's last mile; an optional path column\n"
             "(internet|backbone) says which network carries the pair (without it: backbone when both\n"
             "names carry one cloud prefix, aws: gcp: azure: ..., or the source names a cloud provider).\n"
             "--regions: per demand region its\n"
             "last mile, its best node of tier T (default edge) and the user's modeled RTT to it.\n"
             "--validate: the model fitted without them against measured pairs: 5-fold by pair, and by\n"
             "city (N groups of cities held out, default 5), per distance band with the median\n"
             "model/measured ratio (below 1: too low).\n")},
        {QStringLiteral("compute"),
         QStringLiteral("the compute model alone: prefill, TTFT, TPOT, throughput"),
         QStringLiteral(
             "usage: edgeatlas compute --gpu G --model M [--precision P] [--in N] [--out N] [--batch B]\n"
             "                         [--tier T] [--scenario S] [--format json|table]\n"
             "       edgeatlas compute --list [--scenario S]   the GPU and model ids\n"
             "       edgeatlas compute --validate SERVING.csv [--scenario S]\n"
             "--validate: leave-one-model-out errors on published serving results (columns as\n"
             "../shared/data/serving/serving_calibration.csv): each model family predicted by a fit\n"
             "without it, per metric (saturation throughput, TPOT and TTFT at concurrency 1, ...).\n")},
        {QStringLiteral("export"), QStringLiteral("nodes and regions as GeoJSON, the routing policy"),
         QStringLiteral(
             "usage: edgeatlas export geojson [SCENARIO] [--what nodes|regions|all] [-o OUT.geojson]\n"
             "       edgeatlas export policy [SCENARIO] [--placement P.json] [--format json|litellm]\n"
             "                               [--candidates N] [--api-key-env NAME] [-o OUT]\n")},
        {QStringLiteral("import"),
         QStringLiteral("GeoJSON nodes or regions, API prices, serving benchmarks, into a scenario copy"),
         QStringLiteral(
             "usage: edgeatlas import geojson SCENARIO FILE.geojson --as nodes|regions [--replace|--merge]\n"
             "                               -o OUT.json\n"
             "       edgeatlas import prices SCENARIO PRICES.json [--map model=litellm-name]...\n"
             "                               [--as-of YYYY-MM-DD] -o OUT.json\n"
             "       edgeatlas import benchmark SCENARIO FILE... --gpu G --model M [--precision P]\n"
             "                               -o OUT.json\n"
             "import benchmark: vLLM bench serve --save-result JSON, GenAI-Perf/AIPerf profile_export\n"
             "JSON or the trtllm-bench throughput report as the measured compute profile of GPU G\n"
             "running model M.\n")},
        {QStringLiteral("probe"),
         QStringLiteral("probe endpoints (HTTP timing, streaming tokens); the probe agent"),
         QString::fromLatin1(kProbeUsage)},
        {QStringLiteral("simulate"),
         QStringLiteral("a loopback deployment answering with the model's latency"),
         QString::fromLatin1(kSimulateUsage)},
        {QStringLiteral("fleet"),
         QStringLiteral("every route of the probe agents through Prometheus, against the model"),
         QString::fromLatin1(kFleetUsage)},
        {QStringLiteral("report"), QStringLiteral("the planning report as PDF, HTML, CSV or JSON"),
         QStringLiteral(
             "usage: edgeatlas report [SCENARIO] [--placement P.json] [--baseline P.json|scenario|none]\n"
             "                        [--title T] [--author A] -o OUT.pdf|OUT.html|OUT.csv|OUT.json\n")},
        {QStringLiteral("bench"), QStringLiteral("speed figures, one line each: <name> <value> <unit>"),
         QStringLiteral("usage: edgeatlas bench plan|map|board|charts|monitor|probe|soak|calibrate|fleet|"
                        "resilience|timeline [SCENARIO] [--quick]\n"
                        "       edgeatlas bench soak [SCENARIO] [--targets N] [--seconds S] [--quick]\n")},
        {QStringLiteral("help"), QStringLiteral("this overview, or one command's usage"),
         QStringLiteral("usage: edgeatlas help [COMMAND]\n")},
    };
    return table;
}

const CommandHelp *findCommand(const QString &name)
{
    for (const CommandHelp &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QString suggestCommand(const QString &word)
{
    QStringList names;
    for (const CommandHelp &c : commands())
        names << c.name;
    return closest(word, names);
}

QString generalUsage()
{
    QString text =
        QStringLiteral("usage: edgeatlas [SCENARIO.json] [--simulate]   start the GUI (the default "
                       "scenario when none is given;\n"
                       "                                                --simulate: a simulated "
                       "deployment for the Monitor)\n"
                       "       edgeatlas [SCENARIO.json] --simulate-fleet N\n"
                       "                                                the Monitor's fleet mode on a "
                       "simulated fleet: N probe\n"
                       "                                                agents on loopback (1..64), each "
                       "with its own simulator,\n"
                       "                                                scraped by a real Prometheus "
                       "(Debian package prometheus)\n"
                       "       edgeatlas COMMAND [ARGS]                 run a command without the GUI\n"
                       "       edgeatlas --version | --help | --bash-completion\n\nCommands:\n");
    for (const CommandHelp &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name, -11).arg(c.summary);
    text += QStringLiteral("\nSynopses:\n");
    for (const CommandHelp &c : commands()) {
        if (c.name == QLatin1String("help"))
            continue;
        for (const QString &line : c.usage.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("usage: ")) && !line.startsWith(QLatin1String("       ")))
                break; // the synopsis only; the prose is in `help COMMAND`
            text += QStringLiteral("  ") + line.mid(7) + QLatin1Char('\n');
        }
    }
    text +=
        QStringLiteral("\n'edgeatlas help COMMAND' or 'edgeatlas COMMAND --help' explains one command.\n");
    return text;
}

int printHelp(const QString &command, FILE *out, FILE *err)
{
    if (command.isEmpty()) {
        print(out, generalUsage());
        return Ok;
    }
    const CommandHelp *c = findCommand(command);
    if (!c) {
        const QString guess = suggestCommand(command);
        printLine(
            err, guess.isEmpty()
                     ? QStringLiteral("edgeatlas: no command '%1' (edgeatlas --help lists them)").arg(command)
                     : QStringLiteral("edgeatlas: no command '%1'; did you mean '%2'?").arg(command, guess));
        return BadInput;
    }
    print(out, c->usage);
    return Ok;
}

int checkGuiStart(const QStringList &args, FILE *err)
{
    QString scenario;
    bool platformGiven = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (a == QLatin1String("--simulate-fleet") || a.startsWith(QLatin1String("--simulate-fleet="))) {
            const QString value =
                a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : args.value(++i);
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > MaxSimulatedFleet) {
                printLine(err,
                          QStringLiteral("edgeatlas: --simulate-fleet: expected a number of probe agents in "
                                         "1..%1 (got '%2')")
                              .arg(MaxSimulatedFleet)
                              .arg(value));
                return BadInput;
            }
            continue;
        }
        if (kGuiOptions.contains(a) || kQtFlags.contains(a))
            continue;
        if (kQtValueOptions.contains(name)) {
            platformGiven = platformGiven || name == QLatin1String("-platform");
            if (!a.contains(QLatin1Char('=')))
                ++i; // its value
            continue;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            const QString guess = closest(a, kGuiOptions + kTopFlags);
            printLine(
                err,
                guess.isEmpty()
                    ? QStringLiteral("edgeatlas: unknown option '%1' (edgeatlas --help)").arg(a)
                    : QStringLiteral("edgeatlas: unknown option '%1'; did you mean '%2'?").arg(a, guess));
            return BadInput;
        }
        if (!scenario.isEmpty()) {
            printLine(err,
                      QStringLiteral("edgeatlas: one scenario at a time ('%1' and '%2')").arg(scenario, a));
            return BadInput;
        }
        scenario = a;
        if (QFileInfo::exists(a))
            continue;
        const QString guess = suggestCommand(a);
        if (!guess.isEmpty())
            printLine(err, QStringLiteral("edgeatlas: '%1' is not a command or a file; did you mean '%2'?")
                               .arg(a, guess));
        else if (a.contains(QLatin1Char('.')) || a.contains(QLatin1Char('/')))
            printLine(err, QStringLiteral("edgeatlas: %1: no such file").arg(a));
        else
            printLine(err,
                      QStringLiteral("edgeatlas: '%1' is not a command or a file (edgeatlas --help lists the "
                                     "commands)")
                          .arg(a));
        return BadInput;
    }
    if (!platformGiven && !displayReachable()) {
        printLine(err,
                  QStringLiteral("edgeatlas: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
                                 "are unset): run it in a desktop session or under xvfb-run, or use a "
                                 "command (edgeatlas --help)"));
        return RuntimeFailure;
    }
    return -1;
}

QString bashCompletion()
{
    QStringList top;
    for (const CommandHelp &c : commands())
        top << c.name;
    top << kGuiOptions << kTopFlags;
    QString script =
        QStringLiteral(
            "# bash completion for edgeatlas (made by `edgeatlas --bash-completion`)\n"
            "_edgeatlas()\n{\n"
            "    local cur=${COMP_WORDS[COMP_CWORD]} cmd=${COMP_WORDS[1]} opts='' subs=''\n"
            "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
            "        COMPREPLY=($(compgen -W '%1' -- \"$cur\") $(compgen -f -X '!*.json' -- \"$cur\"))\n"
            "        return\n"
            "    fi\n"
            "    case $cmd in\n")
            .arg(top.join(QLatin1Char(' ')));
    for (const CommandHelp &c : commands()) {
        script += QStringLiteral("        %1) opts='%2'; subs='%3' ;;\n")
                      .arg(c.name, optionsIn(c.usage).join(QLatin1Char(' ')),
                           subcommandsOf(c.name).join(QLatin1Char(' ')));
    }
    script += QStringLiteral("    esac\n"
                             "    if [[ $cur == -* ]]; then\n"
                             "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
                             "    elif [ \"$COMP_CWORD\" -eq 2 ] && [ -n \"$subs\" ]; then\n"
                             "        COMPREPLY=($(compgen -W \"$subs\" -- \"$cur\"))\n"
                             "    else\n"
                             "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                             "    fi\n"
                             "}\n"
                             "complete -o filenames -F _edgeatlas edgeatlas\n");
    return script;
}

} // namespace ea::cli
