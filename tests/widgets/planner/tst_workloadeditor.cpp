// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "widgets/planner/workloadeditor.h"
#include "widgets/planner/workloadpresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace ea;

namespace {

std::shared_ptr<const Scenario> load(bool useDefault)
{
    ScenarioLoad l =
        useDefault ? loadDefaultScenario() : loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qWarning() << l.errors;
    return l.ok() ? std::make_shared<const Scenario>(std::move(*l.scenario)) : nullptr;
}

template <typename T> T *field(const WorkloadEditor &e, const char *name)
{
    T *w = e.findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no field" << name;
    return w;
}

QPushButton *okButton(const WorkloadEditor &e)
{
    return e.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

/** What the file loader says about workload index when it reads the whole candidate as a file. */
QStringList loaderLinesFor(const Scenario &candidate, int index, const QString &key)
{
    const QString path = QStringLiteral("$.workloads[%1].%2").arg(index).arg(key);
    QStringList lines;
    for (const QString &e : parseScenario(scenarioToJson(candidate)).errors)
        if (e.startsWith(path + QLatin1Char(':')))
            lines << e;
    return lines;
}

} // namespace

class tst_WorkloadEditor : public QObject
{
    Q_OBJECT

private slots:
    void unchangedFormKeepsWorkloadExactly_data();
    void unchangedFormKeepsWorkloadExactly();
    void editingFieldsProducesWorkload();
    void invalidValueShowsLoaderMessage_data();
    void invalidValueShowsLoaderMessage();
    void presetsSetSloFields();
    void duplicateIdIsRejected();
    void uniqueIdsGetCopySuffix();
    void newWorkloadIsValidAndInserted();
    void keyboardAcceptsAndCancels();
    void everyFieldHasToolTip();
};

void tst_WorkloadEditor::unchangedFormKeepsWorkloadExactly_data()
{
    QTest::addColumn<bool>("useDefault");
    QTest::newRow("fixture") << false;
    QTest::newRow("default scenario") << true;
}

void tst_WorkloadEditor::unchangedFormKeepsWorkloadExactly()
{
    QFETCH(bool, useDefault);
    const auto s = load(useDefault);
    QVERIFY(s);
    for (size_t i = 0; i < s->workloads.size(); ++i) {
        WorkloadEditor editor(s, WorkloadEditor::Mode::Edit, static_cast<int>(i), s->workloads[i]);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
        QVERIFY(okButton(editor)->isEnabled());
        QCOMPARE(editor.workload(), s->workloads[i]);
        QVERIFY(editor.candidate() == *s);
    }
}

void tst_WorkloadEditor::editingFieldsProducesWorkload()
{
    const auto s = load(false);
    QVERIFY(s);
    WorkloadEditor editor(s, WorkloadEditor::Mode::Edit, 0, s->workloads[0]);
    field<QLineEdit>(editor, "id")->setText(QStringLiteral("chat-eu"));
    field<QLineEdit>(editor, "name")->setText(QStringLiteral("Chat (EU)"));
    selectData(field<QComboBox>(editor, "category"), static_cast<int>(WorkloadCategory::Batch));
    selectData(field<QComboBox>(editor, "metric"), static_cast<int>(SloMetric::E2e));
    field<QDoubleSpinBox>(editor, "percentile")->setValue(99);
    field<QDoubleSpinBox>(editor, "budgetMs")->setValue(250);
    field<QDoubleSpinBox>(editor, "meanRps")->setValue(7.5);
    selectData(field<QComboBox>(editor, "diurnal"), 2); // evening peak
    field<QSpinBox>(editor, "inputTokens")->setValue(300);
    field<QSpinBox>(editor, "outputTokens")->setValue(20);
    selectData(field<QComboBox>(editor, "precision"), static_cast<int>(Precision::FP8));
    selectData(field<QComboBox>(editor, "tier"), static_cast<int>(Tier::Central));
    selectData(field<QComboBox>(editor, "access"), static_cast<int>(AccessProfile::Enterprise));
    field<QCheckBox>(editor, "pinned")->setChecked(true);
    editor.findChild<QCheckBox *>(QStringLiteral("forbidden-regional"))->setChecked(true);

    Workload expected = s->workloads[0];
    expected.id = QStringLiteral("chat-eu");
    expected.name = QStringLiteral("Chat (EU)");
    expected.category = WorkloadCategory::Batch;
    expected.slo = {SloMetric::E2e, 99, 250};
    expected.meanRps = 7.5;
    expected.diurnal = diurnalShapes()[2].profile;
    expected.inputTokens = 300;
    expected.outputTokens = 20;
    expected.precision = Precision::FP8;
    expected.tier = Tier::Central;
    expected.access = AccessProfile::Enterprise;
    expected.pinned = true;
    expected.forbiddenTiers = {Tier::Regional};
    QCOMPARE(editor.workload(), expected);
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
    const Scenario c = editor.candidate();
    QCOMPARE(c.workloads.size(), s->workloads.size());
    QCOMPARE(c.workloads[0], expected);
    Scenario rest = c;
    rest.workloads[0] = s->workloads[0];
    QVERIFY(rest == *s); // nothing else changed
    // The candidate is what the loader reads back: the round trip is lossless.
    const ScenarioLoad back = parseScenario(scenarioToJson(c));
    QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
    QVERIFY(*back.scenario == c);
}

void tst_WorkloadEditor::invalidValueShowsLoaderMessage_data()
{
    QTest::addColumn<bool>("useDefault");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("jsonKey");
    QTest::addColumn<double>("value");
    QTest::newRow("budget 0") << false << "budgetMs"
                              << "slo.budgetMs" << 0.0;
    QTest::newRow("budget 0, default scenario") << true << "budgetMs"
                                                << "slo.budgetMs" << 0.0;
    QTest::newRow("percentile 40") << false << "percentile"
                                   << "slo.percentile" << 40.0;
    QTest::newRow("rate 0") << true << "meanRps"
                            << "requestRate.meanRps" << 0.0;
    QTest::newRow("input tokens 0") << false << "inputTokens"
                                    << "inputTokens" << 0.0;
    QTest::newRow("output tokens 2,000,000") << true << "outputTokens"
                                             << "outputTokens" << 2e6;
}

void tst_WorkloadEditor::invalidValueShowsLoaderMessage()
{
    QFETCH(bool, useDefault);
    QFETCH(QString, fieldName);
    QFETCH(QString, jsonKey);
    QFETCH(double, value);
    const auto s = load(useDefault);
    QVERIFY(s);
    const int index = static_cast<int>(s->workloads.size()) - 1;
    WorkloadEditor editor(s, WorkloadEditor::Mode::Edit, index, s->workloads[index]);
    QWidget *w = editor.findChild<QWidget *>(fieldName);
    QVERIFY(w);
    if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
        d->setValue(value);
    else
        qobject_cast<QSpinBox *>(w)->setValue(static_cast<int>(value));

    const QStringList expected = loaderLinesFor(editor.candidate(), index, jsonKey);
    QCOMPARE(expected.size(), 1); // the loader does reject it
    QCOMPARE(editor.problems(), expected);
    QVERIFY(w->property("invalid").toBool());
    QVERIFY(w->toolTip().contains(expected.first()));
    auto *label = editor.findChild<QLabel *>(QStringLiteral("problems"));
    QCOMPARE(label->text(), expected.first());
    QVERIFY(!label->isHidden());
    QVERIFY(!okButton(editor)->isEnabled());
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Rejected)); // accept() refuses while there are problems

    editor.setWorkload(s->workloads[index]); // fixed again
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(!w->property("invalid").toBool());
    QVERIFY(label->isHidden());
    QVERIFY(okButton(editor)->isEnabled());
}

