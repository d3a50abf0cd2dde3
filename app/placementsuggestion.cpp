// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/placementsuggestion.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "widgets/planner/suggestiondialog.h"

namespace ea {

PlacementSuggestion::PlacementSuggestion(Document *document, QWidget *parent)
    : QObject(parent), m_document(document)
{
    const PlanSnapshotPtr plan = document->snapshot();
    m_dialog = new SuggestionDialog(plan, parent);
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    spec.label = tr("Searching for the cheapest placement");
    spec.deliverWhenCancelled = true; // the dialog says the search was stopped
    spec.progress = [dialog = m_dialog](double fraction, const QString &) { dialog->setProgress(fraction); };
    m_job = document->jobs()->run(
        spec, m_dialog,
        [plan](JobControl &control) {
            OptimizeOptions options;
            options.cancel = control.cancelFlag();
            options.progress = control.progressCallback();
            return std::make_shared<const OptimizeResult>(
                optimizePlacement(*plan->evaluator, plan->outcome->placement, options));
        },
        [this](std::shared_ptr<const OptimizeResult> result) {
            m_job = 0;
            m_dialog->setResult(std::move(result));
        });
    connect(m_dialog, &SuggestionDialog::cancelRequested, this, [this] {
        if (m_job)
            m_document->jobs()->cancel(m_job);
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
