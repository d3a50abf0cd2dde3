// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/plansnapshot.h"

#include <QAbstractTableModel>

#include <array>
#include <memory>

namespace ea {

/**
 * The workloads of a scenario with their tier and evaluated numbers, one row per workload.
 *
 * The model never edits a document: setting the tier column emits tierChangeRequested() and the owner
 * decides (app/ pushes an undo command and publishes a new snapshot). Everything shown comes from the plan
 * snapshot (setSnapshot()); while its evaluation is pending the previous numbers stay, greyed. Only what a
 * new snapshot changes is announced (the moved rows' tier, the numbers). Qt::UserRole gives the raw value
 * of a cell (ms, USD, %, counts) for sorting; GUI thread only.
 */
class WorkloadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CategoryColumn,
        SloColumn,
        TierColumn,
        P50Column,
        P95Column,
        P99Column,
        AttainmentColumn,
        GpusColumn,
        SitesColumn,
        CostColumn,
        CostPerMTokColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole,        // number or text, for sorting
        AllowedTiersRole = Qt::UserRole + 1 // QVariantList of int(Tier) a workload may be moved to
    };
    /** Attainment (%) below which a workload is shown as missing its SLO. */
    static constexpr double AttainmentTarget = SloAttainmentTarget;

    explicit WorkloadTableModel(QObject *parent = nullptr);
    ~WorkloadTableModel() override;

    /** The plan to show; a new content resets the model, a move or new numbers change only those cells. */
    void setSnapshot(PlanSnapshotPtr snapshot);
    PlanSnapshotPtr snapshot() const { return m_plan; }
    std::shared_ptr<const Scenario> scenario() const { return m_plan ? m_plan->scenario : nullptr; }
    /** The tier of every workload as the snapshot holds it (the current placement). */
    const Placement &placement() const { return m_plan ? m_plan->placement : m_none; }
    PlanOutcomePtr outcome() const { return m_plan ? m_plan->outcome : nullptr; }
    /** The plan under the scenario's active what-if conditions (null when none is on). */
    WhatIfPlanPtr whatIf() const { return m_plan ? m_plan->whatIf : nullptr; }
    /** While true, numbers are those of the previous evaluation and are greyed. */
    bool isPending() const { return m_plan && m_plan->pending(); }
    /** Redisplays every number (a display setting such as the currency label changed). */
    void refreshNumbers();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Tier column, Qt::EditRole (int(Tier) or a tier id): emits tierChangeRequested, changes nothing. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void tierChangeRequested(int row, ea::Tier tier);

private:
    const WorkloadOutcome *outcomeAt(int row) const;
    QVariant display(int row, int column) const;
    QVariant rawValue(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant foreground(int row, int column) const;
    QString statusText(int row) const;
    bool rowHasProblem(int row) const;
    void emitNumbersChanged(int role = -1);

    PlanSnapshotPtr m_plan;
    Placement m_none;
    std::vector<std::vector<Tier>> m_assignable; // per workload, Scenario::assignableTiers()
};

} // namespace ea
