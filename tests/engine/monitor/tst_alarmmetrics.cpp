// SPDX-License-Identifier: GPL-3.0-or-later
// AlarmMetrics: the agent's alarm series read back with the text-format parser (parsePromText): a gauge per
// target and condition, a counter per target and kind, the vantage's and node's labels on each, escapes in
// label values; a fault raised by the monitor's rules shows as active and counted after update(), and
// recovers; the text follows the state only at update() (the agent calls it 4 times a second).
#include "engine/monitor/alarmmetrics.h"

#include <QTest>

using namespace ea;

namespace {
MonitorTarget target(const QString &id, const QString &url)
{
    MonitorTarget t;
    t.probe.id = id;
    t.probe.url = url;
    t.node = 0;
    t.modeledRttMs = 20;
    t.bandLowMs = 10;
    t.bandHighMs = 30;
    return t;
}

ProbeResult result(const QString &id, ProbeState state, qint64 at)
{
    ProbeResult r;
    r.targetId = id;
    r.state = state;
    r.timestampMs = at;
    if (state != ProbeState::Ok)
        r.errorText = QStringLiteral("refused");
    else
        r.firstByteMs = r.totalMs = 20;
    return r;
}

/** The value of the series name with the labels given (all of them); NaN when absent or not unique. */
double value(const std::vector<PromTextSample> &samples, const QString &name,
             const QMap<QString, QString> &labels)
{
    double found = NAN;
    int n = 0;
    for (const PromTextSample &s : samples)
        if (s.name == name && s.labels == labels) {
            found = s.value;
            ++n;
        }
    return n == 1 ? found : NAN;
}
} // namespace

class TestAlarmMetrics : public QObject
{
    Q_OBJECT
private slots:
    void seriesFollowTheRules()
    {
        const qint64 now = 1'765'000'000'000LL;
        MonitorState state;
        state.setTargets({target(QStringLiteral("a"), QStringLiteral("http://a/x")),
                          target(QStringLiteral("b \"q\""), QStringLiteral("http://b/\\y"))});
        AlarmMetrics metrics;
        metrics.setLabels({{QStringLiteral("vantage"), QStringLiteral("paris")}},
                          {{QStringLiteral("a"), {{QStringLiteral("node"), QStringLiteral("n1")}}}});
        QObject::connect(state.alarms(), &AlarmLog::alarmAdded, [&](const Alarm &a) { metrics.count(a); });
        metrics.update(state);

        QString error;
        auto samples = parsePromText(metrics.exposition(), &error);
        QVERIFY2(samples, qPrintable(error));
        QCOMPARE(samples->size(), size_t(2 * (3 + 4)));
        const QMap<QString, QString> a{{QStringLiteral("vantage"), QStringLiteral("paris")},
                                       {QStringLiteral("target"), QStringLiteral("a")},
                                       {QStringLiteral("url"), QStringLiteral("http://a/x")},
                                       {QStringLiteral("node"), QStringLiteral("n1")}};
        QMap<QString, QString> b{{QStringLiteral("vantage"), QStringLiteral("paris")},
                                 {QStringLiteral("target"), QStringLiteral("b \"q\"")},
                                 {QStringLiteral("url"), QStringLiteral("http://b/\\y")}};
        const auto with = [](QMap<QString, QString> l, const char *kind) {
            l.insert(QStringLiteral("kind"), QLatin1String(kind));
            return l;
        };
        const QString active = QStringLiteral("edgeatlas_probe_alarm_active");
        const QString total = QStringLiteral("edgeatlas_probe_alarms_total");
        QCOMPARE(value(*samples, active, with(a, "fault")), 0.0);
        QCOMPARE(value(*samples, active, with(b, "slo_breach")), 0.0);
        QCOMPARE(value(*samples, total, with(b, "recovered")), 0.0);

        // A failed probe of a: a fault, active and counted once the text is updated.
        QVERIFY(state.addResult(result(QStringLiteral("a"), ProbeState::ConnectionRefused, now), now, 1));
        QVERIFY(metrics.raisedSinceUpdate());
        samples = parsePromText(metrics.exposition(), &error);
        QCOMPARE(value(*samples, active, with(a, "fault")), 0.0); // not yet: the text of the last update
        metrics.update(state);
        QVERIFY(!metrics.raisedSinceUpdate());
        samples = parsePromText(metrics.exposition(), &error);
        QVERIFY2(samples, qPrintable(error));
        QCOMPARE(value(*samples, active, with(a, "fault")), 1.0);
        QCOMPARE(value(*samples, total, with(a, "fault")), 1.0);
        QCOMPARE(value(*samples, active, with(b, "fault")), 0.0);

        // It succeeds again: recovered, no longer active, each counter kept.
        QVERIFY(state.addResult(result(QStringLiteral("a"), ProbeState::Ok, now + 1000), now + 1000, 2));
        metrics.update(state);
        samples = parsePromText(metrics.exposition(), &error);
        QCOMPARE(value(*samples, active, with(a, "fault")), 0.0);
        QCOMPARE(value(*samples, total, with(a, "fault")), 1.0);
        QCOMPARE(value(*samples, total, with(a, "recovered")), 1.0);

        // New labels: the text takes them at the next update.
        metrics.setLabels({{QStringLiteral("vantage"), QStringLiteral("tokyo")}}, {});
        metrics.update(state);
        samples = parsePromText(metrics.exposition(), &error);
        b[QStringLiteral("vantage")] = QStringLiteral("tokyo");
        QCOMPARE(value(*samples, active, with(b, "outside_band")), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestAlarmMetrics)
#include "tst_alarmmetrics.moc"
