// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace ea {

/**
 * Incremental parser of an OpenAI-compatible chat completions event stream (server-sent events).
 *
 * Bytes arrive in arbitrary pieces (feed()); "data:" lines are gathered into events, an empty line
 * dispatches an event, "data: [DONE]" ends the stream, comments (":…") and other fields are ignored.
 * Each event's data must be a JSON object with a "choices" array (empty allowed, as in usage-only
 * chunks); a chunk whose choices[0].delta.content (or choices[0].text) is a non-empty string counts as
 * one token, stamped with the time given to feed(). Anything else makes the stream malformed, after
 * which the parser ignores further input. Memory is bounded: lines over kMaxLineBytes are malformed and
 * at most kMaxStamps token times are kept (tokens beyond are still counted).
 */
class SseParser
{
    Q_DECLARE_TR_FUNCTIONS(ea::SseParser) // its error becomes a probe's error text

public:
    static constexpr size_t kMaxLineBytes = 1 << 20;
    static constexpr size_t kMaxStamps = 1 << 16;

    /** Parses data received at nowMs (any monotonic ms clock). Returns false once malformed. */
    bool feed(const char *data, size_t size, double nowMs);

    bool malformed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool done() const { return m_done; }
    int tokens() const { return m_tokens; }
    int events() const { return m_events; }
    /** Complete lines seen so far (blank ones and comments included): a stream that makes progress. */
    qint64 lines() const { return m_lines; }
    /** Time of the first token (the nowMs of the feed() that completed it); -1 when none. */
    double firstTokenMs() const { return m_stamps.empty() ? -1 : m_stamps.front(); }
    double lastTokenMs() const { return m_stamps.empty() ? -1 : m_lastStamp; }
    /** Gaps between consecutive tokens, ms (from the first kMaxStamps tokens). */
    std::vector<double> interTokenGaps() const;
    /** Decode rate: (tokens − 1) / (last − first token time), per second; -1 with fewer than 2 tokens. */
    double tokensPerSecond() const;

private:
    void line(const char *begin, size_t size, double nowMs);
    void dispatch(double nowMs);
    void fail(const QString &why);

    std::string m_line; // incomplete line carried over between feeds
    std::string m_data; // data of the event being gathered
    bool m_hasData = false;
    bool m_skipLf = false; // previous piece ended with CR: a following LF belongs to it
    bool m_done = false;
    int m_tokens = 0;
    int m_events = 0;
    qint64 m_lines = 0;
    double m_lastStamp = -1;
    std::vector<double> m_stamps;
    QString m_error;
};

} // namespace ea
