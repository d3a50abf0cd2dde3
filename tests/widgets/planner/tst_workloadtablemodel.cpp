// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ea;

class tst_WorkloadTableModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester_data();
    void modelTester();
    void setDataRequestsTierChange();
    void setDataRefusesForbiddenOrUnchangedTier();
    void setOutcomeUpdatesNumbers();
    void setOutcomeSignalsNumberColumnsOnly();
    void pendingKeepsPreviousNumbers();
    void placementUpdatesTierColumn();
    void allowedTiersHonourScenario();

private:
    static std::shared_ptr<const Scenario> fixture();
    static PlanOutcomePtr evaluate(const std::shared_ptr<const Scenario> &s, const Placement &p);
};

std::shared_ptr<const Scenario> tst_WorkloadTableModel::fixture()
{
    ScenarioLoad load = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!load.ok())
        qWarning() << load.errors;
    return load.ok() ? std::make_shared<const Scenario>(std::move(*load.scenario)) : nullptr;
}

PlanOutcomePtr tst_WorkloadTableModel::evaluate(const std::shared_ptr<const Scenario> &s, const Placement &p)
{
    return std::make_shared<const PlanOutcome>(Evaluator(s).evaluate(p));
}

void tst_WorkloadTableModel::modelTester_data()
{
    QTest::addColumn<bool>("useDefault");
    QTest::newRow("fixture") << false;
    QTest::newRow("default scenario") << true;
}

void tst_WorkloadTableModel::modelTester()
{
    QFETCH(bool, useDefault);
    std::shared_ptr<const Scenario> s;
    if (useDefault) {
        ScenarioLoad load = loadDefaultScenario();
        QVERIFY2(load.ok(), qPrintable(load.errors.join(QLatin1Char('\n'))));
        s = std::make_shared<const Scenario>(std::move(*load.scenario));
    } else {
        s = fixture();
    }
    QVERIFY(s);

    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setScenario(s);
    QCOMPARE(model.rowCount(), static_cast<int>(s->workloads.size()));
    QCOMPARE(model.columnCount(), static_cast<int>(WorkloadTableModel::ColumnCount));
    model.setPending(true);
    model.setOutcome(evaluate(s, placementOf(*s)));
    model.setPlacement(placementOf(*s));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, WorkloadTableModel::NameColumn).data().toString(), s->workloads[row].name);
        QCOMPARE(model.index(row, WorkloadTableModel::TierColumn).data().toString(),
                 tierLabel(s->workloads[row].tier));
        QVERIFY(!model.index(row, WorkloadTableModel::P95Column).data().toString().isEmpty());
        QVERIFY(!model.index(row, WorkloadTableModel::StatusColumn).data().toString().isEmpty());
    }
    model.setScenario(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_WorkloadTableModel::setDataRequestsTierChange()
{
    const auto s = fixture();
    QVERIFY(s);
    WorkloadTableModel model;
    model.setScenario(s);
    QSignalSpy requested(&model, &WorkloadTableModel::tierChangeRequested);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex tier = model.index(0, WorkloadTableModel::TierColumn);
    QVERIFY(model.flags(tier) & Qt::ItemIsEditable);
    QCOMPARE(tier.data(Qt::EditRole).toInt(), static_cast<int>(Tier::Regional));

    QVERIFY(model.setData(tier, static_cast<int>(Tier::Central), Qt::EditRole));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toInt(), 0);
    QCOMPARE(requested.at(0).at(1).value<Tier>(), Tier::Central);
    // The model only asks: its data stays until the owner calls setPlacement().
    QCOMPARE(changed.size(), 0);
    QCOMPARE(tier.data(Qt::EditRole).toInt(), static_cast<int>(Tier::Regional));
    QCOMPARE(tier.data().toString(), tierLabel(Tier::Regional));

    QVERIFY(model.setData(tier, QStringLiteral("central"), Qt::EditRole)); // a tier id works as well
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(1).value<Tier>(), Tier::Central);
}

void tst_WorkloadTableModel::setDataRefusesForbiddenOrUnchangedTier()
{
    auto s = fixture();
    QVERIFY(s);
    Scenario forbidding = *s;
    forbidding.workloads[0].forbiddenTiers = {Tier::Central};
    WorkloadTableModel model;
    model.setScenario(std::make_shared<const Scenario>(forbidding));
    QSignalSpy requested(&model, &WorkloadTableModel::tierChangeRequested);
    const QModelIndex tier = model.index(0, WorkloadTableModel::TierColumn);
    QVERIFY(!model.setData(tier, static_cast<int>(Tier::Central), Qt::EditRole));  // forbidden
    QVERIFY(!model.setData(tier, static_cast<int>(Tier::Regional), Qt::EditRole)); // unchanged
    QVERIFY(!model.setData(tier, static_cast<int>(Tier::Edge), Qt::EditRole));     // not in the scenario
    QVERIFY(!model.setData(tier, QStringLiteral("nowhere"), Qt::EditRole));
    QVERIFY(
        !model.setData(model.index(0, WorkloadTableModel::NameColumn), QStringLiteral("x"), Qt::EditRole));
    QCOMPARE(requested.size(), 0);
    QVERIFY(!(model.flags(tier) & Qt::ItemIsEditable)); // only one tier left to choose
}

