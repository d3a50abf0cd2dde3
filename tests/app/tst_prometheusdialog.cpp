// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document.h"
#include "app/jobrunner.h"
#include "app/monitor/monitorpage.h"
#include "app/monitor/prometheusdialog.h"

#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testsupport.h"
#include <QToolBar>
#include <QUrl>
#include <QUrlQuery>

#include <mutex>
#include <thread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ea;

namespace {

/**
 * Answers every GET with one fixed body (a Prometheus API answer) and remembers the request targets. Plain
 * POSIX sockets on its own thread (the tests do not link Qt Network).
 */
class FakePrometheus
{
public:
    explicit FakePrometheus(QByteArray body) : m_body(std::move(body)) {}
    ~FakePrometheus()
    {
        if (m_fd >= 0)
            ::shutdown(m_fd, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool listen()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 ||
            ::listen(m_fd, 8) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return false;
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { serve(); });
        return true;
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QStringList requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

private:
    void serve()
    {
        for (;;) {
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0)
                return; // shut down
            QByteArray request;
            char buf[4096];
            while (!request.contains("\r\n\r\n")) {
                const ssize_t n = ::recv(c, buf, sizeof buf, 0);
                if (n <= 0)
                    break;
                request.append(buf, static_cast<qsizetype>(n));
            }
            {
                std::lock_guard lock(m_mutex);
                m_requests.append(
                    QString::fromLatin1(request.left(request.indexOf("\r\n")).split(' ').value(1)));
            }
            const QByteArray answer =
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body;
            qsizetype sent = 0;
            while (sent < answer.size()) {
                const ssize_t n = ::send(c, answer.constData() + sent,
                                         static_cast<size_t>(answer.size() - sent), MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += n;
            }
            ::close(c);
        }
    }

    QByteArray m_body;
    int m_fd = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QStringList m_requests;
};

/** A loopback port nothing listens on (see tests/common/testsupport.h). */
quint16 closedPort()
{
    const quint16 port = ea::test::unusedLoopbackPort();
    return port ? port : 1;
}

// Two series of a matrix: edge-a with three points, cloud-b with two (one of them NaN, a gap).
const QByteArray kMatrix = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                           "{\"metric\":{\"target\":\"edge-a\"},\"values\":[[1700000000,\"12.5\"],"
                           "[1700000015,\"14\"],[1700000030,\"20.5\"]]},"
                           "{\"metric\":{\"target\":\"cloud-b\"},\"values\":[[1700000000,\"80\"],"
                           "[1700000015,\"NaN\"],[1700000030,\"96\"]]}]}}";

QLineSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->name() == name)
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

QString cell(QTableWidget *t, int row, int column)
{
    QTableWidgetItem *item = t->item(row, column);
    return item ? item->text() : QString();
}

int rowOf(QTableWidget *t, const QString &target)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (cell(t, r, 0) == target)
            return r;
    return -1;
}

} // namespace

class tst_PrometheusDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void queryText();
    void rangeParams();
    void loadsTwoSeries();
    void refusedPortShowsError();
    void serverErrorShowsError();
    void monitorToolbarHasAction();

private:
    QTemporaryDir m_dir;
};

void tst_PrometheusDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_prometheusdialog"));
}

void tst_PrometheusDialog::queryText()
{
    QCOMPARE(latencyQuantileQuery(PromLatencyMetric::FirstByte, 0.95, 60),
             QStringLiteral("histogram_quantile(0.95, sum by (le, target) "
                            "(rate(edgeatlas_probe_first_byte_ms_bucket[60s])))"));
    QCOMPARE(latencyQuantileQuery(PromLatencyMetric::Ttft, 0.5, 120, QStringLiteral("edge-a")),
             QStringLiteral("histogram_quantile(0.5, sum by (le, target) "
                            "(rate(edgeatlas_probe_ttft_ms_bucket{target=\"edge-a\"}[120s])))"));
    QCOMPARE(latencyQuantileQuery(PromLatencyMetric::Total, 0.99, 300),
             QStringLiteral("histogram_quantile(0.99, sum by (le, target) "
                            "(rate(edgeatlas_probe_total_ms_bucket[300s])))"));
    // A quote, a backslash and a line feed in the target id are escaped as in the exposition format.
    const QString nasty = QStringLiteral("a\"b\\c\nd");
    QCOMPARE(escapePromqlLabelValue(nasty), QStringLiteral("a\\\"b\\\\c\\nd"));
    QCOMPARE(escapePromqlLabelValue(nasty), QString::fromUtf8(ProbeMetrics::escapeLabelValue(nasty)));
    QVERIFY(latencyQuantileQuery(PromLatencyMetric::FirstByte, 0.5, 60, nasty)
                .contains(QStringLiteral("{target=\"a\\\"b\\\\c\\nd\"}")));
}

