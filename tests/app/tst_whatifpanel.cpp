// SPDX-License-Identifier: GPL-3.0-or-later
// The What-If panel: conditions added, switched, edited and removed as undoable commands that are saved
// with the scenario, and the plan before → after them equal to what `edgeatlas plan --what-if` prints.
#include "app/document.h"
#include "app/report/reportdata.h"
#include "app/report/reportdocument.h"
#include "app/whatifdialog.h"
#include "app/whatifpanel.h"
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

#include "tests/common/testsupport.h"

using namespace ea;

namespace {
WhatIfCondition nodeDown(const QString &id)
{
    WhatIfCondition c;
    c.kind = WhatIfCondition::Kind::Down;
    c.nodes = {id};
    return c;
}
WhatIfCondition surge(double factor, const QString &workload)
{
    WhatIfCondition c;
    c.kind = WhatIfCondition::Kind::Surge;
    c.factor = factor;
    c.workload = workload;
    return c;
}
QString arrow(const QString &a, const QString &b)
{
    return a == b ? b : a + QStringLiteral(" → ") + b;
}
} // namespace

class tst_WhatIfPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static void load(Document &doc)
    {
        QStringList errors;
        QVERIFY2(doc.load(QStringLiteral(EA_TEST_DATA_DIR "/small.json"), &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending(), 10000);
    }

private slots:
    void addToggleRemoveAreUndoableAndSaved()
    {
        Document doc;
        load(doc);
        WhatIfPanel panel(&doc);
        QUndoStack *undo = doc.undoStack();
        QCOMPARE(panel.list()->count(), 0);

        QVERIFY(panel.addCondition(nodeDown(QStringLiteral("par"))));
        QVERIFY(panel.addCondition(surge(2, QStringLiteral("chat"))));
        QCOMPARE(undo->count(), 2);
        QCOMPARE(doc.scenario()->whatIf.size(), size_t(2));
        QCOMPARE(panel.list()->count(), 2);
        QCOMPARE(panel.list()->item(0)->text(), QStringLiteral("node par down"));
        QCOMPARE(panel.list()->item(0)->checkState(), Qt::Checked);

        // The check box switches the condition off, as one undoable command.
        panel.list()->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(undo->count(), 3);
        QVERIFY(!doc.scenario()->whatIf[1].enabled);
        QCOMPARE(undo->undoText(), QStringLiteral("Switch Off What-If Condition"));
        undo->undo();
        QVERIFY(doc.scenario()->whatIf[1].enabled);
        QCOMPARE(panel.list()->item(1)->checkState(), Qt::Checked);
        undo->redo();
        QCOMPARE(panel.list()->item(1)->checkState(), Qt::Unchecked);

        // Edit and remove, each undoable.
        QVERIFY(panel.replaceCondition(1, surge(3, QStringLiteral("chat"))));
        QCOMPARE(doc.scenario()->whatIf[1].factor, 3.0);
        QVERIFY(panel.removeCondition(0));
        QCOMPARE(doc.scenario()->whatIf.size(), size_t(1));
        QCOMPARE(panel.list()->count(), 1);
        undo->undo(); // the removal
        QCOMPARE(doc.scenario()->whatIf.size(), size_t(2));
        QCOMPARE(doc.scenario()->whatIf[0], nodeDown(QStringLiteral("par")));
        QCOMPARE(panel.list()->count(), 2);

        // Keyboard: Delete removes the current condition.
        panel.list()->setCurrentRow(1);
        QTest::keyClick(panel.list(), Qt::Key_Delete);
        QCOMPARE(doc.scenario()->whatIf.size(), size_t(1));
        undo->undo();

        // Saved with the scenario and read back the same.
        const QString file = m_dir.filePath(QStringLiteral("s.json"));
        QString error;
        QVERIFY2(doc.saveAs(file, &error), qPrintable(error));
        const std::vector<WhatIfCondition> saved = doc.scenario()->whatIf;
        Document back;
        QStringList errors;
        QVERIFY2(back.load(file, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(back.scenario()->whatIf.size(), saved.size());
        for (size_t i = 0; i < saved.size(); ++i)
            QVERIFY2(back.scenario()->whatIf[i] == saved[i], qPrintable(describeWhatIf(saved[i])));
        WhatIfPanel again(&back);
        QCOMPARE(again.list()->count(), int(saved.size()));
        QCOMPARE(again.list()->item(1)->checkState(), saved[1].enabled ? Qt::Checked : Qt::Unchecked);
    }

    void dialogBuildsEachKindAndNamesProblems()
    {
        Document doc;
        load(doc);
        const Scenario &s = *doc.scenario();
        {
            WhatIfConditionDialog d(s, nodeDown(QStringLiteral("par")));
            QVERIFY(d.problems().isEmpty());
            d.nodesEdit()->setText(QStringLiteral("par, nowhere"));
            QCOMPARE(d.condition().nodes, (QStringList{QStringLiteral("par"), QStringLiteral("nowhere")}));
            QVERIFY2(d.problems().join(QLatin1Char(' ')).contains(QStringLiteral("nowhere")),
                     qPrintable(d.problems().join(QLatin1Char(' '))));
            d.nodesEdit()->clear();
            QVERIFY(!d.problems().isEmpty());
            // A whole tier down: the filter, with a tier and no zone or country.
            d.findChildren<QRadioButton *>().at(1)->setChecked(true);
            QVERIFY(!d.problems().isEmpty()); // no filter picked yet
            d.tierCombo()->setCurrentIndex(d.tierCombo()->findData(static_cast<int>(Tier::Regional)));
            QVERIFY(d.problems().isEmpty());
            const WhatIfCondition c = d.condition();
            QVERIFY(c.nodes.isEmpty());
            QCOMPARE(*c.tier, Tier::Regional);
            QVERIFY(c.zone.isEmpty() && c.country.isEmpty());
        }
        {
            WhatIfCondition start;
            start.kind = WhatIfCondition::Kind::Surge;
            WhatIfConditionDialog d(s, start);
            d.factorSpin()->setValue(2.5);
            d.scopeCombo()->setCurrentIndex(d.scopeCombo()->findData(QStringLiteral("workload")));
            const WhatIfCondition c = d.condition();
            QCOMPARE(c.factor, 2.5);
            QCOMPARE(c.workload, QStringLiteral("chat"));
            QVERIFY(d.problems().isEmpty());
            d.scopeCombo()->setCurrentIndex(d.scopeCombo()->findData(QStringLiteral("zone")));
            d.targetCombo()->setCurrentIndex(d.targetCombo()->findData(QStringLiteral("EU")));
            QCOMPARE(d.condition().zone, QStringLiteral("EU"));
            QVERIFY(d.condition().workload.isEmpty());
        }
        {
            WhatIfCondition start;
            start.kind = WhatIfCondition::Kind::Price;
            WhatIfConditionDialog d(s, start);
            d.factorSpin()->setValue(0.5);
            QCOMPARE(d.condition().gpu, QStringLiteral("g1"));
            d.scopeCombo()->setCurrentIndex(d.scopeCombo()->findData(QStringLiteral("tier")));
            d.targetCombo()->setCurrentIndex(d.targetCombo()->findData(static_cast<int>(Tier::Central)));
            QCOMPARE(*d.condition().tier, Tier::Central);
            QVERIFY(d.condition().gpu.isEmpty());
            QVERIFY(d.problems().isEmpty());
        }
        {
            WhatIfCondition start;
            start.kind = WhatIfCondition::Kind::LatencyPenalty;
            start.zoneA = QStringLiteral("EU");
            start.zoneB = QStringLiteral("NA");
            start.penaltyMs = 40;
            WhatIfConditionDialog d(s, start);
            QCOMPARE(d.condition(), start);
            d.penaltySpin()->setValue(80);
            QCOMPARE(d.condition().penaltyMs, 80.0);
            QVERIFY(d.problems().isEmpty());
        }
    }

    /** The panel's before → after against the real `edgeatlas plan --what-if` (another path, another
     * process). */
    void beforeAfterEqualsPlanWhatIf()
    {
        Document doc;
        load(doc);
        WhatIfPanel panel(&doc);
        QVERIFY(!doc.snapshot()->whatIf);
        const std::vector<WhatIfCondition> conditions{nodeDown(QStringLiteral("par")),
                                                      surge(2, QStringLiteral("chat"))};
        for (const WhatIfCondition &c : conditions)
            QVERIFY(panel.addCondition(c));
        QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending() && doc.snapshot()->whatIf, 10000);
        const PlanSnapshotPtr snap = doc.snapshot();

        const QString w = m_dir.filePath(QStringLiteral("w.json"));
        QFile f(w);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(whatIfToJson(conditions));
        f.close();
        const test::CliRun r = test::runEdgeAtlas(
            {QStringLiteral("plan"), QStringLiteral(EA_TEST_DATA_DIR "/small.json"),
             QStringLiteral("--what-if"), w, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const WhatIfComparison &c = snap->whatIf->comparison;
        QCOMPARE(c.usdPerMonthBefore, j[QStringLiteral("usdPerMonthBefore")].toDouble());
        QCOMPARE(c.usdPerMonthAfter, j[QStringLiteral("usdPerMonthAfter")].toDouble());
        QCOMPARE(c.attainmentPctBefore, j[QStringLiteral("attainmentPctBefore")].toDouble());
        QCOMPARE(c.attainmentPctAfter, j[QStringLiteral("attainmentPctAfter")].toDouble());
        QVERIFY(c.usdPerMonthAfter != c.usdPerMonthBefore); // the conditions do something
        const QJsonArray workloads = j[QStringLiteral("workloads")].toArray();
        QCOMPARE(qsizetype(c.workloads.size()), workloads.size());
        for (qsizetype i = 0; i < workloads.size(); ++i) {
            const QJsonObject o = workloads[i].toObject();
            const WhatIfWorkloadDelta &d = c.workloads[size_t(i)];
            QCOMPARE(d.usdPerMonthAfter, o[QStringLiteral("usdPerMonthAfter")].toDouble());
            QCOMPARE(d.attainmentPctAfter, o[QStringLiteral("attainmentPctAfter")].toDouble());
            QCOMPARE(d.unservedRps, o[QStringLiteral("unservedRps")].toDouble());
            QCOMPARE(qint64(d.regionsMoved.size()), o[QStringLiteral("regionsMoved")].toInteger());
            QCOMPARE(qsizetype(d.regionsLostSlo.size()),
                     o[QStringLiteral("regionsLostSlo")].toArray().size());
        }
        // What the panel shows: the total row, then one row per workload.
        QTableWidget *t = panel.comparison();
        QCOMPARE(t->rowCount(), 1 + int(workloads.size()));
        QCOMPARE(t->item(0, 1)->text(), arrow(units::usd(j[QStringLiteral("usdPerMonthBefore")].toDouble()),
                                              units::usd(j[QStringLiteral("usdPerMonthAfter")].toDouble())));
        QCOMPARE(t->item(0, 2)->text(),
                 arrow(units::percent(j[QStringLiteral("attainmentPctBefore")].toDouble()),
                       units::percent(j[QStringLiteral("attainmentPctAfter")].toDouble())));
        QCOMPARE(t->item(1, 1)->text(),
                 arrow(units::usd(workloads[0].toObject()[QStringLiteral("usdPerMonthBefore")].toDouble()),
                       units::usd(workloads[0].toObject()[QStringLiteral("usdPerMonthAfter")].toDouble())));

        // The report gets a what-if section: the conditions and the same before → after.
        ReportOptions options;
        options.alternatives = false;
        const ReportDocument report = buildReportDocument(buildReportData(snap, std::nullopt, options));
        const auto section =
            std::find_if(report.sections.begin(), report.sections.end(),
                         [](const ReportSection &x) { return x.id == ReportSection::WhatIf; });
        QVERIFY(section != report.sections.end());
        QString text;
        for (const ReportBlock &b : section->blocks) {
            text += b.text + QLatin1Char('\n');
            for (const QStringList &row : b.table.rows)
                text += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        QVERIFY2(text.contains(QStringLiteral("node par down")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("demand x2 for workload chat")), qPrintable(text));
        QVERIFY2(text.contains(t->item(0, 1)->text()), qPrintable(text));

        // Switched off: no what-if plan; undo brings it back.
        QVERIFY(panel.setConditionEnabled(0, false));
        QVERIFY(panel.setConditionEnabled(1, false));
        QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending(), 10000);
        QVERIFY(!doc.snapshot()->whatIf);
        QCOMPARE(t->rowCount(), 0);
        doc.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending() && doc.snapshot()->whatIf, 10000);
        QCOMPARE(doc.snapshot()->whatIf->conditions.size(), size_t(1));
    }
};

QTEST_MAIN(tst_WhatIfPanel)
#include "tst_whatifpanel.moc"
