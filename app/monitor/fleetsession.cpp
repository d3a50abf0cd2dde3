// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/fleetsession.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "engine/monitor/fleetreader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QUrl>

namespace ea {

namespace {
const QString kLane = QStringLiteral("fleet");
}

FleetSession::FleetSession(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_alarms(std::make_shared<FleetAlarms>())
{
    m_timer.setInterval(DefaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &FleetSession::refresh);
    // A new scenario or model: the next reading joins the routes to it (the timer brings it soon).
    connect(document, &Document::scenarioChanged, this, [this] {
        if (isConnected())
            refresh();
    });
}

FleetSession::~FleetSession()
{
    m_document->jobs()->cancelLane(kLane);
}

bool FleetSession::validUrl(const QString &url, QString *error)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
        u.host().isEmpty()) {
        if (error)
            *error =
                tr("Prometheus URL: expected http://HOST:PORT or https://HOST:PORT (got \"%1\")").arg(url);
        return false;
    }
    return true;
}

bool FleetSession::connectTo(const QString &url, const QString &tokenVariable, QString *error)
{
    if (!validUrl(url, error))
        return false;
    QByteArray token;
    const QString variable = tokenVariable.trimmed();
    if (!variable.isEmpty()) {
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            if (error)
                *error = tr("Bearer token: the environment variable %1 is not set").arg(variable);
            return false;
        }
        token = qgetenv(variable.toLocal8Bit().constData()).trimmed();
    }
    disconnectFrom();
    m_query.baseUrl = url.trimmed();
    m_query.bearerToken = token;
    m_query.timeoutMs = 8000;
    m_alarms = std::make_shared<FleetAlarms>();
    m_log.clear();
    m_snapshot.reset();
    m_error.clear();
    ++m_generation;
    setStatus(Status::Connecting);
    m_timer.start();
    refresh();
    emit updated();
    return true;
}

void FleetSession::disconnectFrom()
{
    m_timer.stop();
    m_document->jobs()->cancelLane(kLane);
    ++m_generation;
    m_query.bearerToken.clear();
    const bool had = m_snapshot != nullptr;
    m_snapshot.reset();
    m_error.clear();
    setStatus(Status::Disconnected);
    if (had)
        emit updated();
}

void FleetSession::setWindowS(qint64 seconds)
{
    seconds = std::max<qint64>(1, seconds);
    if (seconds == m_query.windowS)
        return;
    m_query.windowS = seconds;
    ++m_generation;
    if (isConnected())
        refresh();
}

void FleetSession::setPercentile(double q)
{
    if (!(q > 0 && q < 1) || q == m_query.percentile)
        return;
    m_query.percentile = q;
    ++m_generation;
    if (isConnected())
        refresh();
}

void FleetSession::setRefreshMs(int ms)
{
    m_timer.setInterval(std::max(100, ms));
}

void FleetSession::setStaleAfterMs(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    if (ms == m_staleAfterMs)
        return;
    m_staleAfterMs = ms;
    // The current routes judged again at once (a reading in flight used the old age: it is superseded).
    ++m_generation;
    if (isConnected())
        refresh();
}

void FleetSession::refresh()
{
    if (!isConnected())
        return;
    JobRunner *jobs = m_document->jobs();
    // A generation change (new window, percentile) supersedes a reading in flight; a tick does not.
    static const auto busyWith = [](JobRunner *j) { return j->isBusy(kLane); };
    const PlanSnapshotPtr plan = m_document->snapshot();
    if (!plan || !plan->scenario)
        return;
    JobSpec spec;
    spec.lane = kLane;
    spec.label = tr("Reading the fleet from Prometheus");
    spec.visible = false;
    const quint64 generation = m_generation;
    if (busyWith(jobs)) {
        if (m_runningGeneration == generation)
            return; // the one running reads what is asked: no pile-up
        jobs->cancelLane(kLane);
    }
    m_runningGeneration = generation;
    spec.failed = [this](const QString &message) {
        m_error = message;
        setStatus(Status::Failed);
        emit updated();
    };
    const FleetReader reader(plan->scenario, m_query, plan->evaluator);
    jobs->run(
        spec, this,
        [reader, alarms = m_alarms, scenario = plan->scenario, percentile = m_query.percentile,
         window = m_query.windowS, stale = m_staleAfterMs](JobControl &control) {
            QElapsedTimer work;
            work.start();
            FleetReading reading = reader.read(QDateTime::currentMSecsSinceEpoch(), control.cancelFlag());
            std::vector<Alarm> raised;
            if (reading.ok() && !control.isCancelled())
                raised = alarms->update(reading);
            Result r;
            r.snapshot = std::make_shared<const FleetSnapshot>(buildFleetSnapshot(
                *scenario, std::move(reading), std::move(raised), percentile, window, stale));
            r.thread = std::this_thread::get_id();
            r.workNs = work.nsecsElapsed();
            return r;
        },
        [this, generation](Result r) {
            if (generation == m_generation)
                deliver(std::move(r));
        });
}

void FleetSession::deliver(Result r)
{
    QElapsedTimer timer;
    timer.start();
    m_readThread = r.thread;
    m_workNs = r.workNs;
    ++m_readings;
    const FleetReading &reading = r.snapshot->reading;
    switch (reading.status) {
    case FleetReading::Status::Ok: {
        m_error.clear();
        m_lastOkMs = reading.timeMs;
        // Only the newest alarms fit in the log: add no more than it keeps.
        const auto &raised = r.snapshot->raised;
        const size_t from =
            raised.size() > size_t(AlarmLog::MaxAlarms) ? raised.size() - AlarmLog::MaxAlarms : 0;
        for (size_t i = from; i < raised.size(); ++i)
            m_log.add(raised[i]);
        m_snapshot = std::move(r.snapshot);
        setStatus(Status::Ok);
        break;
    }
    case FleetReading::Status::Empty:
        m_error = reading.error;
        m_snapshot = std::move(r.snapshot); // no routes: nothing to show
        setStatus(Status::Empty);
        break;
    case FleetReading::Status::Failed:
        m_error = reading.error;
        setStatus(Status::Failed); // the last good routes stay
        break;
    }
    emit updated();
    m_applyNs = timer.nsecsElapsed();
    m_maxApplyNs = std::max(m_maxApplyNs, m_applyNs);
}

void FleetSession::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

QString FleetSession::statusText() const
{
    const QLocale locale;
    switch (m_status) {
    case Status::Disconnected:
        return tr("Not connected to Prometheus");
    case Status::Connecting:
        return tr("Connecting to %1…").arg(m_query.baseUrl);
    case Status::Ok: {
        const FleetSnapshot &f = *m_snapshot;
        QString text =
            tr("%1: %n route(s) from %2 vantage(s), P%3 over %4 s", nullptr, int(f.reading.routes.size()))
                .arg(m_query.baseUrl, locale.toString(qulonglong(f.vantages.size())),
                     QString::number(f.percentile * 100, 'g', 3), locale.toString(f.windowS));
        if (f.staleVantages > 0)
            text += tr(" — %n vantage(s) stopped reporting", nullptr, f.staleVantages);
        return text;
    }
    case Status::Empty:
        return tr("No routes: %1").arg(m_error);
    case Status::Failed:
        return m_lastOkMs > 0
                   ? tr("Prometheus failed: %1 (showing the reading of %2)")
                         .arg(m_error,
                              QDateTime::fromMSecsSinceEpoch(m_lastOkMs).toString(QStringLiteral("HH:mm:ss")))
                   : tr("Prometheus failed: %1").arg(m_error);
    }
    return {};
}

} // namespace ea
