// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/workloadeditor.h"

#include "widgets/planner/diurnalsparkline.h"
#include "widgets/planner/workloadpresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {

constexpr int kCustomShape = -1;
const char *const kInvalidProperty = "invalid";
const char *const kBaseToolTip = "baseToolTip";

/** Spin boxes round to their decimals: a value shown unchanged keeps its exact loaded value. */
double keepExact(const QDoubleSpinBox *spin, double original)
{
    const double scale = std::pow(10.0, spin->decimals());
    return spin->value() == std::round(original * scale) / scale ? original : spin->value();
}

} // namespace

WorkloadEditor::WorkloadEditor(std::shared_ptr<const Scenario> scenario, Mode mode, int index,
                               const Workload &initial, QWidget *parent)
    : QDialog(parent), m_scenario(std::move(scenario)), m_check(*m_scenario), m_mode(mode), m_index(index),
      m_initial(initial)
{
    Q_ASSERT(m_scenario);
    const int size = static_cast<int>(m_scenario->workloads.size());
    m_index = std::clamp(index, 0, mode == Mode::Insert ? size : std::max(0, size - 1));
    setWindowTitle(mode == Mode::Insert ? tr("New Workload") : tr("Edit Workload — %1").arg(initial.name));
    buildForm();
    setWorkload(initial);
}

WorkloadEditor::~WorkloadEditor() = default;

