// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/units.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace ea;

class tst_Units : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void milliseconds_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("sub-10 ms") << 4.567 << QStringLiteral("4.57 ms");
        QTest::newRow("ms") << 233.46 << QStringLiteral("233.5 ms");
        QTest::newRow("seconds") << 1240.0 << QStringLiteral("1.24 s");
        QTest::newRow("tens of seconds") << 75300.0 << QStringLiteral("75.3 s");
        QTest::newRow("minutes") << 300000.0 << QStringLiteral("5.0 min");
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QStringLiteral("∞");
    }
    void milliseconds()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(units::ms(value), text);
    }

    void money()
    {
        QCOMPARE(units::usd(2.5), QStringLiteral("$2.50"));
        QCOMPARE(units::usd(2923), QStringLiteral("$2923"));
        QCOMPARE(units::usd(184300), QStringLiteral("$184.3k"));
        QCOMPARE(units::usd(11310000), QStringLiteral("$11.31M"));
        QCOMPARE(units::usdPrecise(0.0493), QStringLiteral("$0.0493"));
    }

    void sloText()
    {
        QCOMPARE(units::slo(Slo{SloMetric::Ttft, 95, 200}), QStringLiteral("TTFT p95 < 200.0 ms"));
        QCOMPARE(units::slo(Slo{SloMetric::E2e, 99, 50}), QStringLiteral("E2E p99 < 50.0 ms"));
    }

    void others()
    {
        QCOMPARE(units::percent(99.24), QStringLiteral("99.2 %"));
        QCOMPARE(units::rps(1200), QStringLiteral("1200 req/s"));
        QCOMPARE(units::km(5570.2), QStringLiteral("5570 km"));
    }
};

QTEST_GUILESS_MAIN(tst_Units)
#include "tst_units.moc"
