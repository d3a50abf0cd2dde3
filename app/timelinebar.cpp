// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timelinebar.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "engine/model/units.h"
#include "widgets/map/mapwidget.h"
#include "widgets/map/timelinelayer.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QShortcut>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>

namespace ea {

namespace {
QString hourText(int hour)
{
    return QStringLiteral("%1:00 UTC").arg(hour, 2, 10, QLatin1Char('0'));
}
constexpr int kSparkHeight = 16;
} // namespace

DaySlider::DaySlider(QWidget *parent) : QSlider(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("timelineSlider"));
    setRange(0, 23);
    setSingleStep(1);
    setPageStep(6);
    setTickPosition(QSlider::TicksBelow);
    setTickInterval(1);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(
        tr("Hour of the day (UTC). Left and Right arrows step one hour; the bars are the demand of each "
           "hour, the red one the peak hour the plan is sized for"));
}

void DaySlider::setDay(const std::array<double, 24> &offered, int peakHour)
{
    m_offered = offered;
    m_peakHour = peakHour;
    update();
}

void DaySlider::clearDay()
{
    m_offered.fill(0);
    m_peakHour = -1;
    update();
}

QSize DaySlider::sizeHint() const
{
    const QSize s = QSlider::sizeHint();
    return {std::max(s.width(), 480), s.height() + kSparkHeight + 4};
}

QSize DaySlider::minimumSizeHint() const
{
    const QSize s = QSlider::minimumSizeHint();
    return {std::max(s.width(), 240), s.height() + kSparkHeight + 4};
}

QRect DaySlider::grooveRect() const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    return style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
}

double DaySlider::xOfHour(int hour) const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    const QRect groove = grooveRect();
    const int span = groove.width() - handle.width();
    return groove.left() + handle.width() / 2.0 +
           QStyle::sliderPositionFromValue(minimum(), maximum(), hour, span, opt.upsideDown);
}

void DaySlider::paintEvent(QPaintEvent *event)
{
    {
        // The demand of each hour as bars above the groove, the peak hour's in red.
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing, true);
        // From a little below the day's lowest hour to its highest, so that the day's shape shows.
        const double most = *std::max_element(m_offered.begin(), m_offered.end());
        const double least = *std::min_element(m_offered.begin(), m_offered.end());
        const double base = std::max(0.0, least - 0.25 * (most - least));
        const double step = std::max(2.0, (xOfHour(1) - xOfHour(0)) * 0.7);
        for (int h = 0; h < 24 && most > 0; ++h) {
            const double height = most > base
                                      ? 2 + (kSparkHeight - 2) * (m_offered[size_t(h)] - base) / (most - base)
                                      : kSparkHeight;
            const QRectF bar(xOfHour(h) - step / 2, kSparkHeight + 1 - height, step, height);
            p.fillRect(bar, h == m_peakHour ? QColor(0xd7, 0x30, 0x27) : palette().color(QPalette::Mid));
        }
        if (m_peakHour >= 0) {
            p.setPen(QPen(QColor(0xd7, 0x30, 0x27), 1.5));
            const double x = xOfHour(m_peakHour);
            p.drawLine(QPointF(x, kSparkHeight + 1), QPointF(x, height() - 1));
        }
    }
    // The slider itself below the bars.
    QSlider::paintEvent(event);
}

void DaySlider::mousePressEvent(QMouseEvent *event)
{
    // A click puts the hour under the pointer at once (not a page step towards it).
    if (event->button() == Qt::LeftButton) {
        int nearest = 0;
        for (int h = 1; h < 24; ++h)
            if (std::abs(xOfHour(h) - event->position().x()) <
                std::abs(xOfHour(nearest) - event->position().x()))
                nearest = h;
        setValue(nearest);
        emit sliderPressed();
    }
    QSlider::mousePressEvent(event);
}

bool DaySlider::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_peakHour >= 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        // The hour under the pointer and its demand.
        int nearest = 0;
        for (int h = 1; h < 24; ++h)
            if (std::abs(xOfHour(h) - help->pos().x()) < std::abs(xOfHour(nearest) - help->pos().x()))
                nearest = h;
        QString text = tr("%1: demand %2").arg(hourText(nearest), units::rps(m_offered[size_t(nearest)]));
        if (nearest == m_peakHour)
            text += QLatin1Char('\n') + tr("Peak hour: the plan's GPUs are sized for each site's own peak");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QSlider::event(event);
}

