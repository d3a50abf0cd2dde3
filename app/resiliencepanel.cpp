// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/resiliencepanel.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "app/planselection.h"
#include "engine/geo/zones.h"
#include "engine/model/units.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ea {

void ResilienceModel::setResult(ResilienceResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

const FailureImpact *ResilienceModel::impact(int row) const
{
    if (!m_result || row < 0 || row >= int(m_result->report.impacts.size()))
        return nullptr;
    return &m_result->report.impacts[size_t(row)];
}

int ResilienceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->report.impacts.size());
}

int ResilienceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResilienceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Failure:
            return tr("Failure");
        case BrokenSlos:
            return tr("SLOs broken");
        case Drop:
            return tr("Attainment drop");
        case Regions:
            return tr("Regions affected");
        case Spill:
            return tr("Spill cost");
        case Unserved:
            return tr("Unserved");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Failure:
            return tr("A single site, or every node of one tier in one zone, taken down");
        case BrokenSlos:
            return tr("Workloads that met their SLO before and miss it with this failure");
        case Drop:
            return tr("The largest drop of one workload's SLO attainment, in percentage points");
        case Regions:
            return tr("Demand regions routed elsewhere or out of their latency budget");
        case Spill:
            return tr("What the surviving sites cost per month beyond the plan");
        case Unserved:
            return tr("Demand no site can serve any more");
        }
    }
    return {};
}

QVariant ResilienceModel::data(const QModelIndex &index, int role) const
{
    const FailureImpact *i = impact(index.row());
    if (!i)
        return {};
    const Scenario &s = *m_result->scenario;
    const ea::Failure &f = m_result->report.failures[size_t(i->failure)];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Failure:
            if (f.kind == ea::Failure::Kind::Site) {
                const Node &n = s.nodes[size_t(f.nodes.front())];
                return role == Qt::DisplayRole
                           ? n.id
                           : tr("Site %1 (%2, %3) down").arg(n.id, tierLabel(n.tier), n.country);
            }
            return tr("%1 in %2 (%n site(s))", nullptr, int(f.nodes.size()))
                .arg(tierLabel(f.tier), geo::zoneName(static_cast<geo::Zone>(f.zone)));
        case BrokenSlos: {
            QStringList names;
            for (const FailureImpact::Workload &w : i->workloads)
                if (w.breaksSlo) {
                    const Workload &wl = s.workloads[size_t(w.workload)];
                    names << (wl.name.isEmpty() ? wl.id : wl.name);
                }
            return names.isEmpty() ? (role == Qt::DisplayRole ? QStringLiteral("–") : tr("No SLO breaks"))
                                   : names.join(QStringLiteral(", "));
        }
        case Drop:
            return tr("%1 pp").arg(i->worstDropPct(), 0, 'f', 2);
        case Regions:
            return units::count(double(i->regionsAffected.size()));
        case Spill:
            return units::usd(i->spillUsdPerMonth());
        case Unserved:
            return i->unservedRps > 0 ? units::rps(i->unservedRps) : QStringLiteral("–");
        }
    }
    if (role == Qt::UserRole) // sort keys
        switch (index.column()) {
        case Drop:
            return i->worstDropPct();
        case Spill:
            return i->spillUsdPerMonth();
        }
    if (role == Qt::ForegroundRole && i->breaksSlo() &&
        (index.column() == BrokenSlos || index.column() == Failure))
        return QColor(0xb0, 0x1e, 0x1e);
    if (role == Qt::TextAlignmentRole && index.column() >= Drop)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

