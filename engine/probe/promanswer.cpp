// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/promanswer.h"

#include <rapidjson/reader.h>

#include <algorithm>

#include <charconv>
#include <cmath>
#include <cstring>

namespace ea {

namespace {

/** A sample value as Prometheus writes one: NaN, +Inf, -Inf or a plain decimal number. Nothing otherwise
 * (the answer then goes to the full parse, whose QString::toDouble() decides). */
std::optional<double> sampleValue(const char *p, size_t n)
{
    const std::string_view t(p, n);
    if (t == "NaN")
        return NAN;
    if (t == "+Inf")
        return INFINITY;
    if (t == "-Inf")
        return -INFINITY;
    // [+-]digits[.digits][(e|E)[+-]digits], as strtod and QString::toDouble() both read it.
    size_t i = 0;
    if (i < n && (p[i] == '-' || p[i] == '+'))
        ++i;
    const auto digits = [&] {
        const size_t from = i;
        while (i < n && p[i] >= '0' && p[i] <= '9')
            ++i;
        return i - from;
    };
    if (digits() == 0)
        return std::nullopt;
    if (i < n && p[i] == '.') {
        ++i;
        if (digits() == 0)
            return std::nullopt;
    }
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        ++i;
        if (i < n && (p[i] == '-' || p[i] == '+'))
            ++i;
        if (digits() == 0)
            return std::nullopt;
    }
    if (i != n || n > 64)
        return std::nullopt;
    const char *from = p[0] == '+' ? p + 1 : p;
    double v = 0;
    const auto [end, ec] = std::from_chars(from, p + n, v); // correctly rounded, as Qt's conversion
    if (ec != std::errc() || end != p + n || !std::isfinite(v))
        return std::nullopt; // out of range: the full parse decides
    return v;
}

/**
 * The SAX handler: takes {"status":"success","data":{"resultType":"vector"|"matrix","result":[...]}} in
 * Prometheus' own key order into a PromAnswer, skips keys it does not know, and refuses (returns false)
 * anything else, which sends the answer to the full parse.
 */
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    explicit Handler(PromAnswer &out) : m_out(out) {}

    bool complete() const { return m_status == "success" && m_sawResult && m_stack.empty() && m_done; }

    // Primitives.
    bool Null() { return primitive(); }
    bool Bool(bool) { return primitive(); }
    bool Int(int v) { return number(double(v)); }
    bool Uint(unsigned v) { return number(double(v)); }
    bool Int64(int64_t v) { return number(double(v)); }
    bool Uint64(uint64_t v) { return number(double(v)); }
    bool Double(double v) { return number(v); }
    bool String(const char *s, rapidjson::SizeType n, bool)
    {
        if (m_skip > 0)
            return true;
        if (m_next == Next::Skip)
            return consumed();
        switch (m_next) {
        case Next::Status:
            m_status.assign(s, n);
            return consumed();
        case Next::ResultType:
            m_resultType.assign(s, n);
            m_sawResultType = true;
            return consumed();
        case Next::Label:
            for (const std::string &seen : m_seriesLabels)
                if (seen == m_key)
                    return false; // a duplicate name: the full parse decides which holds
            m_out.addLabel(m_key, std::string_view(s, n));
            m_seriesLabels.push_back(m_key);
            return consumed();
        default:
            break;
        }
        if (top() == Where::Point && m_pointIndex == 1) {
            const auto v = sampleValue(s, n);
            if (!v)
                return false;
            m_pointValue = *v;
            ++m_pointIndex;
            return true;
        }
        return false;
    }