TimelineBar::TimelineBar(Document *document, MapWidget *map, QWidget *parent)
    : QWidget(parent), m_document(document), m_map(map)
{
    setObjectName(QStringLiteral("timelineBar"));
    m_playButton = new QToolButton;
    m_playButton->setObjectName(QStringLiteral("timelinePlay"));
    m_playButton->setCheckable(true);
    m_playButton->setText(tr("Play"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playButton->setToolTip(tr("Play the day, one hour every %1 s (Space)").arg(PlayIntervalMs / 1000.0));
    m_liveButton = new QToolButton;
    m_liveButton->setObjectName(QStringLiteral("timelineLive"));
    m_liveButton->setText(tr("Live/peak"));
    m_liveButton->setCheckable(true);
    m_liveButton->setChecked(true);
    m_liveButton->setToolTip(tr("Back to the sized plan: every site at its own peak hour (Escape)"));
    m_slider = new DaySlider;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setToolTip(
        tr("The plan at the hour shown: demand, SLO attainment (share of that hour's requests "
           "within budget), unserved demand, load of the sites against what their GPUs "
           "carry, and cost per hour"));
    auto *caption = new QLabel(tr("Hour (UTC):"));
    caption->setBuddy(m_slider);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_playButton);
    row->addWidget(m_liveButton);
    row->addWidget(caption);
    row->addWidget(m_slider, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_summary);

    m_play.setInterval(PlayIntervalMs);
    connect(&m_play, &QTimer::timeout, this, &TimelineBar::step);
    connect(m_playButton, &QToolButton::toggled, this, &TimelineBar::setPlaying);
    connect(m_liveButton, &QToolButton::clicked, this, [this] { showLive(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_syncing)
            setHour(value);
    });
    connect(m_slider, &QSlider::sliderPressed, this, [this] { setHour(m_slider->value()); });
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this, [this] { setPlaying(!isPlaying()); });
    space->setContext(Qt::WidgetWithChildrenShortcut);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, [this] { showLive(); });
    escape->setContext(Qt::WidgetWithChildrenShortcut);

    if (m_document) {
        connect(m_document, &Document::snapshotChanged, this, &TimelineBar::onSnapshot);
        if (m_document->snapshot())
            onSnapshot(m_document->snapshot());
    }
    refreshSummary();
}

TimelineBar::~TimelineBar()
{
    if (m_job && m_document)
        m_document->jobs()->cancel(m_job);
}

void TimelineBar::onSnapshot(const PlanSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot || snapshot->pending() || !snapshot->evaluator || !snapshot->outcome)
        return; // the day of the plan before stays on show until this one is evaluated
    if (snapshot->outcome == m_dayOutcome && snapshot->whatIf == m_dayWhatIf)
        return;
    computeDay();
}

void TimelineBar::computeDay()
{
    if (!m_document || !m_snapshot)
        return;
    const std::shared_ptr<const Evaluator> evaluator = m_snapshot->evaluator;
    const PlanOutcomePtr outcome = m_snapshot->outcome;
    // Under the active what-if conditions the day is the bad day: surged demand, sites down, penalties.
    const WhatIfPlanPtr whatIf = m_snapshot->whatIf;
    m_dayOutcome = outcome;
    m_dayWhatIf = whatIf;
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    spec.label = tr("Computing the 24-hour timeline");
    spec.background = true;
    m_job = m_document->jobs()->run(
        spec, this,
        [evaluator, outcome, whatIf](JobControl &control) -> PlanDayPtr {
            const PlanTimeline timeline =
                whatIf ? PlanTimeline(evaluator, outcome, *whatIf) : PlanTimeline(evaluator, outcome);
            auto day = std::make_shared<PlanDay>(timeline.evaluateDay([&control](int done) {
                control.setProgress(done / 24.0);
                return !control.isCancelled();
            }));
            return day->hours.size() == 24 ? day : nullptr;
        },
        [this](PlanDayPtr day) {
            m_job = 0;
            if (day)
                setDay(std::move(day));
        });
}

