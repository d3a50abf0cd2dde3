// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/fleetdemo.h"

#include "engine/geo/geodesy.h"
#include "engine/model/scenariojson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <limits>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ea {

namespace {
const char *const kIndex = "fleetDemoIndex";

/** A loopback port free now (the kernel's pick); 0 when none. */
quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof(addr);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')) && (c.isSpace() || c == QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}
int g_quitPipe[2] = {-1, -1};

void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_quitPipe[1], &byte, 1); // async-signal-safe
}

/**
 * SIGTERM and SIGINT quit the event loop (instead of killing the program), so the windows close and the fleet
 * is stopped and its folder removed as on a normal exit. Once per process.
 */
void quitOnTerminationSignals()
{
    if (g_quitPipe[0] >= 0 || ::pipe(g_quitPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_quitPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char buffer[16];
        [[maybe_unused]] const ssize_t n = ::read(g_quitPipe[0], buffer, sizeof buffer);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}
} // namespace

FleetDemo::FleetDemo(QObject *parent) : QObject(parent) {}

FleetDemo::~FleetDemo()
{
    stop();
}

std::vector<int> FleetDemo::spreadRegions(const Scenario &scenario, int n)
{
    std::vector<int> order(scenario.regions.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return scenario.regions[size_t(a)].weight > scenario.regions[size_t(b)].weight;
    });
    // Candidates: the most populous regions (eight per agent), then farthest-point sampling among them,
    // starting from the most populous: spread over the world, not in the remotest places.
    order.resize(std::min(order.size(), size_t(std::max(8 * n, 16))));
    std::vector<int> picked;
    if (order.empty() || n <= 0)
        return picked;
    std::vector<double> nearest(order.size(), std::numeric_limits<double>::infinity());
    size_t next = 0;
    while (int(picked.size()) < n && int(picked.size()) < int(order.size())) {
        const DemandRegion &p = scenario.regions[size_t(order[next])];
        picked.push_back(order[next]);
        double best = -1;
        for (size_t i = 0; i < order.size(); ++i) {
            const DemandRegion &r = scenario.regions[size_t(order[i])];
            nearest[i] = std::min(nearest[i], geo::greatCircleKm(p.lon, p.lat, r.lon, r.lat));
            if (nearest[i] > best) {
                best = nearest[i];
                next = i;
            }
        }
        if (best <= 0)
            break;
    }
    return picked;
}

QProcess *FleetDemo::spawn(const QString &program, const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProperty(kIndex, int(m_output.size()));
    m_output.emplace_back();
    // The agents, simulators and server end with this program, even when it is killed.
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    p->setProcessChannelMode(QProcess::SeparateChannels);
    connect(p, &QProcess::readyReadStandardOutput, this, [this, p] { onOutput(p); });
    connect(p, &QProcess::finished, this, [this, p, program](int code) {
        if (m_failed || p->property("stopping").toBool())
            return;
        if (p == m_prometheus && m_url.isEmpty())
            return; // handled by the start-up check (its port may have been taken: tried again)
        fail(tr("%1 stopped (exit code %2): %3")
                 .arg(QFileInfo(program).fileName())
                 .arg(code)
                 .arg(QString::fromLocal8Bit(p->readAllStandardError()).trimmed().left(400)));
    });
    p->start(program, args);
    if (p->waitForStarted(10000))
        m_pids << p->processId();
    return p;
}

bool FleetDemo::start(std::shared_ptr<const Scenario> scenario, const FleetDemoOptions &options,
                      QString *error)
{
    stop();
    m_options = options;
    m_failed = false;
    const auto failNow = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_options.program.isEmpty())
        m_options.program = QCoreApplication::applicationFilePath();
    if (m_options.prometheus.isEmpty())
        m_options.prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (m_options.prometheus.isEmpty())
        return failNow(tr("the prometheus program is not installed (Debian package prometheus)"));
    if (!scenario || scenario->regions.empty() || scenario->nodes.empty())
        return failNow(tr("the scenario has no demand regions or no nodes to simulate"));
    const std::vector<int> regions = spreadRegions(*scenario, std::max(1, m_options.vantages));
    if (QCoreApplication::instance())
        quitOnTerminationSignals();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/edgeatlas-fleet-XXXXXX"));
    if (!m_dir->isValid())
        return failNow(tr("cannot create a temporary folder: %1").arg(m_dir->errorString()));
    const QString scenarioFile = m_dir->filePath(QStringLiteral("scenario.json"));
    QString saveError;
    if (!saveScenarioFile(*scenario, scenarioFile, &saveError))
        return failNow(saveError);
    emit progress(tr("Starting %n simulated deployment(s)…", nullptr, int(regions.size())));
    for (size_t i = 0; i < regions.size(); ++i) {
        const DemandRegion &r = scenario->regions[size_t(regions[i])];
        QString name = slug(r.name);
        if (name.isEmpty() || m_vantages.contains(name))
            name = r.id;
        m_vantages << name;
        m_sims.push_back(
            spawn(m_options.program,
                  {QStringLiteral("simulate"), scenarioFile, QStringLiteral("--from"), r.id,
                   QStringLiteral("--count"), QString::number(m_options.nodesPerVantage),
                   QStringLiteral("--jitter"), QString::number(m_options.jitter), QStringLiteral("--seed"),
                   QString::number(i + 1), QStringLiteral("--write-scenario"),
                   m_dir->filePath(QStringLiteral("agent-%1.json").arg(i))}));
        m_sims.back()->setProperty("region", r.id);
    }
    QTimer::singleShot(m_options.startTimeoutMs, this, [this] {
        if (m_url.isEmpty() && !m_failed && !m_sims.empty())
            fail(tr("the simulated fleet did not come up within %1 s").arg(m_options.startTimeoutMs / 1000));
    });
    return true;
}

