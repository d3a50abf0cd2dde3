// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/autosave.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "engine/model/userfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace ea {

namespace {

const char *const kFormat = "edgeatlas-recovery/1";
const char *const kEnvDirectory = "EDGEATLAS_RECOVERY_DIR";
// The scenario plus a little metadata: a larger file is no recovery file of ours.
constexpr qint64 kMaxRecoveryBytes = MaxScenarioFileBytes + 1024 * 1024;

QString &directoryOverride()
{
    static QString dir;
    return dir;
}

std::unique_ptr<QLockFile> makeLock(const QString &recoveryPath)
{
    auto lock = std::make_unique<QLockFile>(RecoveryStore::lockPath(recoveryPath));
    lock->setStaleLockTime(0); // held for the whole session: stale only when its process is gone
    return lock;
}

} // namespace

QString RecoveryStore::directory()
{
    if (!directoryOverride().isEmpty())
        return directoryOverride();
    const QString env = qEnvironmentVariable(kEnvDirectory);
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void RecoveryStore::setDirectory(const QString &dir)
{
    directoryOverride() = dir;
}

ScenarioLoad RecoveryStore::load(const QString &path, RecoveryInfo *info)
{
    // Only a regular file of bounded size is read: an entry of the folder that is (or links to) a device
    // such as /dev/zero is reported as broken, not read until memory runs out.
    QByteArray bytes;
    QString why;
    if (!readUserFile(path, kMaxRecoveryBytes, &bytes, &why)) {
        ScenarioLoad result;
        result.errors << QStringLiteral("$: %1").arg(why);
        if (info) {
            *info = RecoveryInfo{};
            info->path = path;
            info->error = why;
        }
        return result;
    }
    return parse(bytes, path, info);
}

ScenarioLoad RecoveryStore::parse(const QByteArray &bytes, const QString &path, RecoveryInfo *info)
{
    ScenarioLoad result;
    RecoveryInfo meta;
    meta.path = path;
    const auto fail = [&](const QString &why) {
        result.errors << QStringLiteral("$: %1").arg(why);
        meta.error = why;
        if (info)
            *info = meta;
        return result;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    const QJsonObject o = doc.object();
    if (pe.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("ea::RecoveryStore", "damaged, invalid JSON: %1")
                        .arg(pe.errorString()));
    if (o.value(QLatin1String("format")).toString() != QLatin1String(kFormat) ||
        !o.value(QLatin1String("scenario")).isObject())
        return fail(QCoreApplication::translate("ea::RecoveryStore", "not an EdgeAtlas recovery file"));
    meta.originalFile = o.value(QLatin1String("originalFile")).toString();
    meta.savedAt = QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    meta.lastChange = o.value(QLatin1String("lastChange")).toString();
    meta.pid = o.value(QLatin1String("pid")).toInteger();
    const QJsonObject scenario = o.value(QLatin1String("scenario")).toObject();
    meta.scenarioName = scenario.value(QLatin1String("name")).toString();
    // Validated exactly like a scenario file: the loader's rules and messages.
    result = parseScenario(QJsonDocument(scenario).toJson(QJsonDocument::Compact));
    if (!result.ok())
        meta.error = QCoreApplication::translate("ea::RecoveryStore", "the saved scenario is invalid: %1")
                         .arg(result.errors.value(0));
    if (info)
        *info = meta;
    return result;
}

QList<RecoveryInfo> RecoveryStore::orphaned()
{
    const QDir dir(directory());
    QList<RecoveryInfo> out;
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("recovery-*.json")}, QDir::Files)) {
        auto lock = makeLock(fi.absoluteFilePath());
        if (!lock->tryLock(0))
            continue; // its instance still runs (or the lock cannot be judged): not ours to offer
        lock->unlock();
        RecoveryInfo info;
        load(fi.absoluteFilePath(), &info);
        if (!info.savedAt.isValid())
            info.savedAt = fi.lastModified().toUTC();
        out << info;
    }
    // Locks of crashed instances that never wrote a file: tryLock takes a stale one, unlock removes it.
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("recovery-*.json.lock")}, QDir::Files)) {
        const QString json = fi.absoluteFilePath().chopped(5);
        if (!QFileInfo::exists(json))
            if (auto lock = makeLock(json); lock->tryLock(0))
                lock->unlock();
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryInfo &a, const RecoveryInfo &b) { return a.savedAt > b.savedAt; });
    return out;
}

bool RecoveryStore::remove(const QString &path)
{
    QFile::remove(path);
    auto lock = makeLock(path);
    if (lock->tryLock(0))
        lock->unlock(); // removes a stale lock left beside it
    return !QFileInfo::exists(path);
}

/**
 * The file work of one Autosaver, done in order on one lane of the job runner: a write never lands after
 * the removal that followed it, and the lock is let go only once the file is gone, so no other instance
 * sees an unlocked file of a running one.
 */
