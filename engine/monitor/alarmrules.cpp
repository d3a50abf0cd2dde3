// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/alarmrules.h"

#include "engine/model/units.h"

namespace ea {

namespace {
Alarm alarm(const MonitorTarget &t, Alarm::Kind kind, QString message, qint64 nowMs)
{
    return Alarm{nowMs, t.probe.id, kind, std::move(message)};
}
} // namespace

const char *alarmKindId(Alarm::Kind kind)
{
    switch (kind) {
    case Alarm::Kind::SloBreach:
        return "slo_breach";
    case Alarm::Kind::OutsideBand:
        return "outside_band";
    case Alarm::Kind::Fault:
        return "fault";
    case Alarm::Kind::Recovered:
        break;
    }
    return "recovered";
}

std::vector<Alarm> AlarmRules::onResult(State &s, const MonitorTarget &t, const ProbeResult &r, qint64 nowMs)
{
    std::vector<Alarm> out;
    const bool failedBefore = s.hasState && s.lastState != ProbeState::Ok;
    if (!r.ok() && (!s.hasState || s.lastState != r.state)) {
        out.push_back(alarm(
            t, Alarm::Kind::Fault,
            //: Alarm message: a probe state, then its error text (or the URL)
            tr("%1: %2").arg(probeStateLabel(r.state), r.errorText.isEmpty() ? r.url : r.errorText), nowMs));
    } else if (r.ok() && failedBefore) {
        out.push_back(alarm(t, Alarm::Kind::Recovered,
                            tr("Answers again (was: %1)").arg(probeStateLabel(s.lastState)), nowMs));
    }
    if (!r.ok() && (!s.hasState || s.lastState != r.state))
        s.faultSinceMs = nowMs;
    else if (r.ok())
        s.faultSinceMs = 0;
    s.hasState = true;
    s.lastState = r.state;
    return out;
}

std::vector<Alarm> AlarmRules::onStats(State &s, const MonitorTarget &t, const TargetStats &st, qint64 nowMs)
{
    std::vector<Alarm> out;
    const int ok = st.samples - st.failures;
    if (t.hasModel() && ok >= MinBandSamples && st.rttP50Ms >= 0) {
        // Once outside, back within only well inside the band.
        const double margin = s.outsideBand ? (t.bandHighMs - t.bandLowMs) * Hysteresis / 2 : 0.0;
        const bool outside = st.rttP50Ms < t.bandLowMs + margin || st.rttP50Ms > t.bandHighMs - margin;
        if (outside && !s.outsideBand)
            out.push_back(alarm(t, Alarm::Kind::OutsideBand,
                                tr("Measured RTT p50 %1 is outside the model's band %2 – %3 (model %4)")
                                    .arg(units::ms(st.rttP50Ms), units::ms(t.bandLowMs),
                                         units::ms(t.bandHighMs), units::ms(t.modeledRttMs)),
                                nowMs));
        else if (!outside && s.outsideBand)
            out.push_back(
                alarm(t, Alarm::Kind::Recovered,
                      tr("Measured RTT p50 %1 is back within the model's band").arg(units::ms(st.rttP50Ms)),
                      nowMs));
        if (outside != s.outsideBand)
            s.bandSinceMs = outside ? nowMs : 0;
        s.outsideBand = outside;
    }
    if (t.hasBudget() && ok >= MinSloSamples && st.sloValueMs >= 0) {
        const bool breach = st.sloValueMs > t.budgetMs * (s.sloBreach ? 1.0 - Hysteresis : 1.0);
        if (breach && !s.sloBreach)
            out.push_back(
                alarm(t, Alarm::Kind::SloBreach,
                      (t.slo.metric == SloMetric::Ttft ? tr("TTFT measured %1 misses %2 (%3)")
                                                       : tr("End-to-end estimate measured %1 misses %2 (%3)"))
                          .arg(units::ms(st.sloValueMs), units::slo(t.slo), t.workloadName),
                      nowMs));
        else if (!breach && s.sloBreach)
            out.push_back(alarm(t, Alarm::Kind::Recovered,
                                tr("Meets %1 again (%2)").arg(units::slo(t.slo), units::ms(st.sloValueMs)),
                                nowMs));
        if (breach != s.sloBreach)
            s.sloSinceMs = breach ? nowMs : 0;
        s.sloBreach = breach;
    }
    return out;
}

} // namespace ea
