// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/prober.h"

#include <QObject>

namespace ea {

/**
 * The prober for Qt code (the live monitor): owns a Prober and emits every result as a signal. The
 * signal is emitted on the prober thread, so receivers living in other threads (the GUI) get it queued,
 * in order. Only results still in the event queue are kept, nothing else: memory stays bounded as long
 * as the receiver's thread runs its event loop.
 */
class ProbeSession : public QObject
{
    Q_OBJECT

public:
    explicit ProbeSession(const ProbeSettings &settings, QObject *parent = nullptr);
    ~ProbeSession() override;

    void setTargets(std::vector<ProbeTarget> targets) { m_prober.setTargets(std::move(targets)); }
    bool start(QString *error = nullptr) { return m_prober.start(error); }
    void stop() { m_prober.stop(); }
    bool running() const { return m_prober.running(); }
    ProbeStats stats() const { return m_prober.stats(); }
    const ProbeSettings &settings() const { return m_prober.settings(); }

signals:
    void resultReady(const ea::ProbeResult &result);

private:
    Prober m_prober;
};

} // namespace ea