class RecoveryWriter
{
public:
    bool write(const QString &path, QByteArray data, const std::shared_ptr<const Scenario> &scenario,
               QString *error)
    {
        if (!m_lock || !m_lock->isLocked()) {
            if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
                *error = Autosaver::tr("Cannot create the recovery folder %1.")
                             .arg(QFileInfo(path).absolutePath());
                return false;
            }
            m_lock = makeLock(path);
            if (!m_lock->tryLock(0)) {
                *error = Autosaver::tr("Cannot lock the recovery file %1.").arg(path);
                return false;
            }
        }
        m_path = path;
        // The metadata object, then the scenario spliced in as written: no second parse of a large scenario.
        const QByteArray scenarioJson = scenarioToJson(*scenario, false);
        if (const QString tooLarge = scenarioSizeProblem(scenarioJson.size()); !tooLarge.isEmpty()) {
            *error = Autosaver::tr("Cannot write the recovery file %1: %2").arg(path, tooLarge);
            return false;
        }
        data.chop(1); // the closing brace
        data += ",\"scenario\":" + scenarioJson + "}\n";
        QString why;
        if (!writeUserFile(path, data, nullptr, &why)) {
            *error = Autosaver::tr("Cannot write the recovery file %1: %2").arg(path, why);
            return false;
        }
        return true;
    }

    void remove()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
        if (m_lock)
            m_lock->unlock();
    }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

Autosaver::Autosaver(Document *document, int intervalMs, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this)),
      m_writer(std::make_shared<RecoveryWriter>())
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { queueWrite(false); });
    if (!m_document)
        return;
    m_jobs = m_document->jobs();
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::onChanged);
    connect(m_document, &Document::dirtyChanged, this, &Autosaver::onDirtyChanged);
    connect(m_document, &Document::scenarioChanged, this, [this] {
        if (!m_document->isDirty())
            onDirtyChanged(false);
    });
    // The document's runner goes with it: the file goes first.
    connect(m_document, &QObject::destroyed, this, &Autosaver::removeNow);
    if (m_document->isDirty())
        onChanged();
}

Autosaver::~Autosaver()
{
    // A normal close: the file goes before the program does.
    removeNow();
}

void Autosaver::removeNow()
{
    m_timer->stop();
    if (m_jobs && m_lastJob)
        m_jobs->wait(m_lastJob);
    m_lastJob = 0;
    m_writer->remove();
}

int Autosaver::interval() const
{
    return m_timer->interval();
}

void Autosaver::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void Autosaver::onChanged()
{
    if (m_document && m_document->isDirty() && !m_timer->isActive())
        m_timer->start();
}

void Autosaver::onDirtyChanged(bool dirty)
{
    if (dirty)
        onChanged();
    else
        discard();
}

bool Autosaver::writeNow()
{
    return queueWrite(true);
}

bool Autosaver::queueWrite(bool wait)
{
    if (!m_document || !m_document->isDirty() || !m_document->scenario() || !m_jobs)
        return false;
    if (m_path.isEmpty())
        m_path = QDir(RecoveryStore::directory())
                     .filePath(QStringLiteral("recovery-%1-%2.json")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(QDateTime::currentMSecsSinceEpoch()));
    const QJsonObject meta{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("originalFile"), m_document->fileName()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("lastChange"), m_document->undoStack()->undoText()},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    spec.label = tr("Writing the recovery file");
    spec.policy = JobSpec::Policy::Queue;
    spec.cancellable = false; // a half-done write is worse than a late one
    auto ok = std::make_shared<bool>(false);
    // The scenario is immutable and shared: the job serialises it while the GUI goes on.
    m_lastJob = m_jobs->run(
        spec, this,
        [writer = m_writer, path = m_path, data = QJsonDocument(meta).toJson(QJsonDocument::Compact),
         scenario = m_document->scenario()](JobControl &) {
            QString error;
            const bool written = writer->write(path, data, scenario, &error);
            return std::pair{written, written ? path : error};
        },
        [this, ok](const std::pair<bool, QString> &result) {
            *ok = result.first;
            result.first ? emit written(result.second) : emit failed(result.second);
        });
    if (wait)
        m_jobs->wait(m_lastJob);
    return *ok || !wait;
}

void Autosaver::discard()
{
    m_timer->stop();
    if (!m_jobs)
        return;
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    spec.label = tr("Removing the recovery file");
    spec.policy = JobSpec::Policy::Queue;
    spec.cancellable = false;
    spec.visible = false;
    m_lastJob = m_jobs->run(
        spec, this,
        [writer = m_writer](JobControl &) {
            writer->remove();
            return true;
        },
        [](bool) {});
}

} // namespace ea
