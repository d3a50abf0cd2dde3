// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/prometheus.h"

#include <QDialog>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QValueAxis;

namespace ea {

class JobRunner;

/** The probe agent's latency histograms (engine/probe/prometheus.h). */
enum class PromLatencyMetric { FirstByte, Ttft, Total };

/** The histogram's family name, e.g. "edgeatlas_probe_first_byte_ms". */
QString promLatencyMetricName(PromLatencyMetric metric);

/** A label value escaped for a PromQL double-quoted string: backslash, double quote and line feed. */
QString escapePromqlLabelValue(const QString &value);

/**
 * The PromQL of a latency quantile per target:
 * histogram_quantile(q, sum by (le, target) (rate(<metric>_bucket{target="<filter>"}[<window>s]))).
 * An empty filter selects every target.
 */
QString latencyQuantileQuery(PromLatencyMetric metric, double quantile, int windowS,
                             const QString &targetFilter = {});

/** Step (s) and rate window (s) suited to a time range of rangeS seconds (about 240 points). */
struct PromRangeParams
{
    int stepS = 15;
    int windowS = 60;
};
PromRangeParams promRangeParams(qint64 rangeS);

/**
 * "Latency History from Prometheus": reads the probe agents' latency histograms back from a Prometheus
 * server (query_range), one line per target on a time axis, plus a table of the latest and median
 * values. The query is a job of the given runner (status bar, Cancel); the dialog never blocks, never waits
 * for it when it closes, and shows errors as text.
 */
class PrometheusDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr char JobLane[] = "prometheus";

    explicit PrometheusDialog(JobRunner *jobs, QWidget *parent = nullptr);
    ~PrometheusDialog() override;

    QString serverUrl() const;
    void setServerUrl(const QString &url);
    /** The PromQL the current choices give (also shown in the dialog). */
    QString promql() const;
    /** Starts a load (ignored while one runs). */
    void load();
    bool isLoading() const { return m_job != 0; }

    QChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    /** The error of the last load; empty when it succeeded. */
    QString errorText() const { return m_error; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *quantileBox() const { return m_quantile; }
    QLineEdit *targetFilterEdit() const { return m_filter; }

signals:
    /** A load ended (ok false: errorText() says why). */
    void loaded(bool ok);

private:
    struct Result;
    void updateQuery();
    void onFinished(const Result &result);
    void showSeries(const std::vector<PromSeries> &series);
    void setError(const QString &message);
    qint64 rangeSeconds() const;

    QLineEdit *m_url = nullptr;
    QComboBox *m_range = nullptr, *m_metric = nullptr, *m_quantile = nullptr;
    QLineEdit *m_filter = nullptr;
    QPlainTextEdit *m_query = nullptr;
    QPushButton *m_load = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QTableWidget *m_table = nullptr;
    JobRunner *m_jobs;
    quint64 m_job = 0; // the query in flight; 0 when none
    QString m_error;
};

} // namespace ea
