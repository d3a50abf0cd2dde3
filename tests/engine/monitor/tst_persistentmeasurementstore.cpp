// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/persistentmeasurementstore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ea;

namespace {
ProbeResult result(const QString &target, qint64 t, double firstByte)
{
    ProbeResult r;
    r.targetId = target;
    r.url = QStringLiteral("http://127.0.0.1:1/health");
    r.timestampMs = t;
    r.state = ProbeState::Ok;
    r.httpStatus = 200;
    r.firstByteMs = firstByte;
    r.totalMs = firstByte + 1;
    return r;
}
} // namespace

class tst_PersistentMeasurementStore : public QObject
{
    Q_OBJECT

private slots:
    void survivesARestart();
    void oldResultsArePurged();
    void unusableFileFallsBackToMemory();
};

void tst_PersistentMeasurementStore::survivesARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        PersistentMeasurementStore store(path, 30);
        QVERIFY2(store.isPersistent(), qPrintable(store.error()));
        for (int i = 0; i < 50; ++i)
            store.append(result(QStringLiteral("a"), now - 60000 + i * 1000, 10 + i));
        QCOMPARE(store.query(QStringLiteral("a"), 0, now).size(), size_t(50));
    } // flushed on destruction, as when the app quits
    PersistentMeasurementStore reopened(path, 30);
    const auto back = reopened.query(QStringLiteral("a"), 0, now);
    QCOMPARE(back.size(), size_t(50));
    QCOMPARE(back.front().firstByteMs, 10.0);
    QCOMPARE(back.back().firstByteMs, 59.0);
    // Clearing the live view keeps the file.
    reopened.clear();
    QVERIFY(reopened.query(QStringLiteral("a"), 0, now).empty());
    PersistentMeasurementStore third(path, 30);
    QCOMPARE(third.query(QStringLiteral("a"), 0, now).size(), size_t(50));
}

void tst_PersistentMeasurementStore::oldResultsArePurged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    {
        PersistentMeasurementStore store(path, 30);
        store.append(result(QStringLiteral("old"), now - 3 * day, 5));
        store.append(result(QStringLiteral("new"), now - 1000, 6));
    }
    {
        ProbeHistory history(path);
        QVERIFY(history.open(nullptr));
        QCOMPARE(history.count(), qint64(2));
    }
    PersistentMeasurementStore shortRetention(path, 1); // opening applies the retention
    ProbeHistory history(path);
    QVERIFY(history.open(nullptr));
    QCOMPARE(history.count(), qint64(1));
    QCOMPARE(history.targets(), QStringList{QStringLiteral("new")});
}

void tst_PersistentMeasurementStore::unusableFileFallsBackToMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    PersistentMeasurementStore store(path, 30);
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.error().isEmpty());
    store.append(result(QStringLiteral("a"), QDateTime::currentMSecsSinceEpoch(), 7));
    QCOMPARE(store.query(QStringLiteral("a"), 0, QDateTime::currentMSecsSinceEpoch()).size(), size_t(1));
}

QTEST_MAIN(tst_PersistentMeasurementStore)
#include "tst_persistentmeasurementstore.moc"