void TimelineBar::setDay(PlanDayPtr day)
{
    m_day = std::move(day);
    if (m_day)
        m_slider->setDay(m_day->offeredRps, m_day->peakHour);
    else
        m_slider->clearDay();
    if (m_hour >= 0)
        showHour(m_hour);
    refreshSummary();
    emit dayReady();
}

void TimelineBar::setHour(int hour)
{
    hour = std::clamp(hour, 0, 23);
    if (!m_day && !m_job)
        computeDay();
    showHour(hour);
}

void TimelineBar::showHour(int hour)
{
    const bool changed = hour != m_hour;
    m_hour = hour;
    m_syncing = true;
    if (hour >= 0)
        m_slider->setValue(hour);
    m_liveButton->setChecked(hour < 0);
    m_syncing = false;
    if (m_map) {
        if (hour >= 0 && m_day && size_t(hour) < m_day->hours.size())
            m_map->setHour(m_day->hours[size_t(hour)], m_day->maxRegionDemandRps);
        else
            m_map->setHour(nullptr, 0);
    }
    refreshSummary();
    if (changed)
        emit hourChanged(hour);
}

void TimelineBar::showLive()
{
    setPlaying(false);
    showHour(-1);
}

void TimelineBar::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing) {
        if (m_hour < 0)
            setHour(m_day ? m_day->peakHour : 0);
        m_play.start();
    } else {
        m_play.stop();
    }
    const QSignalBlocker block(m_playButton);
    m_playButton->setChecked(playing);
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
    m_playButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void TimelineBar::step()
{
    if (!m_day)
        return; // waits for the day
    setHour((std::max(m_hour, 0) + 1) % 24);
}

void TimelineBar::refreshSummary()
{
    // Under what-if conditions the whole day is the bad day's: said first, in the what-if colour.
    const QString badDay =
        m_day && m_day->whatIfConditions > 0
            ? QStringLiteral("<span style=\"color:#b06000\">%1</span> ")
                  .arg(tr("Under %n what-if condition(s):", nullptr, m_day->whatIfConditions))
            : QString();
    if (m_hour < 0) {
        if (m_day)
            m_summary->setText(
                badDay +
                tr("Sized plan: every site at its own peak. The day's demand peaks at <b>%1</b> "
                   "(%2). Pick an hour or press Play.")
                    .arg(hourText(m_day->peakHour), units::rps(m_day->offeredRps[size_t(m_day->peakHour)])));
        else
            m_summary->setText(tr("Sized plan: every site at its own peak."));
        return;
    }
    if (!m_day || size_t(m_hour) >= m_day->hours.size()) {
        m_summary->setText(tr("<b>%1</b>: computing the day…").arg(hourText(m_hour)));
        return;
    }
    const PlanHour &h = *m_day->hours[size_t(m_hour)];
    QString text =
        badDay +
        tr("<b>%1</b>%2: demand %3 · SLO attainment <b>%4</b> · unserved %5 · site load %6 · %7 per hour")
            .arg(hourText(m_hour), m_hour == m_day->peakHour ? tr(" (peak)") : QString(),
                 units::rps(h.total.offeredRps), units::percent(h.total.attainmentPct(), 2),
                 units::rps(h.total.unservedRps()), units::percent(h.total.loadPct()),
                 units::usd(h.total.usdPerHour));
    QStringList tiers;
    for (Tier t : AllTiers) {
        const TierHour &x = h.tiers[static_cast<int>(t)];
        if (x.workloads == 0)
            continue;
        QString part = QStringLiteral("%1 %2").arg(tierLabel(t), units::percent(x.attainmentPct(), 2));
        if (x.capacityRps > 0)
            part += tr(" (load %1)").arg(units::percent(x.loadPct()));
        if (x.unservedRps() > 0)
            part += tr(", %1 unserved").arg(units::rps(x.unservedRps()));
        tiers << part;
    }
    if (!tiers.isEmpty())
        text += QStringLiteral("<br>") + tiers.join(QStringLiteral(" · "));
    m_summary->setText(text);
}

} // namespace ea
