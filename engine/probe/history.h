// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/probetypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <mutex>
#include <vector>

class QSqlDatabase;

namespace ea {

/**
 * The monitor's measurement history: every ProbeResult in an SQLite file through Qt SQL, so it survives
 * restarts (DESIGN.md, "Live monitor"). One row per result; every field round-trips (a state is stored
 * as its probeStateId(), so the file stays readable if the enum grows). Times are the results'
 * timestampMs (ms since the Unix epoch, UTC).
 *
 * The file carries a schema version (table schema_version). A file written by a newer schema, a file
 * that is not an EdgeAtlas history or a damaged file is refused by open() with a clear error; no call
 * ever crashes on a bad file (later failures make append() return false and queries return nothing).
 * Files use WAL journaling, so readers do not block the writer. ":memory:" gives a history that lives
 * as long as the object (a shared in-memory database).
 *
 * Thread-safety: all const and non-const members may be called from any thread at the same time. Qt SQL
 * connections belong to the thread that made them, so the object opens one named connection per calling
 * thread on first use (and closes them all in its destructor, which must not run while another thread
 * still calls into the object). On a file, readers run in parallel with the writer (WAL); writers are
 * serialised by a mutex. In memory, every call is serialised. Needs a QCoreApplication and the Qt SQLite
 * driver (Debian package libqt6sql6-sqlite).
 */
class ProbeHistory
{
    Q_DECLARE_TR_FUNCTIONS(ea::ProbeHistory) // its errors are shown to people

public:
    static constexpr int kSchemaVersion = 1;

    /** A file path, or ":memory:". Nothing is opened until open(). */
    explicit ProbeHistory(const QString &path);
    ~ProbeHistory();
    ProbeHistory(const ProbeHistory &) = delete;
    ProbeHistory &operator=(const ProbeHistory &) = delete;

    /** Opens (creating the file and schema when new) and checks the schema; false with a reason. */
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    /** Appends a batch in one transaction (prepared statement); all or nothing. */
    bool append(const std::vector<ProbeResult> &results, QString *error = nullptr);

    /**
     * The results of one target (all targets when targetId is empty) with fromMs <= timestampMs < toMs,
     * oldest first. With more than `limit` of them, the newest `limit` are returned.
     */
    std::vector<ProbeResult> query(const QString &targetId, qint64 fromMs, qint64 toMs,
                                   int limit = 100000) const;
    /** The target ids that have results, sorted. */
    QStringList targets() const;

    /** Per target over fromMs <= timestampMs < toMs. Percentiles over Ok results only (-1 when none). */
    struct Summary
    {
        QString targetId;
        qint64 count = 0, failures = 0;
        double firstByteP50 = -1, firstByteP95 = -1, ttftP50 = -1, ttftP95 = -1;
        qint64 lastMs = 0; // the newest result's timestampMs
    };
    std::vector<Summary> summaries(qint64 fromMs, qint64 toMs) const;

    /** Deletes results with timestampMs < cutoffMs (the retention); returns how many (-1 on error). */
    int purgeOlderThan(qint64 cutoffMs);
    /** Number of stored results (-1 on error). */
    qint64 count() const;
    /** The last error of any call, for diagnostics. */
    QString lastError() const;

private:
    QSqlDatabase connection() const; // this thread's, opened on first use
    bool openConnection(const QString &name, QString *error) const;
    void setError(const QString &e) const;

    QString m_path;
    bool m_memory = false;
    quint64 m_serial = 0;
    std::atomic<bool> m_open{false};
    mutable std::mutex m_connMutex; // m_connections, m_lastError
    mutable QStringList m_connections;
    mutable QString m_lastError;
    mutable std::recursive_mutex m_dbMutex; // writers (file) or every call (memory)
};

} // namespace ea
