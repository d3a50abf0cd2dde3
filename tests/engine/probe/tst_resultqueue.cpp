// SPDX-License-Identifier: GPL-3.0-or-later
// The probe agent's queue between the prober thread and its main loop: bounded when the main loop stops
// taking (the soak found an agent whose unread output blocked it growing by ~400 KB/s at 1,000 targets).
#include "engine/probe/resultqueue.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace ea;

namespace {
ProbeResult result(int i)
{
    ProbeResult r;
    r.targetId = QStringLiteral("t%1").arg(i % 7);
    r.timestampMs = i;
    return r;
}
} // namespace

class TestResultQueue : public QObject
{
    Q_OBJECT
private slots:
    void limitIsAMinuteOfResults()
    {
        QCOMPARE(ProbeResultQueue::limitFor(1000, 1000), size_t(60000)); // 1,000 targets at 1 Hz
        QCOMPARE(ProbeResultQueue::limitFor(100, 5000), size_t(3000000));
        QCOMPARE(ProbeResultQueue::limitFor(1000, 3), size_t(10000)); // the floor
        QCOMPARE(ProbeResultQueue::limitFor(0, 0), size_t(60000));    // taken as 1 ms and one target
    }

    void aConsumerThatStopsTakingBoundsTheQueue()
    {
        ProbeResultQueue q(100, true);
        for (int i = 0; i < 250; ++i)
            q.push(result(i));
        QCOMPARE(q.droppedForAlarms(), quint64(150));
        QCOMPARE(q.droppedForHistory(), quint64(150));
        const auto alarms = q.takeForAlarms();
        QCOMPARE(alarms.size(), size_t(100));
        // The oldest are kept, in order: what the alarm rules see is a gap, not a reordering.
        for (size_t i = 0; i < alarms.size(); ++i)
            QCOMPARE(alarms[i].timestampMs, qint64(i));
        QCOMPARE(q.takeForHistory().size(), size_t(100));
        QVERIFY(q.takeForAlarms().empty());
        // Taken, it has room again.
        q.push(result(1000));
        QCOMPARE(q.takeForAlarms().size(), size_t(1));
        QCOMPARE(q.droppedForAlarms(), quint64(150));
    }

    void withoutHistoryNothingIsKeptForIt()
    {
        ProbeResultQueue q(10, false);
        for (int i = 0; i < 5; ++i)
            q.push(result(i));
        QCOMPARE(q.takeForAlarms().size(), size_t(5));
        QVERIFY(q.takeForHistory().empty());
        QCOMPARE(q.droppedForHistory(), quint64(0));
    }

    void producerAndConsumerThreadsLoseNothingWithinTheLimit()
    {
        ProbeResultQueue q(1000000, true);
        constexpr int n = 200000;
        std::atomic<bool> done{false};
        std::thread producer([&] {
            for (int i = 0; i < n; ++i)
                q.push(result(i));
            done = true;
        });
        size_t taken = 0, historyTaken = 0;
        qint64 last = -1;
        bool ordered = true;
        while (!done || taken < size_t(n)) {
            for (const ProbeResult &r : q.takeForAlarms()) {
                ordered = ordered && r.timestampMs == last + 1;
                last = r.timestampMs;
                ++taken;
            }
            historyTaken += q.takeForHistory().size();
            if (done && taken >= size_t(n))
                break;
        }
        producer.join();
        historyTaken += q.takeForHistory().size();
        QCOMPARE(taken, size_t(n));
        QCOMPARE(historyTaken, size_t(n));
        QVERIFY(ordered);
        QCOMPARE(q.droppedForAlarms() + q.droppedForHistory(), quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestResultQueue)
#include "tst_resultqueue.moc"
