// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/placementsuggestion.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "widgets/planner/suggestiondialog.h"

#include <cmath>

namespace ea {

PlacementSuggestion::PlacementSuggestion(Document *document, QWidget *parent)
    : QObject(parent), m_document(document)
{
    m_dialog = new SuggestionDialog(document->snapshot(), parent);
    start();
    connect(m_dialog, &SuggestionDialog::searchAgainRequested, this, [this] {
        m_dialog->restart();
        start();
    });
    connect(m_dialog, &SuggestionDialog::cancelRequested, this, [this] {
        if (m_job)
            m_document->jobs()->cancel(m_job);
    });
}

void PlacementSuggestion::start()
{
    const PlanSnapshotPtr plan = m_document->snapshot();
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    spec.label = tr("Searching for the cheapest placement");
    spec.deliverWhenCancelled = true; // the dialog shows the best placement found when the search was stopped
    spec.progress = [dialog = m_dialog](double fraction, const QString &text) {
        dialog->setProgress(fraction, text);
    };
    const OptimizeOptions chosen = m_dialog->options();
    m_job = m_document->jobs()->run(
        spec, m_dialog,
        [plan, chosen](JobControl &control) {
            OptimizeOptions options = chosen;
            options.cancel = control.cancelFlag();
            // Progress with where the search stands: the best cost found, the proven bound and the gap.
            options.status = [&control](const OptimizeStatus &st) {
                QString text;
                if (std::isfinite(st.bestUsdPerMonth))
                    text = std::isfinite(st.boundUsdPerMonth)
                               ? tr("Best found %1 per month; none costs less than %2 (gap %3)")
                                     .arg(units::usd(st.bestUsdPerMonth), units::usd(st.boundUsdPerMonth),
                                          units::percent(100.0 * st.gap(), 2))
                               : tr("Best found %1 per month").arg(units::usd(st.bestUsdPerMonth));
                control.setProgress(st.fraction, text);
            };
            return std::make_shared<const OptimizeResult>(
                optimizePlacement(*plan->evaluator, plan->outcome->placement, options));
        },
        [this](std::shared_ptr<const OptimizeResult> result) {
            m_job = 0;
            m_dialog->setResult(std::move(result));
        });
}

PlacementSuggestion::~PlacementSuggestion()
{
    if (m_job)
        m_document->jobs()->cancel(m_job);
    delete m_dialog;
}

bool PlacementSuggestion::exec()
{
    return m_dialog->exec() == QDialog::Accepted && applyAccepted();
}

bool PlacementSuggestion::applyAccepted()
{
    const Placement placement = m_dialog->suggestedPlacement();
    return !placement.empty() && m_document->applyPlacement(placement, tr("Apply suggested placement"));
}

} // namespace ea