void WorkloadEditor::buildForm()
{
    auto *form = new QFormLayout;
    const auto named = [](QWidget *w, const char *name, const QString &tip) {
        w->setObjectName(QLatin1String(name));
        w->setToolTip(tip);
        w->setProperty(kBaseToolTip, tip);
        return w;
    };

    m_id = new QLineEdit;
    form->addRow(tr("&Id:"),
                 named(m_id, "id", tr("Unique id of the workload, used in files and routing policies")));
    m_name = new QLineEdit;
    form->addRow(tr("&Name:"), named(m_name, "name", tr("Name shown on the board, the map and in reports")));
    m_category = new QComboBox;
    m_category->addItem(tr("Interactive"), static_cast<int>(WorkloadCategory::Interactive));
    m_category->addItem(tr("Batch"), static_cast<int>(WorkloadCategory::Batch));
    form->addRow(tr("&Category:"), named(m_category, "category",
                                         tr("Interactive: a person waits for the answer. Batch: no one "
                                            "waits; the job has a deadline, not an interactive budget")));

    m_sloPreset = new QComboBox;
    m_sloPreset->addItem(tr("Custom"), -1);
    for (size_t i = 0; i < sloPresets().size(); ++i) {
        m_sloPreset->addItem(sloPresets()[i].name, static_cast<int>(i));
        m_sloPreset->setItemData(m_sloPreset->count() - 1, sloPresets()[i].note, Qt::ToolTipRole);
    }
    form->addRow(tr("SLO &preset:"),
                 named(m_sloPreset, "sloPreset",
                       tr("Sets category, metric, percentile and budget from the workload taxonomy of the "
                          "design (DESIGN.md); hover an entry to see where its numbers come from")));
    m_metric = new QComboBox;
    m_metric->addItem(tr("Time to first token (TTFT)"), static_cast<int>(SloMetric::Ttft));
    m_metric->addItem(tr("End to end"), static_cast<int>(SloMetric::E2e));
    form->addRow(tr("SLO &metric:"), named(m_metric, "metric",
                                           tr("What the budget bounds: the wait for the first token, or "
                                              "the whole answer including network")));
    m_percentile = new QDoubleSpinBox;
    m_percentile->setRange(0, 100);
    m_percentile->setDecimals(2);
    m_percentile->setPrefix(QStringLiteral("p"));
    form->addRow(tr("P&ercentile:"), named(m_percentile, "percentile",
                                           tr("Share of requests that must meet the budget (50–99.99)")));
    m_budget = new QDoubleSpinBox;
    m_budget->setRange(0, 1e9);
    m_budget->setDecimals(1);
    m_budget->setSuffix(tr(" ms"));
    form->addRow(tr("&Budget:"), named(m_budget, "budgetMs", tr("Latency budget in milliseconds (> 0)")));

    m_rate = new QDoubleSpinBox;
    m_rate->setRange(0, 1e9);
    m_rate->setDecimals(3);
    m_rate->setSuffix(tr(" req/s"));
    form->addRow(tr("Mean &rate:"), named(m_rate, "meanRps",
                                          tr("World-wide mean requests per second over a day (> 0); the "
                                             "diurnal profile spreads it over the hours")));
    m_diurnal = new QComboBox;
    for (size_t i = 0; i < diurnalShapes().size(); ++i) {
        m_diurnal->addItem(diurnalShapes()[i].name, static_cast<int>(i));
        m_diurnal->setItemData(m_diurnal->count() - 1, diurnalShapes()[i].note, Qt::ToolTipRole);
    }
    m_sparkline = new DiurnalSparkline;
    m_sparkline->setToolTip(tr("Demand over the 24 hours of local time, peak at the top"));
    auto *diurnalRow = new QHBoxLayout;
    diurnalRow->addWidget(named(m_diurnal, "diurnal",
                                tr("Shape of the demand over a local day; \"As loaded\" keeps the profile "
                                   "of the file")),
                          1);
    diurnalRow->addWidget(m_sparkline);
    auto *diurnalLabel = new QLabel(tr("&Daily profile:"));
    diurnalLabel->setBuddy(m_diurnal);
    form->addRow(diurnalLabel, diurnalRow);

    m_input = new QSpinBox;
    m_input->setRange(0, 100'000'000);
    form->addRow(tr("&Input tokens:"),
                 named(m_input, "inputTokens", tr("Prompt tokens per request (1–10,000,000)")));
    m_output = new QSpinBox;
    m_output->setRange(0, 100'000'000);
    form->addRow(tr("&Output tokens:"),
                 named(m_output, "outputTokens", tr("Generated tokens per request (1–1,000,000)")));
    m_model = new QComboBox;
    for (const ModelSpec &m : m_scenario->models)
        m_model->addItem(QStringLiteral("%1 (%2)").arg(m.name, m.id), m.id);
    form->addRow(tr("Mo&del:"), named(m_model, "model", tr("Model from the scenario's model catalogue")));
    m_precision = new QComboBox;
    for (int i = 0; i < PrecisionCount; ++i)
        m_precision->addItem(precisionId(static_cast<Precision>(i)).toUpper(), i);
    form->addRow(tr("&Precision:"), named(m_precision, "precision",
                                          tr("Weight and compute precision; the GPUs of the chosen tier "
                                             "must support it")));
    m_tier = new QComboBox;
    for (Tier t : tiersWithNodes(*m_scenario))
        m_tier->addItem(tierLabel(t), static_cast<int>(t));
    form->addRow(tr("&Tier:"), named(m_tier, "tier", tr("Tier that serves the workload (tiers with nodes)")));
    m_access = new QComboBox;
    for (int i = 0; i < AccessProfileCount; ++i)
        m_access->addItem(accessProfileLabel(static_cast<AccessProfile>(i)), i);
    form->addRow(
        tr("&Users' access:"),
        named(m_access, "access",
              tr("How the users reach the network: their last mile is part of the latency (fixed "
                 "broadband as measured per country, mobile adds the radio network, an enterprise LAN "
                 "or private 5G pays neither)")));
    m_pinned = new QCheckBox(tr("Keep this tier when optimizing"));
    form->addRow(tr("Pi&nned:"),
                 named(m_pinned, "pinned", tr("The optimizer must not move a pinned workload")));
    m_forbiddenBox = new QFrame;
    auto *forbiddenRow = new QHBoxLayout(m_forbiddenBox);
    forbiddenRow->setContentsMargins(2, 2, 2, 2);
    for (Tier t : AllTiers) {
        auto *box = new QCheckBox(tierLabel(t));
        box->setObjectName(QStringLiteral("forbidden-") + tierId(t));
        box->setToolTip(
            tr("Never place this workload in the %1 tier (data residency, policy)").arg(tierLabel(t)));
        m_forbidden[static_cast<int>(t)] = box;
        forbiddenRow->addWidget(box);
    }
    forbiddenRow->addStretch(1);
    form->addRow(tr("&Forbidden tiers:"),
                 named(m_forbiddenBox, "forbiddenTiers", tr("Tiers the workload may never use")));

    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_problemLabel->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(pal);
    m_problemLabel->setToolTip(
        tr("Problems as the scenario file loader reports them: <json path>: <reason>"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Apply the workload (Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changes (Esc)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    QWidget *order[] = {m_id,        m_name, m_category, m_sloPreset, m_metric, m_percentile,
                        m_budget,    m_rate, m_diurnal,  m_input,     m_output, m_model,
                        m_precision, m_tier, m_access,   m_pinned};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    QWidget *previous = m_pinned;
    for (QCheckBox *box : m_forbidden) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_buttons);

    const auto changed = [this] {
        if (!m_filling) {
            syncPresetCombos();
            revalidate();
        }
    };
    for (QLineEdit *e : {m_id, m_name})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QComboBox *c : {m_category, m_metric, m_model, m_precision, m_tier, m_access})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QDoubleSpinBox *s : {m_percentile, m_budget, m_rate})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    for (QSpinBox *s : {m_input, m_output})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_pinned, &QCheckBox::toggled, this, changed);
    for (QCheckBox *box : m_forbidden)
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_sloPreset, &QComboBox::activated, this, &WorkloadEditor::applySloPreset);
    connect(m_diurnal, &QComboBox::currentIndexChanged, this, &WorkloadEditor::applyDiurnalShape);
}

