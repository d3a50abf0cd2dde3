// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/units.h"

#include <QCoreApplication>
#include <QLocale>
#include <QReadWriteLock>

#include <atomic>
#include <cmath>

namespace ea::units {

namespace {
// The number comes first in English; the formats are translated so a language can place its unit.
struct Units
{
    Q_DECLARE_TR_FUNCTIONS(ea::Units)
};

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
        //: Minutes
        return Units::tr("%1 min").arg(loc().toString(v / 60000.0, 'f', 1));
    if (std::fabs(v) >= 10000.0)
        //: Seconds
        return Units::tr("%1 s").arg(loc().toString(v / 1000.0, 'f', 1));
    if (std::fabs(v) >= 1000.0)
        return Units::tr("%1 s").arg(loc().toString(v / 1000.0, 'f', 2));
    //: Milliseconds
    return Units::tr("%1 ms").arg(loc().toString(v, 'f', std::fabs(v) < 10 ? 2 : 1));
}

QString usd(double v)
{
    const double a = std::fabs(v);
    const QString symbol = currencySymbol();
    if (a >= 1e6)
        //: Money in millions: %1 the currency symbol ("$"), %2 the amount
        return Units::tr("%1%2M").arg(symbol, loc().toString(v / 1e6, 'f', 2));
    if (a >= 1e4)
        //: Money in thousands: %1 the currency symbol ("$"), %2 the amount
        return Units::tr("%1%2k").arg(symbol, loc().toString(v / 1e3, 'f', 1));
    //: Money: %1 the currency symbol ("$"), %2 the amount
    return Units::tr("%1%2").arg(symbol, loc().toString(v, 'f', a < 10 ? 2 : 0));
}

QString usdPrecise(double v)
{
    return Units::tr("%1%2").arg(currencySymbol(), loc().toString(v, 'f', std::fabs(v) < 1 ? 4 : 2));
}

QString rps(double v)
{
    //: Requests per second
    return Units::tr("%1 req/s").arg(loc().toString(v, 'f', v < 10 ? 2 : 0));
}

QString percent(double v, int decimals)
{
    return Units::tr("%1 %").arg(loc().toString(v, 'f', decimals));
}

QString km(double v)
{
    if (distanceUnit() == DistanceUnit::Mile)
        //: Miles
        return Units::tr("%1 mi").arg(loc().toString(v / kKmPerMile, 'f', 0));
    //: Kilometres
    return Units::tr("%1 km").arg(loc().toString(v, 'f', 0));
}

QString count(double v)
{
    return loc().toString(v, 'f', 0);
}

QString slo(const Slo &s)
{
    //: An SLO: the metric (TTFT or E2E), its percentile and its budget, e.g. "TTFT p95 < 200 ms"
    return Units::tr("%1 p%2 < %3")
        .arg(s.metric == SloMetric::Ttft ? QStringLiteral("TTFT") : QStringLiteral("E2E"))
        .arg(s.percentile)
        .arg(ms(s.budgetMs));
}

} // namespace ea::units