void tst_WorkloadEditor::presetsSetSloFields()
{
    const auto s = load(false);
    QVERIFY(s);
    WorkloadEditor editor(s, WorkloadEditor::Mode::Edit, 0, s->workloads[0]);
    auto *preset = field<QComboBox>(editor, "sloPreset");
    QCOMPARE(preset->currentData().toInt(), -1); // the fixture's 1000 ms TTFT is no taxonomy preset
    QCOMPARE(static_cast<size_t>(preset->count()), sloPresets().size() + 1);
    for (size_t i = 0; i < sloPresets().size(); ++i) {
        const int row = preset->findData(static_cast<int>(i));
        QVERIFY(!preset->itemData(row, Qt::ToolTipRole).toString().isEmpty());
        preset->setCurrentIndex(row);
        emit preset->activated(row);
        const Workload w = editor.workload();
        QCOMPARE(w.slo, sloPresets()[i].slo);
        QCOMPARE(w.category, sloPresets()[i].category);
        QVERIFY(editor.problems().isEmpty());
    }
    // The taxonomy's budgets, as DESIGN.md states them.
    QCOMPARE(sloPresets()[0].slo.budgetMs, 200.0);
    QCOMPARE(sloPresets()[1].slo.budgetMs, 500.0);
    QCOMPARE(sloPresets()[2].slo.budgetMs, 100.0);
    QCOMPARE(sloPresets()[3].slo.budgetMs, 50.0);
    // Changing a field by hand leaves the preset; matching values select it again.
    field<QDoubleSpinBox>(editor, "budgetMs")->setValue(123);
    QCOMPARE(preset->currentData().toInt(), -1);
    field<QDoubleSpinBox>(editor, "budgetMs")->setValue(sloPresets().back().slo.budgetMs);
    QCOMPARE(preset->currentData().toInt(), static_cast<int>(sloPresets().size()) - 1);
}

