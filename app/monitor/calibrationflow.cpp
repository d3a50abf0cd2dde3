// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/calibrationflow.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "app/monitor/monitorsession.h"
#include "engine/model/units.h"
#include "engine/monitor/probecalibration.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>

namespace ea {

namespace {
constexpr qint64 kWindowMs = 2 * 3600 * 1000;

// Monitor → Calibrate Model: its message box.
struct CalibrationFlow
{
    Q_DECLARE_TR_FUNCTIONS(ea::CalibrationFlow)
};

QString errors(const CalibrationErrors &e)
{
    return CalibrationFlow::tr("median %1, P90 %2 (median %3 off; %n sample(s))", nullptr, e.n)
        .arg(units::percent(100 * e.medianAbsRelErr), units::percent(100 * e.p90AbsRelErr),
             units::ms(e.medianAbsMs));
}
} // namespace

namespace {
/** What the session measured from its vantage point in the window, read on the GUI thread. */
struct Measured
{
    std::vector<ProbeResult> results;
    Vantage vantage;
    QString region;
};

Measured measured(const Scenario &scenario, const MonitorSession &session)
{
    Measured m;
    for (const MonitorTarget &t : session.state()->targets()) {
        if (t.node < 0)
            continue;
        const std::vector<ProbeResult> recent = session.recent(t.probe.id, kWindowMs);
        m.results.insert(m.results.end(), recent.begin(), recent.end());
    }
    m.vantage = session.vantage();
    m.region = m.vantage.region >= 0 && size_t(m.vantage.region) < scenario.regions.size()
                   ? scenario.regions[size_t(m.vantage.region)].id
                   : QString();
    return m;
}

CalibrationResult fit(const Scenario &scenario, const Measured &m, QStringList *skipped)
{
    return calibrateNetwork(scenario, calibrationSamplesFromProbes(scenario, m.results, m.vantage.lon,
                                                                   m.vantage.lat, m.region, skipped));
}

bool offerCalibration(QWidget *parent, Document *document, const PlanSnapshotPtr &from,
                      const CalibrationResult &fit)
{
    if (!fit.ok) {
        QMessageBox::information(
            parent, CalibrationFlow::tr("Calibrate Latency Model"),
            CalibrationFlow::tr("The model cannot be calibrated from the current measurements: %1")
                .arg(fit.error));
        return false;
    }
    QStringList details;
    for (const FittedInflation &f : fit.inflations)
        details << CalibrationFlow::tr("Route inflation %1–%2: %3 → %4 (%n sample(s))", nullptr, f.samples)
                       .arg(geo::zoneName(f.a), geo::zoneName(f.b), QLocale().toString(f.before, 'f', 3),
                            QLocale().toString(f.after, 'f', 3));
    for (const FittedAccess &a : fit.access)
        details << CalibrationFlow::tr("Access latency at the vantage point: %1 → %2")
                       .arg(units::ms(a.beforeMs), units::ms(a.afterMs));
    details += fit.notes;
    const QString text =
        fit.heldOut
            ? CalibrationFlow::tr(
                  "Error of the model against what was measured:\nbefore: %1\nafter: %2\nheld out "
                  "(5-fold by node): %3")
                  .arg(errors(fit.before), errors(fit.after), errors(*fit.heldOut))
            : CalibrationFlow::tr("Error of the model against what was measured:\nbefore: %1\nafter: %2")
                  .arg(errors(fit.before), errors(fit.after));
    QMessageBox box(QMessageBox::Question, CalibrationFlow::tr("Calibrate Latency Model"), text,
                    QMessageBox::Apply | QMessageBox::Cancel, parent);
    box.setInformativeText(
        CalibrationFlow::tr("Apply the fitted values to the scenario? (Undo restores the previous model.)"));
    box.setDetailedText(details.join(QLatin1Char('\n')));
    if (box.exec() != QMessageBox::Apply)
        return false;
    // Fitted to the content of then: an edit meanwhile (another scenario, a moved node) voids it.
    if (document->snapshot()->contentGeneration != from->contentGeneration) {
        QMessageBox::information(parent, CalibrationFlow::tr("Calibrate Latency Model"),
                                 CalibrationFlow::tr("The scenario changed while the model was being fitted; "
                                                     "calibrate it again."));
        return false;
    }
    QStringList problems;
    return document->applyEdit(fit.apply(*document->scenario()),
                               CalibrationFlow::tr("Calibrate latency model"), &problems);
}
} // namespace

CalibrationResult calibrateFromSession(const Scenario &scenario, const MonitorSession &session,
                                       QStringList *skipped)
{
    return fit(scenario, measured(scenario, session), skipped);
}

CalibrationResult calibrateFromFleet(const Scenario &scenario, const FleetSnapshot &fleet,
                                     QStringList *skipped)
{
    return calibrateNetwork(scenario, fleetCalibrationSamples(fleet, skipped));
}

quint64 runFleetCalibration(QWidget *parent, Document *document, FleetSnapshotPtr fleet)
{
    const PlanSnapshotPtr plan = document->snapshot();
    if (!plan || !fleet)
        return 0;
    JobSpec spec;
    spec.lane = QStringLiteral("calibration");
    spec.label = CalibrationFlow::tr("Calibrating the latency model from the fleet");
    return document->jobs()->run(
        spec, parent,
        [plan, fleet](JobControl &) { return calibrateFromFleet(*plan->scenario, *fleet, nullptr); },
        [parent, document, plan](const CalibrationResult &result) {
            offerCalibration(parent, document, plan, result);
        });
}

quint64 runCalibration(QWidget *parent, Document *document, const MonitorSession &session)
{
    const PlanSnapshotPtr plan = document->snapshot();
    if (!plan)
        return 0;
    JobSpec spec;
    spec.lane = QStringLiteral("calibration");
    spec.label = CalibrationFlow::tr("Calibrating the latency model");
    return document->jobs()->run(
        spec, parent,
        [plan, m = measured(*plan->scenario, session)](JobControl &) {
            return fit(*plan->scenario, m, nullptr);
        },
        [parent, document, plan](const CalibrationResult &result) {
            offerCalibration(parent, document, plan, result);
        });
}

} // namespace ea
