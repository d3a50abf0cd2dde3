// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/units.h"

#include <QLocale>

#include <cmath>

namespace ea::units {

namespace {
QLocale loc()
{
    return QLocale();
}
} // namespace

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
    if (a >= 1e6)
        return QStringLiteral("$") + loc().toString(v / 1e6, 'f', 2) + QStringLiteral("M");
    if (a >= 1e4)
        return QStringLiteral("$") + loc().toString(v / 1e3, 'f', 1) + QStringLiteral("k");
    return QStringLiteral("$") + loc().toString(v, 'f', a < 10 ? 2 : 0);
}

QString usdPrecise(double v)
{
    return QStringLiteral("$") + loc().toString(v, 'f', std::fabs(v) < 1 ? 4 : 2);
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
