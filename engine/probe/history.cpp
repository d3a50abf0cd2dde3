// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/history.h"

#include "engine/stats/quantile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>

namespace ea {

namespace {
std::atomic<quint64> g_nextInstance{1};
std::atomic<quint64> g_nextThread{1};

const QString kDriver = QStringLiteral("QSQLITE");

// Column order of kSelect and of the INSERT's placeholders.
const char *kColumns = "target, url, ts, seq, state, error, http, bytes, reused, dns, connect, tls, "
                       "first_byte, ttft, total, itl_p50, itl_p95, tps, tokens";
constexpr int kColumnCount = 19;

const char *kCreate[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE results (id INTEGER PRIMARY KEY, target TEXT NOT NULL, url TEXT NOT NULL,"
    " ts INTEGER NOT NULL, seq INTEGER NOT NULL, state TEXT NOT NULL, error TEXT NOT NULL,"
    " http INTEGER NOT NULL, bytes INTEGER NOT NULL, reused INTEGER NOT NULL, dns REAL, connect REAL,"
    " tls REAL, first_byte REAL, ttft REAL, total REAL, itl_p50 REAL, itl_p95 REAL, tps REAL,"
    " tokens INTEGER NOT NULL)",
    "CREATE INDEX results_target_ts ON results (target, ts)",
    "CREATE INDEX results_ts ON results (ts)",
};

ProbeState stateFromId(const QString &id)
{
    static const QHash<QString, ProbeState> byId = [] {
        QHash<QString, ProbeState> h;
        for (int i = 0; i < ProbeStateCount; ++i)
            h.insert(probeStateId(static_cast<ProbeState>(i)), static_cast<ProbeState>(i));
        return h;
    }();
    return byId.value(id, ProbeState::OtherError);
}

double realOrMissing(const QVariant &v)
{
    return v.isNull() ? -1.0 : v.toDouble();
}

ProbeResult readRow(const QSqlQuery &q)
{
    ProbeResult r;
    r.targetId = q.value(0).toString();
    r.url = q.value(1).toString();
    r.timestampMs = q.value(2).toLongLong();
    r.sequence = static_cast<quint64>(q.value(3).toLongLong());
    r.state = stateFromId(q.value(4).toString());
    r.errorText = q.value(5).toString();
    r.httpStatus = q.value(6).toInt();
    r.bytes = q.value(7).toLongLong();
    r.reusedConnection = q.value(8).toInt() != 0;
    r.dnsMs = realOrMissing(q.value(9));
    r.connectMs = realOrMissing(q.value(10));
    r.tlsMs = realOrMissing(q.value(11));
    r.firstByteMs = realOrMissing(q.value(12));
    r.ttftMs = realOrMissing(q.value(13));
    r.totalMs = realOrMissing(q.value(14));
    r.itlP50Ms = realOrMissing(q.value(15));
    r.itlP95Ms = realOrMissing(q.value(16));
    r.tokensPerSecond = realOrMissing(q.value(17));
    r.tokens = q.value(18).toInt();
    return r;
}

/** engine/stats' quantile (type 7), -1 when empty (the "none" of a Summary). Reorders values. */
double percentile(std::vector<double> &values, double q)
{
    return stats::valueOr(stats::quantileInPlace(values, q), -1);
}

/** NOT NULL text: a null QString would bind as NULL. */
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}
} // namespace

ProbeHistory::ProbeHistory(const QString &path)
    : m_path(path), m_memory(path == QLatin1String(":memory:")), m_serial(g_nextInstance++)
{
}

ProbeHistory::~ProbeHistory()
{
    QStringList names;
    {
        std::lock_guard lock(m_connMutex);
        names.swap(m_connections);
    }
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name); // closes it; no QSqlDatabase copy outlives a call
}

void ProbeHistory::setError(const QString &e) const
{
    std::lock_guard lock(m_connMutex);
    m_lastError = e;
}

QString ProbeHistory::lastError() const
{
    std::lock_guard lock(m_connMutex);
    return m_lastError;
}

