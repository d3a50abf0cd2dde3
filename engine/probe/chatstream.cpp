// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/chatstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <atomic>

namespace ea {

namespace {
// Words of the scripted answer; any text would do, the prober only times the chunks.
constexpr std::array<const char *, 12> kWords{"Edge",   " inference", " keeps", " the",
                                              " first", " token",     " close", " to",
                                              " every", " user",      " it",    " serves."};
std::atomic<quint64> g_completionId{0};

QByteArray nextId()
{
    return "chatcmpl-sim-" + QByteArray::number(++g_completionId);
}
} // namespace

QString scriptedTokenText(int i)
{
    return QString::fromLatin1(kWords[static_cast<size_t>(i) % kWords.size()]);
}

QByteArray chatChunkEvent(const QByteArray &id, const QString &model, const QString &content, bool roleChunk,
                          const char *finishReason)
{
    QJsonObject delta;
    if (roleChunk)
        delta.insert(QStringLiteral("role"), QStringLiteral("assistant"));
    if (!content.isEmpty() || roleChunk)
        delta.insert(QStringLiteral("content"), content);
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("finish_reason"),
                              finishReason ? QJsonValue(QString::fromLatin1(finishReason)) : QJsonValue()}};
    const QJsonObject chunk{{QStringLiteral("id"), QString::fromLatin1(id)},
                            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                            {QStringLiteral("model"), model},
                            {QStringLiteral("choices"), QJsonArray{choice}}};
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

ResponsePlan chatStreamPlan(const ChatStreamScript &s)
{
    using C = ResponsePlan;
    const QByteArray id = nextId();
    ResponsePlan p;
    p.steps.push_back({s.headAtMs, C::chunkedHead(200, "text/event-stream", s.extraHeaders) +
                                       C::chunk(chatChunkEvent(id, s.model, QString(), true))});
    for (size_t i = 0; i < s.tokenAtMs.size(); ++i)
        p.steps.push_back(
            {s.tokenAtMs[i], C::chunk(chatChunkEvent(id, s.model, scriptedTokenText(int(i)), false))});
    const double endAt = s.tokenAtMs.empty() ? s.headAtMs : s.tokenAtMs.back();
    switch (s.ending) {
    case StreamEnding::Complete:
        p.steps.push_back({endAt, C::chunk(chatChunkEvent(id, s.model, QString(), false, "stop")) +
                                      C::chunk("data: [DONE]\n\n") + C::chunk({})});
        break;
    case StreamEnding::NoDone:
        p.steps.push_back(
            {endAt, C::chunk(chatChunkEvent(id, s.model, QString(), false, "stop")) + C::chunk({})});
        break;
    case StreamEnding::CloseEarly:
        p.end = ResponsePlan::End::Close;
        break;
    case StreamEnding::Stall:
        p.end = ResponsePlan::End::Hold;
        break;
    case StreamEnding::Malformed:
        p.steps.push_back(
            {endAt, C::chunk("data: {\"choices\": [{\"delta\": {\"content\": \"unterminated\n\n")});
        p.end = ResponsePlan::End::Hold; // the prober must notice without waiting for the end
        break;
    }
    return p;
}

ResponsePlan chatCompletionPlan(double atMs, int tokens, const QString &model)
{
    QString text;
    for (int i = 0; i < tokens; ++i)
        text += scriptedTokenText(i);
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), text}};
    const QJsonObject body{
        {QStringLiteral("id"), QString::fromLatin1(nextId())},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("model"), model},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("completion_tokens"), tokens}}}};
    return ResponsePlan::fixed(200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                               atMs);
}

QString simFaultId(SimFault f)
{
    switch (f) {
    case SimFault::Http404:
        return QStringLiteral("http-404");
    case SimFault::Http503:
        return QStringLiteral("http-503");
    case SimFault::Malformed:
        return QStringLiteral("malformed");
    case SimFault::Stall:
        return QStringLiteral("stall");
    case SimFault::CloseEarly:
        return QStringLiteral("close-early");
    case SimFault::NoDone:
        return QStringLiteral("no-done");
    case SimFault::NoAnswer:
        break;
    }
    return QStringLiteral("no-answer");
}

QStringList simFaultIds()
{
    QStringList ids;
    for (SimFault f : {SimFault::Http404, SimFault::Http503, SimFault::Malformed, SimFault::Stall,
                       SimFault::CloseEarly, SimFault::NoDone, SimFault::NoAnswer})
        ids << simFaultId(f);
    return ids;
}

std::optional<SimFault> simFaultFromId(const QString &id)
{
    for (SimFault f : {SimFault::Http404, SimFault::Http503, SimFault::Malformed, SimFault::Stall,
                       SimFault::CloseEarly, SimFault::NoDone, SimFault::NoAnswer})
        if (simFaultId(f) == id)
            return f;
    return std::nullopt;
}

ResponsePlan faultPlan(SimFault f, double firstMs, double gapMs)
{
    if (f == SimFault::Http404)
        return ResponsePlan::fixed(404, "application/json",
                                   R"({"error":{"message":"no such endpoint","type":"not_found"}})", firstMs);
    if (f == SimFault::Http503)
        return ResponsePlan::fixed(503, "application/json",
                                   R"({"error":{"message":"overloaded, retry later","type":"unavailable"}})",
                                   firstMs);
    if (f == SimFault::NoAnswer) {
        ResponsePlan p;
        p.end = ResponsePlan::End::Hold;
        return p;
    }
    ChatStreamScript s;
    s.headAtMs = firstMs;
    for (int i = 0; i < 3; ++i)
        s.tokenAtMs.push_back(firstMs + (i + 1) * gapMs);
    s.ending = f == SimFault::Malformed    ? StreamEnding::Malformed
               : f == SimFault::Stall      ? StreamEnding::Stall
               : f == SimFault::CloseEarly ? StreamEnding::CloseEarly
                                           : StreamEnding::NoDone;
    return chatStreamPlan(s);
}

} // namespace ea
