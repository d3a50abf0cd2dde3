// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/workloadcard.h"

#include "engine/model/units.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>

namespace ea {

namespace {
constexpr int kWidth = 230;
constexpr int kMinWidth = 150;
constexpr int kBarHeight = 9;
constexpr int kGap = 3;
constexpr int kMargin = 8;
constexpr int kStripe = 5;
// The bar spans 0 .. 1.5 × budget, so the budget mark sits at two thirds and an overshoot stays visible.
constexpr double kBarSpan = 1.5;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}
} // namespace

WorkloadCard::WorkloadCard(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    // As tall as its width needs (heightForWidth); at least the height of a one-line title, so a column's
    // minimum height is not that of its cards squeezed to their narrowest.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::OpenHandCursor);
}

void WorkloadCard::setData(const CardData &data)
{
    const bool titleChanged =
        data.name != m_data.name || data.pinned != m_data.pinned || data.whatIf != m_data.whatIf;
    m_data = data;
    if (titleChanged)
        updateGeometry(); // one title line or two
    setToolTip(data.toolTip);
    setAccessibleName(data.name);
    setAccessibleDescription(
        data.evaluated
            ? tr("%1, %2 %3 against a budget of %4, %5 per month, %6 of requests within the SLO")
                  .arg(data.slo, data.percentile, units::ms(data.latencyMs), units::ms(data.budgetMs),
                       units::usd(data.usdPerMonth), units::percent(data.attainmentPct))
            : data.slo);
    if (data.whatIf)
        setAccessibleDescription(
            accessibleDescription() + QStringLiteral("; ") +
            tr("under the active what-if conditions %1 → %2 per month, %3 → %4 of requests within the SLO")
                .arg(units::usd(data.usdPerMonth), units::usd(data.whatIfUsdPerMonth),
                     units::percent(data.attainmentPct), units::percent(data.whatIfAttainmentPct)));
    update();
}

void WorkloadCard::setTierColour(const QColor &colour)
{
    m_tierColour = colour;
    update();
}

void WorkloadCard::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

QSize WorkloadCard::sizeHint() const
{
    return {kWidth, heightForWidth(kWidth)};
}

int WorkloadCard::heightForWidth(int width) const
{
    // Title lines, the SLO line, the bar and the numbers line between the margins (as paintEvent lays them).
    const int title = QFontMetrics(titleFont()).height() * int(titleLinesFor(width).lines.size());
    const int line = fontMetrics().height();
    const int whatIf = m_data.whatIf ? line : 0;      // the plan under the what-if conditions
    const int hour = m_hourLine.isEmpty() ? 0 : line; // the timeline's hour
    return kMargin - 2 + title + line + kGap + kBarHeight + kGap + line + whatIf + hour + kMargin;
}

QFont WorkloadCard::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QString WorkloadCard::titleText() const
{
    return m_data.pinned ? QStringLiteral("\U0001F512 ") + m_data.name : m_data.name;
}

WorkloadCard::TitleLines WorkloadCard::titleLinesFor(int cardWidth) const
{
    const QString text = titleText();
    const QFont font = titleFont();
    const int width = cardWidth - kMargin - kStripe - kMargin;
    for (const TitleCacheEntry &e : m_titleCache)
        if (e.width == width && e.text == text && e.font == font)
            return e.lines;
    TitleCacheEntry &slot = m_titleCache[m_titleCacheNext];
    m_titleCacheNext = (m_titleCacheNext + 1) % m_titleCache.size();
    slot = {text, font, width, layoutTitle(text, font, width)};
    return slot.lines;
}

WorkloadCard::TitleLines WorkloadCard::layoutTitle(const QString &title, const QFont &font, int width)
{
    TitleLines out;
    const QFontMetrics fm(font);
    if (width <= 0 || fm.horizontalAdvance(title) <= width) {
        out.lines << title;
        return out;
    }
    // The first line takes the words that fit (a word longer than the line is broken); the second the rest,
    // elided in the middle when it is still too long, so both ends of the name stay readable.
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    first.setLineWidth(width);
    layout.endLayout();
    const int split = std::max(1, first.textLength());
    const QString line1 = title.left(split).trimmed();
    const QString rest = title.mid(split).trimmed();
    out.lines << line1;
    if (rest.isEmpty())
        return out;
    const QString line2 = fm.elidedText(rest, Qt::ElideMiddle, width);
    out.elided = line2 != rest;
    out.lines << line2;
    return out;
}

QSize WorkloadCard::minimumSizeHint() const
{
    return {kMinWidth, heightForWidth(QWIDGETSIZE_MAX)};
}

void WorkloadCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor base = pal.color(QPalette::Base);
    if (underMouse())
        base = mix(base, pal.color(QPalette::Highlight), 0.06);
    QPainterPath path;
    path.addRoundedRect(frame, 6, 6);
    p.fillPath(path, base);
    // Right to left (Arabic), the card is mirrored: tier stripe on the right, bar filling from the right.
    const bool rtl = isRightToLeft();
    const auto mirror = [this, rtl](QPainter &painter) {
        if (rtl) {
            painter.translate(width(), 0);
            painter.scale(-1, 1);
        }
    };
    p.save();
    p.setClipPath(path);
    mirror(p);
    p.fillRect(QRectF(frame.left(), frame.top(), kStripe, frame.height()), m_tierColour);
    p.restore();
    QPen border(m_selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                m_selected ? 2.0 : 1.0);
    if (hasFocus() && !m_selected)
        border = QPen(pal.color(QPalette::Highlight), 1.5, Qt::DashLine);
    p.setPen(border);
    p.drawPath(path);

    const int left = kMargin + kStripe;
    const int width = this->width() - left - kMargin;
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(text, base, 0.45);
    const QColor numbers = m_data.pending ? muted : text;

    const QFont bold = titleFont();
    p.setFont(bold);
    p.setPen(text);
    const QFontMetrics bfm(bold);
    // Names come from the scenario (often English in an Arabic window): isolated, so the ellipsis and the
    // words keep their own order whatever the surrounding direction. Two lines where one is too short.
    int y = kMargin - 2;
    for (const QString &line : titleLines().lines) {
        p.drawText(textRect(QRect(left, y, width, bfm.height())), Qt::AlignLeft | Qt::AlignVCenter,
                   isolated(line));
        y += bfm.height();
    }

    p.setFont(font());
    const QFontMetrics fm(font());
    p.setPen(muted);
    p.drawText(textRect(QRect(left, y, width, fm.height())), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_data.slo, Qt::ElideRight, width));
    y += fm.height() + kGap;

    const QRect bar(left, y, width, kBarHeight);
    p.save();
    mirror(p);
    paintBar(p, bar);
    p.restore();
    y += bar.height() + kGap;

    p.setPen(numbers);
    QString line;
    if (!m_data.evaluated)
        line = tr("evaluating…");
    else if (!m_data.feasible)
        line = m_data.issue;
    else
        line = tr("%1/mo · %2 met").arg(units::usd(m_data.usdPerMonth), units::percent(m_data.attainmentPct));
    if (m_data.evaluated && !m_data.feasible)
        p.setPen(pal.color(QPalette::BrightText) == Qt::white ? QColor(200, 40, 40) : QColor(230, 90, 90));
    p.drawText(textRect(QRect(left, y, width, fm.height())), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(line, Qt::ElideRight, width));
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
    const QColor red = dark ? QColor(240, 100, 100) : QColor(200, 40, 40);
    if (m_data.whatIf) {
        // The plan under the what-if conditions, marked by its colour: amber, red when it loses the SLO.
        y += fm.height();
        const QColor amber = dark ? QColor(240, 170, 60) : QColor(176, 96, 0);
        QColor colour = m_data.meets && !m_data.whatIfMeets ? red : amber;
        if (m_data.pending)
            colour = mix(colour, base, 0.45);
        p.setPen(colour);
        p.drawText(textRect(QRect(left, y, width, fm.height())), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(whatIfLine(), Qt::ElideRight, width));
    }
    if (!m_hourLine.isEmpty()) {
        // The timeline's hour: blue, red when that hour misses the SLO somewhere.
        y += fm.height();
        const QColor blue = dark ? QColor(120, 170, 240) : QColor(20, 90, 170);
        p.setPen(m_hourMisses ? red : blue);
        p.drawText(textRect(QRect(left, y, width, fm.height())), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_hourLine, Qt::ElideRight, width));
    }
}

void WorkloadCard::setHourLine(const QString &text, bool misses)
{
    if (text == m_hourLine && misses == m_hourMisses)
        return;
    const bool lines = text.isEmpty() != m_hourLine.isEmpty();
    m_hourLine = text;
    m_hourMisses = misses;
    if (lines)
        updateGeometry(); // one more line or one less
    update();
}

QString WorkloadCard::whatIfLine() const
{
    // Under the line of the plan's own numbers: the same figures under the conditions ("before" above,
    // "after" here), short enough for a narrow card; the tool-tip has both in words.
    if (!m_data.whatIf)
        return {};
    return tr("What-if → %1/mo · %2 met")
        .arg(units::usd(m_data.whatIfUsdPerMonth), units::percent(m_data.whatIfAttainmentPct));
}

QRect WorkloadCard::textRect(const QRect &leftToRight) const
{
    return QStyle::visualRect(layoutDirection(), rect(), leftToRight);
}

QString WorkloadCard::isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
}

void WorkloadCard::paintBar(QPainter &p, const QRect &r) const
{
    const QPalette &pal = palette();
    p.setPen(Qt::NoPen);
    p.setBrush(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.10));
    p.drawRoundedRect(r, 3, 3);
    if (!m_data.evaluated || m_data.budgetMs <= 0 || m_data.latencyMs <= 0)
        return;
    const double ratio = m_data.latencyMs / m_data.budgetMs;
    const double filled = std::clamp(ratio / kBarSpan, 0.0, 1.0);
    QColor fill = ratio <= 0.8   ? QColor(46, 160, 67)
                  : ratio <= 1.0 ? QColor(219, 161, 0)
                                 : QColor(214, 48, 49);
    if (m_data.pending)
        fill = mix(fill, pal.color(QPalette::Base), 0.5);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(r.left(), r.top(), std::max(3.0, r.width() * filled), r.height()), 3, 3);
    const double budgetX = r.left() + r.width() / kBarSpan;
    p.setPen(QPen(pal.color(QPalette::Text), 1.5));
    p.drawLine(QPointF(budgetX, r.top() - 2), QPointF(budgetX, r.bottom() + 2));
}

void WorkloadCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressedInside = true;
        emit pressed(m_data.row);
    }
    QWidget::mousePressEvent(event);
}

void WorkloadCard::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedInside && (event->buttons() & Qt::LeftButton) &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_pressedInside = false;
        emit dragStarted(m_data.row);
        return;
    }
    QWidget::mouseMoveEvent(event);
}

void WorkloadCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit activated(m_data.row);
}

void WorkloadCard::contextMenuEvent(QContextMenuEvent *event)
{
    emit pressed(m_data.row);
    emit contextMenuRequested(m_data.row, event->globalPos());
}

void WorkloadCard::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void WorkloadCard::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace ea
