// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QString>

/** Formatting of quantities with their units, in one place for every view and export. */
namespace ea::units {

QString ms(double v);                        // "12.3 ms", "1.24 s", "3.5 min"
QString usd(double v);                       // "$1,234", "$12.3k", "$4.56M"
QString usdPrecise(double v);                // "$0.0123"
QString rps(double v);                       // "1,200 req/s"
QString percent(double v, int decimals = 1); // "99.2 %"
QString km(double v);                        // "5,570 km"
QString count(double v);                     // "4,412"
QString slo(const Slo &s);                   // "TTFT p95 < 200 ms"

/** Display preferences (the Settings dialog); process-wide, safe to change while other threads format. */
enum class DistanceUnit { Kilometre, Mile };
void setDistanceUnit(DistanceUnit unit);
DistanceUnit distanceUnit();
/** What money is prefixed with: "$" by default, or a label such as "US$" or "USD " (prices stay USD). */
void setCurrencySymbol(const QString &symbol);
QString currencySymbol();

} // namespace ea::units