void FleetDemo::onOutput(QProcess *p)
{
    const int index = p->property(kIndex).toInt();
    QByteArray &seen = m_output[size_t(index)];
    seen += p->readAllStandardOutput();
    if (seen.size() > 65536)
        seen = seen.right(65536);
    if (p->property("up").toBool())
        return;
    const auto sim = std::find(m_sims.begin(), m_sims.end(), p);
    if (sim != m_sims.end()) {
        if (!seen.contains("# health:"))
            return;
        p->setProperty("up", true);
        if (++m_simsUp == int(m_sims.size()))
            startAgents();
        return;
    }
    const auto agent = std::find(m_agents.begin(), m_agents.end(), p);
    if (agent != m_agents.end()) {
        static const QRegularExpression re(
            QStringLiteral("metrics at http://127\\.0\\.0\\.1:(\\d+)/metrics"));
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(seen));
        if (!m.hasMatch())
            return;
        p->setProperty("up", true);
        m_agentAddresses[int(agent - m_agents.begin())] = QStringLiteral("'127.0.0.1:%1'").arg(m.captured(1));
        if (++m_agentsUp == int(m_agents.size()))
            startPrometheus();
    }
}

void FleetDemo::startAgents()
{
    emit progress(tr("Starting %n probe agent(s)…", nullptr, int(m_sims.size())));
    m_agentAddresses = QStringList(int(m_sims.size()), QString());
    for (size_t i = 0; i < m_sims.size(); ++i) {
        const QString region = m_sims[i]->property("region").toString();
        m_agents.push_back(
            spawn(m_options.program,
                  {QStringLiteral("probe"), QStringLiteral("--scenario"),
                   m_dir->filePath(QStringLiteral("agent-%1.json").arg(i)), QStringLiteral("--serve"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--vantage"), m_vantages[int(i)],
                   QStringLiteral("--at"), region, QStringLiteral("--interval"), QStringLiteral("1"),
                   QStringLiteral("--max-tokens"), QStringLiteral("1")}));
    }
}

void FleetDemo::startPrometheus()
{
    // packaging/prometheus/prometheus.yml's shape: one job, the agents' own labels honoured.
    const QString config = m_dir->filePath(QStringLiteral("prometheus.yml"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(tr("cannot write %1: %2").arg(config, f.errorString()));
        return;
    }
    const int s = std::max(1, m_options.scrapeIntervalS);
    f.write(QStringLiteral("# The simulated fleet of `edgeatlas --simulate-fleet` (written by EdgeAtlas).\n"
                           "global:\n  scrape_interval: %1s\n  evaluation_interval: %1s\n"
                           "scrape_configs:\n  - job_name: edgeatlas-probes\n    scrape_interval: %1s\n"
                           "    scrape_timeout: %1s\n    honor_labels: true\n    static_configs:\n"
                           "      - targets: [%2]\n        labels:\n          env: simulation\n")
                .arg(s)
                .arg(m_agentAddresses.join(QStringLiteral(", ")))
                .toUtf8());
    f.close();
    emit progress(tr("Starting Prometheus…"));
    m_promPort = freeLoopbackPort();
    ++m_promTries;
    m_prometheus = spawn(m_options.prometheus,
                         {QStringLiteral("--config.file=") + config,
                          QStringLiteral("--storage.tsdb.path=") + m_dir->filePath(QStringLiteral("tsdb")),
                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_promPort),
                          QStringLiteral("--log.level=warn")});
    // Up when it stays up (it exits at once when the port is taken: another one then).
    QTimer::singleShot(1500, this, [this, p = m_prometheus] {
        if (m_failed || p != m_prometheus)
            return;
        if (p->state() == QProcess::NotRunning) {
            if (m_promTries < 3) {
                startPrometheus();
                return;
            }
            fail(tr("Prometheus did not start: %1")
                     .arg(QString::fromLocal8Bit(p->readAllStandardError()).trimmed().left(400)));
            return;
        }
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_promPort);
        emit ready(m_url);
    });
}

void FleetDemo::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    emit failed(message);
    stop();
}

int FleetDemo::runningProcesses() const
{
    int n = 0;
    for (const QProcess *p : findChildren<QProcess *>())
        n += p->state() != QProcess::NotRunning;
    return n;
}

void FleetDemo::stop()
{
    const QList<QProcess *> all = findChildren<QProcess *>();
    for (QProcess *p : all) {
        p->setProperty("stopping", true);
        if (p->state() != QProcess::NotRunning)
            p->terminate();
    }
    for (QProcess *p : all) {
        if (p->state() != QProcess::NotRunning && !p->waitForFinished(5000)) {
            p->kill();
            p->waitForFinished(2000);
        }
        p->disconnect(this);
        p->setParent(nullptr);
        p->deleteLater(); // stop() may run inside one of its signals
    }
    m_sims.clear();
    m_agents.clear();
    m_prometheus = nullptr;
    m_output.clear();
    m_vantages.clear();
    m_agentAddresses.clear();
    m_url.clear();
    m_simsUp = m_agentsUp = m_promTries = 0;
    if (m_dir) {
        m_dir->remove();
        m_dir.reset();
    }
}

} // namespace ea