void WorkloadEditor::setWorkload(const Workload &w)
{
    m_filling = true;
    m_initial = w;
    m_id->setText(w.id);
    m_name->setText(w.name);
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(w.category)));
    m_metric->setCurrentIndex(m_metric->findData(static_cast<int>(w.slo.metric)));
    m_percentile->setValue(w.slo.percentile);
    m_budget->setValue(w.slo.budgetMs);
    m_rate->setValue(w.meanRps);
    m_input->setValue(w.inputTokens);
    m_output->setValue(w.outputTokens);
    if (m_model->findData(w.model) < 0) // not in the catalogue: shown, so the loader's message names it
        m_model->addItem(w.model, w.model);
    m_model->setCurrentIndex(m_model->findData(w.model));
    m_precision->setCurrentIndex(m_precision->findData(static_cast<int>(w.precision)));
    if (m_tier->findData(static_cast<int>(w.tier)) < 0)
        m_tier->addItem(tierLabel(w.tier), static_cast<int>(w.tier));
    m_tier->setCurrentIndex(m_tier->findData(static_cast<int>(w.tier)));
    m_access->setCurrentIndex(m_access->findData(static_cast<int>(w.access)));
    m_pinned->setChecked(w.pinned);
    for (Tier t : AllTiers)
        m_forbidden[static_cast<int>(t)]->setChecked(!w.allows(t));

    const int shape = matchDiurnalShape(w.diurnal);
    const int customItem = m_diurnal->findData(kCustomShape);
    if (shape < 0) {
        m_customDiurnal = w.diurnal;
        if (customItem < 0) {
            m_diurnal->addItem(tr("As loaded (custom)"), kCustomShape);
            m_diurnal->setItemData(m_diurnal->count() - 1, tr("The hour profile of the file, unchanged"),
                                   Qt::ToolTipRole);
        }
        m_diurnal->setCurrentIndex(m_diurnal->findData(kCustomShape));
    } else {
        if (customItem >= 0)
            m_diurnal->removeItem(customItem);
        m_diurnal->setCurrentIndex(m_diurnal->findData(shape));
    }
    m_sparkline->setProfile(w.diurnal);
    m_filling = false;
    syncPresetCombos();
    revalidate();
}

Workload WorkloadEditor::workload() const
{
    Workload w = m_initial; // keeps what the form does not show
    w.id = m_id->text();
    w.name = m_name->text();
    w.category = static_cast<WorkloadCategory>(m_category->currentData().toInt());
    w.slo.metric = static_cast<SloMetric>(m_metric->currentData().toInt());
    w.slo.percentile = keepExact(m_percentile, m_initial.slo.percentile);
    w.slo.budgetMs = keepExact(m_budget, m_initial.slo.budgetMs);
    w.meanRps = keepExact(m_rate, m_initial.meanRps);
    const int shape = m_diurnal->currentData().toInt();
    w.diurnal = shape == kCustomShape ? m_customDiurnal : diurnalShapes()[shape].profile;
    w.inputTokens = m_input->value();
    w.outputTokens = m_output->value();
    w.model = m_model->currentData().toString();
    w.precision = static_cast<Precision>(m_precision->currentData().toInt());
    if (m_tier->currentIndex() >= 0)
        w.tier = static_cast<Tier>(m_tier->currentData().toInt());
    w.access = static_cast<AccessProfile>(m_access->currentData().toInt());
    w.pinned = m_pinned->isChecked();
    w.forbiddenTiers.clear();
    for (Tier t : AllTiers)
        if (m_forbidden[static_cast<int>(t)]->isChecked())
            w.forbiddenTiers.push_back(t);
    return w;
}

