// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/probesession.h"

namespace ea {

ProbeSession::ProbeSession(const ProbeSettings &settings, QObject *parent)
    : QObject(parent), m_prober(settings)
{
    qRegisterMetaType<ea::ProbeResult>();
    m_prober.setCallback([this](const ProbeResult &r) { emit resultReady(r); });
}

ProbeSession::~ProbeSession()
{
    m_prober.stop(); // no emission after this object is gone
}

} // namespace ea
