// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QWidget>

#include <array>

namespace ea {

/** What one card of the planner board shows; filled from the workload model. */
struct CardData
{
    int row = -1;
    QString name;
    QString slo;          // "TTFT p95 ≤ 200 ms"
    QString percentile;   // "p95"
    double budgetMs = 0;  // 0: no interactive budget
    double latencyMs = 0; // at the SLO percentile; 0 when not evaluated
    double usdPerMonth = 0;
    double attainmentPct = 0;
    bool evaluated = false;
    bool feasible = true;
    bool meets = false;
    bool pending = false; // numbers are those of the previous evaluation
    bool pinned = false;
    QString issue; // why it cannot be served, when it cannot
    // Under the scenario's active what-if conditions, when they change this workload's cost or attainment:
    // the same placement with the conditions (the numbers above are the plan without them).
    bool whatIf = false;
    double whatIfUsdPerMonth = 0;
    double whatIfAttainmentPct = 0;
    bool whatIfMeets = false;
    int whatIfRegionsLost = 0;
    QString toolTip;
};

/**
 * One workload on the planner board: its name, SLO, latency at the SLO percentile against the budget as
 * a bar, cost per month and SLO attainment. Painted by hand (a board may hold dozens). Focusable: the
 * board handles the keys; a press followed by a move starts a drag (PlannerBoard::startDrag).
 */
class WorkloadCard : public QWidget
{
    Q_OBJECT
public:
    explicit WorkloadCard(QWidget *parent = nullptr);

    void setData(const CardData &data);
    const CardData &data() const { return m_data; }
    int row() const { return m_data.row; }
    void setTierColour(const QColor &colour);
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    /** One title line more when the name needs two at this width. */
    int heightForWidth(int width) const override;

    /** A title laid out in at most two lines of a width: wrapped at word boundaries, elided in the middle. */
    struct TitleLines
    {
        QStringList lines;
        bool elided = false; // some of the name is left out (the tool-tip has it whole)
    };
    static TitleLines layoutTitle(const QString &title, const QFont &font, int width);
    /** The title as painted at the card's current width. */
    TitleLines titleLines() const { return titleLinesFor(width()); }
    /**
     * The what-if line as painted under the plan's own numbers (its "before"): "What-if → $1.5k/mo · 62 %
     * met", the same placement under the active conditions; empty without one.
     */
    QString whatIfLine() const;
    /**
     * The hour the timeline shows, under the numbers: "18:00 UTC: 92.3 % met · busiest 81 %" (empty:
     * none shown); misses marks it as an hour that does not meet the workload's SLO everywhere.
     */
    void setHourLine(const QString &text, bool misses);
    const QString &hourLine() const { return m_hourLine; }

signals:
    void pressed(int row);
    void dragStarted(int row);
    void activated(int row); // double click or Enter
    void contextMenuRequested(int row, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void paintBar(QPainter &p, const QRect &r) const;
    TitleLines titleLinesFor(int cardWidth) const;
    QString titleText() const;
    QFont titleFont() const;
    /** A rectangle given left to right, where it is in this card's layout direction. */
    QRect textRect(const QRect &leftToRight) const;
    static QString isolated(const QString &text);
    CardData m_data;
    QString m_hourLine;
    bool m_hourMisses = false;
    // The title's lines for the last few widths asked (layout asks for the same two or three widths on
    // every pass; laying out the text is the board's costliest step otherwise).
    struct TitleCacheEntry
    {
        QString text;
        QFont font;
        int width = -1;
        TitleLines lines;
    };
    mutable std::array<TitleCacheEntry, 3> m_titleCache;
    mutable size_t m_titleCacheNext = 0;
    QColor m_tierColour;
    bool m_selected = false;
    QPoint m_pressPos;
    bool m_pressedInside = false;
};

} // namespace ea
