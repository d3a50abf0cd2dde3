// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/loopbackserver.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ea {

/** How a scripted chat completions stream ends (the normal end and the faults a prober must tell apart). */
enum class StreamEnding {
    Complete,   // finish chunk, "data: [DONE]", end of the chunked body; connection kept
    NoDone,     // the body ends properly but without "data: [DONE]"
    CloseEarly, // the connection closes in the middle of the chunked body
    Stall,      // the server goes silent, holding the connection open
    Malformed   // after the tokens, an event whose data is not JSON
};

/** A streaming response in the OpenAI chat completions format, with explicit timing. */
struct ChatStreamScript
{
    double headAtMs = 0;           // status line, headers and the role chunk
    std::vector<double> tokenAtMs; // one content chunk per entry, ascending, >= headAtMs
    StreamEnding ending = StreamEnding::Complete;
    QString model = QStringLiteral("simulated");
    QByteArray extraHeaders; // "Name: value\r\n" lines
};

/** The text of token i (a fixed sentence, repeated). */
QString scriptedTokenText(int i);
/** One "data: {…}\n\n" event of a chat.completion.chunk. */
QByteArray chatChunkEvent(const QByteArray &id, const QString &model, const QString &content, bool roleChunk,
                          const char *finishReason = nullptr);
ResponsePlan chatStreamPlan(const ChatStreamScript &script);
/** Non-streaming chat completion answer (JSON) with the whole text, sent at atMs. */
ResponsePlan chatCompletionPlan(double atMs, int tokens, const QString &model);

/** Faults a loopback endpoint can play (the simulator serves them under /faults/<id>/…). */
enum class SimFault { Http404, Http503, Malformed, Stall, CloseEarly, NoDone, NoAnswer };
QString
simFaultId(SimFault f); // "http-404", "http-503", "malformed", "stall", "close-early", "no-done", "no-answer"
std::optional<SimFault> simFaultFromId(const QString &id);
QStringList simFaultIds();
/** The fault's response: streams begin at firstMs with tokens every gapMs before the fault. */
ResponsePlan faultPlan(SimFault f, double firstMs = 5, double gapMs = 5);

} // namespace ea
