// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/sseparser.h"

#include <QCoreApplication>

#include <rapidjson/document.h>

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

/** An object's member by name; the last one when the name repeats (as Qt's JSON reader keeps it). */
const rapidjson::Value *member(const rapidjson::Value &object, const char *name)
{
    if (!object.IsObject())
        return nullptr;
    const rapidjson::Value *found = nullptr;
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it)
        if (it->name == name)
            found = &it->value;
    return found;
}

QString stringOf(const rapidjson::Value *v)
{
    return v && v->IsString() ? QString::fromUtf8(v->GetString(), qsizetype(v->GetStringLength()))
                              : QString();
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
    // RapidJSON's DOM: a thousand probes a second each parse several events (Qt's reader cost the agent a
    // tenth of its CPU); strict JSON and UTF-8 as Qt's reader has them.
    // Its memory on the stack: a default Document takes a fresh 64 KiB block for every event.
    char values[4096], stack[1024];
    rapidjson::MemoryPoolAllocator<> valueAlloc(values, sizeof values), stackAlloc(stack, sizeof stack);
    using Document = rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>,
                                                rapidjson::MemoryPoolAllocator<>>;
    Document doc(&valueAlloc, sizeof stack, &stackAlloc);
    constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag |
                               rapidjson::kParseIterativeFlag;
    if (doc.Parse<flags>(data.data(), data.size()).HasParseError() || !doc.IsObject() ||
        std::memchr(data.data(), 0, data.size())) {
        fail(tr("event %1 is not a JSON object: %2").arg(m_events).arg(excerpt(data)));
        return;
    }
    if (const rapidjson::Value *e = member(doc, "error")) {
        const QString msg = e->IsObject() ? stringOf(member(*e, "message")) : stringOf(e);
        fail(tr("the server sent an error event: %1").arg(msg.left(200)));
        return;
    }
    const rapidjson::Value *choices = member(doc, "choices");
    if (!choices || !choices->IsArray()) {
        fail(tr("event %1 has no \"choices\" array: %2").arg(m_events).arg(excerpt(data)));
        return;
    }
    if (choices->Empty())
        return; // usage-only chunk
    const rapidjson::Value &c = (*choices)[0];
    const rapidjson::Value *delta = member(c, "delta");
    const rapidjson::Value *content = delta ? member(*delta, "content") : nullptr;
    if (!content)
        content = member(c, "text");
    if (!content || !content->IsString() || content->GetStringLength() == 0)
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