void tst_WorkloadEditor::duplicateIdIsRejected()
{
    const auto s = load(true);
    QVERIFY(s);
    WorkloadEditor editor(s, WorkloadEditor::Mode::Edit, 2, s->workloads[2]);
    auto *id = field<QLineEdit>(editor, "id");

    id->setText(s->workloads[0].id); // an earlier workload's id: reported at this workload's path
    QStringList expected = loaderLinesFor(editor.candidate(), 2, QStringLiteral("id"));
    QCOMPARE(expected.size(), 1);
    QVERIFY(expected.first().contains(QStringLiteral("duplicate id")));
    QCOMPARE(editor.problems(), expected);
    QVERIFY(id->property("invalid").toBool());
    QVERIFY(!okButton(editor)->isEnabled());

    id->setText(s->workloads[5].id); // a later one's: the loader names the later path, first at ours
    expected = loaderLinesFor(editor.candidate(), 5, QStringLiteral("id"));
    QCOMPARE(expected.size(), 1);
    QVERIFY(expected.first().endsWith(QStringLiteral("(first at $.workloads[2])")));
    QCOMPARE(editor.problems(), expected);
    QVERIFY(id->property("invalid").toBool());
    QVERIFY(!okButton(editor)->isEnabled());

    id->setText(QString()); // empty
    QCOMPARE(editor.problems(), loaderLinesFor(editor.candidate(), 2, QStringLiteral("id")));
    QVERIFY(!okButton(editor)->isEnabled());

    id->setText(uniqueWorkloadId(*s, s->workloads[5].id, 2));
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(!id->property("invalid").toBool());
    QVERIFY(okButton(editor)->isEnabled());
}

void tst_WorkloadEditor::uniqueIdsGetCopySuffix()
{
    auto s = *load(false);
    QCOMPARE(uniqueWorkloadId(s, QStringLiteral("free")), QStringLiteral("free"));
    QCOMPARE(uniqueWorkloadId(s, QStringLiteral("chat")), QStringLiteral("chat-copy"));
    QCOMPARE(uniqueWorkloadId(s, QStringLiteral("chat"), 0), QStringLiteral("chat")); // itself does not count
    Workload copy = s.workloads[0];
    copy.id = QStringLiteral("chat-copy");
    s.workloads.push_back(copy);
    QCOMPARE(uniqueWorkloadId(s, QStringLiteral("chat")), QStringLiteral("chat-copy-2"));
    QCOMPARE(uniqueWorkloadId(s, QStringLiteral("chat-copy")), QStringLiteral("chat-copy-2"));
    copy.id = QStringLiteral("chat-copy-2");
    s.workloads.push_back(copy);
    QCOMPARE(uniqueWorkloadId(s, QStringLiteral("chat-copy-2")), QStringLiteral("chat-copy-3"));
}

void tst_WorkloadEditor::newWorkloadIsValidAndInserted()
{
    for (bool useDefault : {false, true}) {
        const auto s = load(useDefault);
        QVERIFY(s);
        const Workload fresh = newWorkload(*s);
        QCOMPARE(s->workloadIndex(fresh.id), -1);
        WorkloadEditor editor(s, WorkloadEditor::Mode::Insert, 1, fresh);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
        QCOMPARE(editor.workload(), fresh);
        const Scenario c = editor.candidate();
        QCOMPARE(c.workloads.size(), s->workloads.size() + 1);
        QCOMPARE(c.workloads[1], fresh);
        QCOMPARE(c.workloads[0], s->workloads[0]);
        QVERIFY(parseScenario(scenarioToJson(c)).ok());
    }
}

void tst_WorkloadEditor::keyboardAcceptsAndCancels()
{
    const auto s = load(false);
    QVERIFY(s);
    {
        WorkloadEditor editor(s, WorkloadEditor::Mode::Edit, 0, s->workloads[0]);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *name = field<QLineEdit>(editor, "name");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral(" 2"));
        QCOMPARE(editor.workload().name, s->workloads[0].name + QStringLiteral(" 2"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
    }
    {
        WorkloadEditor editor(s, WorkloadEditor::Mode::Edit, 0, s->workloads[0]);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *budget = field<QDoubleSpinBox>(editor, "budgetMs");
        budget->setValue(0);
        budget->setFocus();
        QTest::keyClick(budget, Qt::Key_Return); // OK disabled: Enter does not accept
        QVERIFY(editor.isVisible());
        QTest::keyClick(budget, Qt::Key_Escape);
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
    }
}

void tst_WorkloadEditor::everyFieldHasToolTip()
{
    const auto s = load(false);
    WorkloadEditor editor(s, WorkloadEditor::Mode::Edit, 0, s->workloads[0]);
    const char *names[] = {"id",        "name",    "category", "sloPreset",   "metric",        "percentile",
                           "budgetMs",  "meanRps", "diurnal",  "inputTokens", "outputTokens",  "model",
                           "precision", "tier",    "access",   "pinned",      "forbiddenTiers"};
    for (const char *n : names) {
        QWidget *w = editor.findChild<QWidget *>(QLatin1String(n));
        QVERIFY2(w, n);
        QVERIFY2(!w->toolTip().isEmpty(), n);
    }
    for (Tier t : AllTiers)
        QVERIFY(
            !editor.findChild<QCheckBox *>(QStringLiteral("forbidden-") + tierId(t))->toolTip().isEmpty());
    // The tier list offers only tiers with nodes (the fixture has regional and central).
    auto *tier = field<QComboBox>(editor, "tier");
    QCOMPARE(tier->count(), 2);
    QVERIFY(tier->findData(static_cast<int>(Tier::Edge)) < 0);
}

QTEST_MAIN(tst_WorkloadEditor)
#include "tst_workloadeditor.moc"