bool ProbeHistory::openConnection(const QString &name, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
    {
        std::lock_guard lock(m_connMutex);
        m_connections << name;
    }
    if (m_memory) {
        db.setDatabaseName(
            QStringLiteral("file:edgeatlas-history-%1?mode=memory&cache=shared").arg(m_serial));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open()) {
        *error = tr("%1: cannot open the history: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!m_memory) {
        QSqlQuery q(db);
        // Durable at each checkpoint, not each commit: a crash loses at most the last batches.
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    return true;
}

QSqlDatabase ProbeHistory::connection() const
{
    thread_local const quint64 threadSerial = g_nextThread++;
    const QString name = QStringLiteral("edgeatlas-history-%1-%2").arg(m_serial).arg(threadSerial);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QString error;
    if (!openConnection(name, &error))
        setError(error);
    return QSqlDatabase::database(name, false);
}

bool ProbeHistory::open(QString *error)
{
    const auto fail = [&](const QString &why) {
        setError(why);
        if (error)
            *error = why;
        m_open = false;
        return false;
    };
    if (QCoreApplication::instance() == nullptr)
        return fail(tr("the probe history needs a QCoreApplication"));
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return fail(tr("the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)"));
    std::lock_guard write(m_dbMutex);
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return fail(lastError());

    QSqlQuery q(db);
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return fail(tr("%1: not a readable SQLite file: %2").arg(m_path, sqlError(q)));
    while (q.next())
        tables << q.value(0).toString();
    if (tables.contains(QLatin1String("schema_version"))) {
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
            return fail(tr("%1: cannot read the schema version: %2").arg(m_path, sqlError(q)));
        const int version = q.value(0).toInt();
        if (version > kSchemaVersion)
            return fail(tr("%1: the history was written by a newer EdgeAtlas (schema version %2; this "
                           "version reads up to %3)")
                            .arg(m_path)
                            .arg(version)
                            .arg(kSchemaVersion));
        if (version < 1 || !tables.contains(QLatin1String("results")))
            return fail(tr("%1: damaged probe history (schema version %2, results table %3)")
                            .arg(m_path)
                            .arg(version)
                            .arg(tables.contains(QLatin1String("results")) ? tr("present") : tr("missing")));
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok"))
            return fail(tr("%1: the history file is damaged: %2")
                            .arg(m_path, (q.isValid() ? q.value(0).toString() : sqlError(q)).simplified()));
    } else if (!tables.isEmpty()) {
        return fail(tr("%1: not an EdgeAtlas probe history (it has other tables: %2)")
                        .arg(m_path, tables.join(QLatin1String(", "))));
    } else {
        if (!db.transaction())
            return fail(tr("%1: cannot write: %2").arg(m_path, db.lastError().text()));
        bool ok = true;
        for (const char *sql : kCreate)
            ok = ok && q.exec(QString::fromLatin1(sql));
        ok = ok &&
             q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(kSchemaVersion));
        if (!ok) {
            const QString why = sqlError(q);
            db.rollback();
            return fail(tr("%1: cannot create the history: %2").arg(m_path, why));
        }
        if (!db.commit())
            return fail(tr("%1: cannot create the history: %2").arg(m_path, db.lastError().text()));
    }
    if (!m_memory && (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()))
        return fail(tr("%1: cannot switch to WAL journaling: %2").arg(m_path, sqlError(q)));
    m_open = true;
    return true;
}

bool ProbeHistory::append(const std::vector<ProbeResult> &results, QString *error)
{
    const auto fail = [&](const QString &why) {
        setError(why);
        if (error)
            *error = why;
        return false;
    };
    if (!m_open)
        return fail(tr("the probe history is not open"));
    if (results.empty())
        return true;
    std::lock_guard write(m_dbMutex);
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return fail(lastError());
    if (!db.transaction())
        return fail(tr("%1: cannot start a transaction: %2").arg(m_path, db.lastError().text()));
    {
        QSqlQuery q(db);
        QString marks = QStringLiteral("?");
        for (int i = 1; i < kColumnCount; ++i)
            marks += QStringLiteral(", ?");
        if (!q.prepare(
                QStringLiteral("INSERT INTO results (%1) VALUES (%2)").arg(QLatin1String(kColumns), marks))) {
            const QString why = sqlError(q);
            db.rollback();
            return fail(tr("%1: cannot store results: %2").arg(m_path, why));
        }
        for (const ProbeResult &r : results) {
            const std::array<QVariant, kColumnCount> v{text(r.targetId),
                                                       text(r.url),
                                                       r.timestampMs,
                                                       static_cast<qint64>(r.sequence),
                                                       probeStateId(r.state),
                                                       text(r.errorText),
                                                       r.httpStatus,
                                                       r.bytes,
                                                       r.reusedConnection ? 1 : 0,
                                                       r.dnsMs,
                                                       r.connectMs,
                                                       r.tlsMs,
                                                       r.firstByteMs,
                                                       r.ttftMs,
                                                       r.totalMs,
                                                       r.itlP50Ms,
                                                       r.itlP95Ms,
                                                       r.tokensPerSecond,
                                                       r.tokens};
            for (int i = 0; i < kColumnCount; ++i)
                q.bindValue(i, v[static_cast<size_t>(i)]);
            if (!q.exec()) {
                const QString why = sqlError(q);
                q.finish();
                db.rollback();
                return fail(tr("%1: cannot store results: %2").arg(m_path, why));
            }
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(tr("%1: cannot store results: %2").arg(m_path, why));
    }
    return true;
}

std::vector<ProbeResult> ProbeHistory::query(const QString &targetId, qint64 fromMs, qint64 toMs,
                                             int limit) const
{
    std::vector<ProbeResult> out;
    if (!m_open || limit <= 0)
        return out;
    std::unique_lock lock(m_dbMutex, std::defer_lock);
    if (m_memory)
        lock.lock();
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString where = targetId.isEmpty() ? QStringLiteral("ts >= ? AND ts < ?")
                                             : QStringLiteral("target = ? AND ts >= ? AND ts < ?");
    q.prepare(QStringLiteral("SELECT %1 FROM results WHERE %2 ORDER BY ts DESC, id DESC LIMIT ?")
                  .arg(QLatin1String(kColumns), where));
    int i = 0;
    if (!targetId.isEmpty())
        q.bindValue(i++, targetId);
    q.bindValue(i++, fromMs);
    q.bindValue(i++, toMs);
    q.bindValue(i++, limit);
    if (!q.exec()) {
        setError(tr("%1: query failed: %2").arg(m_path, sqlError(q)));
        return out;
    }
    while (q.next())
        out.push_back(readRow(q));
    std::reverse(out.begin(), out.end());
    return out;
}

QStringList ProbeHistory::targets() const
{
    QStringList out;
    if (!m_open)
        return out;
    std::unique_lock lock(m_dbMutex, std::defer_lock);
    if (m_memory)
        lock.lock();
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT target FROM results ORDER BY target"))) {
        setError(tr("%1: query failed: %2").arg(m_path, sqlError(q)));
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::vector<ProbeHistory::Summary> ProbeHistory::summaries(qint64 fromMs, qint64 toMs) const
{
    std::vector<Summary> out;
    if (!m_open)
        return out;
    struct Acc
    {
        Summary s;
        std::vector<double> firstByte, ttft;
    };
    QHash<QString, int> index;
    std::vector<Acc> acc;
    {
        std::unique_lock lock(m_dbMutex, std::defer_lock);
        if (m_memory)
            lock.lock();
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT target, state, first_byte, ttft, ts FROM results "
                                 "WHERE ts >= ? AND ts < ?"));
        q.bindValue(0, fromMs);
        q.bindValue(1, toMs);
        if (!q.exec()) {
            setError(tr("%1: query failed: %2").arg(m_path, sqlError(q)));
            return out;
        }
        const QString ok = probeStateId(ProbeState::Ok);
        while (q.next()) {
            const QString target = q.value(0).toString();
            auto it = index.constFind(target);
            if (it == index.constEnd()) {
                it = index.insert(target, static_cast<int>(acc.size()));
                acc.emplace_back();
                acc.back().s.targetId = target;
            }
            Acc &a = acc[static_cast<size_t>(*it)];
            ++a.s.count;
            a.s.lastMs = std::max(a.s.lastMs, q.value(4).toLongLong());
            if (q.value(1).toString() != ok) {
                ++a.s.failures;
                continue;
            }
            if (const double fb = realOrMissing(q.value(2)); fb >= 0)
                a.firstByte.push_back(fb);
            if (const double t = realOrMissing(q.value(3)); t >= 0)
                a.ttft.push_back(t);
        }
    }
    for (Acc &a : acc) {
        a.s.firstByteP50 = percentile(a.firstByte, 0.50);
        a.s.firstByteP95 = percentile(a.firstByte, 0.95);
        a.s.ttftP50 = percentile(a.ttft, 0.50);
        a.s.ttftP95 = percentile(a.ttft, 0.95);
        out.push_back(std::move(a.s));
    }
    std::sort(out.begin(), out.end(),
              [](const Summary &a, const Summary &b) { return a.targetId < b.targetId; });
    return out;
}

int ProbeHistory::purgeOlderThan(qint64 cutoffMs)
{
    if (!m_open)
        return -1;
    std::lock_guard write(m_dbMutex);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM results WHERE ts < ?"));
    q.bindValue(0, cutoffMs);
    if (!q.exec()) {
        setError(tr("%1: cannot purge: %2").arg(m_path, sqlError(q)));
        return -1;
    }
    return q.numRowsAffected();
}

qint64 ProbeHistory::count() const
{
    if (!m_open)
        return -1;
    std::unique_lock lock(m_dbMutex, std::defer_lock);
    if (m_memory)
        lock.lock();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM results")) || !q.next()) {
        setError(tr("%1: query failed: %2").arg(m_path, sqlError(q)));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace ea
