// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/measurementstore.h"
#include "engine/monitor/monitortarget.h"

#include <QTest>

using namespace ea;

namespace {
ProbeResult result(const QString &id, qint64 t, quint64 seq, ProbeState state = ProbeState::Ok)
{
    ProbeResult r;
    r.targetId = id;
    r.url = QStringLiteral("http://127.0.0.1/") + id;
    r.timestampMs = t;
    r.sequence = seq;
    r.state = state;
    r.dnsMs = 0.5;
    r.connectMs = 1.25;
    r.tlsMs = 0;
    r.firstByteMs = 20.5;
    r.ttftMs = 40.25;
    r.totalMs = 80;
    r.itlP50Ms = 5;
    if (state != ProbeState::Ok)
        r.errorText = QStringLiteral("failure %1").arg(seq);
    return r;
}
} // namespace

class tst_MeasurementStore : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheNumbersInTimeOrder();
    void boundedByCountAndAge();
    void errorTextOfTheNewestFailure();
};

void tst_MeasurementStore::keepsTheNumbersInTimeOrder()
{
    MemoryMeasurementStore store;
    // Completion order differs from start order.
    store.append(result(QStringLiteral("a"), 1000, 1));
    store.append(result(QStringLiteral("a"), 3000, 3));
    store.append(result(QStringLiteral("a"), 2000, 2));
    store.append(result(QStringLiteral("b"), 2500, 4));
    const std::vector<ProbeResult> a = store.query(QStringLiteral("a"), 0, 10000);
    QCOMPARE(a.size(), size_t(3));
    QCOMPARE(a[0].timestampMs, 1000);
    QCOMPARE(a[1].timestampMs, 2000);
    QCOMPARE(a[2].timestampMs, 3000);
    QCOMPARE(a[1].sequence, quint64(2));
    QCOMPARE(a[1].firstByteMs, 20.5);
    QCOMPARE(a[1].ttftMs, 40.25);
    QCOMPARE(a[1].connectMs, 1.25);
    QCOMPARE(a[1].url, QStringLiteral("http://127.0.0.1/a"));
    QCOMPARE(requestRttMs(a[1]), 20.5 - 0.5 - 1.25);
    // A time range, inclusive.
    QCOMPARE(store.query(QStringLiteral("a"), 2000, 3000).size(), size_t(2));
    QCOMPARE(store.query(QStringLiteral("a"), 3001, 9000).size(), size_t(0));
    QCOMPARE(store.query(QStringLiteral("nobody"), 0, 9000).size(), size_t(0));
    store.clear();
    QCOMPARE(store.totalSize(), 0);
}

void tst_MeasurementStore::boundedByCountAndAge()
{
    MemoryMeasurementStore store(100, 60000);
    for (int i = 0; i < 1000; ++i)
        store.append(result(QStringLiteral("a"), 1000LL * i, quint64(i)));
    QCOMPARE(store.size(QStringLiteral("a")),
             60 + 1); // the last minute: 60 s back from the newest, inclusive
    const auto kept = store.query(QStringLiteral("a"), 0, 1'000'000'000);
    QCOMPARE(kept.front().timestampMs, 999000 - 60000);
    MemoryMeasurementStore small(10, 3600000);
    for (int i = 0; i < 1000; ++i)
        small.append(result(QStringLiteral("b"), i, quint64(i)));
    QCOMPARE(small.size(QStringLiteral("b")), 10);
    QCOMPARE(small.query(QStringLiteral("b"), 0, 5000).front().timestampMs, 990);
}

void tst_MeasurementStore::errorTextOfTheNewestFailure()
{
    MemoryMeasurementStore store;
    store.append(result(QStringLiteral("a"), 1000, 1, ProbeState::Timeout));
    store.append(result(QStringLiteral("a"), 2000, 2, ProbeState::HttpError));
    const auto r = store.query(QStringLiteral("a"), 0, 5000);
    QCOMPARE(r[0].state, ProbeState::Timeout);
    QCOMPARE(r[0].errorText, probeStateLabel(ProbeState::Timeout)); // older texts are not kept
    QCOMPARE(r[1].state, ProbeState::HttpError);
    QCOMPARE(r[1].errorText, QStringLiteral("failure 2"));
}

QTEST_GUILESS_MAIN(tst_MeasurementStore)
#include "tst_measurementstore.moc"
