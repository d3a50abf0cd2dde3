// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/jobstatus.h"

#include "app/jobrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace ea {

struct JobStatus::Entry
{
    QWidget *box = nullptr;
    QLabel *label = nullptr;
    QProgressBar *bar = nullptr;
    QToolButton *cancel = nullptr;
    QTimer *delay = nullptr;
};

JobStatus::JobStatus(JobRunner *runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("jobStatus"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    connect(runner, &JobRunner::jobStarted, this, &JobStatus::add);
    connect(runner, &JobRunner::jobProgress, this, &JobStatus::update);
    connect(runner, &JobRunner::jobCancelling, this, &JobStatus::update);
    connect(runner, &JobRunner::jobFinished, this, &JobStatus::remove);
    for (const JobRunner::Job &job : runner->jobs())
        add(job.id);
}

JobStatus::~JobStatus()
{
    qDeleteAll(m_entries);
}

void JobStatus::add(quint64 id)
{
    const std::optional<JobRunner::Job> job = m_runner->job(id);
    if (!job || !job->visible || m_entries.contains(id))
        return;
    auto *e = new Entry;
    e->box = new QWidget(this);
    auto *row = new QHBoxLayout(e->box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    e->label = new QLabel(e->box);
    e->bar = new QProgressBar(e->box);
    e->bar->setMaximumWidth(120);
    e->bar->setTextVisible(false);
    e->cancel = new QToolButton(e->box);
    e->cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    e->cancel->setAutoRaise(true);
    //: Tool-tip of a status bar button; %1 says what runs, e.g. "Computing the coverage field"
    e->cancel->setToolTip(job->cancellable ? tr("Cancel: %1").arg(job->label)
                                           : tr("%1 cannot be cancelled").arg(job->label));
    e->cancel->setAccessibleName(tr("Cancel %1").arg(job->label));
    e->cancel->setEnabled(job->cancellable);
    connect(e->cancel, &QToolButton::clicked, this, [this, id] { m_runner->cancel(id); });
    row->addWidget(e->label);
    row->addWidget(e->bar);
    row->addWidget(e->cancel);
    e->box->hide();
    m_layout->addWidget(e->box);
    e->delay = new QTimer(e->box);
    e->delay->setSingleShot(true);
    connect(e->delay, &QTimer::timeout, e->box, &QWidget::show);
    e->delay->start(ShowAfterMs);
    m_entries.insert(id, e);
    update(id);
}

void JobStatus::update(quint64 id)
{
    Entry *e = m_entries.value(id);
    const std::optional<JobRunner::Job> job = m_runner->job(id);
    if (!e || !job)
        return;
    QString text = job->text.isEmpty() ? job->label : tr("%1: %2").arg(job->label, job->text);
    if (job->cancelRequested)
        //: Status bar: a background task asked to stop; %1 says what it was doing
        text = tr("%1 (cancelling…)").arg(job->label);
    e->label->setText(text);
    if (job->fraction < 0) {
        e->bar->setRange(0, 0);
    } else {
        e->bar->setRange(0, 1000);
        e->bar->setValue(int(std::clamp(job->fraction, 0.0, 1.0) * 1000));
    }
    e->cancel->setEnabled(job->cancellable && !job->cancelRequested);
}

void JobStatus::remove(quint64 id)
{
    Entry *e = m_entries.take(id);
    if (!e)
        return;
    delete e->box;
    delete e;
}

QList<quint64> JobStatus::shownJobs() const
{
    QList<quint64> out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it.value()->box->isVisibleTo(this))
            out.append(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

void JobStatus::showPendingNow()
{
    for (Entry *e : std::as_const(m_entries)) {
        e->delay->stop();
        e->box->show();
    }
}

} // namespace ea
