// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the prober: one probe's libcurl easy handle, its callbacks and the mapping of the outcome.
#pragma once

#include "engine/probe/probetypes.h"
#include "engine/probe/sseparser.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <chrono>
#include <string>

namespace ea::probe {

using Clock = std::chrono::steady_clock;

class Transfer
{
    Q_DECLARE_TR_FUNCTIONS(ea::probe::Transfer) // error texts of probes are shown in the Monitor

public:
    Transfer(const ProbeTarget &target, const ProbeSettings &settings, int slot, quint64 sequence);
    ~Transfer();
    Transfer(const Transfer &) = delete;
    Transfer &operator=(const Transfer &) = delete;

    /**
     * Builds the easy handle. False when the probe cannot be sent (bad URL, missing API key variable);
     * result() then holds the ConfigError.
     */
    bool prepare();
    CURL *easy() const { return m_easy; }
    int slot() const { return m_slot; }
    void setSlot(int slot) { m_slot = slot; }

    /** Call right after adding the handle to the multi: the clock of ttft and of the deadlines starts. */
    void started();
    /**
     * Our own deadlines: the first byte within timeoutMs, then progress at least every stallMs, where
     * progress is a complete header line, a complete event-stream line (streams) or 256 body bytes
     * (others): a server that goes silent or trickles a byte a second is Stalled. True when the
     * transfer must be aborted now.
     */
    bool overdue(Clock::time_point now);
    /** Fills the result from libcurl's code and timings (or from our own abort). */
    void finish(CURLcode code);
    const ProbeResult &result() const { return m_result; }

private:
    static size_t onBody(char *data, size_t size, size_t n, void *self);
    static size_t onHeader(char *data, size_t size, size_t n, void *self);
    double sinceStartMs(Clock::time_point t) const;
    void abort(ProbeState state, const QString &text);
    void fillTimings();
    void progressed(Clock::time_point now);

    ProbeTarget m_target;
    ProbeSettings m_settings;
    int m_slot = 0;
    CURL *m_easy = nullptr;
    curl_slist *m_headers = nullptr;
    std::string m_body;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    Clock::time_point m_start;
    Clock::time_point m_lastData;
    Clock::time_point m_lastProgress;
    qint64 m_bytesSinceProgress = 0;
    bool m_gotData = false;
    QByteArray m_contentEncoding; // of the current response, lower case ("" = none)
    double m_curlStartMs = 0;     // libcurl's start of the transfer on our clock (ms after m_start)
    bool m_checkedStream = false;
    bool m_aborted = false;
    ProbeState m_abortState = ProbeState::OtherError;
    QString m_abortText;
    std::string m_errorBody; // first bytes of a 4xx/5xx body, for the error text
    QByteArray m_secret;     // the API key, to redact from what the server says; wiped when done
    SseParser m_sse;
    ProbeResult m_result;
};

} // namespace ea::probe
