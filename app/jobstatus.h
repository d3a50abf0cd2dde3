// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QTimer;

namespace ea {

class JobRunner;

/**
 * The status bar's view of the job runner: one entry per visible background task (what it does, its
 * progress, a Cancel button), shown once the task has run for a moment so that quick ones do not flicker.
 */
class JobStatus : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ShowAfterMs = 250;

    explicit JobStatus(JobRunner *runner, QWidget *parent = nullptr);
    ~JobStatus() override;

    /** The entries on show now (for tests): their job ids, oldest first. */
    QList<quint64> shownJobs() const;
    /** Shows every pending entry at once instead of after ShowAfterMs. */
    void showPendingNow();

private:
    struct Entry;
    void add(quint64 id);
    void update(quint64 id);
    void remove(quint64 id);

    JobRunner *m_runner;
    QHBoxLayout *m_layout = nullptr;
    QHash<quint64, Entry *> m_entries;
};

} // namespace ea
