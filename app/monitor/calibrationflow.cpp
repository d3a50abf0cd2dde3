// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/calibrationflow.h"

#include "app/document.h"
#include "app/monitor/monitorsession.h"
#include "engine/model/units.h"
#include "widgets/monitor/probetablemodel.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace ea {

namespace {
constexpr qint64 kWindowMs = 2 * 3600 * 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("ea::Calibration", text);
}

QString errors(const CalibrationErrors &e)
{
    return tr("median %1, P90 %2 (median %3 off; %4 samples)")
        .arg(units::percent(100 * e.medianAbsRelErr), units::percent(100 * e.p90AbsRelErr),
             units::ms(e.medianAbsMs))
        .arg(e.n);
}
} // namespace

CalibrationResult calibrateFromSession(const Scenario &scenario, const MonitorSession &session,
                                       QStringList *skipped)
{
    std::vector<ProbeResult> results;
    for (const MonitorTarget &t : session.table()->targets()) {
        if (t.node < 0)
            continue;
        const std::vector<ProbeResult> recent = session.recent(t.probe.id, kWindowMs);
        results.insert(results.end(), recent.begin(), recent.end());
    }
    const Vantage v = session.vantage();
    const QString region = v.region >= 0 && size_t(v.region) < scenario.regions.size()
                               ? scenario.regions[size_t(v.region)].id
                               : QString();
    return calibrateNetwork(scenario,
                            calibrationSamplesFromProbes(scenario, results, v.lon, v.lat, region, skipped));
}

bool runCalibration(QWidget *parent, Document *document, const MonitorSession &session)
{
    const auto scenario = document->scenario();
    if (!scenario)
        return false;
    const CalibrationResult fit = calibrateFromSession(*scenario, session);
    if (!fit.ok) {
        QMessageBox::information(
            parent, tr("Calibrate Latency Model"),
            tr("The model cannot be calibrated from the current measurements: %1").arg(fit.error));
        return false;
    }
    QStringList details;
    for (const FittedInflation &f : fit.inflations)
        details << tr("Route inflation %1–%2: %3 → %4 (%5 samples)")
                       .arg(geo::zoneName(f.a), geo::zoneName(f.b))
                       .arg(f.before, 0, 'f', 3)
                       .arg(f.after, 0, 'f', 3)
                       .arg(f.samples);
    for (const FittedAccess &a : fit.access)
        details << tr("Access latency at the vantage point: %1 → %2")
                       .arg(units::ms(a.beforeMs), units::ms(a.afterMs));
    details += fit.notes;
    QString text = tr("Error of the model against what was measured:\nbefore: %1\nafter: %2")
                       .arg(errors(fit.before), errors(fit.after));
    if (fit.heldOut)
        text += tr("\nheld out (5-fold by node): %1").arg(errors(*fit.heldOut));
    QMessageBox box(QMessageBox::Question, tr("Calibrate Latency Model"), text,
                    QMessageBox::Apply | QMessageBox::Cancel, parent);
    box.setInformativeText(
        tr("Apply the fitted values to the scenario? (Undo restores the previous model.)"));
    box.setDetailedText(details.join(QLatin1Char('\n')));
    if (box.exec() != QMessageBox::Apply)
        return false;
    QStringList problems;
    return document->applyEdit(fit.apply(*scenario), tr("Calibrate latency model"), &problems);
}

} // namespace ea
