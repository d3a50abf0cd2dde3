// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/prometheus.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ea {

/**
 * A Prometheus query answer held compactly, for answers of tens of thousands of series (the fleet reader):
 * every series' labels as UTF-8 in one buffer and every point in one array, so reading an answer costs a few
 * allocations instead of a map and strings per series. Immutable once parsed.
 */
class PromAnswer
{
public:
    using Point = std::pair<qint64, double>; // (time ms, value), as PromSeries

    size_t size() const { return m_series.size(); }
    bool empty() const { return m_series.empty(); }
    /** The value of label name of series i (UTF-8); empty when the series has no such label. */
    std::string_view label(size_t i, std::string_view name) const;
    QString labelString(size_t i, std::string_view name) const;
    /** Series i's points, oldest first. */
    std::span<const Point> points(size_t i) const;
    /** The newest finite value of series i; -1 when none (NaN: no observation in the window). */
    double newestFinite(size_t i) const;

    /** As PrometheusClient::parseResponse() gives it. */
    std::vector<PromSeries> toSeries() const;
    static PromAnswer fromSeries(const std::vector<PromSeries> &series);

    /**
     * Parses an API answer exactly as PrometheusClient::parseResponse() does (the same series, the same
     * error), streaming: a SAX parse (RapidJSON) into the compact form. An answer the streaming pass does not
     * take as an ordinary Prometheus answer (an error, an unusual shape, a scalar) is parsed again by
     * parseResponse(), which then decides.
     */
    static std::optional<PromAnswer> parse(const QByteArray &body, long httpStatus, QString *error);
    /** The streaming pass alone: nothing when it does not take the answer (exposed for tests). */
    static std::optional<PromAnswer> parseFast(const QByteArray &body, long httpStatus);

    // Building (the parser's).
    void beginSeries();
    void addLabel(std::string_view name, std::string_view value);
    void addPoint(qint64 timeMs, double value) { m_points.emplace_back(timeMs, value); }
    void endSeries();

private:
    struct Label
    {
        quint32 name, nameSize, value, valueSize; // offsets into m_text
    };
    struct Series
    {
        quint32 firstLabel = 0, labels = 0;
        size_t firstPoint = 0, pointCount = 0;
    };
    std::string m_text;
    std::vector<Label> m_labels;
    std::vector<Point> m_points;
    std::vector<Series> m_series;
};

} // namespace ea