    bool StartObject()
    {
        if (m_skip > 0 || m_next == Next::Skip)
            return enterSkip();
        if (m_stack.empty() && !m_done)
            return push(Where::Root);
        if (top() == Where::Root && m_next == Next::Data)
            return push(Where::Data);
        if (top() == Where::Result && m_next == Next::None) {
            m_sawMetric = m_sawValue = false;
            m_seriesLabels.clear();
            m_out.beginSeries();
            return push(Where::Series);
        }
        if (top() == Where::Series && m_next == Next::Metric)
            return push(Where::Metric);
        return false;
    }
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        if (m_skip > 0)
            return true;
        const std::string_view k(s, n);
        switch (top()) {
        case Where::Root:
            if (k == "status")
                return once(m_sawStatus, Next::Status);
            if (k == "data")
                return once(m_sawData, Next::Data);
            break;
        case Where::Data:
            if (k == "resultType")
                return !m_sawResultType && expect(Next::ResultType);
            if (k == "result") {
                if (!m_sawResultType || m_sawResult || (m_resultType != "vector" && m_resultType != "matrix"))
                    return false; // a scalar, an unknown type or Prometheus' order changed: the full parse
                m_matrix = m_resultType == "matrix";
                m_sawResult = true;
                return expect(Next::Result);
            }
            break;
        case Where::Series:
            if (k == "metric")
                return once(m_sawMetric, Next::Metric);
            if (k == (m_matrix ? "values" : "value"))
                return once(m_sawValue, m_matrix ? Next::Values : Next::Value);
            break;
        case Where::Metric:
            m_key.assign(s, n);
            return expect(Next::Label);
        default:
            return false;
        }
        return expect(Next::Skip);
    }
    bool EndObject(rapidjson::SizeType)
    {
        if (m_skip > 0)
            return --m_skip, true;
        const Where w = top();
        m_stack.pop_back();
        if (w == Where::Series) {
            if (!m_matrix && !m_sawValue)
                return false; // a vector series without its sample: the full parse names the error
            m_out.endSeries();
        }
        if (m_stack.empty())
            m_done = true;
        return m_next == Next::None;
    }
    bool StartArray()
    {
        if (m_skip > 0 || m_next == Next::Skip)
            return enterSkip();
        if (top() == Where::Data && m_next == Next::Result)
            return push(Where::Result);
        if (top() == Where::Series && m_next == Next::Value)
            return startPoint();
        if (top() == Where::Series && m_next == Next::Values)
            return push(Where::Values);
        if (top() == Where::Values && m_next == Next::None)
            return startPoint();
        return false;
    }
    bool EndArray(rapidjson::SizeType)
    {
        if (m_skip > 0)
            return --m_skip, true;
        const Where w = top();
        m_stack.pop_back();
        if (w == Where::Point) {
            if (m_pointIndex != 2)
                return false;
            m_out.addPoint(qint64(std::llround(m_pointTime * 1000.0)), m_pointValue);
        }
        return true;
    }

private:
    enum class Where { Root, Data, Result, Series, Metric, Values, Point, None };
    enum class Next { None, Skip, Status, Data, ResultType, Result, Metric, Value, Values, Label };

    Where top() const { return m_stack.empty() ? Where::None : m_stack.back(); }
    bool push(Where w)
    {
        m_stack.push_back(w);
        m_next = Next::None;
        return true;
    }
    bool expect(Next n)
    {
        m_next = n;
        return true;
    }
    bool once(bool &seen, Next n)
    {
        if (seen)
            return false; // a duplicate key
        seen = true;
        return expect(n);
    }
    bool consumed()
    {
        m_next = Next::None;
        return true;
    }
    bool enterSkip()
    {
        m_next = Next::None;
        return ++m_skip < 256; // deeper nesting: the full parse (and its nesting limit) decides
    }
    bool primitive()
    {
        if (m_skip > 0)
            return true;
        return m_next == Next::Skip && consumed();
    }
    bool number(double v)
    {
        if (m_skip > 0)
            return true;
        if (m_next == Next::Skip)
            return consumed();
        if (top() == Where::Point && m_pointIndex == 0 && m_next == Next::None) {
            m_pointTime = v;
            ++m_pointIndex;
            return true;
        }
        return false;
    }
    bool startPoint()
    {
        m_pointIndex = 0;
        if (top() == Where::Series)
            m_next = Next::None;
        return push(Where::Point);
    }

    PromAnswer &m_out;
    std::vector<Where> m_stack;
    Next m_next = Next::None;
    int m_skip = 0;
    bool m_done = false;
    std::string m_status, m_resultType, m_key;
    bool m_sawStatus = false, m_sawData = false, m_sawResultType = false, m_sawResult = false;
    bool m_matrix = false;
    bool m_sawMetric = false, m_sawValue = false;
    std::vector<std::string> m_seriesLabels;
    int m_pointIndex = 0;
    double m_pointTime = 0, m_pointValue = 0;
};

} // namespace

std::string_view PromAnswer::label(size_t i, std::string_view name) const
{
    const Series &s = m_series[i];
    for (quint32 l = s.firstLabel; l < s.firstLabel + s.labels; ++l) {
        const Label &label = m_labels[l];
        if (std::string_view(m_text.data() + label.name, label.nameSize) == name)
            return {m_text.data() + label.value, label.valueSize};
    }
    return {};
}