ResiliencePanel::ResiliencePanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ResilienceModel(this))
{
    qRegisterMetaType<ea::ResilienceResultPtr>();
    setObjectName(QStringLiteral("resiliencePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    layout->addLayout(top);
    m_runButton = new QPushButton(tr("&Check"), this);
    m_runButton->setToolTip(tr("Evaluate the plan under every single site failure and every zone-of-a-tier "
                               "failure (from the active what-if conditions)"));
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    top->addWidget(m_runButton);
    m_status = new QLabel(tr("Not checked yet."), this);
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resilienceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // the worst rows, not thousands
    m_table->setToolTip(tr("Failures that change the plan, worst first; pick one to see its site and the "
                           "regions it affects on the map"));
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResiliencePanel::onPicked);
    // A changed plan (a move, an edit, a what-if condition): the list describes the one before.
    connect(document, &Document::snapshotChanged, this, [this](const PlanSnapshotPtr &snapshot) {
        const ResilienceResultPtr r = m_model->result();
        if (r && !m_running && snapshot &&
            (snapshot->contentGeneration != r->snapshot->contentGeneration ||
             snapshot->placement != r->snapshot->placement))
            m_status->setText(tr("The plan has changed since this check; press Check to check it again."));
    });
    // Another plan: the result no longer describes it.
    connect(document, &Document::scenarioChanged, this, [this] {
        m_model->setResult(nullptr);
        m_status->setText(tr("Not checked yet."));
        emit resultChanged(nullptr);
    });
}

bool ResiliencePanel::run()
{
    const PlanSnapshotPtr plan = m_document->snapshot();
    if (!plan || !plan->evaluator || !plan->outcome || plan->pending() ||
        (hasActiveWhatIf(*plan->scenario) && !plan->whatIf)) {
        m_status->setText(tr("The plan is being evaluated; check again in a moment."));
        return false;
    }
    JobSpec spec;
    spec.lane = QLatin1String(Lane);
    spec.label = tr("Checking every single failure");
    spec.deliverWhenCancelled = true; // the failures checked so far, marked cancelled
    spec.failed = [this](const QString &message) {
        m_running = false;
        m_status->setText(tr("The check failed: %1").arg(message));
        emit finished();
    };
    m_running = true;
    m_status->setText(tr("Checking…"));
    m_document->jobs()->run(
        spec, this,
        [plan](JobControl &control) {
            // From the plan under the scenario's active conditions, when there are any (the snapshot's).
            const WhatIfPlanPtr w = plan->whatIf;
            const Evaluator &evaluator = w ? *w->evaluator : *plan->evaluator;
            const PlanOutcome &outcome = w ? *w->outcome : *plan->outcome;
            ResilienceOptions options;
            if (w)
                options.down = w->applied.down;
            auto result = std::make_shared<ResilienceResult>();
            result->snapshot = plan;
            result->scenario = w ? w->applied.scenario : plan->scenario;
            result->report = checkResilience(evaluator, outcome, singleFailures(evaluator, options), options,
                                             control.cancelFlag(), control.progressCallback());
            result->damage = damageBySite(result->report, evaluator.scenario().nodes.size());
            return ResilienceResultPtr(std::move(result));
        },
        [this](ResilienceResultPtr result) {
            m_running = false;
            const ResilienceReport &r = result->report;
            m_status->setText(r.cancelled ? tr("Cancelled: the list holds the failures checked before.")
                                          : tr("%1 failures checked: %2 break an SLO, %3 change the plan.")
                                                .arg(units::count(double(r.failures.size())))
                                                .arg(units::count(r.breaking))
                                                .arg(units::count(double(r.impacts.size()))));
            m_model->setResult(result);
            m_table->resizeColumnsToContents();
            for (int c : {int(ResilienceModel::Failure), int(ResilienceModel::BrokenSlos)})
                m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), MaxTextColumnPx));
            emit resultChanged(result);
            emit finished();
            if (m_model->rowCount() > 0)
                m_table->selectRow(0);
        });
    return true;
}

void ResiliencePanel::onPicked()
{
    const FailureImpact *i = m_model->impact(m_table->currentIndex().row());
    if (!i) {
        emit failurePicked({}, {});
        return;
    }
    const ea::Failure &f = m_model->result()->report.failures[size_t(i->failure)];
    const QList<int> nodes(f.nodes.begin(), f.nodes.end());
    const QList<int> regions(i->regionsAffected.begin(), i->regionsAffected.end());
    m_document->selection()->setNodes(nodes);
    emit failurePicked(nodes, regions);
}

} // namespace ea