void tst_WorkloadTableModel::setOutcomeUpdatesNumbers()
{
    const auto s = fixture();
    QVERIFY(s);
    WorkloadTableModel model;
    model.setScenario(s);
    QVERIFY(model.index(0, WorkloadTableModel::P95Column).data().toString().isEmpty());

    const PlanOutcomePtr regional = evaluate(s, {Tier::Regional});
    model.setOutcome(regional);
    const WorkloadOutcome &o = regional->workloads[0];
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data().toString(), units::ms(o.p95Ms));
    QCOMPARE(model.index(0, WorkloadTableModel::P50Column).data().toString(), units::ms(o.p50Ms));
    QCOMPARE(model.index(0, WorkloadTableModel::CostColumn).data().toString(), units::usd(o.usdPerMonth()));
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data(WorkloadTableModel::RawValueRole).toDouble(),
             o.p95Ms);
    QVERIFY(model.index(0, WorkloadTableModel::P95Column)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(units::ms(o.breakdown.prefillMs)));
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);

    const PlanOutcomePtr central = evaluate(s, {Tier::Central});
    model.setOutcome(central);
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data().toString(),
             units::ms(central->workloads[0].p95Ms));
    QCOMPARE(model.index(0, WorkloadTableModel::CostColumn).data(WorkloadTableModel::RawValueRole).toDouble(),
             central->workloads[0].usdPerMonth());

    // An outcome of another scenario (other workload count) is ignored.
    auto wrong = std::make_shared<PlanOutcome>(*central);
    wrong->workloads.push_back(wrong->workloads[0]);
    model.setOutcome(wrong);
    QCOMPARE(model.outcome(), central);
}

void tst_WorkloadTableModel::setOutcomeSignalsNumberColumnsOnly()
{
    const auto s = fixture();
    QVERIFY(s);
    WorkloadTableModel model;
    model.setScenario(s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOutcome(evaluate(s, placementOf(*s)));
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : changed) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        QVERIFY(from.column() >= WorkloadTableModel::P50Column);
        QVERIFY(to.column() >= WorkloadTableModel::P50Column);
        QVERIFY(from.column() > WorkloadTableModel::TierColumn);
    }
}

void tst_WorkloadTableModel::pendingKeepsPreviousNumbers()
{
    const auto s = fixture();
    QVERIFY(s);
    WorkloadTableModel model;
    model.setScenario(s);
    const PlanOutcomePtr outcome = evaluate(s, placementOf(*s));
    model.setOutcome(outcome);
    const QString p95 = model.index(0, WorkloadTableModel::P95Column).data().toString();
    QVERIFY(!model.index(0, WorkloadTableModel::P95Column).data(Qt::ForegroundRole).isValid());

    model.setPlacement({Tier::Central});
    model.setPending(true);
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data().toString(), p95);
    QVERIFY(model.index(0, WorkloadTableModel::P95Column).data(Qt::ForegroundRole).isValid()); // greyed
    QCOMPARE(model.index(0, WorkloadTableModel::StatusColumn).data().toString(),
             WorkloadTableModel::tr("Evaluating…"));
    model.setOutcome(outcome);
    QVERIFY(!model.isPending());
}

void tst_WorkloadTableModel::placementUpdatesTierColumn()
{
    const auto s = fixture();
    QVERIFY(s);
    WorkloadTableModel model;
    model.setScenario(s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPlacement({Tier::Central});
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(0, WorkloadTableModel::TierColumn).data().toString(), tierLabel(Tier::Central));
    changed.clear();
    model.setPlacement({Tier::Central});
    QCOMPARE(changed.size(), 0);
    model.setPlacement({Tier::Central, Tier::Edge}); // wrong size: ignored
    QCOMPARE(model.placement(), Placement{Tier::Central});
}

void tst_WorkloadTableModel::allowedTiersHonourScenario()
{
    const auto s = fixture();
    QVERIFY(s);
    WorkloadTableModel model;
    model.setScenario(s);
    const QVariantList tiers =
        model.index(0, WorkloadTableModel::TierColumn).data(WorkloadTableModel::AllowedTiersRole).toList();
    QCOMPARE(tiers, (QVariantList{static_cast<int>(Tier::Regional), static_cast<int>(Tier::Central)}));
}

QTEST_MAIN(tst_WorkloadTableModel)
#include "tst_workloadtablemodel.moc"
