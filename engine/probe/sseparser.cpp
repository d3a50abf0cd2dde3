// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/sseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>

namespace ea {

namespace {
QString excerpt(const std::string &s)
{
    QString t = QString::fromUtf8(s.data(), static_cast<qsizetype>(std::min<size_t>(s.size(), 80)));
    if (s.size() > 80)
        t += QStringLiteral("…");
    return t;
}
} // namespace

bool SseParser::feed(const char *data, size_t size, double nowMs)
{
    size_t i = 0;
    while (i < size && !malformed()) {
        if (m_skipLf) {
            m_skipLf = false;
            if (data[i] == '\n') {
                ++i;
                continue;
            }
        }
        // Find the end of the line: LF, CR or CRLF (SSE allows all three).
        const char *start = data + i;
        const size_t left = size - i;
        const void *lf = std::memchr(start, '\n', left);
        const void *cr = std::memchr(start, '\r', left);
        const char *end = nullptr;
        if (lf && cr)
            end = std::min(static_cast<const char *>(lf), static_cast<const char *>(cr));
        else
            end = static_cast<const char *>(lf ? lf : cr);
        if (!end) {
            if (m_line.size() + left > kMaxLineBytes) {
                fail(tr("an event stream line is longer than %1 bytes").arg(kMaxLineBytes));
                break;
            }
            m_line.append(start, left);
            break;
        }
        const size_t n = static_cast<size_t>(end - start);
        if (m_line.empty()) {
            line(start, n, nowMs);
        } else {
            m_line.append(start, n);
            const std::string whole = std::move(m_line);
            m_line.clear();
            line(whole.data(), whole.size(), nowMs);
        }
        i += n + 1;
        if (*end == '\r') {
            if (i < size && data[i] == '\n')
                ++i;
            else if (i == size)
                m_skipLf = true;
        }
    }
    return !malformed();
}

void SseParser::line(const char *begin, size_t size, double nowMs)
{
    ++m_lines;
    if (m_done || malformed())
        return;
    if (size == 0) {
        dispatch(nowMs);
        return;
    }
    if (begin[0] == ':')
        return; // comment (keep-alive)
    const char *colon = static_cast<const char *>(std::memchr(begin, ':', size));
    const size_t nameLen = colon ? static_cast<size_t>(colon - begin) : size;
    if (nameLen != 4 || std::memcmp(begin, "data", 4) != 0)
        return; // event, id, retry or an unknown field: ignored, as the SSE spec says
    size_t valueAt = colon ? nameLen + 1 : size;
    if (valueAt < size && begin[valueAt] == ' ')
        ++valueAt;
    if (m_hasData)
        m_data.push_back('\n');
    if (m_data.size() + (size - valueAt) > kMaxLineBytes) {
        fail(tr("an event is longer than %1 bytes").arg(kMaxLineBytes));
        return;
    }
    m_data.append(begin + valueAt, size - valueAt);
    m_hasData = true;
}

void SseParser::dispatch(double nowMs)
{
    if (!m_hasData)
        return;
    const std::string data = std::move(m_data);
    m_data.clear();
    m_hasData = false;
    ++m_events;
    if (data == "[DONE]") {
        m_done = true;
        return;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(data.data(), static_cast<qsizetype>(data.size())), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(tr("event %1 is not a JSON object: %2").arg(m_events).arg(excerpt(data)));
        return;
    }
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("error"))) {
        const QJsonValue e = o.value(QLatin1String("error"));
        const QString msg =
            e.isObject() ? e.toObject().value(QLatin1String("message")).toString() : e.toString();
        fail(tr("the server sent an error event: %1").arg(msg.left(200)));
        return;
    }
    const QJsonValue choices = o.value(QLatin1String("choices"));
    if (!choices.isArray()) {
        fail(tr("event %1 has no \"choices\" array: %2").arg(m_events).arg(excerpt(data)));
        return;
    }
    const QJsonArray arr = choices.toArray();
    if (arr.isEmpty())
        return; // usage-only chunk
    const QJsonObject c = arr.first().toObject();
    QJsonValue content = c.value(QLatin1String("delta")).toObject().value(QLatin1String("content"));
    if (content.isUndefined())
        content = c.value(QLatin1String("text"));
    if (!content.isString() || content.toString().isEmpty())
        return; // role-only or finish chunk
    ++m_tokens;
    m_lastStamp = nowMs;
    if (m_stamps.size() < kMaxStamps)
        m_stamps.push_back(nowMs);
}

void SseParser::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    m_line.clear();
    m_line.shrink_to_fit();
    m_data.clear();
    m_data.shrink_to_fit();
}

std::vector<double> SseParser::interTokenGaps() const
{
    std::vector<double> gaps;
    if (m_stamps.size() > 1) {
        gaps.reserve(m_stamps.size() - 1);
        for (size_t i = 1; i < m_stamps.size(); ++i)
            gaps.push_back(m_stamps[i] - m_stamps[i - 1]);
    }
    return gaps;
}

double SseParser::tokensPerSecond() const
{
    if (m_tokens < 2 || m_lastStamp <= m_stamps.front())
        return -1;
    return (m_tokens - 1) * 1000.0 / (m_lastStamp - m_stamps.front());
}

} // namespace ea
