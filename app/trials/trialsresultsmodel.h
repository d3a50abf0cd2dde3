// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/trials/trialsanalysis.h"

#include <QAbstractTableModel>

namespace ea {

/**
 * One row per trial of a run (A, B, then the profile trials): the runner's figures. DisplayRole is
 * formatted text, Qt::UserRole the raw number in the column's unit (ms, tokens/s, GB/s, %), or the
 * text for text columns.
 */
class TrialResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Role,  // "A", "B", "profile"
        Trial, // the configuration
        Status,
        MedianMs, // step time
        P10Ms,
        P90Ms,
        MsPerToken, // median step / tokens of the step
        TokensPerS,
        AchievedGBps,
        PctRoofline, // predicted floor / median
        PctCopyBw,   // achieved bytes/s over the measured copy bandwidth
        Samples,
        ColumnCount
    };

    explicit TrialResultsModel(QObject *parent = nullptr);

    void setOutcome(TrialsOutcomePtr outcome);
    TrialsOutcomePtr outcome() const { return m_outcome; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The value of a numeric column for a result (what Qt::UserRole gives). */
    static double value(const trials::TrialResult &r, int column);

private:
    TrialsOutcomePtr m_outcome;
};

/** The A/A control and the A/B pair: paired ratio B/A per round, the delta and the noise verdict. */
class TrialPairsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Pair, Rounds, RatioMedian, RatioP10, RatioP90, DeltaPct, NoisePct, Verdict, ColumnCount };

    explicit TrialPairsModel(QObject *parent = nullptr);

    void setOutcome(TrialsOutcomePtr outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "exceeds A/A noise" or "within noise" (translated). */
    static QString verdictText(const trials::Comparison &c);

private:
    TrialsOutcomePtr m_outcome;
    trials::Comparison m_comparison;
};

} // namespace ea
