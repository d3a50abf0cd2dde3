// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/prometheusdialog.h"

#include "app/jobrunner.h"

#include "widgets/charts/chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ea {

namespace {
const char *const kUrlKey = "monitor/prometheusUrl";
const char *const kDefaultUrl = "http://127.0.0.1:9090";
} // namespace

QString promLatencyMetricName(PromLatencyMetric metric)
{
    switch (metric) {
    case PromLatencyMetric::FirstByte:
        return QStringLiteral("edgeatlas_probe_first_byte_ms");
    case PromLatencyMetric::Ttft:
        return QStringLiteral("edgeatlas_probe_ttft_ms");
    case PromLatencyMetric::Total:
        return QStringLiteral("edgeatlas_probe_total_ms");
    }
    return {};
}

QString escapePromqlLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString latencyQuantileQuery(PromLatencyMetric metric, double quantile, int windowS,
                             const QString &targetFilter)
{
    QString selector = promLatencyMetricName(metric) + QStringLiteral("_bucket");
    if (!targetFilter.isEmpty())
        selector += QStringLiteral("{target=\"%1\"}").arg(escapePromqlLabelValue(targetFilter));
    return QStringLiteral("histogram_quantile(%1, sum by (le, target) (rate(%2[%3s])))")
        .arg(QString::number(quantile, 'g', 6), selector)
        .arg(std::max(1, windowS));
}

PromRangeParams promRangeParams(qint64 rangeS)
{
    PromRangeParams p;
    p.stepS = static_cast<int>(std::max<qint64>(15, rangeS / 240));
    p.windowS = std::max(60, 4 * p.stepS);
    return p;
}

struct PrometheusDialog::Result
{
    std::optional<std::vector<PromSeries>> series;
    QString error;
    bool cancelled = false;
};

PrometheusDialog::PrometheusDialog(JobRunner *jobs, QWidget *parent) : QDialog(parent), m_jobs(jobs)
{
    setWindowTitle(tr("Latency History from Prometheus"));
    resize(900, 640);

    m_url = new QLineEdit(
        QSettings().value(QLatin1String(kUrlKey), QString::fromLatin1(kDefaultUrl)).toString(), this);
    m_url->setToolTip(tr("Base URL of the Prometheus server that scrapes the probe agents"));
    m_range = new QComboBox(this);
    m_range->addItem(tr("Last 15 minutes"), 15 * 60);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 6 hours"), 6 * 3600);
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_range->setCurrentIndex(1);
    m_metric = new QComboBox(this);
    m_metric->addItem(tr("First byte"), static_cast<int>(PromLatencyMetric::FirstByte));
    m_metric->addItem(tr("Time to first token"), static_cast<int>(PromLatencyMetric::Ttft));
    m_metric->addItem(tr("Whole transfer"), static_cast<int>(PromLatencyMetric::Total));
    m_quantile = new QComboBox(this);
    m_quantile->addItem(tr("p50 (median)"), 0.5);
    m_quantile->addItem(tr("p95"), 0.95);
    m_quantile->addItem(tr("p99"), 0.99);
    m_quantile->setCurrentIndex(1);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("all targets"));
    m_filter->setToolTip(tr("Only this target id (exact match); empty for every target"));
    m_query = new QPlainTextEdit(this);
    m_query->setReadOnly(true);
    m_query->setMaximumHeight(m_query->fontMetrics().lineSpacing() * 3 + 12);
    m_query->setToolTip(tr("The PromQL the dialog runs, to reuse in Prometheus or Grafana"));
    m_query->setAccessibleName(tr("PromQL query"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Range:"), m_range);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Quantile:"), m_quantile);
    form->addRow(tr("&Target:"), m_filter);
    form->addRow(tr("PromQL:"), m_query);

    m_load = new QPushButton(tr("&Load"), this);
    m_load->setToolTip(tr("Query the server for the chosen range"));
    m_load->setDefault(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Querying the server"));
    m_busy->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Query status"));
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_load);
    loadRow->addWidget(m_busy);
    loadRow->addWidget(m_message, 1);

    m_chart = new QChart;
    m_chart->setTitle(tr("Latency per target"));
    m_axisX = new QDateTimeAxis(m_chart);
    m_axisX->setFormat(QStringLiteral("HH:mm"));
    m_axisX->setTitleText(tr("Time"));
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setTitleText(tr("Latency (ms)"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    const ChartStyle style = ChartStyle::forDark(palette().color(QPalette::Window).lightness() < 128);
    style.applyToChart(m_chart);
    style.applyToAxis(m_axisX);
    style.applyToAxis(m_axisY);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(280);
    m_view->setAccessibleName(tr("Latency per target"));
    m_view->setToolTip(tr("One line per target: the chosen quantile of the chosen latency over time, as the "
                          "probe agents' histograms in Prometheus give it"));
    m_view->setAccessibleDescription(m_view->toolTip());

    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Target"), tr("Latest (ms)"), tr("Median (ms)"), tr("Points")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Latency per target, latest and median"));
    m_table->setToolTip(
        tr("Per target: the latest value, the median over the range and the number of points"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(loadRow);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_load, &QPushButton::clicked, this, &PrometheusDialog::load);
    connect(m_range, &QComboBox::currentIndexChanged, this, &PrometheusDialog::updateQuery);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &PrometheusDialog::updateQuery);
    connect(m_quantile, &QComboBox::currentIndexChanged, this, &PrometheusDialog::updateQuery);
    connect(m_filter, &QLineEdit::textChanged, this, &PrometheusDialog::updateQuery);
    updateQuery();
}

