// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "tests/common/snapshots.h"
#include "widgets/charts/modeluncertaintytext.h"
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

using test::Publisher;

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
    Publisher publish(s);
    model.setSnapshot(publish(placementOf(*s), nullptr)); // the content, not evaluated yet
    QCOMPARE(model.rowCount(), static_cast<int>(s->workloads.size()));
    QCOMPARE(model.columnCount(), static_cast<int>(WorkloadTableModel::ColumnCount));
    QVERIFY(model.isPending());
    model.setSnapshot(publish.evaluated(placementOf(*s)));
    QVERIFY(!model.isPending());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, WorkloadTableModel::NameColumn).data().toString(), s->workloads[row].name);
        QCOMPARE(model.index(row, WorkloadTableModel::TierColumn).data().toString(),
                 tierLabel(s->workloads[row].tier));
        QVERIFY(!model.index(row, WorkloadTableModel::P95Column).data().toString().isEmpty());
        QVERIFY(!model.index(row, WorkloadTableModel::StatusColumn).data().toString().isEmpty());
    }
    // Other content (an edit that removed every workload): the model resets.
    Scenario empty = *s;
    empty.workloads.clear();
    Publisher other(std::make_shared<const Scenario>(empty), 2);
    model.setSnapshot(other.evaluated({}));
    QCOMPARE(model.rowCount(), 0);
}

void tst_WorkloadTableModel::setDataRequestsTierChange()
{
    const auto s = fixture();
    QVERIFY(s);
    WorkloadTableModel model;
    model.setSnapshot(Publisher(s)(placementOf(*s), nullptr));
    QSignalSpy requested(&model, &WorkloadTableModel::tierChangeRequested);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex tier = model.index(0, WorkloadTableModel::TierColumn);
    QVERIFY(model.flags(tier) & Qt::ItemIsEditable);
    QCOMPARE(tier.data(Qt::EditRole).toInt(), static_cast<int>(Tier::Regional));

    QVERIFY(model.setData(tier, static_cast<int>(Tier::Central), Qt::EditRole));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toInt(), 0);
    QCOMPARE(requested.at(0).at(1).value<Tier>(), Tier::Central);
    // The model only asks: its data stays until the owner publishes a new snapshot.
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
    model.setSnapshot(
        Publisher(std::make_shared<const Scenario>(forbidding))(placementOf(forbidding), nullptr));
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
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish({Tier::Regional}, nullptr));
    QVERIFY(model.index(0, WorkloadTableModel::P95Column).data().toString().isEmpty());

    const PlanSnapshotPtr regional = publish.evaluated({Tier::Regional});
    model.setSnapshot(regional);
    const WorkloadOutcome &o = regional->outcome->workloads[0];
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data().toString(), units::ms(o.p95Ms));
    QCOMPARE(model.index(0, WorkloadTableModel::P50Column).data().toString(), units::ms(o.p50Ms));
    QCOMPARE(model.index(0, WorkloadTableModel::CostColumn).data().toString(), units::usd(o.usdPerMonth()));
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data(WorkloadTableModel::RawValueRole).toDouble(),
             o.p95Ms);
    QVERIFY(model.index(0, WorkloadTableModel::P95Column)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(units::ms(o.breakdown.prefillMs)));
    // … and the models' error for that latency, as modeluncertainty.h computes it from the decomposition.
    const LatencyUncertainty u = ModelUncertainty::of(o.breakdown, s->network.fiberKmPerMs);
    QVERIFY(u.typicalMs > 0 && u.p90Ms > u.typicalMs);
    QVERIFY(model.index(0, WorkloadTableModel::P95Column)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(ModelUncertainty::text(o.breakdown, s->network.fiberKmPerMs).toHtmlEscaped()));
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);

    const PlanSnapshotPtr central = publish.evaluated({Tier::Central});
    model.setSnapshot(central);
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data().toString(),
             units::ms(central->outcome->workloads[0].p95Ms));
    QCOMPARE(model.index(0, WorkloadTableModel::CostColumn).data(WorkloadTableModel::RawValueRole).toDouble(),
             central->outcome->workloads[0].usdPerMonth());

    // An outcome of another scenario (other workload count) cannot reach the model: no snapshot holds it.
    auto wrong = std::make_shared<PlanOutcome>(*central->outcome);
    wrong->workloads.push_back(wrong->workloads[0]);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, publish({Tier::Central}, wrong));
    QCOMPARE(model.outcome(), central->outcome);
}

void tst_WorkloadTableModel::setOutcomeSignalsNumberColumnsOnly()
{
    const auto s = fixture();
    QVERIFY(s);
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(publish.evaluated(placementOf(*s)));
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
    Publisher publish(s);
    WorkloadTableModel model;
    const PlanSnapshotPtr evaluated = publish.evaluated(placementOf(*s));
    model.setSnapshot(evaluated);
    const QString p95 = model.index(0, WorkloadTableModel::P95Column).data().toString();
    QVERIFY(!model.index(0, WorkloadTableModel::P95Column).data(Qt::ForegroundRole).isValid());

    // Moved, not yet evaluated: the document publishes the new tiers with the numbers it has.
    model.setSnapshot(publish({Tier::Central}, evaluated->outcome));
    QVERIFY(model.isPending());
    QCOMPARE(model.index(0, WorkloadTableModel::TierColumn).data().toString(), tierLabel(Tier::Central));
    QCOMPARE(model.index(0, WorkloadTableModel::P95Column).data().toString(), p95);
    QVERIFY(model.index(0, WorkloadTableModel::P95Column).data(Qt::ForegroundRole).isValid()); // greyed
    QCOMPARE(model.index(0, WorkloadTableModel::StatusColumn).data().toString(),
             WorkloadTableModel::tr("Evaluating…"));
    model.setSnapshot(publish.evaluated({Tier::Central}));
    QVERIFY(!model.isPending());
    QVERIFY(!model.index(0, WorkloadTableModel::P95Column).data(Qt::ForegroundRole).isValid());
}

void tst_WorkloadTableModel::placementUpdatesTierColumn()
{
    const auto s = fixture();
    QVERIFY(s);
    Publisher publish(s);
    WorkloadTableModel model;
    const PlanSnapshotPtr first = publish.evaluated(placementOf(*s));
    model.setSnapshot(first);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(publish({Tier::Central}, first->outcome));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(0, WorkloadTableModel::TierColumn).data().toString(), tierLabel(Tier::Central));
    QCOMPARE(model.placement(), Placement{Tier::Central});
    changed.clear();
    model.setSnapshot(publish({Tier::Central}, first->outcome)); // nothing changed
    QCOMPARE(changed.size(), 0);
    // A placement of other workloads cannot reach the model: no snapshot holds it.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             PlanSnapshot::evaluate(s, Placement{Tier::Central, Tier::Edge}));
    QCOMPARE(model.placement(), Placement{Tier::Central});
}

void tst_WorkloadTableModel::allowedTiersHonourScenario()
{
    const auto s = fixture();
    QVERIFY(s);
    WorkloadTableModel model;
    model.setSnapshot(Publisher(s)(placementOf(*s), nullptr));
    const QVariantList tiers =
        model.index(0, WorkloadTableModel::TierColumn).data(WorkloadTableModel::AllowedTiersRole).toList();
    QCOMPARE(tiers, (QVariantList{static_cast<int>(Tier::Regional), static_cast<int>(Tier::Central)}));
}

QTEST_MAIN(tst_WorkloadTableModel)
#include "tst_workloadtablemodel.moc"