void tst_PrometheusDialog::rangeParams()
{
    QCOMPARE(promRangeParams(15 * 60).stepS, 15);
    QCOMPARE(promRangeParams(15 * 60).windowS, 60);
    QCOMPARE(promRangeParams(24 * 3600).stepS, 360);
    QCOMPARE(promRangeParams(24 * 3600).windowS, 1440);
    // The window always covers several steps, so rate() sees more than one sample.
    for (qint64 r : {900, 3600, 21600, 86400})
        QVERIFY(promRangeParams(r).windowS >= 4 * promRangeParams(r).stepS);
}

void tst_PrometheusDialog::loadsTwoSeries()
{
    FakePrometheus server(kMatrix);
    QVERIFY(server.listen());
    JobRunner jobs;
    PrometheusDialog dialog(&jobs);
    dialog.show();
    dialog.setServerUrl(server.url());
    dialog.quantileBox()->setCurrentIndex(2); // p99
    dialog.targetFilterEdit()->setText(QStringLiteral("edge-a"));
    const QString expectedQuery = dialog.promql();
    QVERIFY(expectedQuery.startsWith(QStringLiteral("histogram_quantile(0.99,")));

    QSignalSpy spy(&dialog, &PrometheusDialog::loaded);
    dialog.load();
    QVERIFY(dialog.isLoading()); // off the GUI thread: load() returned before the answer
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.isLoading());

    // The request went to query_range with the dialog's PromQL.
    QCOMPARE(server.requests().size(), 1);
    const QUrl request(server.requests().first());
    QCOMPARE(request.path(), QStringLiteral("/api/v1/query_range"));
    QCOMPARE(QUrlQuery(request).queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), expectedQuery);

    QCOMPARE(dialog.chart()->series().size(), 2);
    QLineSeries *a = seriesNamed(dialog.chart(), QStringLiteral("edge-a"));
    QLineSeries *b = seriesNamed(dialog.chart(), QStringLiteral("cloud-b"));
    QVERIFY(a && b);
    QCOMPARE(a->count(), 3);
    QCOMPARE(a->at(0), QPointF(1700000000000.0, 12.5));
    QCOMPARE(a->at(1), QPointF(1700000015000.0, 14.0));
    QCOMPARE(a->at(2), QPointF(1700000030000.0, 20.5));
    QCOMPARE(b->count(), 2); // the NaN is a gap
    QCOMPARE(b->at(0), QPointF(1700000000000.0, 80.0));
    QCOMPARE(b->at(1), QPointF(1700000030000.0, 96.0));

    QTableWidget *t = dialog.table();
    QCOMPARE(t->rowCount(), 2);
    const int ra = rowOf(t, QStringLiteral("edge-a")), rb = rowOf(t, QStringLiteral("cloud-b"));
    QVERIFY(ra >= 0 && rb >= 0);
    QCOMPARE(cell(t, ra, 1), QStringLiteral("20.5")); // latest
    QCOMPARE(cell(t, ra, 2), QStringLiteral("14.0")); // median of 12.5, 14, 20.5
    QCOMPARE(cell(t, rb, 1), QStringLiteral("96.0"));
    QCOMPARE(cell(t, rb, 2), QStringLiteral("88.0")); // median of 80 and 96
    QCOMPARE(cell(t, rb, 3), QStringLiteral("2"));

    // The URL is remembered for the next dialog.
    QCOMPARE(QSettings().value(QStringLiteral("monitor/prometheusUrl")).toString(), server.url());
    PrometheusDialog next(&jobs);
    QCOMPARE(next.serverUrl(), server.url());
}

void tst_PrometheusDialog::refusedPortShowsError()
{
    const quint16 port = closedPort();
    JobRunner jobs;
    PrometheusDialog dialog(&jobs);
    dialog.show();
    dialog.setServerUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QSignalSpy spy(&dialog, &PrometheusDialog::loaded);
    dialog.load();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.chart()->series().isEmpty());
    QCOMPARE(dialog.table()->rowCount(), 0);
    // The error is on screen, not only in the API.
    bool shown = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        shown = shown || (l->isVisible() && l->text().contains(dialog.errorText()));
    QVERIFY2(shown, qPrintable(dialog.errorText()));
}

void tst_PrometheusDialog::serverErrorShowsError()
{
    FakePrometheus server(
        "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 3\"}");
    QVERIFY(server.listen());
    JobRunner jobs;
    PrometheusDialog dialog(&jobs);
    dialog.setServerUrl(server.url());
    QSignalSpy spy(&dialog, &PrometheusDialog::loaded);
    dialog.load();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("parse error at char 3")),
             qPrintable(dialog.errorText()));
}

void tst_PrometheusDialog::monitorToolbarHasAction()
{
    Document document;
    QStringList errors;
    QVERIFY2(document.load(QStringLiteral(EA_TEST_DATA_DIR "/small.json"), &errors),
             qPrintable(errors.join('\n')));
    MonitorPage page(&document);
    QAction *action = page.findChild<QAction *>(QStringLiteral("prometheusHistoryAction"));
    QVERIFY(action);
    QVERIFY(page.toolBar()->actions().contains(action));
    action->trigger();
    auto *dialog = page.findChild<PrometheusDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

QTEST_MAIN(tst_PrometheusDialog)
#include "tst_prometheusdialog.moc"
