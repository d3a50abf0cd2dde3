// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/units.h"

#include <QLocale>
#include <QReadWriteLock>

#include <atomic>
#include <cmath>

namespace ea::units {

namespace {
QLocale loc()
{
    return QLocale();
}

constexpr double kKmPerMile = 1.609344;
std::atomic<int> g_distanceUnit{static_cast<int>(DistanceUnit::Kilometre)};
QReadWriteLock g_currencyLock;
QString g_currency = QStringLiteral("$");
} // namespace

void setDistanceUnit(DistanceUnit unit)
{
    g_distanceUnit.store(static_cast<int>(unit));
}

DistanceUnit distanceUnit()
{
    return static_cast<DistanceUnit>(g_distanceUnit.load());
}

void setCurrencySymbol(const QString &symbol)
{
    QWriteLocker lock(&g_currencyLock);
    g_currency = symbol;
}

QString currencySymbol()
{
    QReadLocker lock(&g_currencyLock);
    return g_currency;
}

QString ms(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("∞");
    if (std::fabs(v) >= 120000.0)
        return loc().toString(v / 60000.0, 'f', 1) + QStringLiteral(" min");
    if (std::fabs(v) >= 10000.0)
        return loc().toString(v / 1000.0, 'f', 1) + QStringLiteral(" s");
    if (std::fabs(v) >= 1000.0)
        return loc().toString(v / 1000.0, 'f', 2) + QStringLiteral(" s");
    return loc().toString(v, 'f', std::fabs(v) < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString usd(double v)
{
    const double a = std::fabs(v);
    const QString symbol = currencySymbol();
    if (a >= 1e6)
        return symbol + loc().toString(v / 1e6, 'f', 2) + QStringLiteral("M");
    if (a >= 1e4)
        return symbol + loc().toString(v / 1e3, 'f', 1) + QStringLiteral("k");
    return symbol + loc().toString(v, 'f', a < 10 ? 2 : 0);
}

QString usdPrecise(double v)
{
    return currencySymbol() + loc().toString(v, 'f', std::fabs(v) < 1 ? 4 : 2);
}

QString rps(double v)
{
    return loc().toString(v, 'f', v < 10 ? 2 : 0) + QStringLiteral(" req/s");
}

QString percent(double v, int decimals)
{
    return loc().toString(v, 'f', decimals) + QStringLiteral(" %");
}

QString km(double v)
{
    if (distanceUnit() == DistanceUnit::Mile)
        return loc().toString(v / kKmPerMile, 'f', 0) + QStringLiteral(" mi");
    return loc().toString(v, 'f', 0) + QStringLiteral(" km");
}

QString count(double v)
{
    return loc().toString(v, 'f', 0);
}

QString slo(const Slo &s)
{
    return QStringLiteral("%1 p%2 < %3")
        .arg(s.metric == SloMetric::Ttft ? QStringLiteral("TTFT") : QStringLiteral("E2E"))
        .arg(s.percentile)
        .arg(ms(s.budgetMs));
}

} // namespace ea::units
