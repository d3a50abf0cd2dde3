// SPDX-License-Identifier: GPL-3.0-or-later
// The planning report as a user makes it: `edgeatlas report` (the real executable, headless) on the
// default scenario, checked with poppler (pdfinfo, pdftotext), an XML parser, the CSV reader and JSON.
#include "app/document.h"
#include "app/jobrunner.h"
#include "app/language.h"
#include "app/report/reportdialog.h"
#include "app/report/reportlayout.h"
#include "app/report/reportwriter.h"
#include "engine/model/csvtable.h"
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/placementfile.h"
#include "tests/common/testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ea;

class tst_Report : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &args, const QString &program = QStringLiteral(EA_BIN_DIR "/edgeatlas"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path()); // or Qt warns on stderr
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qFatal("%s did not finish", qPrintable(program));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString pdfText(int first = 0, int last = 0)
    {
        QStringList args;
        if (first > 0)
            args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                 << QString::number(last);
        args << path(QStringLiteral("report.pdf")) << QStringLiteral("-");
        const Run r = run(args, m_pdftotext);
        // Words a table wrapped over two lines are one phrase again; typographic ligatures are letters.
        return QString::fromUtf8(r.out)
            .replace(QChar(0xFB01), QLatin1String("fi"))
            .replace(QChar(0xFB02), QLatin1String("fl"))
            .simplified()
            .replace(QLatin1String("- "), QLatin1String("-")); // an id wrapped at its hyphen
    }

    QTemporaryDir m_dir, m_runtime;
    std::shared_ptr<const Scenario> m_scenario;
    PlanOutcome m_plan;
    QString m_pdfinfo, m_pdftotext;
    double m_pdfSeconds = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ScenarioLoad load = loadDefaultScenario();
        QVERIFY(load.scenario);
        m_scenario = std::make_shared<const Scenario>(*load.scenario);
        m_plan = Evaluator(m_scenario).evaluate(placementOf(*m_scenario));
        m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));

        QElapsedTimer t;
        t.start();
        const Run r = run({QStringLiteral("report"), QStringLiteral("-o"), path(QStringLiteral("report.pdf")),
                           QStringLiteral("--author"), QStringLiteral("Ada Planner")});
        m_pdfSeconds = t.nsecsElapsed() / 1e9;
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty() && r.out.isEmpty(), r.err.constData()); // prints nothing but errors
        qInfo("headless PDF report of the default scenario: %.2f s (whole process)", m_pdfSeconds);
        for (const char *suffix : {"html", "csv", "json"}) {
            const Run x = run({QStringLiteral("report"), QStringLiteral("-o"),
                               path(QStringLiteral("report.%1").arg(QLatin1String(suffix)))});
            QVERIFY2(x.code == 0, x.err.constData());
        }
    }

    void pdfHasTheLayoutsPages()
    {
        QVERIFY(readAll(path(QStringLiteral("report.pdf"))).startsWith("%PDF-"));
        EA_REQUIRE(!m_pdfinfo.isEmpty() && !m_pdftotext.isEmpty(),
                   "pdfinfo and pdftotext (Debian package poppler-utils, packaging/install-deps.sh)");
        const QString info = QString::fromUtf8(run({path(QStringLiteral("report.pdf"))}, m_pdfinfo).out);
        const auto pages = [](int rows, int perPage) { return std::max(1, (rows + perPage - 1) / perPage); };
        const int workloads = int(m_scenario->workloads.size());
        // Title, summary, map, two chart pages, the workload table, the decomposition, the busiest sites,
        // the day in the life (24 hours, 12 per page), the assumptions and the sources.
        const int expected =
            5 + pages(workloads, reportlayout::WorkloadRowsPerPage) +
            pages(workloads, reportlayout::DecompositionsPerPage) + 2 + pages(24, 12) +
            pages(int(m_scenario->sources.size()) + 1, reportlayout::SourcesPerPage); // + the basemap
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(m.hasMatch(), qPrintable(info));
        QCOMPARE(m.captured(1).toInt(), expected);
        QVERIFY2(info.contains(QLatin1String("(A4)")), qPrintable(info));
        QVERIFY(info.contains(QLatin1String("Inference placement plan: ") + m_scenario->name));

        // Each page opens with its section, in the order of the layout.
        QVERIFY(pdfText(1, 1).contains(QLatin1String("Ada Planner")));
        QVERIFY(pdfText(2, 2).contains(QLatin1String("Executive summary")));
        QVERIFY(pdfText(3, 3).contains(QLatin1String("Deployment map")));
        QVERIFY(pdfText(4, 4).contains(QLatin1String("Cost against latency")));
        QVERIFY(pdfText(5, 5).contains(QLatin1String("Latency against the budgets")));
        QVERIFY(pdfText(6, 6).contains(QLatin1String("Workloads")));
        QVERIFY(pdfText(expected, expected).contains(QLatin1String("Data sources")));
        QVERIFY(pdfText(expected, expected).contains(QStringLiteral("Page %1 of %1").arg(expected)));
    }

    void pdfTextHoldsWorkloadsTotalAndSources()
    {
        EA_REQUIRE(!m_pdftotext.isEmpty(),
                   "pdftotext (Debian package poppler-utils, packaging/install-deps.sh)");
        const QString text = pdfText();
        for (const Workload &w : m_scenario->workloads)
            QVERIFY2(text.contains(w.name), qPrintable(w.name));
        QVERIFY2(text.contains(units::usd(m_plan.usdPerMonth)), qPrintable(units::usd(m_plan.usdPerMonth)));
        QVERIFY(text.contains(units::percent(m_plan.attainmentPct)));
        for (const Source &s : m_scenario->sources)
            QVERIFY2(text.contains(s.id), qPrintable(s.id));
        // The RTT model's accuracy: the default scenario carries the built-in fit, so the report quotes its
        // record (held-out figures); a scenario with a fit of its own is quoted by its note.
        QVERIFY(m_scenario->network.hasRtt);
        if (m_scenario->network.rtt == defaultRttParams())
            QVERIFY(text.contains(units::percent(100 * defaultRttCalibration().heldOutMedian, 1)));
        else
            QVERIFY(text.contains(m_scenario->network.rtt.note.simplified().left(120)));
        // The charts and the map are painted as vectors: their labels are text in the PDF.
        QVERIFY(text.contains(QLatin1String("Cost per month by tier")));
        QVERIFY(text.contains(QLatin1String("Inference nodes"))); // the map's legend
        QVERIFY(text.contains(QLatin1String("natural-earth")));   // the basemap among the sources
    }

    void htmlIsWellFormedAndSelfContained()
    {
        const QByteArray html = readAll(path(QStringLiteral("report.html")));
        QVERIFY(html.size() > 10000);
        QXmlStreamReader xml(html);
        int images = 0, tables = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            QVERIFY2(name != QLatin1String("script") && name != QLatin1String("link") &&
                         name != QLatin1String("iframe"),
                     qPrintable(name));
            images += name == QLatin1String("img");
            tables += name == QLatin1String("table");
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QString attr = a.name().toString(), value = a.value().toString();
                if (attr == QLatin1String("src"))
                    QVERIFY2(value.startsWith(QLatin1String("data:image/")), qPrintable(value.left(80)));
                if (attr == QLatin1String("href")) // links to the data sources, in the text only
                    QVERIFY2(name == QLatin1String("a"), qPrintable(name));
                QVERIFY(!value.contains(QLatin1String("url(")));
            }
        }
        QVERIFY2(!xml.hasError(),
                 qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        QCOMPARE(images, 7); // two maps, four charts, the day chart
        QVERIFY(tables >= 5);
        const QString text = QString::fromUtf8(html);
        for (const Workload &w : m_scenario->workloads)
            QVERIFY2(text.contains(w.name.toHtmlEscaped()), qPrintable(w.name));
        QVERIFY(text.contains(units::usd(m_plan.usdPerMonth)));
    }

    void csvHasEveryWorkloadsNumbers()
    {
        CsvTable t;
        QString error;
        QVERIFY2(CsvTable::parse(readAll(path(QStringLiteral("report.csv"))), t, &error), qPrintable(error));
        for (const char *c :
             {"kind", "id", "tier", "p50_ms", "p95_ms", "p99_ms", "slo_budget_ms", "attainment_pct",
              "usd_per_month", "usd_per_mtok", "propagation_ms", "decode_ms"})
            QVERIFY2(t.column(QLatin1String(c)) >= 0, c);
        const int kind = t.column(QStringLiteral("kind")), id = t.column(QStringLiteral("id"));
        const auto num = [&](const QStringList &row, const char *c) {
            return row.value(t.column(QLatin1String(c))).toDouble();
        };
        const auto same = [](double csv, double engine) { // written with ten significant digits
            return std::abs(csv - engine) <= 1e-9 * std::max(1.0, std::abs(engine));
        };
        int workloads = 0, totals = 0;
        for (const QStringList &row : t.rows) {
            QCOMPARE(row.size(), t.header.size());
            if (row[kind] == QLatin1String("workload")) {
                const WorkloadOutcome &o = m_plan.workloads[size_t(workloads)];
                QCOMPARE(row[id], m_scenario->workloads[size_t(workloads)].id);
                QCOMPARE(row[t.column(QStringLiteral("tier"))], tierId(o.tier));
                QVERIFY(same(num(row, "p95_ms"), o.p95Ms));
                QVERIFY(same(num(row, "usd_per_month"), o.usdPerMonth()));
                QVERIFY(same(num(row, "attainment_pct"), o.attainmentPct));
                QVERIFY(same(num(row, "queueing_ms"), o.breakdown.queueingMs));
                QVERIFY(
                    same(num(row, "slo_budget_ms"), m_scenario->workloads[size_t(workloads)].slo.budgetMs));
                ++workloads;
            } else if (row[kind] == QLatin1String("total")) {
                QVERIFY(same(num(row, "usd_per_month"), m_plan.usdPerMonth));
                QCOMPARE(int(num(row, "gpus")), m_plan.gpus);
                ++totals;
            }
        }
        QCOMPARE(workloads, int(m_scenario->workloads.size()));
        QCOMPARE(totals, 1);
    }

    void jsonRoundTripsAndAddsUp()
    {
        const QByteArray bytes = readAll(path(QStringLiteral("report.json")));
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(QJsonDocument::fromJson(doc.toJson()), doc);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("edgeatlas-report/1"));
        const QJsonObject plan = root.value(QStringLiteral("plan")).toObject();
        QVERIFY(qFuzzyCompare(plan.value(QStringLiteral("usdPerMonth")).toDouble(), m_plan.usdPerMonth));
        const QJsonArray workloads = plan.value(QStringLiteral("workloads")).toArray();
        QCOMPARE(workloads.size(), qsizetype(m_scenario->workloads.size()));
        double sum = 0, tiers = 0;
        for (const QJsonValue &w : workloads)
            sum += w.toObject().value(QStringLiteral("usdPerMonth")).toDouble();
        for (const QJsonValue &t : plan.value(QStringLiteral("tiers")).toObject())
            tiers += t.toObject().value(QStringLiteral("usdPerMonth")).toDouble();
        QVERIFY(std::abs(sum - m_plan.usdPerMonth) < 1e-6 * m_plan.usdPerMonth);
        QVERIFY(std::abs(tiers - m_plan.usdPerMonth) < 1e-6 * m_plan.usdPerMonth);
        QVERIFY(root.value(QStringLiteral("baseline")).isNull()); // none asked for
        QCOMPARE(root.value(QStringLiteral("busiestSites")).toArray().size(), 15);
        QCOMPARE(root.value(QStringLiteral("sources")).toArray().size(),
                 qsizetype(m_scenario->sources.size() + 1));
        const QJsonObject calibration = root.value(QStringLiteral("assumptions"))
                                            .toObject()
                                            .value(QStringLiteral("rttCalibration"))
                                            .toObject();
        if (m_scenario->network.rtt == defaultRttParams()) {
            QVERIFY(calibration.value(QStringLiteral("builtIn")).toBool());
            QCOMPARE(calibration.value(QStringLiteral("heldOutMedianAbsRelErr")).toDouble(),
                     defaultRttCalibration().heldOutMedian);
        } else {
            QCOMPARE(calibration.value(QStringLiteral("note")).toString(), m_scenario->network.rtt.note);
        }
    }

    void builtInRttFiguresWithoutTheScenariosOwn()
    {
        // A scenario without fitted RTT parameters uses the built-in ones: the report quotes their record.
        QJsonObject small =
            QJsonDocument::fromJson(readAll(QStringLiteral(EA_TEST_DATA_DIR "/small.json"))).object();
        QJsonObject network = small.value(QStringLiteral("network")).toObject();
        network.remove(QStringLiteral("rtt"));
        small.insert(QStringLiteral("network"), network);
        QFile f(path(QStringLiteral("small-nortt.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(small).toJson());
        f.close();
        const Run r = run({QStringLiteral("report"), f.fileName(), QStringLiteral("-o"),
                           path(QStringLiteral("small.json"))});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject calibration = QJsonDocument::fromJson(readAll(path(QStringLiteral("small.json"))))
                                            .object()
                                            .value(QStringLiteral("assumptions"))
                                            .toObject()
                                            .value(QStringLiteral("rttCalibration"))
                                            .toObject();
        QVERIFY(calibration.value(QStringLiteral("builtIn")).toBool());
        QCOMPARE(calibration.value(QStringLiteral("heldOutMedianAbsRelErr")).toDouble(),
                 defaultRttCalibration().heldOutMedian);
        QCOMPARE(calibration.value(QStringLiteral("pairs")).toInt(), defaultRttCalibration().pairs);
    }

    void placementIsComparedWithTheScenarios()
    {
        Placement moved = placementOf(*m_scenario);
        const int w = m_scenario->workloadIndex(QStringLiteral("batch-analytics"));
        QVERIFY(w >= 0);
        const std::vector<Tier> tiers = m_scenario->assignableTiers(w);
        const auto other =
            std::find_if(tiers.begin(), tiers.end(), [&](Tier t) { return t != moved[size_t(w)]; });
        QVERIFY(other != tiers.end());
        moved[size_t(w)] = *other;
        const QString placement = path(QStringLiteral("moved.json"));
        QFile f(placement);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(placementToJson(*m_scenario, moved));
        f.close();
        const Run r = run({QStringLiteral("report"), QStringLiteral("--placement"), placement,
                           QStringLiteral("-o"), path(QStringLiteral("moved.json.json"))});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject root =
            QJsonDocument::fromJson(readAll(path(QStringLiteral("moved.json.json")))).object();
        const QJsonObject baseline = root.value(QStringLiteral("baseline")).toObject();
        QCOMPARE(baseline.value(QStringLiteral("moves")).toInt(), 1);
        QVERIFY(qFuzzyCompare(baseline.value(QStringLiteral("usdPerMonthBefore")).toDouble(),
                              m_plan.usdPerMonth));
        const PlanOutcome after = Evaluator(m_scenario).evaluate(moved);
        QVERIFY(
            qFuzzyCompare(baseline.value(QStringLiteral("usdPerMonthAfter")).toDouble(), after.usdPerMonth));
    }

    void dialogPreviewsAndExports()
    {
        Document doc;
        QStringList errors;
        QVERIFY(doc.loadDefault(&errors));
        ReportDialog dialog(&doc);
        QSignalSpy ready(&dialog, &ReportDialog::previewReady);
        QVERIFY(ready.wait(120000));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.data());
        QCOMPARE(dialog.previewPageCount(), int(reportPages(*dialog.data()).size()));
        QVERIFY(!dialog.data()->changes); // no baseline by default

        dialog.authorEdit()->setText(QStringLiteral("Grace Architect"));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportFormat::Json)));
        QString error;
        QVERIFY2(dialog.exportTo(path(QStringLiteral("dialog.json")), &error), qPrintable(error));
        const QJsonObject root =
            QJsonDocument::fromJson(readAll(path(QStringLiteral("dialog.json")))).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("edgeatlas-report/1"));
        QVERIFY(qFuzzyCompare(
            root.value(QStringLiteral("plan")).toObject().value(QStringLiteral("usdPerMonth")).toDouble(),
            m_plan.usdPerMonth));

        // A placement file as the baseline: the summary compares against it.
        Placement moved = placementOf(*m_scenario);
        const int w = m_scenario->workloadIndex(QStringLiteral("batch-analytics"));
        moved[size_t(w)] = moved[size_t(w)] == Tier::Central ? Tier::Regional : Tier::Central;
        QFile f(path(QStringLiteral("dialog-baseline.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(placementToJson(*m_scenario, moved));
        f.close();
        ready.clear();
        dialog.setBaselineFile(f.fileName());
        QVERIFY(ready.wait(120000));
        QVERIFY(dialog.data()->changes);
        QCOMPARE(dialog.data()->changes->moves, 1);
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportFormat::Pdf)));
        QVERIFY2(dialog.exportTo(path(QStringLiteral("dialog.pdf")), &error), qPrintable(error));
        QVERIFY(readAll(path(QStringLiteral("dialog.pdf"))).startsWith("%PDF-"));
        // Writing where it cannot: an error, no file.
        QVERIFY(!dialog.exportTo(path(QStringLiteral("no/such/dir/x.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }

    // The optimizer's suggestion as the baseline of the default scenario takes a while: closing the dialog
    // meanwhile cancels that job and does not wait for it.
    void dialogClosesWithoutWaitingForTheOptimizer()
    {
        Document doc;
        QStringList errors;
        QVERIFY(doc.loadDefault(&errors));
        auto *dialog = new ReportDialog(&doc);
        QCoreApplication::processEvents(); // the first preview job starts
        dialog->baselineBox()->setCurrentIndex(dialog->baselineBox()->findData(ReportDialog::Optimizer));
        dialog->regenerate();
        const QList<JobRunner::Job> jobs = doc.jobs()->jobs();
        const auto report = std::find_if(jobs.begin(), jobs.end(), [](const JobRunner::Job &j) {
            return j.lane == QLatin1String(ReportDialog::JobLane);
        });
        QVERIFY(report != jobs.end());
        delete dialog;
        const std::optional<JobRunner::Job> running = doc.jobs()->job(report->id);
        QVERIFY(running.has_value()); // still winding down: nobody waited for it
        QVERIFY(running->cancelRequested);
        QTRY_VERIFY_WITH_TIMEOUT(!doc.jobs()->isActive(report->id), 60000);
    }

    // In Arabic the report is in Arabic: the HTML page reads right to left (lang, dir), the PDF holds the
    // translated headings; both from the interface language of the moment.
    void arabicReport()
    {
        applyInterfaceLanguage(QStringLiteral("ar"));
        const ReportData d = buildReportData(PlanSnapshot::evaluate(m_scenario), std::nullopt, {});
        const QString html = QString::fromUtf8(reportHtml(d));
        QString error;
        const bool written = writeReport(d, path(QStringLiteral("report-ar.pdf")), ReportFormat::Pdf, &error);
        const QString heading = QCoreApplication::translate("ea::ReportDocument", "Executive summary");
        applyInterfaceLanguage(QStringLiteral("en"));
        QVERIFY2(heading != QLatin1String("Executive summary"), "no Arabic catalog");
        QVERIFY(html.contains(QLatin1String("lang=\"ar\"")));
        QVERIFY(html.contains(QLatin1String("dir=\"rtl\"")));
        QVERIFY(html.contains(heading.toHtmlEscaped()));
        QVERIFY2(written, qPrintable(error));
        EA_REQUIRE(!m_pdftotext.isEmpty(),
                   "pdftotext (Debian package poppler-utils, packaging/install-deps.sh)");
        const Run r = run({path(QStringLiteral("report-ar.pdf")), QStringLiteral("-")}, m_pdftotext);
        QVERIFY2(r.code == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        int arabicLetters = 0;
        for (QChar c : text)
            arabicLetters += c.script() == QChar::Script_Arabic;
        QVERIFY2(arabicLetters > 2000, qPrintable(QString::number(arabicLetters)));
        // The pages are mirrored: the date in the page header, on the right in English, is on the left.
        const auto dateX = [this](const QString &pdf) {
            const Run bbox = run({QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("2"),
                                  QStringLiteral("-l"), QStringLiteral("2"), pdf, QStringLiteral("-")},
                                 m_pdftotext);
            static const QRegularExpression word(QStringLiteral("xMin=\"([0-9.]+)\"[^>]*>UTC<"));
            const auto m = word.match(QString::fromUtf8(bbox.out));
            return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
        };
        const double arabic = dateX(path(QStringLiteral("report-ar.pdf")));
        const double english = dateX(path(QStringLiteral("report.pdf")));
        QVERIFY2(arabic >= 0 && english >= 0, "no date in the page headers");
        QVERIFY2(arabic < 595 / 2.0 && english > 595 / 2.0,
                 qPrintable(QStringLiteral("date at x %1 (Arabic), %2 (English)").arg(arabic).arg(english)));
    }

    void badInputLeavesNoFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QString out = path(QStringLiteral("bad.pdf"));
        QTest::newRow("missing scenario")
            << QStringList{QStringLiteral("report"), path(QStringLiteral("nope.json")), QStringLiteral("-o"),
                           out}
            << 2 << QStringLiteral("nope.json");
        QTest::newRow("unwritable path") << QStringList{QStringLiteral("report"), QStringLiteral("-o"),
                                                        path(QStringLiteral("no/such/dir/r.pdf"))}
                                         << 1 << QStringLiteral("r.pdf");
        QTest::newRow("bad placement")
            << QStringList{QStringLiteral("report"), QStringLiteral("--placement"),
                           path(QStringLiteral("badplacement.json")), QStringLiteral("-o"), out}
            << 2 << QStringLiteral("badplacement.json");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("report"), QStringLiteral("-o"), path(QStringLiteral("bad.docx"))}
            << 2 << QStringLiteral("bad.docx");
        QTest::newRow("no output") << QStringList{QStringLiteral("report")} << 2 << QStringLiteral("usage");
    }

    void badInputLeavesNoFile()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QFile placement(path(QStringLiteral("badplacement.json")));
        QVERIFY(placement.open(QIODevice::WriteOnly));
        placement.write(R"({"schema": "edgeatlas-placement/1", "placement": {"no-such-workload": "edge"}})");
        placement.close();
        const QString old = path(QStringLiteral("bad.pdf"));
        QFile f(old); // a file the failed command must leave as it was
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("earlier content");
        f.close();

        const Run r = run(args);
        QCOMPARE(r.code, code);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.isEmpty() && !err.contains(QLatin1Char('\n')), qPrintable(err)); // one line
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QCOMPARE(readAll(old), QByteArray("earlier content"));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.docx"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("no/such/dir/r.pdf"))));
        const QStringList left =
            QDir(m_dir.path()).entryList({QStringLiteral("*.new"), QStringLiteral("bad.pdf.*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' ')))); // no temporary file left behind
    }
};

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
