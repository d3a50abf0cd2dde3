// SPDX-License-Identifier: GPL-3.0-or-later
// The probe history: every field round-trips, it survives a restart, retention, threads, bad files.
#include "engine/probe/history.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace ea;

namespace {
ProbeResult sample(int i, const QString &target = QStringLiteral("node-a"))
{
    ProbeResult r;
    r.targetId = target;
    r.url = QStringLiteral("https://%1.example/v1/chat/completions?q=\"x\"").arg(target);
    r.timestampMs = 1'700'000'000'000LL + i * 1000LL;
    r.sequence = 0xFFFF'FFFF'0000'0000ULL + static_cast<quint64>(i); // beyond qint64's range
    r.state = static_cast<ProbeState>(i % ProbeStateCount);
    r.errorText = r.ok() ? QString() : QStringLiteral("failure %1: ünïcode ✓").arg(i);
    r.httpStatus = 200 + i % 7;
    r.bytes = 1000 + i;
    r.reusedConnection = i % 2 == 1;
    r.dnsMs = i % 3 == 0 ? -1 : 0.125 + i;
    r.connectMs = 1.5 + i;
    r.tlsMs = i % 4 == 0 ? -1 : 2.25 + i;
    r.firstByteMs = 10.0625 + i;
    r.ttftMs = i % 5 == 0 ? -1 : 20.5 + i;
    r.totalMs = 30.75 + i;
    r.itlP50Ms = 3.0 + i / 100.0;
    r.itlP95Ms = 5.0 + i / 100.0;
    r.tokensPerSecond = 123.456 + i;
    r.tokens = i % 40;
    return r;
}

void compare(const ProbeResult &a, const ProbeResult &b)
{
    QCOMPARE(a.targetId, b.targetId);
    QCOMPARE(a.url, b.url);
    QCOMPARE(a.timestampMs, b.timestampMs);
    QCOMPARE(a.sequence, b.sequence);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.errorText, b.errorText);
    QCOMPARE(a.httpStatus, b.httpStatus);
    QCOMPARE(a.bytes, b.bytes);
    QCOMPARE(a.reusedConnection, b.reusedConnection);
    QCOMPARE(a.dnsMs, b.dnsMs);
    QCOMPARE(a.connectMs, b.connectMs);
    QCOMPARE(a.tlsMs, b.tlsMs);
    QCOMPARE(a.firstByteMs, b.firstByteMs);
    QCOMPARE(a.ttftMs, b.ttftMs);
    QCOMPARE(a.totalMs, b.totalMs);
    QCOMPARE(a.itlP50Ms, b.itlP50Ms);
    QCOMPARE(a.itlP95Ms, b.itlP95Ms);
    QCOMPARE(a.tokensPerSecond, b.tokensPerSecond);
    QCOMPARE(a.tokens, b.tokens);
}