QString PromAnswer::labelString(size_t i, std::string_view name) const
{
    const std::string_view v = label(i, name);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

std::span<const PromAnswer::Point> PromAnswer::points(size_t i) const
{
    return {m_points.data() + m_series[i].firstPoint, m_series[i].pointCount};
}

double PromAnswer::newestFinite(size_t i) const
{
    const auto p = points(i);
    for (auto it = p.rbegin(); it != p.rend(); ++it)
        if (std::isfinite(it->second))
            return it->second;
    return -1;
}

void PromAnswer::beginSeries()
{
    Series s;
    s.firstLabel = quint32(m_labels.size());
    s.firstPoint = m_points.size();
    m_series.push_back(s);
}

void PromAnswer::addLabel(std::string_view name, std::string_view value)
{
    Label l{};
    l.name = quint32(m_text.size());
    l.nameSize = quint32(name.size());
    m_text.append(name);
    l.value = quint32(m_text.size());
    l.valueSize = quint32(value.size());
    m_text.append(value);
    m_labels.push_back(l);
}

void PromAnswer::endSeries()
{
    Series &s = m_series.back();
    s.labels = quint32(m_labels.size()) - s.firstLabel;
    s.pointCount = m_points.size() - s.firstPoint;
}

std::vector<PromSeries> PromAnswer::toSeries() const
{
    std::vector<PromSeries> out(m_series.size());
    for (size_t i = 0; i < m_series.size(); ++i) {
        const Series &s = m_series[i];
        for (quint32 l = s.firstLabel; l < s.firstLabel + s.labels; ++l) {
            const Label &label = m_labels[l];
            out[i].labels.insert(QString::fromUtf8(m_text.data() + label.name, label.nameSize),
                                 QString::fromUtf8(m_text.data() + label.value, label.valueSize));
        }
        const auto p = points(i);
        out[i].points.assign(p.begin(), p.end());
    }
    return out;
}

PromAnswer PromAnswer::fromSeries(const std::vector<PromSeries> &series)
{
    PromAnswer a;
    for (const PromSeries &s : series) {
        a.beginSeries();
        for (auto it = s.labels.begin(); it != s.labels.end(); ++it) {
            const QByteArray name = it.key().toUtf8(), value = it.value().toUtf8();
            a.addLabel({name.constData(), size_t(name.size())}, {value.constData(), size_t(value.size())});
        }
        for (const Point &p : s.points)
            a.addPoint(p.first, p.second);
        a.endSeries();
    }
    return a;
}

namespace {
/** No digit run longer than 30 digits and no decimal exponent beyond ±280, looking at every byte. */
bool plainNumbersOnly(const QByteArray &body)
{
    const char *p = body.constData(), *end = p + body.size();
    while (p < end) {
        if (!(*p >= '0' && *p <= '9')) {
            ++p;
            continue;
        }
        int digits = 0;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '.'))
            digits += *p++ != '.';
        if (digits > 30)
            return false;
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            int exponent = 0;
            while (p < end && *p >= '0' && *p <= '9') {
                exponent = std::min(exponent * 10 + (*p++ - '0'), 100000);
            }
            if (exponent > 280)
                return false;
        }
    }
    return true;
}
} // namespace

std::optional<PromAnswer> PromAnswer::parseFast(const QByteArray &body, long httpStatus)
{
    if (httpStatus >= 400 || (httpStatus != 0 && httpStatus < 200))
        return std::nullopt;
    // RapidJSON reads a NUL byte as the end of the text; Qt's parser as garbage.
    if (std::memchr(body.constData(), 0, size_t(body.size())))
        return std::nullopt;
    // RapidJSON 1.1 (Debian 12) reads out of bounds converting numbers at the far ends of the double range
    // (internal/strtod.h; found by fuzz_promquery with "9.99999999999900e-339"). Prometheus writes its
    // timestamps as plain decimals and its values as strings, so an answer with a long digit run or a large
    // exponent anywhere is left to Qt's parser.
    if (!plainNumbersOnly(body))
        return std::nullopt;
    PromAnswer out;
    out.m_text.reserve(size_t(body.size()) / 2);
    Handler handler(out);
    rapidjson::Reader reader;
    rapidjson::MemoryStream stream(body.constData(), size_t(body.size()));
    constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag |
                               rapidjson::kParseFullPrecisionFlag;
    if (reader.Parse<flags>(stream, handler).IsError() || !handler.complete())
        return std::nullopt;
    return out;
}

std::optional<PromAnswer> PromAnswer::parse(const QByteArray &body, long httpStatus, QString *error)
{
    if (auto fast = parseFast(body, httpStatus))
        return fast;
    auto series = PrometheusClient::parseResponse(body, httpStatus, error);
    if (!series)
        return std::nullopt;
    return fromSeries(*series);
}

} // namespace ea
