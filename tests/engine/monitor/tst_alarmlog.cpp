// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/alarmlog.h"

#include <QSignalSpy>
#include <QTest>

using namespace ea;

class tst_AlarmLog : public QObject
{
    Q_OBJECT

private slots:
    void boundedNewestFirst()
    {
        AlarmLog log;
        QSignalSpy added(&log, &AlarmLog::alarmAdded), dropped(&log, &AlarmLog::oldestDropped);
        // Each drop is announced before it happens, while the oldest row is still there.
        int sizeWhenAnnounced = -1;
        connect(&log, &AlarmLog::oldestAboutToBeDropped, this, [&] { sizeWhenAnnounced = log.size(); });
        for (int i = 0; i < AlarmLog::MaxAlarms + 50; ++i)
            log.add({1000LL * i, QStringLiteral("t%1").arg(i), Alarm::Kind::Fault, QStringLiteral("m")});
        QCOMPARE(log.size(), AlarmLog::MaxAlarms);
        QCOMPARE(log.at(0).targetId, QStringLiteral("t%1").arg(AlarmLog::MaxAlarms + 49)); // newest first
        QCOMPARE(log.at(AlarmLog::MaxAlarms - 1).targetId, QStringLiteral("t50"));         // oldest kept
        QCOMPARE(log.totalAdded(), quint64(AlarmLog::MaxAlarms + 50));
        QCOMPARE(added.count(), AlarmLog::MaxAlarms + 50);
        QCOMPARE(dropped.count(), 50);
        QCOMPARE(sizeWhenAnnounced, AlarmLog::MaxAlarms);
        QSignalSpy cleared(&log, &AlarmLog::cleared);
        log.clear();
        QCOMPARE(log.size(), 0);
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(log.totalAdded(), quint64(AlarmLog::MaxAlarms + 50));
        log.clear(); // nothing to clear: no signal
        QCOMPARE(cleared.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_AlarmLog)
#include "tst_alarmlog.moc"