Scenario WorkloadEditor::candidate() const
{
    Scenario s = *m_scenario;
    if (m_mode == Mode::Insert)
        s.workloads.insert(s.workloads.begin() + m_index, workload());
    else
        s.workloads[m_index] = workload();
    return s;
}

void WorkloadEditor::accept()
{
    if (m_problems.isEmpty())
        QDialog::accept();
}

void WorkloadEditor::applySloPreset(int comboIndex)
{
    const int preset = m_sloPreset->itemData(comboIndex).toInt();
    if (preset < 0 || preset >= static_cast<int>(sloPresets().size()))
        return;
    const SloPreset &p = sloPresets()[preset];
    m_filling = true;
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(p.category)));
    m_metric->setCurrentIndex(m_metric->findData(static_cast<int>(p.slo.metric)));
    m_percentile->setValue(p.slo.percentile);
    m_budget->setValue(p.slo.budgetMs);
    m_filling = false;
    revalidate();
}

void WorkloadEditor::applyDiurnalShape(int comboIndex)
{
    if (comboIndex < 0)
        return;
    const int shape = m_diurnal->itemData(comboIndex).toInt();
    m_sparkline->setProfile(shape == kCustomShape ? m_customDiurnal : diurnalShapes()[shape].profile);
    if (!m_filling)
        revalidate();
}

void WorkloadEditor::syncPresetCombos()
{
    const Workload w = workload();
    const QSignalBlocker block(m_sloPreset);
    m_sloPreset->setCurrentIndex(m_sloPreset->findData(matchSloPreset(w.category, w.slo)));
}

WorkloadEditor::Field WorkloadEditor::fieldOfMessage(const QString &message) const
{
    const QString own = QStringLiteral("$.workloads[%1]").arg(m_index);
    if (!message.startsWith(own))
        return IdField; // a duplicate id reported at the other workload's path
    const QString rest = message.mid(own.size()).section(QLatin1Char(':'), 0, 0);
    static const std::pair<const char *, Field> prefixes[] = {
        {".id", IdField},
        {".name", NameField},
        {".category", CategoryField},
        {".slo.metric", MetricField},
        {".slo.percentile", PercentileField},
        {".slo", BudgetField},
        {".requestRate.diurnal", DiurnalField},
        {".requestRate", RateField},
        {".inputTokens", InputField},
        {".outputTokens", OutputField},
        {".model", ModelField},
        {".precision", PrecisionField},
        {".tier", TierField},
        {".access", AccessField},
        {".pinned", PinnedField},
        {".forbiddenTiers", ForbiddenField},
    };
    for (const auto &[prefix, field] : prefixes)
        if (rest.startsWith(QLatin1String(prefix)))
            return field;
    return FieldCount;
}

QWidget *WorkloadEditor::fieldWidget(Field f) const
{
    QWidget *const widgets[FieldCount] = {
        m_id,    m_name,   m_category, m_metric,    m_percentile, m_budget, m_rate,   m_diurnal,
        m_input, m_output, m_model,    m_precision, m_tier,       m_access, m_pinned, m_forbiddenBox};
    return f < FieldCount ? widgets[f] : nullptr;
}

void WorkloadEditor::revalidate()
{
    std::vector<Workload> workloads = m_scenario->workloads;
    if (m_mode == Mode::Insert)
        workloads.insert(workloads.begin() + m_index, workload());
    else
        workloads[m_index] = workload();
    m_problems = m_check.problems(workloads, m_index);

    std::array<QStringList, FieldCount> perField;
    for (const QString &p : m_problems)
        if (const Field f = fieldOfMessage(p); f < FieldCount)
            perField[f] << p;
    for (int f = 0; f < FieldCount; ++f) {
        QWidget *w = fieldWidget(static_cast<Field>(f));
        const bool invalid = !perField[f].isEmpty();
        const QString base = w->property(kBaseToolTip).toString();
        w->setToolTip(invalid ? base + QStringLiteral("\n\n") + perField[f].join(QLatin1Char('\n')) : base);
        if (w->property(kInvalidProperty).toBool() == invalid)
            continue;
        w->setProperty(kInvalidProperty, invalid);
        // Object-name selector: the frame stays on the field, not on its popups or children.
        w->setStyleSheet(invalid ? QStringLiteral("#%1 { border: 2px solid #c62828; border-radius: 3px; }")
                                       .arg(w->objectName())
                                 : QString());
    }
    m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace ea
