// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/suggestiondialog.h"

#include "engine/model/units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ea {

namespace {
enum Column { Name, From, To, CostBefore, CostAfter, SloBefore, SloAfter, ColumnCount };

/** Search time limit the dialog offers first, in seconds. */

/** A tier, and for a split workload the other tiers with their zones: "Regional cloud; Edge in EU, EAS". */
QString placementLabel(Tier tier, const ZoneTiers &zones)
{
    QString out = tierLabel(tier);
    for (Tier t : AllTiers) {
        if (t == tier)
            continue;
        QStringList codes;
        for (int z = 0; z < geo::kZoneCount; ++z)
            if (zones[size_t(z)] == t)
                codes << geo::zoneCode(static_cast<geo::Zone>(z));
        if (!codes.isEmpty())
            //: A split workload: %1 is a tier, %2 the zone codes of its demand served there
            out += QStringLiteral("; ") +
                   SuggestionDialog::tr("%1 in %2").arg(tierLabel(t), codes.join(QStringLiteral(", ")));
    }
    return out;
}
} // namespace

SuggestionDialog::SuggestionDialog(PlanSnapshotPtr plan, QWidget *parent)
    : QDialog(parent), m_plan(std::move(plan))
{
    setWindowTitle(tr("Suggest Placement"));
    setObjectName(QStringLiteral("suggestionDialog"));
    auto *layout = new QVBoxLayout(this);

    m_status = new QLabel(tr("Searching for the cheapest placement that meets every SLO…"), this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *optionsRow = new QHBoxLayout;
    m_granularity = new QComboBox(this);
    m_granularity->addItem(tr("One tier per workload"), int(Granularity::Workload));
    m_granularity->addItem(tr("One tier per workload and zone"), int(Granularity::Zone));
    m_granularity->setToolTip(tr("Whether a workload may run in different tiers in different zones of its "
                                 "demand (a split workload)"));
    auto *granularityLabel = new QLabel(tr("&Choose:"), this);
    granularityLabel->setBuddy(m_granularity);
    m_timeLimit = new QDoubleSpinBox(this);
    m_timeLimit->setRange(1, 3600);
    m_timeLimit->setDecimals(0);
    m_timeLimit->setValue(DefaultOptimizeTimeLimitS);
    //: Unit suffix of the time limit, seconds
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setToolTip(
        tr("After this long the search stops with the best placement found and says how far "
           "from the cheapest possible it may be (the gap)"));
    auto *timeLabel = new QLabel(tr("&Time limit:"), this);
    timeLabel->setBuddy(m_timeLimit);
    m_again = new QPushButton(tr("Search &Again"), this);
    m_again->setToolTip(tr("Start a new search with these options"));
    m_again->setEnabled(false);
    optionsRow->addWidget(granularityLabel);
    optionsRow->addWidget(m_granularity);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(timeLabel);
    optionsRow->addWidget(m_timeLimit);
    optionsRow->addSpacing(12);
    m_resilient = new QCheckBox(tr("&Keep every SLO under any single site failure"), this);
    m_resilient->setToolTip(
        tr("Suggest the cheapest placement in which every workload still meets its SLO when any one site "
           "goes down (the check of Plan → Check Resilience, every site). Slower: each placement found is "
           "checked against every site failure"));
    optionsRow->addWidget(m_resilient);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_again);
    layout->addLayout(optionsRow);
    connect(m_again, &QPushButton::clicked, this, &SuggestionDialog::searchAgainRequested);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    //: Progress bar text: %p is the percentage done
    m_progress->setFormat(tr("%p %"));
    m_progress->setToolTip(tr("Share of the placements searched or ruled out"));
    m_cancelButton = new QPushButton(tr("&Stop Search"), this);
    m_cancelButton->setToolTip(tr("Stop the search; the best placement found so far is suggested"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    m_bound = new QLabel(this);
    m_bound->setObjectName(QStringLiteral("suggestionBound"));
    m_bound->setToolTip(tr("The cheapest placement found so far and the cost below which none can exist"));
    m_bound->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bound);
    connect(m_cancelButton, &QPushButton::clicked, this, &SuggestionDialog::cancelSearch);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->setHorizontalHeaderLabels({tr("Workload"), tr("Current tier"), tr("Suggested tier"),
                                        tr("Cost now"), tr("Cost then"), tr("SLO now"), tr("SLO then")});
    m_table->setToolTip(tr("Every workload with its tier, monthly cost and SLO now and with the suggestion; "
                           "the workloads that move are in bold"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setEnabled(false);
    layout->addWidget(m_table, 1);

    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setToolTip(tr("Why no placement meets every SLO, from each workload's latency budget"));
    m_problems->setMaximumHeight(fontMetrics().height() * 8);
    m_problems->hide();
    layout->addWidget(m_problems);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(tr("Move the workloads as suggested, as one step you can undo"));
    m_apply->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_result || !m_apply->isEnabled())
            return;
        m_applied = true;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(960, 560);
}

SuggestionDialog::~SuggestionDialog() = default;

void SuggestionDialog::cancelSearch()
{
    if (!m_running)
        return;
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Stopping the search…"));
    emit cancelRequested();
}

void SuggestionDialog::done(int r)
{
    if (m_running)
        emit cancelRequested(); // nobody waits for an answer that will not be shown
    QDialog::done(r);
}

void SuggestionDialog::setProgress(double fraction, const QString &text)
{
    if (!m_running)
        return;
    if (fraction >= 0)
        m_progress->setValue(static_cast<int>(fraction * 1000));
    if (!text.isEmpty())
        m_bound->setText(text);
}

OptimizeOptions SuggestionDialog::options() const
{
    OptimizeOptions o;
    o.granularity = static_cast<Granularity>(m_granularity->currentData().toInt());
    o.timeLimitS = m_timeLimit->value();
    o.resilient = m_resilient->isChecked();
    return o;
}

void SuggestionDialog::restart()
{
    m_running = true;
    m_applied = false;
    m_result.reset();
    m_status->setText(m_resilient->isChecked()
                          ? tr("Searching for the cheapest placement that keeps every SLO under any single "
                               "site failure…")
                          : tr("Searching for the cheapest placement that meets every SLO…"));
    m_bound->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_again->setEnabled(false);
    m_apply->setEnabled(false);
    m_table->setEnabled(false);
    m_table->setRowCount(0);
    m_totals->clear();
    m_problems->hide();
}

void SuggestionDialog::setResult(std::shared_ptr<const OptimizeResult> result)
{
    m_running = false;
    m_result = std::move(result);
    const OptimizeResult &r = *m_result;
    m_progress->setValue(1000);
    m_cancelButton->setEnabled(false);
    m_cancelButton->hide();
    m_progress->hide();

    m_again->setEnabled(true);
    m_bound->clear();
    if (!r.hasPlacement()) {
        m_status->setText(r.cancelled ? tr("The search was stopped before it found a placement; nothing is "
                                           "suggested.")
                          : r.failuresChecked > 0
                              ? tr("No placement keeps every SLO under any single site failure.")
                              : tr("No placement meets every SLO."));
    } else {
        const QString count = r.placementsTotal >= 0
                                  ? units::count(double(r.placementsTotal))
                                  : QStringLiteral("10^%1").arg(r.placementsAllowedLog10, 0, 'f', 1);
        QString how;
        if (r.provenOptimal)
            how = tr("proven optimal");
        else if (std::isfinite(r.boundUsdPerMonth))
            //: %1: how the search ended; %2: the optimality gap; %3: the proven lower bound of the cost
            how = tr("%1; at most %2 above the cheapest possible, none costs less than %3 per month")
                      .arg(r.cancelled     ? tr("stopped")
                           : r.timedOut    ? tr("time limit reached")
                           : r.sizeLimited ? tr("stopped at the solver's size cap")
                                           : tr("within the gap"),
                           units::percent(100.0 * r.gap, 2), units::usd(r.boundUsdPerMonth));
        else
            how = r.cancelled ? tr("stopped, best found") : tr("time limit reached, best found");
        const QString search =
            tr("%1; %2 placements allowed, %3 rounds of the solver and the evaluator, %4 s")
                .arg(how, count)
                .arg(r.iterations)
                .arg(r.seconds, 0, 'f', 1);
        QString text;
        if (r.feasible && r.resilient)
            //: %1: how the search ended; %2: site failures checked; %3: placements checked against them
            text =
                (r.provenOptimal ? tr("The cheapest placement that keeps every SLO under any single site "
                                      "failure (%1; %2 site failures, %3 placements checked against them).")
                                 : tr("The cheapest placement found that keeps every SLO under any single "
                                      "site failure; a cheaper one may exist (%1; %2 site failures, %3 "
                                      "placements checked against them)."))
                    .arg(search)
                    .arg(r.failuresChecked)
                    .arg(r.resilienceChecks);
        else if (r.feasible)
            text = r.provenOptimal
                       ? tr("The cheapest placement that meets every SLO (%1).").arg(search)
                       : tr("The cheapest placement found that meets every SLO; a cheaper one may "
                            "exist (%1).")
                             .arg(search);
        else
            text =
                tr("No placement meets every SLO: %n of the workloads meet theirs in no tier and stay where "
                   "they are. Below is the cheapest placement in which every other workload meets its SLO "
                   "(%1).",
                   nullptr, static_cast<int>(r.unreachable.size()))
                    .arg(search);
        m_status->setText(text);
    }

    if (m_plan && m_plan->outcome && r.hasPlacement()) {
        const PlanDiff d = diffPlans(*m_plan->outcome, r.outcome);
        fillTable(d);
        const double pct = d.usdBefore > 0 ? 100.0 * d.savingUsd() / d.usdBefore : 0.0;
        QString totals = tr("Cost per month: %1 now, %2 with the suggestion; saving %3 (%4). SLOs met: %5 "
                            "now, %6 then, of %7.")
                             .arg(units::usd(d.usdBefore), units::usd(d.usdAfter), units::usd(d.savingUsd()),
                                  units::percent(pct))
                             .arg(d.metBefore)
                             .arg(d.metAfter)
                             .arg(d.workloads.size());
        totals += QLatin1Char(' ') + (d.moves == 0 ? tr("The current placement is already the cheapest.")
                                                   : tr("Workloads that move: %1.").arg(d.moves));
        m_totals->setText(totals);
        m_apply->setEnabled(d.moves > 0);
        m_table->setEnabled(true);
    }
    QStringList problems = r.problems;
    if (r.sizeLimited) // issue 17: the master problem outgrew what CBC may be handed
        problems.prepend(
            tr("The search stopped early: the solver's model reached its size cap (%1 nonzero entries; the "
               "cap keeps its memory near 1 GB). %2 Choosing one tier per workload, or fewer workloads, "
               "keeps the model smaller.")
                .arg(units::count(double(r.masterNonzeros)))
                .arg(r.hasPlacement() ? tr("The placement shown is the best found, not proven the cheapest.")
                                      : tr("No placement was found before it stopped.")));
    if (!problems.isEmpty()) {
        m_problems->setPlainText(problems.join(QStringLiteral("\n\n")));
        m_problems->show();
    }
    if (m_apply->isEnabled()) {
        m_apply->setDefault(true);
        m_apply->setFocus();
    } else {
        m_buttons->button(QDialogButtonBox::Close)->setFocus();
    }
    emit searchFinished();
}

void SuggestionDialog::fillTable(const PlanDiff &d)
{
    const Scenario &s = *m_plan->scenario;
    m_table->setRowCount(static_cast<int>(d.workloads.size()));
    for (int row = 0; row < static_cast<int>(d.workloads.size()); ++row) {
        const WorkloadChange &c = d.workloads[row];
        const Workload &w = s.workloads[c.workload];
        const auto slo = [](bool met, double attainment) {
            //: SLO met or missed, with the share of requests within budget
            return (met ? tr("met (%1)") : tr("missed (%1)")).arg(units::percent(attainment));
        };
        const QString from = placementLabel(c.from, c.fromZones), to = placementLabel(c.to, c.toZones);
        const QStringList cells{w.name,
                                from,
                                to,
                                units::usd(c.usdBefore),
                                units::usd(c.usdAfter),
                                slo(c.metBefore, c.attainmentBefore),
                                slo(c.metAfter, c.attainmentAfter)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col >= CostBefore && col <= CostAfter)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QFont f = item->font();
            f.setBold(c.moved());
            item->setFont(f);
            item->setToolTip(c.moved() ? tr("%1 moves from %2 to %3: %4 → %5 per month, %6 → %7 of requests "
                                            "within its %8 budget")
                                             .arg(w.name, from, to, units::usd(c.usdBefore),
                                                  units::usd(c.usdAfter), units::percent(c.attainmentBefore),
                                                  units::percent(c.attainmentAfter), units::slo(w.slo))
                                       : tr("%1 stays in %2 (%3)").arg(w.name, from, units::slo(w.slo)));
            m_table->setItem(row, col, item);
        }
    }
}

} // namespace ea
