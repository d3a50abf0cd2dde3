// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/plansnapshot.h"
#include "engine/plan/resilience.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace ea {

class Document;

/** An N+1 result with what it was computed from (the plan it starts from, its scenario). */
struct ResilienceResult
{
    PlanSnapshotPtr snapshot;                 // the plan checked
    std::shared_ptr<const Scenario> scenario; // evaluated (the what-if copy when conditions are on)
    ResilienceReport report;
    std::vector<SiteDamage> damage; // by node index
};
using ResilienceResultPtr = std::shared_ptr<const ResilienceResult>;

/** The failures of an N+1 result that change anything, worst first (one row each). */
class ResilienceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Failure, BrokenSlos, Drop, Regions, Spill, Unserved, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setResult(ResilienceResultPtr result);
    ResilienceResultPtr result() const { return m_result; }
    const FailureImpact *impact(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ResilienceResultPtr m_result;
};

/**
 * Plan → Check Resilience: runs the N+1 check (every single-site and zone-of-a-tier failure, from the
 * plan under the scenario's active what-if conditions) on the document's job runner (progress and Cancel
 * in the status bar) and lists the failures worst first. Picking a row selects the failed sites on the map
 * and shows the regions it affects (resultChanged / failurePicked for the map's damage layer).
 */
class ResiliencePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr char Lane[] = "resilience";
    /** The failure and workload columns are cut (in the middle) beyond this; the tool-tip has it all. */
    static constexpr int MaxTextColumnPx = 200;
    explicit ResiliencePanel(Document *document, QWidget *parent = nullptr);

    /** Starts the check of the current plan (cancels one in flight); false when there is no plan yet. */
    bool run();
    bool isRunning() const { return m_running; }
    ResilienceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ResilienceResultPtr result() const { return m_model->result(); }

signals:
    /** A check finished (the map colours each site by its damage). */
    void resultChanged(ea::ResilienceResultPtr result);
    /** A row picked: the failed nodes and the demand regions it affects (empty: none). */
    void failurePicked(const QList<int> &nodes, const QList<int> &regions);
    void finished();

private:
    void onPicked();

    Document *m_document;
    ResilienceModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_runButton;
    bool m_running = false;
};

} // namespace ea

Q_DECLARE_METATYPE(ea::ResilienceResultPtr)
