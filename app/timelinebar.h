// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/plansnapshot.h"
#include "engine/plan/timeline.h"

#include <QPointer>
#include <QSlider>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace ea {

class Document;
class MapWidget;

/** The hour slider of the timeline: 0-23 UTC, with the day's demand drawn behind it and the peak marked. */
class DaySlider : public QSlider
{
    Q_OBJECT
public:
    explicit DaySlider(QWidget *parent = nullptr);
    /** Demand per hour (rps) and the peak hour; empty: not computed yet. */
    void setDay(const std::array<double, 24> &offered, int peakHour);
    void clearDay();
    int peakHour() const { return m_peakHour; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect grooveRect() const;
    double xOfHour(int hour) const;
    std::array<double, 24> m_offered{};
    int m_peakHour = -1;
};

/**
 * The 24-hour timeline over the Plan map (issue 19): a time slider (UTC) with the peak hour used for sizing
 * marked, Play/Pause (one hour every PlayIntervalMs), "Live/peak" back to the sized plan, and a summary of
 * the hour (offered and unserved demand, SLO attainment, site load, cost, per tier). For each published
 * plan the whole day is computed once off the GUI thread (a job of the document's runner, cancellable,
 * superseded by the next plan); scrubbing then only reads the precomputed hours. At an hour the map draws
 * that hour's demand and each site's load (TimelineLayer).
 *
 * Keyboard: Left/Right step an hour while the slider has focus, Space plays or pauses, Escape goes back to
 * the sized plan.
 */
class TimelineBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr char JobLane[] = "timeline";
    static constexpr int PlayIntervalMs = 700;

    TimelineBar(Document *document, MapWidget *map, QWidget *parent = nullptr);
    ~TimelineBar() override;

    /** True while the sized plan (no hour) is shown. */
    bool isLive() const { return m_hour < 0; }
    /** The hour shown, -1 when live. */
    int hour() const { return m_hour; }
    PlanDayPtr day() const { return m_day; }
    bool isPlaying() const { return m_play.isActive(); }
    DaySlider *slider() const { return m_slider; }
    QLabel *summary() const { return m_summary; }

    /** Shows the plan at a UTC hour (0-23); once the day is computed if it is not yet. */
    void setHour(int hour);
    /** Back to the sized plan. */
    void showLive();
    void setPlaying(bool playing);
    /** A computed day for the current plan (the job's result; tests and the benchmark give one directly). */
    void setDay(PlanDayPtr day);

signals:
    /** The hour shown changed (-1: live). */
    void hourChanged(int hour);
    /** A day was computed for the current plan. */
    void dayReady();

private:
    void onSnapshot(const PlanSnapshotPtr &snapshot);
    void computeDay();
    void showHour(int hour);
    void refreshSummary();
    void step();

    QPointer<Document> m_document;
    MapWidget *m_map;
    PlanSnapshotPtr m_snapshot;
    PlanOutcomePtr m_dayOutcome; // the outcome m_day (or the job running) belongs to
    WhatIfPlanPtr m_dayWhatIf;   // and the what-if conditions it is evaluated under
    PlanDayPtr m_day;
    quint64 m_job = 0;
    int m_hour = -1;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_liveButton = nullptr;
    DaySlider *m_slider = nullptr;
    QLabel *m_summary = nullptr;
    QTimer m_play;
    bool m_syncing = false;
};

} // namespace ea
