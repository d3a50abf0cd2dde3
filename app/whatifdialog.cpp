// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/whatifdialog.h"

#include "engine/geo/zones.h"
#include "engine/model/jsonreader.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace ea {

namespace {

QComboBox *makeZoneCombo(QWidget *parent, bool withAny)
{
    auto *combo = new QComboBox(parent);
    if (withAny)
        combo->addItem(WhatIfConditionDialog::tr("Any zone"), QString());
    for (int z = 0; z < geo::kZoneCount; ++z)
        combo->addItem(geo::zoneName(static_cast<geo::Zone>(z)), geo::zoneCode(static_cast<geo::Zone>(z)));
    return combo;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

QString WhatIfConditionDialog::kindTitle(WhatIfCondition::Kind kind)
{
    switch (kind) {
    case WhatIfCondition::Kind::Down:
        return tr("Sites down");
    case WhatIfCondition::Kind::Surge:
        return tr("Demand surge");
    case WhatIfCondition::Kind::Price:
        return tr("GPU price change");
    case WhatIfCondition::Kind::LatencyPenalty:
        return tr("Latency penalty between zones");
    }
    return {};
}

WhatIfConditionDialog::WhatIfConditionDialog(const Scenario &scenario, const WhatIfCondition &initial,
                                             QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_kind(initial.kind), m_enabled(initial.enabled)
{
    setWindowTitle(kindTitle(m_kind));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(initial.name, this);
    m_name->setPlaceholderText(tr("optional, e.g. \"Frankfurt fire\""));
    m_name->setToolTip(tr("A label for people; saved with the condition"));
    form->addRow(tr("&Name:"), m_name);

    switch (m_kind) {
    case WhatIfCondition::Kind::Down: {
        m_byNodes = new QRadioButton(tr("These &nodes:"), this);
        m_byFilter = new QRadioButton(tr("Every node &matching:"), this);
        auto *group = new QButtonGroup(this);
        group->addButton(m_byNodes);
        group->addButton(m_byFilter);
        m_nodes = new QLineEdit(initial.nodes.join(QStringLiteral(", ")), this);
        m_nodes->setPlaceholderText(tr("node ids, separated by commas"));
        m_nodes->setToolTip(tr("One node id, or several separated by commas; completion offers the "
                               "scenario's node ids"));
        QStringList ids;
        ids.reserve(qsizetype(scenario.nodes.size()));
        for (const Node &n : scenario.nodes)
            ids << n.id;
        auto *completer = new QCompleter(ids, m_nodes);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_nodes->setCompleter(completer);
        form->addRow(m_byNodes, m_nodes);
        form->addRow(m_byFilter);
        m_tier = new QComboBox(this);
        m_tier->addItem(tr("Any tier"), -1);
        for (int t = 0; t < TierCount; ++t)
            m_tier->addItem(tierLabel(static_cast<Tier>(t)), t);
        m_tier->setToolTip(tr("Only nodes of this tier (with no zone or country: the whole tier)"));
        if (initial.tier)
            selectData(m_tier, static_cast<int>(*initial.tier));
        m_zone = makeZoneCombo(this, true);
        m_zone->setToolTip(tr("Only nodes in this geographic zone"));
        selectData(m_zone, initial.zone);
        m_country = new QLineEdit(initial.country, this);
        m_country->setPlaceholderText(tr("ISO code, e.g. DE"));
        m_country->setToolTip(tr("Only nodes in this country (two-letter ISO code)"));
        m_country->setMaxLength(3);
        form->addRow(tr("&Tier:"), m_tier);
        form->addRow(tr("&Zone:"), m_zone);
        form->addRow(tr("&Country:"), m_country);
        (initial.nodes.isEmpty() && (initial.tier || !initial.zone.isEmpty() || !initial.country.isEmpty())
             ? m_byFilter
             : m_byNodes)
            ->setChecked(true);
        for (QRadioButton *b : {m_byNodes, m_byFilter})
            connect(b, &QRadioButton::toggled, this, &WhatIfConditionDialog::updateState);
        connect(m_nodes, &QLineEdit::textChanged, this, &WhatIfConditionDialog::updateState);
        connect(m_country, &QLineEdit::textChanged, this, &WhatIfConditionDialog::updateState);
        for (QComboBox *c : {m_tier, m_zone})
            connect(c, &QComboBox::currentIndexChanged, this, &WhatIfConditionDialog::updateState);
        break;
    }
    case WhatIfCondition::Kind::Surge:
    case WhatIfCondition::Kind::Price: {
        const bool surge = m_kind == WhatIfCondition::Kind::Surge;
        m_factor = new QDoubleSpinBox(this);
        m_factor->setRange(0.01, 1e4);
        m_factor->setDecimals(2);
        m_factor->setSingleStep(0.1);
        m_factor->setPrefix(QStringLiteral("× "));
        m_factor->setValue(initial.factor);
        m_factor->setToolTip(surge ? tr("Demand is multiplied by this factor (2 doubles it)")
                                   : tr("Prices are multiplied by this factor (0.5 halves them)"));
        m_scope = new QComboBox(this);
        if (surge) {
            m_scope->addItem(tr("Everything"), QStringLiteral("all"));
            m_scope->addItem(tr("One workload"), QStringLiteral("workload"));
            m_scope->addItem(tr("Demand in one zone"), QStringLiteral("zone"));
            selectData(m_scope, !initial.workload.isEmpty() ? QStringLiteral("workload")
                                : !initial.zone.isEmpty()   ? QStringLiteral("zone")
                                                            : QStringLiteral("all"));
        } else {
            m_scope->addItem(tr("One GPU type"), QStringLiteral("gpu"));
            m_scope->addItem(tr("One tier"), QStringLiteral("tier"));
            selectData(m_scope, initial.tier ? QStringLiteral("tier") : QStringLiteral("gpu"));
        }
        m_scope->setToolTip(surge ? tr("Which demand surges") : tr("Which prices change"));
        m_target = new QComboBox(this);
        m_target->setToolTip(surge ? tr("The workload or zone whose demand surges")
                                   : tr("The GPU type or tier whose price changes"));
        form->addRow(tr("&Factor:"), m_factor);
        form->addRow(tr("&Applies to:"), m_scope);
        form->addRow(tr("&Which:"), m_target);
        fillTargets();
        selectData(m_target, !initial.workload.isEmpty() ? QVariant(initial.workload)
                             : !initial.zone.isEmpty()   ? QVariant(initial.zone)
                             : !initial.gpu.isEmpty()    ? QVariant(initial.gpu)
                             : initial.tier              ? QVariant(static_cast<int>(*initial.tier))
                                                         : QVariant());
        connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
            fillTargets();
            updateState();
        });
        connect(m_target, &QComboBox::currentIndexChanged, this, &WhatIfConditionDialog::updateState);
        break;
    }
    case WhatIfCondition::Kind::LatencyPenalty:
        m_zoneA = makeZoneCombo(this, false);
        m_zoneB = makeZoneCombo(this, false);
        selectData(m_zoneA, initial.zoneA);
        selectData(m_zoneB, initial.zoneB);
        m_zoneA->setToolTip(tr("One end of the cut path"));
        m_zoneB->setToolTip(tr("The other end (the same zone: paths inside that zone)"));
        m_penalty = new QDoubleSpinBox(this);
        m_penalty->setRange(0, 1e5);
        m_penalty->setDecimals(1);
        m_penalty->setSuffix(tr(" ms"));
        m_penalty->setValue(initial.penaltyMs);
        m_penalty->setToolTip(tr("Added to the round-trip time between places of the two zones, both ways"));
        form->addRow(tr("Zone &A:"), m_zoneA);
        form->addRow(tr("Zone &B:"), m_zoneB);
        form->addRow(tr("&Extra RTT:"), m_penalty);
        break;
    }
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(460); // room for node ids and the problems line
    // Start where the condition is defined, not at its optional name.
    QWidget *first = m_byNodes  ? (m_byNodes->isChecked() ? static_cast<QWidget *>(m_nodes) : m_tier)
                     : m_factor ? static_cast<QWidget *>(m_factor)
                                : m_zoneA;
    first->setFocus();
    updateState();
}

void WhatIfConditionDialog::fillTargets()
{
    if (!m_target)
        return;
    const QString scope = m_scope->currentData().toString();
    const QSignalBlocker block(m_target);
    m_target->clear();
    if (scope == QLatin1String("workload")) {
        for (const Workload &w : m_scenario.workloads)
            m_target->addItem(w.name.isEmpty() ? w.id : w.name, w.id);
    } else if (scope == QLatin1String("zone")) {
        for (int z = 0; z < geo::kZoneCount; ++z)
            m_target->addItem(geo::zoneName(static_cast<geo::Zone>(z)),
                              geo::zoneCode(static_cast<geo::Zone>(z)));
    } else if (scope == QLatin1String("gpu")) {
        for (const GpuType &g : m_scenario.gpus)
            m_target->addItem(g.name.isEmpty() ? g.id : g.name, g.id);
    } else if (scope == QLatin1String("tier")) {
        for (int t = 0; t < TierCount; ++t)
            m_target->addItem(tierLabel(static_cast<Tier>(t)), t);
    }
    m_target->setEnabled(m_target->count() > 0);
}

WhatIfCondition WhatIfConditionDialog::condition() const
{
    WhatIfCondition c;
    c.kind = m_kind;
    c.enabled = m_enabled;
    c.name = m_name->text().trimmed();
    switch (m_kind) {
    case WhatIfCondition::Kind::Down:
        if (m_byNodes->isChecked()) {
            for (const QString &id :
                 m_nodes->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
                if (!c.nodes.contains(id))
                    c.nodes << id;
        } else {
            if (const int t = m_tier->currentData().toInt(); t >= 0)
                c.tier = static_cast<Tier>(t);
            c.zone = m_zone->currentData().toString();
            c.country = m_country->text().trimmed().toUpper();
        }
        break;
    case WhatIfCondition::Kind::Surge:
    case WhatIfCondition::Kind::Price: {
        c.factor = m_factor->value();
        const QString scope = m_scope->currentData().toString();
        const QVariant target = m_target->currentData();
        if (scope == QLatin1String("workload"))
            c.workload = target.toString();
        else if (scope == QLatin1String("zone"))
            c.zone = target.toString();
        else if (scope == QLatin1String("gpu"))
            c.gpu = target.toString();
        else if (scope == QLatin1String("tier") && target.isValid())
            c.tier = static_cast<Tier>(target.toInt());
        break;
    }
    case WhatIfCondition::Kind::LatencyPenalty:
        c.zoneA = m_zoneA->currentData().toString();
        c.zoneB = m_zoneB->currentData().toString();
        c.penaltyMs = m_penalty->value();
        break;
    }
    return c;
}

QStringList WhatIfConditionDialog::problems() const
{
    const WhatIfCondition c = condition();
    // What a person can get wrong in this form, said in their language.
    QStringList errors;
    if (m_kind == WhatIfCondition::Kind::Down) {
        if (m_byNodes->isChecked()) {
            if (c.nodes.isEmpty())
                errors << tr("Name at least one node.");
            QStringList unknown;
            for (const QString &id : c.nodes)
                if (std::none_of(m_scenario.nodes.begin(), m_scenario.nodes.end(),
                                 [&](const Node &n) { return n.id == id; }))
                    unknown << id;
            if (!unknown.isEmpty())
                errors << tr("No such node in the scenario: %1.").arg(unknown.join(QStringLiteral(", ")));
        } else if (!c.tier && c.zone.isEmpty() && c.country.isEmpty()) {
            errors << tr("Pick a tier, a zone or a country (or name the nodes).");
        }
    }
    if (!errors.isEmpty())
        return errors;
    // Then the engine's own checks, as a file would get them: the form (readWhatIfList) and the
    // references (validateWhatIf).
    JsonReader reader(&errors);
    const std::vector<WhatIfCondition> list =
        readWhatIfList(reader, whatIfListToJson({c}), QStringLiteral("$"));
    if (errors.isEmpty())
        validateWhatIf(list, m_scenario, QStringLiteral("$"), &errors);
    for (QString &e : errors)
        e.replace(QRegularExpression(QStringLiteral("^\\$\\[0\\]\\.?")), QString());
    return errors;
}

void WhatIfConditionDialog::updateState()
{
    if (m_byNodes) {
        m_nodes->setEnabled(m_byNodes->isChecked());
        for (QWidget *w : std::initializer_list<QWidget *>{m_tier, m_zone, m_country})
            w->setEnabled(m_byFilter->isChecked());
    }
    if (!m_buttons)
        return;
    const QStringList problems = this->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace ea