std::vector<ProbeResult> batch(int from, int n, const QString &target = QStringLiteral("node-a"))
{
    std::vector<ProbeResult> v;
    for (int i = from; i < from + n; ++i)
        v.push_back(sample(i, target));
    return v;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("memory") << true;
        QTest::newRow("file") << false;
    }
    void roundTripsEveryField()
    {
        QFETCH(bool, inMemory);
        QTemporaryDir dir;
        ProbeHistory h(inMemory ? QStringLiteral(":memory:") : dir.filePath(QStringLiteral("h.sqlite")));
        QString error;
        QVERIFY2(h.open(&error), qPrintable(error));
        const std::vector<ProbeResult> in = batch(0, 2 * ProbeStateCount); // every state twice
        QVERIFY2(h.append(in, &error), qPrintable(error));
        QCOMPARE(h.count(), qint64(in.size()));
        const auto out = h.query(QStringLiteral("node-a"), 0, std::numeric_limits<qint64>::max());
        QCOMPARE(out.size(), in.size());
        for (size_t i = 0; i < in.size(); ++i)
            compare(out[i], in[i]);
        QCOMPARE(h.targets(), QStringList{QStringLiteral("node-a")});
        QVERIFY(h.query(QStringLiteral("other"), 0, std::numeric_limits<qint64>::max()).empty());
    }

    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.sqlite"));
        {
            ProbeHistory h(file);
            QString error;
            QVERIFY2(h.open(&error), qPrintable(error));
            QVERIFY(h.append(batch(0, 30), &error));
            QVERIFY(h.append(batch(30, 20, QStringLiteral("node-b")), &error));
        }
        ProbeHistory again(file);
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        QCOMPARE(again.count(), qint64(50));
        QCOMPARE(again.targets(), (QStringList{QStringLiteral("node-a"), QStringLiteral("node-b")}));
        const auto b = again.query(QStringLiteral("node-b"), 0, std::numeric_limits<qint64>::max());
        QCOMPARE(b.size(), size_t(20));
        compare(b.front(), sample(30, QStringLiteral("node-b")));
        // Time window and limit: the newest `limit` in the window, oldest first.
        const auto window =
            again.query(QStringLiteral("node-a"), sample(5).timestampMs, sample(15).timestampMs, 4);
        QCOMPARE(window.size(), size_t(4));
        QCOMPARE(window.front().timestampMs, sample(11).timestampMs);
        QCOMPARE(window.back().timestampMs, sample(14).timestampMs);
        QCOMPARE(again.query(QString(), 0, std::numeric_limits<qint64>::max()).size(), size_t(50));
    }

    void retentionPurges()
    {
        ProbeHistory h(QStringLiteral(":memory:"));
        QString error;
        QVERIFY(h.open(&error));
        QVERIFY(h.append(batch(0, 100), &error));
        QCOMPARE(h.purgeOlderThan(sample(40).timestampMs), 40);
        QCOMPARE(h.count(), qint64(60));
        QCOMPARE(h.query(QStringLiteral("node-a"), 0, std::numeric_limits<qint64>::max()).front().timestampMs,
                 sample(40).timestampMs);
        QCOMPARE(h.purgeOlderThan(0), 0);
    }

    void summariesPerTarget()
    {
        ProbeHistory h(QStringLiteral(":memory:"));
        QString error;
        QVERIFY(h.open(&error));
        std::vector<ProbeResult> v;
        for (int i = 0; i < 101; ++i) {
            ProbeResult r = sample(i, QStringLiteral("t"));
            r.state = ProbeState::Ok;
            r.firstByteMs = i;  // 0..100: P50 50, P95 95
            r.ttftMs = 2.0 * i; // P50 100, P95 190
            v.push_back(r);
        }
        for (int i = 0; i < 9; ++i) {
            ProbeResult r = sample(200 + i, QStringLiteral("t"));
            r.state = ProbeState::Timeout;
            r.firstByteMs = 1e6; // failures never enter the percentiles
            v.push_back(r);
        }
        QVERIFY(h.append(v, &error));
        const auto s = h.summaries(0, std::numeric_limits<qint64>::max());
        QCOMPARE(s.size(), size_t(1));
        QCOMPARE(s[0].targetId, QStringLiteral("t"));
        QCOMPARE(s[0].count, qint64(110));
        QCOMPARE(s[0].failures, qint64(9));
        QCOMPARE(s[0].firstByteP50, 50.0);
        QCOMPARE(s[0].firstByteP95, 95.0);
        QCOMPARE(s[0].ttftP50, 100.0);
        QCOMPARE(s[0].ttftP95, 190.0);
        QCOMPARE(s[0].lastMs, sample(208).timestampMs);
        QVERIFY(h.summaries(0, 1).empty());
    }

    void concurrentAppendAndQuery_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("memory") << true;
        QTest::newRow("file") << false;
    }
    void concurrentAppendAndQuery()
    {
        QFETCH(bool, inMemory);
        QTemporaryDir dir;
        ProbeHistory h(inMemory ? QStringLiteral(":memory:") : dir.filePath(QStringLiteral("c.sqlite")));
        QString error;
        QVERIFY2(h.open(&error), qPrintable(error));
        std::atomic<bool> writerOk{true};
        std::thread writer([&] {
            for (int b = 0; b < 100; ++b)
                if (!h.append(batch(b * 50, 50)))
                    writerOk = false;
        });
        qint64 last = 0;
        int reads = 0;
        bool monotonic = true;
        while (last < 5000 && reads < 100000) {
            const qint64 n = h.count();
            monotonic = monotonic && n >= last && n % 50 == 0; // a batch is all or nothing
            last = std::max(last, n);
            const auto rows = h.query(QStringLiteral("node-a"), 0, std::numeric_limits<qint64>::max(), 100);
            monotonic = monotonic && static_cast<qint64>(rows.size()) >= std::min<qint64>(100, n);
            ++reads;
        }
        writer.join();
        QVERIFY(writerOk);
        QVERIFY(monotonic);
        QCOMPARE(h.count(), qint64(5000));
        QVERIFY(reads > 1);
        qDebug("%d reads from the main thread while a worker appended 100 batches", reads);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("new.sqlite"));
        {
            ProbeHistory h(file);
            QString error;
            QVERIFY(h.open(&error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        ProbeHistory h(file);
        QString error;
        QVERIFY(!h.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer")) && error.contains(QLatin1String("99")),
                 qPrintable(error));
        QVERIFY(!h.append(batch(0, 1)));
        QVERIFY(h.query(QString(), 0, 1LL << 62).empty());
        QCOMPARE(h.count(), qint64(-1));
    }

    void refusesDamagedAndForeignFiles()
    {
        QTemporaryDir dir;
        // Not SQLite at all.
        const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 8192; ++i)
                junk += static_cast<char>((i * 131 + 7) & 0xff);
            f.write(junk);
        }
        ProbeHistory g(garbage);
        QString error;
        QVERIFY(!g.open(&error));
        QVERIFY(!error.isEmpty());
        qDebug("garbage: %s", qPrintable(error));

        // SQLite, but not ours.
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        ProbeHistory f(foreign);
        QVERIFY(!f.open(&error));
        QVERIFY2(error.contains(QLatin1String("not an EdgeAtlas")), qPrintable(error));

        // Ours, damaged in the middle.
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            ProbeHistory h(damaged);
            QVERIFY(h.open(&error));
            QVERIFY(h.append(batch(0, 3000), &error));
        }
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 64 * 1024);
            file.seek(size / 2);
            file.write(QByteArray(16 * 1024, '\x5a'));
        }
        ProbeHistory d(damaged);
        const bool opened = d.open(&error);
        if (opened) { // whatever the damage hit, calls fail cleanly
            d.query(QString(), 0, 1LL << 62);
            d.summaries(0, 1LL << 62);
        }
        QVERIFY2(!opened, "quick_check should have found the damage");
        qDebug("damaged: %s", qPrintable(error));
    }

    void appendAndQuerySpeed()
    {
        QTemporaryDir dir;
        ProbeHistory h(dir.filePath(QStringLiteral("speed.sqlite")));
        QString error;
        QVERIFY(h.open(&error));
        std::vector<ProbeResult> all;
        all.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            all.push_back(sample(i, QStringLiteral("node-%1").arg(i % 20)));
        QElapsedTimer t;
        t.start();
        QVERIFY(h.append(all, &error));
        const qint64 appendMs = t.elapsed();
        t.restart();
        const auto rows = h.query(QStringLiteral("node-7"), 0, std::numeric_limits<qint64>::max());
        const qint64 queryMs = t.elapsed();
        t.restart();
        const auto sums = h.summaries(0, std::numeric_limits<qint64>::max());
        const qint64 summaryMs = t.elapsed();
        t.restart();
        ProbeHistory reopened(dir.filePath(QStringLiteral("speed.sqlite")));
        QVERIFY(reopened.open(&error));
        const qint64 reopenMs = t.elapsed();
        QCOMPARE(h.count(), qint64(100000));
        QCOMPARE(rows.size(), size_t(5000));
        QCOMPARE(sums.size(), size_t(20));
        qDebug("history: append 100000 rows in one batch %lld ms (%.0f rows/s); query one target's 5000 rows "
               "%lld ms; summaries of 20 targets over 100000 rows %lld ms; reopen (quick_check) %lld ms",
               appendMs, 100000.0 * 1000 / std::max<qint64>(1, appendMs), queryMs, summaryMs, reopenMs);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
