// SPDX-License-Identifier: GPL-3.0-or-later
// The one job runner: off-thread work, results delivered on the GUI thread, generations, supersede and
// queue lanes, cancel tokens, coalesced progress, failures, and the status bar's view of it.
#include "app/jobrunner.h"
#include "app/jobstatus.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <sys/resource.h>

#include <atomic>
#include <mutex>
#include <semaphore>

using namespace ea;

namespace {
JobSpec spec(const QString &lane, JobSpec::Policy policy = JobSpec::Policy::Supersede)
{
    JobSpec s;
    s.lane = lane;
    s.label = lane;
    s.policy = policy;
    return s;
}
} // namespace

class tst_JobRunner : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheGuiThreadFromAnother();
    void newerJobSupersedesTheLane();
    void queueRunsInOrderAndDeliversEach();
    void cancelStopsAndDropsUnlessAsked();
    void progressIsCoalescedAndDelivered();
    void failureIsReported();
    void goneReceiverGetsNothing();
    void waitBlocksUntilDone();
    void destructionCancelsAndJoins();
    void statusBarShowsAndCancels();
    void backgroundLaneRunsAtLowerPriority();
};

void tst_JobRunner::deliversOnTheGuiThreadFromAnother()
{
    JobRunner runner;
    QObject receiver;
    Qt::HANDLE workThread = nullptr, deliverThread = nullptr;
    int got = 0;
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    const quint64 a = runner.run(
        spec(QStringLiteral("x")), &receiver,
        [&](JobControl &) {
            workThread = QThread::currentThreadId();
            return 42;
        },
        [&](int v) {
            deliverThread = QThread::currentThreadId();
            got = v;
        });
    QVERIFY(runner.isBusy(QStringLiteral("x")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(got, 42);
    QVERIFY(workThread != QThread::currentThreadId());
    QCOMPARE(deliverThread, QThread::currentThreadId());
    QVERIFY(!runner.isBusy(QStringLiteral("x")));
    QCOMPARE(finished.at(0).at(0).toULongLong(), a);
    // Ids are generations: they only grow.
    const quint64 b = runner.run(
        spec(QStringLiteral("y")), &receiver, [](JobControl &) { return 0; }, [](int) {});
    QVERIFY(b > a);
    QTRY_VERIFY(!runner.isActive(b));
}

void tst_JobRunner::newerJobSupersedesTheLane()
{
    JobRunner runner;
    QObject receiver;
    std::binary_semaphore release(0);
    QList<int> delivered;
    std::atomic<bool> firstSawCancel{false}, firstStarted{false};
    // The first job blocks until released; two more queue behind it: only the newest may deliver.
    const quint64 first = runner.run(
        spec(QStringLiteral("lane")), &receiver,
        [&](JobControl &c) {
            firstStarted = true;
            release.acquire();
            firstSawCancel = c.isCancelled();
            return 1;
        },
        [&](int v) { delivered << v; });
    QTRY_VERIFY(firstStarted);
    const quint64 second = runner.run(
        spec(QStringLiteral("lane")), &receiver, [](JobControl &) { return 2; },
        [&](int v) { delivered << v; });
    const quint64 third = runner.run(
        spec(QStringLiteral("lane")), &receiver, [](JobControl &) { return 3; },
        [&](int v) { delivered << v; });
    QVERIFY(!runner.isActive(first) && !runner.isActive(second));
    QCOMPARE(runner.jobs().size(), 1);
    QCOMPARE(runner.jobs().front().id, third);
    release.release();
    QTRY_VERIFY(!runner.isBusy(QStringLiteral("lane")));
    QTest::qWait(20);
    QCOMPARE(delivered, QList<int>{3});
    QVERIFY(firstSawCancel);
}

void tst_JobRunner::queueRunsInOrderAndDeliversEach()
{
    JobRunner runner;
    QObject receiver;
    QList<int> ran, delivered;
    std::mutex m;
    for (int i = 0; i < 5; ++i)
        runner.run(
            spec(QStringLiteral("q"), JobSpec::Policy::Queue), &receiver,
            [&, i](JobControl &) {
                const std::lock_guard lock(m);
                ran << i;
                return i;
            },
            [&](int v) { delivered << v; });
    QTRY_VERIFY(!runner.isBusy(QStringLiteral("q")));
    QCOMPARE(ran, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(delivered, (QList<int>{0, 1, 2, 3, 4}));
}

void tst_JobRunner::cancelStopsAndDropsUnlessAsked()
{
    JobRunner runner;
    QObject receiver;
    std::atomic<bool> started{false};
    const auto loop = [&](JobControl &c) {
        started = true;
        while (!c.isCancelled())
            QThread::msleep(1);
        return c.cancelFlag()->load();
    };
    bool dropped = true;
    const quint64 a = runner.run(spec(QStringLiteral("a")), &receiver, loop, [&](bool) { dropped = false; });
    QTRY_VERIFY(started);
    QSignalSpy cancelling(&runner, &JobRunner::jobCancelling);
    runner.cancel(a);
    QCOMPARE(cancelling.size(), 1);
    QVERIFY(runner.job(a)->cancelRequested);
    QTRY_VERIFY(!runner.isActive(a));
    QTest::qWait(20);
    QVERIFY(dropped);

    // Asked for: a cancelled job still runs and delivers (the trials and the optimizer say what they got).
    started = false;
    JobSpec s = spec(QStringLiteral("b"));
    s.deliverWhenCancelled = true;
    bool sawCancel = false;
    const quint64 b = runner.run(s, &receiver, loop, [&](bool cancelled) { sawCancel = cancelled; });
    QTRY_VERIFY(started);
    runner.cancelLane(QStringLiteral("b"));
    QTRY_VERIFY(!runner.isActive(b));
    QVERIFY(sawCancel);
}

void tst_JobRunner::progressIsCoalescedAndDelivered()
{
    JobRunner runner;
    QObject receiver;
    QList<double> seen;
    JobSpec s = spec(QStringLiteral("p"));
    s.progress = [&](double f, const QString &) { seen << f; };
    QSignalSpy progress(&runner, &JobRunner::jobProgress);
    std::binary_semaphore release(0);
    const quint64 id = runner.run(
        s, &receiver,
        [&](JobControl &c) {
            for (int i = 1; i <= 10000; ++i)
                c.setProgress(i / 10000.0, QStringLiteral("step"));
            release.acquire(); // the GUI thread reads the last report before the job ends
            return 0;
        },
        [](int) {});
    QTRY_VERIFY(!seen.isEmpty() && seen.last() == 1.0);
    QVERIFY(seen.size() < 10000); // coalesced: no event per call
    QCOMPARE(runner.job(id)->fraction, 1.0);
    QCOMPARE(runner.job(id)->text, QStringLiteral("step"));
    QCOMPARE(progress.last().at(2).toString(), QStringLiteral("step"));
    release.release();
    QTRY_VERIFY(!runner.isActive(id));
}

void tst_JobRunner::failureIsReported()
{
    JobRunner runner;
    QObject receiver;
    QString message;
    bool delivered = false;
    JobSpec s = spec(QStringLiteral("f"));
    s.failed = [&](const QString &m) { message = m; };
    runner.run(
        s, &receiver, [](JobControl &) -> int { throw std::runtime_error("the scenario has no nodes"); },
        [&](int) { delivered = true; });
    QTRY_VERIFY(!message.isEmpty());
    QCOMPARE(message, QStringLiteral("the scenario has no nodes"));
    QVERIFY(!delivered);
}

void tst_JobRunner::goneReceiverGetsNothing()
{
    JobRunner runner;
    auto *receiver = new QObject;
    std::binary_semaphore release(0);
    bool delivered = false;
    const quint64 id = runner.run(
        spec(QStringLiteral("g")), receiver,
        [&](JobControl &) {
            release.acquire();
            return 1;
        },
        [&](int) { delivered = true; });
    delete receiver;
    release.release();
    QTRY_VERIFY(!runner.isActive(id));
    QTest::qWait(20);
    QVERIFY(!delivered);
}

void tst_JobRunner::waitBlocksUntilDone()
{
    JobRunner runner;
    QObject receiver;
    int got = 0;
    const quint64 id = runner.run(
        spec(QStringLiteral("w"), JobSpec::Policy::Queue), &receiver,
        [](JobControl &) {
            QThread::msleep(50);
            return 7;
        },
        [&](int v) { got = v; });
    QVERIFY(runner.wait(id));
    QCOMPARE(got, 7); // delivered before wait() returns, without an event loop
    QVERIFY(!runner.isActive(id));
    QVERIFY(runner.wait(id)); // unknown (done): nothing to wait for
}

void tst_JobRunner::destructionCancelsAndJoins()
{
    std::atomic<bool> sawCancel{false}, started{false};
    bool delivered = false;
    QObject receiver;
    {
        JobRunner runner;
        runner.run(
            spec(QStringLiteral("d")), &receiver,
            [&](JobControl &c) {
                started = true;
                while (!c.isCancelled())
                    QThread::msleep(1);
                sawCancel = true;
                return 0;
            },
            [&](int) { delivered = true; });
        QTRY_VERIFY(started);
    }
    QVERIFY(sawCancel); // the destructor asked it to stop and waited for it
    QTest::qWait(20);
    QVERIFY(!delivered);
}

void tst_JobRunner::statusBarShowsAndCancels()
{
    JobRunner runner;
    JobStatus status(&runner);
    status.show();
    QObject receiver;
    std::atomic<bool> started{false};
    JobSpec quiet = spec(QStringLiteral("hidden"));
    quiet.visible = false;
    runner.run(
        quiet, &receiver, [](JobControl &) { return 0; }, [](int) {});
    JobSpec s = spec(QStringLiteral("coverage"));
    s.label = QStringLiteral("Computing the edge coverage field");
    const quint64 id = runner.run(
        s, &receiver,
        [&](JobControl &c) {
            started = true;
            c.setProgress(0.25);
            while (!c.isCancelled())
                QThread::msleep(1);
            return 0;
        },
        [](int) {});
    QTRY_VERIFY(started);
    QVERIFY(status.shownJobs().isEmpty()); // not at once: quick jobs do not flicker
    QTRY_COMPARE_WITH_TIMEOUT(status.shownJobs(), QList<quint64>{id}, 2000);
    auto *label = status.findChild<QLabel *>();
    QVERIFY(label && label->text().startsWith(QStringLiteral("Computing the edge coverage field")));
    auto *bar = status.findChild<QProgressBar *>();
    QTRY_COMPARE(bar->value(), 250);
    auto *cancel = status.findChild<QToolButton *>();
    QVERIFY(cancel && cancel->isEnabled());
    cancel->click();
    QVERIFY(runner.job(id)->cancelRequested);
    QTRY_VERIFY(status.shownJobs().isEmpty());
    QVERIFY(!runner.isActive(id));
}

void tst_JobRunner::backgroundLaneRunsAtLowerPriority()
{
    // The kernel's own view of each lane thread's nice value (getpriority on the calling thread), not
    // the runner's bookkeeping: a background lane yields the cores, a normal one keeps the process's.
    errno = 0;
    const int processNice = getpriority(PRIO_PROCESS, 0);
    JobRunner runner;
    QObject receiver;
    JobSpec background = spec(QStringLiteral("bg"));
    background.background = true;
    int niceBackground = -100, niceNormal = -100, niceAgain = -100;
    const auto niceOfThisThread = [](JobControl &) { return getpriority(PRIO_PROCESS, 0); };
    runner.run(background, &receiver, niceOfThisThread, [&](int v) { niceBackground = v; });
    runner.run(spec(QStringLiteral("fg")), &receiver, niceOfThisThread, [&](int v) { niceNormal = v; });
    QTRY_VERIFY(niceBackground != -100 && niceNormal != -100);
    QCOMPARE(niceBackground, std::min(processNice + 10, 19));
    QCOMPARE(niceNormal, processNice);
    // The lane keeps its priority for its later jobs, and the GUI thread's is untouched.
    runner.run(background, &receiver, niceOfThisThread, [&](int v) { niceAgain = v; });
    QTRY_VERIFY(niceAgain != -100);
    QCOMPARE(niceAgain, niceBackground);
    QCOMPARE(getpriority(PRIO_PROCESS, 0), processNice);
}

QTEST_MAIN(tst_JobRunner)
#include "tst_jobrunner.moc"
