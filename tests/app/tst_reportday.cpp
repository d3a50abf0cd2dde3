// SPDX-License-Identifier: GPL-3.0-or-later
// The report's "day in the life" page: the plan hour by hour, the same numbers as the engine's timeline, in
// the document both renderers share, in the HTML page and on the PDF's pages (read back with pdftotext).
#include "app/report/reportart.h"
#include "app/report/reportdocument.h"
#include "app/report/reportwriter.h"
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "engine/plan/timeline.h"
#include "tests/common/testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ea;

class tst_ReportDay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<const Scenario> m_scenario;

private slots:
    void initTestCase()
    {
        // The fixture's two cities 12 time zones apart, the profile peaking at 18:00 local: the day peaks at
        // 00:00 UTC (Paris) with 38 req/s, 14 req/s at 12:00 UTC (Berlin's peak), 2 req/s otherwise.
        const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
        QVERIFY(l.ok());
        Scenario s = *l.scenario;
        s.regions[0].utcOffsetHours = -6;
        s.regions[1].utcOffsetHours = 6;
        s.workloads[0].diurnal.fill(1.0);
        s.workloads[0].diurnal[18] = 25.0;
        m_scenario = std::make_shared<const Scenario>(s);
    }

    void documentHasTheDayPage()
    {
        const ReportData d = buildReportData(PlanSnapshot::evaluate(m_scenario), std::nullopt, {});
        QVERIFY(d.day);
        QCOMPARE(d.day->hours.size(), size_t(24));
        QCOMPARE(d.day->peakHour, 0);
        const ReportDocument doc = buildReportDocument(d);
        const ReportSection *day = doc.section(ReportSection::Day);
        QVERIFY(day);
        const ReportBlock *table = nullptr;
        bool chart = false;
        for (const ReportBlock &b : day->blocks) {
            if (b.kind == ReportBlock::Table)
                table = &b;
            chart = chart || (b.kind == ReportBlock::Chart && b.chart == ReportArt::Day);
        }
        QVERIFY(chart);
        QVERIFY(table);
        QCOMPARE(table->table.rows.size(), size_t(24));
        // The engine's numbers, hour by hour.
        const PlanTimeline timeline(d.snapshot->evaluator, d.plan);
        for (int h = 0; h < 24; ++h) {
            const PlanHour ph = timeline.evaluateHour(h);
            const QStringList &row = table->table.rows[size_t(h)];
            QCOMPARE(row.at(1), units::rps(ph.total.offeredRps));
            QCOMPARE(row.at(3), units::percent(ph.total.attainmentPct(), 2));
        }
        QVERIFY(table->table.rows[0].at(0).contains(QStringLiteral("(peak)")));
        QCOMPARE(table->table.rows[0].at(1), units::rps(38.0));
        QCOMPARE(table->table.rows[12].at(1), units::rps(14.0));
        QCOMPARE(table->table.rows[7].at(1), units::rps(2.0));
    }

    void htmlAndPdfShowIt()
    {
        const ReportData d = buildReportData(PlanSnapshot::evaluate(m_scenario), std::nullopt, {});
        const QString html = QString::fromUtf8(reportHtml(d));
        QVERIFY(html.contains(QLatin1String("id=\"day\"")));
        QVERIFY(html.contains(QLatin1String("A day in the life of the plan")));
        QVERIFY(html.contains(QLatin1String("00:00 (peak)")));
        const QString pdf = m_dir.filePath(QStringLiteral("day.pdf"));
        QString error;
        QVERIFY2(writeReport(d, pdf, ReportFormat::Pdf, &error), qPrintable(error));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        EA_REQUIRE(!pdftotext.isEmpty(),
                   "pdftotext (Debian package poppler-utils, packaging/install-deps.sh)");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(QLatin1String("A day in the life of the plan")));
        QVERIFY2(text.contains(QLatin1String("(peak)")), qPrintable(text.right(3000)));
        QVERIFY(text.contains(QLatin1String("23:00")));               // the second page of the table
        QVERIFY(text.contains(QLatin1String("peak hour 00:00 UTC"))); // the chart's legend, as vector text
    }
};

QTEST_MAIN(tst_ReportDay)
#include "tst_reportday.moc"
