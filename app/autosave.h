// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenariojson.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTimer;

namespace ea {

class Document;
class JobRunner;
class RecoveryWriter;

/** What a recovery file says about the document it saved. */
struct RecoveryInfo
{
    QString path;         // the recovery file
    QString originalFile; // the document's file then; empty for an unsaved scenario
    QString scenarioName;
    QDateTime savedAt;  // UTC
    QString lastChange; // undo text of the newest change, may be empty
    qint64 pid = 0;     // of the instance that wrote it
    QString error;      // set when the file cannot be restored (unreadable, not a recovery file, invalid)
};

/**
 * The recovery files of all instances, in one folder: recovery-<pid>-<start ms>.json, each with a QLockFile
 * (<file>.lock) that its instance holds while it runs. A lock whose process is gone is stale, so a
 * crashed instance's file is offered and a running instance's never is. The folder is, first found:
 * setDirectory(), the environment variable EDGEATLAS_RECOVERY_DIR, AppDataLocation/recovery.
 */
class RecoveryStore
{
public:
    static QString directory();
    /** Overrides the folder (tests, portable installs); empty restores the default. */
    static void setDirectory(const QString &dir);
    /** Recovery files left by instances no longer running, newest first; broken ones carry an error. */
    static QList<RecoveryInfo> orphaned();
    /**
     * Reads a recovery file and validates its scenario like any scenario file. On failure the errors say
     * why ("$: …" for the file, the loader's "<json path>: <reason>" for the scenario); never throws.
     */
    static ScenarioLoad load(const QString &path, RecoveryInfo *info = nullptr);
    /** load() of bytes already read (path only labels them). */
    static ScenarioLoad parse(const QByteArray &bytes, const QString &path, RecoveryInfo *info = nullptr);
    /** Removes a recovery file and its lock; true when nothing is left. */
    static bool remove(const QString &path);
    static QString lockPath(const QString &recoveryPath) { return recoveryPath + QStringLiteral(".lock"); }
};

/**
 * Writes the document to this instance's recovery file while it has unsaved changes: a change starts the
 * interval (unless it runs already), and at its end the scenario is written atomically (QSaveFile) with
 * the original file name, the time, the last change's undo text and the PID. So a change is on disk at
 * most one interval later, and an idle document is not written again. The file goes when the document
 * becomes clean (saved, undone to the saved state, another one opened) and when the Autosaver is destroyed
 * (a normal close). Call from the GUI thread; the files are written and removed, in order, by jobs of the
 * document's runner on a lane of their own (writing the 4,400-site default scenario takes a few hundred ms).
 */
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr char JobLane[] = "autosave";

    explicit Autosaver(Document *document, int intervalMs = 60000, QObject *parent = nullptr);
    ~Autosaver() override;

    int interval() const;
    void setInterval(int ms);
    /** This instance's recovery file (chosen at the first write; empty before). */
    QString recoveryFile() const { return m_path; }

public slots:
    /** Writes now, waiting for the file, when the document has unsaved changes; false otherwise or on
     * failure (see failed()). The timer's writes run in the background without waiting. */
    bool writeNow();
    /** Removes this instance's recovery file (after any write still under way). */
    void discard();

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void onChanged();
    void onDirtyChanged(bool dirty);
    bool queueWrite(bool wait);
    /** Waits for the file work queued so far, then removes the file here (the runner may be going). */
    void removeNow();

    QPointer<Document> m_document;
    QPointer<JobRunner> m_jobs;
    QTimer *m_timer = nullptr;
    QString m_path;
    std::shared_ptr<RecoveryWriter> m_writer; // used by one job at a time, in order (one lane)
    quint64 m_lastJob = 0;
};

} // namespace ea