PrometheusDialog::~PrometheusDialog()
{
    // The transfer ends on its own timeout; its answer has nowhere to go.
    if (m_job)
        m_jobs->cancel(m_job);
}

QString PrometheusDialog::serverUrl() const
{
    return m_url->text().trimmed();
}

void PrometheusDialog::setServerUrl(const QString &url)
{
    m_url->setText(url);
}

qint64 PrometheusDialog::rangeSeconds() const
{
    return m_range->currentData().toLongLong();
}

QString PrometheusDialog::promql() const
{
    return latencyQuantileQuery(static_cast<PromLatencyMetric>(m_metric->currentData().toInt()),
                                m_quantile->currentData().toDouble(), promRangeParams(rangeSeconds()).windowS,
                                m_filter->text().trimmed());
}

void PrometheusDialog::updateQuery()
{
    m_query->setPlainText(promql());
}

void PrometheusDialog::load()
{
    if (m_job)
        return;
    const QString url = serverUrl();
    if (url.isEmpty()) {
        setError(tr("Enter the server's URL, e.g. %1").arg(QString::fromLatin1(kDefaultUrl)));
        emit loaded(false);
        return;
    }
    QSettings().setValue(QLatin1String(kUrlKey), url);
    const QString query = promql();
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 startMs = endMs - rangeSeconds() * 1000;
    const double stepS = promRangeParams(rangeSeconds()).stepS;
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    //: Status bar: %1 is the Prometheus server's URL
    spec.label = tr("Querying %1").arg(url);
    spec.deliverWhenCancelled = true; // the dialog says the query was cancelled
    m_job = m_jobs->run(
        spec, this,
        [url, query, startMs, endMs, stepS](JobControl &control) {
            Result r;
            PrometheusClient client;
            r.series = client.queryRange(url, query, startMs, endMs, stepS, &r.error);
            r.cancelled = control.isCancelled();
            return r;
        },
        [this](const Result &result) { onFinished(result); });
    m_load->setEnabled(false);
    m_busy->show();
    m_message->setText(tr("Querying %1…").arg(url));
    m_message->setStyleSheet({});
}

void PrometheusDialog::onFinished(const Result &result)
{
    m_job = 0;
    m_load->setEnabled(true);
    m_busy->hide();
    if (result.cancelled) {
        setError(tr("the query was cancelled"));
        emit loaded(false);
        return;
    }
    if (!result.series) {
        setError(!result.error.isEmpty() ? result.error : tr("the query failed"));
        emit loaded(false);
        return;
    }
    m_error.clear();
    showSeries(*result.series);
    emit loaded(true);
}

void PrometheusDialog::setError(const QString &message)
{
    m_error = message;
    m_message->setText(tr("Could not load: %1").arg(message));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
}

void PrometheusDialog::showSeries(const std::vector<PromSeries> &series)
{
    m_chart->removeAllSeries();
    m_table->setRowCount(0);
    qint64 tMin = std::numeric_limits<qint64>::max(), tMax = std::numeric_limits<qint64>::min();
    double vMax = 0;
    int shown = 0;
    for (const PromSeries &s : series) {
        const QString target = s.labels.value(QStringLiteral("target"), tr("(no target label)"));
        auto *line = new QLineSeries;
        line->setName(target);
        std::vector<double> values;
        for (const auto &[tMs, v] : s.points) {
            if (!std::isfinite(v)) // NaN where a window had no samples: a gap, not a value
                continue;
            line->append(static_cast<qreal>(tMs), v);
            values.push_back(v);
            tMin = std::min(tMin, tMs);
            tMax = std::max(tMax, tMs);
            vMax = std::max(vMax, v);
        }
        m_chart->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);

        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(target));
        QString latest = QStringLiteral("–"), median = QStringLiteral("–");
        if (!values.empty()) {
            latest = QString::number(values.back(), 'f', 1);
            std::vector<double> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            const size_t n = sorted.size();
            const double med = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            median = QString::number(med, 'f', 1);
            ++shown;
        }
        m_table->setItem(row, 1, new QTableWidgetItem(latest));
        m_table->setItem(row, 2, new QTableWidgetItem(median));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(values.size())));
        for (int c = 1; c < 4; ++c)
            m_table->item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (tMin <= tMax) {
        m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(tMin),
                          QDateTime::fromMSecsSinceEpoch(std::max(tMax, tMin + 1000)));
        m_axisY->setRange(0, vMax > 0 ? vMax * 1.1 : 1.0);
    }
    if (series.empty())
        m_message->setText(tr("No series: no agent's histogram matched in this range."));
    else
        m_message->setText(
            tr("%n target(s), %1 with data.", nullptr, static_cast<int>(series.size())).arg(shown));
    m_message->setStyleSheet({});
}

} // namespace ea
