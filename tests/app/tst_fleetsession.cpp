// SPDX-License-Identifier: GPL-3.0-or-later
// The Monitor's fleet mode against a stand-in Prometheus (a loopback server answering each PromQL query the
// reader asks with per-route values the test chose): routes and their colours from the measured values,
// nodes summed up by worst/median, picks on the map filtering the table, the states (unreachable, empty,
// query error, stale agent), readings off the GUI thread, and calibration from the fleet (error before >
// after, one undoable edit).
#include "app/document.h"
#include "app/monitor/calibrationflow.h"
#include "app/monitor/fleetconnectdialog.h"
#include "app/monitor/fleetpanel.h"
#include "app/monitor/fleetsession.h"
#include "app/monitor/monitorpage.h"
#include "app/planselection.h"
#include "engine/monitor/fleetreader.h"
#include "engine/probe/loopbackserver.h"
#include "widgets/map/fleetlayer.h"
#include "widgets/map/mapwidget.h"
#include "widgets/monitor/fleettablemodel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "tests/common/testsupport.h"

#include <mutex>
#include <thread>

using namespace ea;

namespace {

struct RouteSpec
{
    QMap<QString, QString> labels; // vantage, vantage_region | vantage_lat/lon, node
    double p50 = 0, upper = 0;
};

/** The stand-in: answers by what each query asks; behaviour switchable while it runs. */
struct StandIn
{
    enum class Mode { Normal, Empty, QueryError };
    std::mutex mutex;
    std::vector<RouteSpec> routes;
    QSet<QString> staleVantages; // their last scrape is two minutes old
    Mode mode = Mode::Normal;
    QStringList asked;

    static QByteArray answer(const std::vector<std::pair<QMap<QString, QString>, double>> &series)
    {
        QByteArray out = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[";
        bool first = true;
        for (const auto &[labels, value] : series) {
            out += first ? "{\"metric\":{" : ",{\"metric\":{";
            first = false;
            bool firstLabel = true;
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                out += (firstLabel ? "\"" : ",\"") + it.key().toUtf8() + "\":\"" + it.value().toUtf8() + '"';
                firstLabel = false;
            }
            out += "},\"value\":[1000,\"" + QByteArray::number(value, 'g', 15) + "\"]}";
        }
        return out + "]}}";
    }

    QByteArray rangeAnswer(const QString &q, const QUrlQuery &params) const
    {
        static const QRegularExpression vantageRe(QStringLiteral("vantage=\"([^\"]*)\"")),
            nodeRe(QStringLiteral("\\bnode=\"([^\"]*)\""));
        const QString vantage = vantageRe.match(q).captured(1), node = nodeRe.match(q).captured(1);
        double value = -1;
        for (const RouteSpec &r : routes)
            if ((vantage.isEmpty() || r.labels.value(QStringLiteral("vantage")) == vantage) &&
                (node.isEmpty() || r.labels.value(QStringLiteral("node")) == node))
                value =
                    std::max(value, q.startsWith(QLatin1String("histogram_quantile(0.5,")) ? r.p50 : r.upper);
        QByteArray out = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
        if (value >= 0 && mode == Mode::Normal) {
            out += "{\"metric\":{},\"values\":[";
            const double start = params.queryItemValue(QStringLiteral("start")).toDouble();
            const double end = params.queryItemValue(QStringLiteral("end")).toDouble();
            const double step = params.queryItemValue(QStringLiteral("step")).toDouble();
            bool first = true;
            for (double t = start; t <= end && step > 0; t += step) {
                out += (first ? "[" : ",[") + QByteArray::number(t, 'f', 3) + ",\"" +
                       QByteArray::number(value, 'g', 15) + "\"]";
                first = false;
            }
            out += "]}";
        }
        return out + "]}}";
    }

    ResponsePlan handle(const HttpRequest &req)
    {
        const QUrlQuery params(QUrl(QString::fromUtf8(req.path)).query());
        const QString q = params.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        std::lock_guard lock(mutex);
        asked << q;
        if (mode == Mode::QueryError)
            return ResponsePlan::fixed(
                400, "application/json",
                "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 7\"}");
        std::vector<std::pair<QMap<QString, QString>, double>> out;
        if (req.path.contains("/query_range")) // the pick's series: its routes' highest value at each step
            return ResponsePlan::fixed(200, "application/json", rangeAnswer(q, params));
        if (mode == Mode::Empty)
            return ResponsePlan::fixed(200, "application/json", answer(out));
        const double nowS = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        for (const RouteSpec &r : routes) {
            QMap<QString, QString> l = r.labels;
            double v = 0;
            if (q.contains(QLatin1String("timestamp(")))
                v = staleVantages.contains(l.value(QStringLiteral("vantage"))) ? nowS - 120 : nowS - 1;
            else if (q.contains(QLatin1String("edgeatlas_probe_total"))) {
                l.insert(QStringLiteral("state"), QStringLiteral("ok"));
                v = 40;
            } else if (q.startsWith(QLatin1String("histogram_quantile(0.5,")))
                v = r.p50;
            else if (q.contains(QLatin1String("edgeatlas_probe_slo_ms")))
                v = r.upper;
            else if (q.startsWith(QLatin1String("histogram_quantile(")))
                v = r.upper;
            else
                v = r.p50;
            out.emplace_back(l, v);
        }
        return ResponsePlan::fixed(200, "application/json", answer(out));
    }
};

QMap<QString, QString> labels(const QString &vantage, const QString &node, const QString &region,
                              double lat = 0, double lon = 0)
{
    QMap<QString, QString> l{{QStringLiteral("vantage"), vantage}, {QStringLiteral("node"), node}};
    if (!region.isEmpty()) {
        l.insert(QStringLiteral("vantage_region"), region);
    } else {
        l.insert(QStringLiteral("vantage_lat"), QString::number(lat));
        l.insert(QStringLiteral("vantage_lon"), QString::number(lon));
    }
    return l;
}

bool waitForStatus(FleetSession *s, FleetSession::Status status, int ms = 15000)
{
    return QTest::qWaitFor([&] { return s->status() == status; }, ms);
}

} // namespace

class tst_FleetSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void routesColoursAndNodes();
    void picksFilterTheTable();
    void seriesFollowsThePick();
    void readsOffTheGuiThread();
    void unreachableEmptyAndQueryError();
    void staleAgent();
    void connectDialogChecksFields();
    void calibrateFromFleetIsOneUndoableEdit();

private:
    bool connectAndRead();

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<MonitorPage> m_page;
    std::unique_ptr<StandIn> m_standIn;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_url;
    QMap<QString, double> m_model; // route id → the model's RTT (ms)
};

void tst_FleetSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_FleetSession"));
}

void tst_FleetSession::init()
{
    m_doc = std::make_unique<Document>();
    QStringList errors;
    QVERIFY2(m_doc->load(QStringLiteral(EA_TEST_DATA_DIR "/small.json"), &errors),
             qPrintable(errors.join('\n')));
    QVERIFY(QTest::qWaitFor([&] { return m_doc->snapshot() && m_doc->snapshot()->evaluator; }, 10000));
    m_page = std::make_unique<MonitorPage>(m_doc.get());
    m_page->resize(1400, 900);
    m_page->show();

    // Three vantages (two demand regions, one by lat/lon) to the scenario's three nodes; the measured
    // median is the model's × 1.4 + 5 ms (what the calibration must find), the upper percentile 1.3× that.
    const std::vector<std::tuple<QString, QString, double, double>> vantages{
        {QStringLiteral("paris"), QStringLiteral("r-par"), 0, 0},
        {QStringLiteral("berlin"), QStringLiteral("r-ber"), 0, 0},
        {QStringLiteral("tokyo"), QString(), 35.68, 139.69}};
    std::vector<PromSeries> states;
    for (const auto &[v, region, lat, lon] : vantages)
        for (const Node &n : m_doc->scenario()->nodes)
            states.push_back(PromSeries{labels(v, n.id, region, lat, lon), {{1000, 40}}});
    for (PromSeries &s : states)
        s.labels.insert(QStringLiteral("state"), QStringLiteral("ok"));
    const FleetReader reader(m_doc->snapshot()->scenario, FleetQuery{}, m_doc->snapshot()->evaluator);
    const std::vector<FleetRoute> joined = reader.join(states, {}, {}, {}, {}, {});
    QCOMPARE(joined.size(), size_t(9));
    m_standIn = std::make_unique<StandIn>();
    m_model.clear();
    for (const FleetRoute &r : joined) {
        QVERIFY2(r.target.hasModel(), qPrintable(r.id()));
        m_model.insert(r.id(), r.target.modeledRttMs);
        RouteSpec spec;
        spec.labels = labels(r.vantage, r.nodeId, r.vantageRegion, r.vantageLat, r.vantageLon);
        if (r.vantageRegion.isEmpty()) {
            spec.labels.insert(QStringLiteral("vantage_lat"), QStringLiteral("35.68"));
            spec.labels.insert(QStringLiteral("vantage_lon"), QStringLiteral("139.69"));
        }
        spec.p50 = 1.4 * r.target.modeledRttMs + 5;
        spec.upper = 1.3 * spec.p50;
        m_standIn->routes.push_back(spec);
    }
    StandIn *standIn = m_standIn.get();
    m_server =
        std::make_unique<LoopbackServer>([standIn](const HttpRequest &req) { return standIn->handle(req); });
    QString error;
    QVERIFY2(m_server->listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
}

void tst_FleetSession::cleanup()
{
    m_page.reset();
    m_server.reset();
    m_standIn.reset();
    m_doc.reset();
}

bool tst_FleetSession::connectAndRead()
{
    QString error;
    if (!m_page->connectFleet(m_url, {}, {}, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return waitForStatus(m_page->fleet(), FleetSession::Status::Ok);
}

void tst_FleetSession::routesColoursAndNodes()
{
    QVERIFY(connectAndRead());
    FleetSession *fleet = m_page->fleet();
    const FleetSnapshotPtr f = fleet->snapshot();
    QVERIFY(f);
    QCOMPARE(f->reading.routes.size(), size_t(9));
    QCOMPARE(f->vantages.size(), size_t(3));
    QCOMPARE(f->nodes.size(), size_t(3));
    // Each route as injected, its residual against the model from its own vantage.
    const MapPalette palette = MapPalette::light();
    for (const FleetRoute &r : f->reading.routes) {
        const double model = m_model.value(r.id());
        QCOMPARE(r.p50Ms, 1.4 * model + 5);
        QCOMPARE(r.upperMs, 1.3 * (1.4 * model + 5));
        QVERIFY(std::fabs(r.residualMs() - (0.4 * model + 5)) < 1e-9);
        // Its colour: the latency ramp at the measured upper percentile.
        QCOMPARE(FleetLayer::latencyColour(r.upperMs, palette),
                 QColor::fromRgb(palette.latencyLut()[size_t(MapPalette::lutIndex(r.upperMs))]));
    }
    // Nodes: worst and median of their three routes, independently.
    for (const FleetNode &n : f->nodes) {
        std::vector<double> values;
        for (const FleetRoute &r : f->reading.routes)
            if (r.nodeId == n.id)
                values.push_back(r.upperMs);
        QCOMPARE(values.size(), size_t(3));
        std::sort(values.begin(), values.end());
        QCOMPARE(n.worstMs, values[2]);
        QCOMPARE(n.medianMs, values[1]);
        QCOMPARE(n.valueMs(FleetAggregate::Median), values[1]);
    }
    // The map shows the snapshot; the table has a row per route.
    QCOMPARE(m_page->map()->context().fleet, f);
    QAbstractItemModelTester tester(m_page->fleetPanel()->table());
    QCOMPARE(m_page->fleetPanel()->table()->rowCount(), 9);
    QVERIFY(!m_page->fleetPanel()->isHidden());
    QVERIFY(m_page->fleetPanel()->statusLabel()->text().contains(QLatin1String("9 route")));
    m_page->fleetPanel()->setAggregate(FleetAggregate::Median);
    QCOMPARE(m_page->map()->context().fleetAggregate, FleetAggregate::Median);
    // A new percentile is asked of Prometheus at once.
    QSignalSpy updated(fleet, &FleetSession::updated);
    fleet->setPercentile(0.99);
    QVERIFY(updated.wait(10000));
    QCOMPARE(fleet->snapshot()->percentile, 0.99);
    {
        std::lock_guard lock(m_standIn->mutex);
        QVERIFY(m_standIn->asked.join('\n').contains(QLatin1String("histogram_quantile(0.99,")));
    }
    // A route's tool-tip on the map names the model and the residual.
    MapHit hit{MapHit::Kind::FleetRoute, 0, 0, {}};
    const QString tip = FleetLayer::toolTip(hit, m_page->map()->context());
    QVERIFY2(tip.contains(QLatin1String("residual")), qPrintable(tip));
    // Disconnect: the map and the table let go.
    m_page->disconnectFleet();
    QVERIFY(!m_page->map()->context().fleet);
    QVERIFY(m_page->fleetPanel()->isHidden());
}

void tst_FleetSession::picksFilterTheTable()
{
    QVERIFY(connectAndRead());
    FleetPanel *panel = m_page->fleetPanel();
    MapWidget *map = m_page->map();
    const FleetSnapshotPtr f = m_page->fleet()->snapshot();
    // Click the Tokyo vantage on the map.
    int tokyo = -1;
    for (size_t i = 0; i < f->vantages.size(); ++i)
        if (f->vantages[i].name == QLatin1String("tokyo"))
            tokyo = int(i);
    QVERIFY(tokyo >= 0);
    const QPointF at = map->viewport().worldToScreen(
        map->viewport().projection().project(f->vantages[size_t(tokyo)].lon, f->vantages[size_t(tokyo)].lat));
    QVERIFY2(map->rect().contains(at.toPoint()), "the world view shows Tokyo");
    const MapHit hit = map->hitTest(at);
    QCOMPARE(int(hit.kind), int(MapHit::Kind::FleetVantage));
    QVERIFY(!FleetLayer::toolTip(hit, map->context()).isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(panel->pickedVantage(), QStringLiteral("tokyo"));
    QCOMPARE(map->context().fleetVantage, QStringLiteral("tokyo"));
    QCOMPARE(panel->table()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(panel->table()->index(row, FleetTableModel::VantageColumn).data().toString(),
                 QStringLiteral("tokyo"));
    // And a node (the document's selection, as a click on it makes): one route left.
    int ber = -1;
    for (size_t i = 0; i < m_doc->scenario()->nodes.size(); ++i)
        if (m_doc->scenario()->nodes[i].id == QLatin1String("ber"))
            ber = int(i);
    QVERIFY(ber >= 0);
    // (The fixture's nodes stand where its vantages do, so the map's click would pick the vantage.)
    m_doc->selection()->setNodes({ber});
    QCOMPARE(panel->pickedNode(), ber);
    QCOMPARE(panel->table()->rowCount(), 1);
    QCOMPARE(panel->table()->index(0, FleetTableModel::NodeColumn).data().toString(), QStringLiteral("ber"));
    // The filter survives a refresh.
    QSignalSpy updated(m_page->fleet(), &FleetSession::updated);
    m_page->fleet()->refresh();
    QVERIFY(updated.wait(10000));
    QCOMPARE(panel->table()->rowCount(), 1);
    panel->clearPick();
    QCOMPARE(panel->table()->rowCount(), 9);
    QVERIFY(map->context().fleetVantage.isEmpty());
}

void tst_FleetSession::seriesFollowsThePick()
{
    QVERIFY(connectAndRead());
    FleetPanel *panel = m_page->fleetPanel();
    const auto next = [&](quint64 after) {
        return QTest::qWaitFor([&] { return panel->seriesReadings() > after; }, 10000);
    };
    // Nothing picked: the whole fleet, its highest median at every step (the stand-in's answer).
    QVERIFY(QTest::qWaitFor([&] { return panel->series().ok(); }, 10000));
    double fleetP50 = 0, routeP50 = -1, routeUpper = -1;
    for (const RouteSpec &r : m_standIn->routes) {
        fleetP50 = std::max(fleetP50, r.p50);
        if (r.labels.value(QStringLiteral("vantage")) == QLatin1String("tokyo") &&
            r.labels.value(QStringLiteral("node")) == QLatin1String("ber")) {
            routeP50 = r.p50;
            routeUpper = r.upper;
        }
    }
    QVERIFY(routeP50 > 0);
    QCOMPARE(panel->series().p50.back().second, fleetP50);
    QVERIFY(panel->series().vantage.isEmpty());
    // The window's points, every step, and the chart shows them.
    const double step = panel->series().stepS;
    QCOMPARE(step, fleetSeriesStepS(m_page->fleet()->windowS()));
    QVERIFY(panel->series().p50.size() >= 59);
    auto *p50Line = qobject_cast<QLineSeries *>(panel->seriesChart()->series().at(0));
    QVERIFY(p50Line);
    QCOMPARE(qsizetype(p50Line->count()), qsizetype(panel->series().p50.size()));

    // One route picked (vantage, then node): its own series.
    quint64 seen = panel->seriesReadings();
    panel->pickVantage(QStringLiteral("tokyo"));
    int ber = -1;
    for (size_t i = 0; i < m_doc->scenario()->nodes.size(); ++i)
        if (m_doc->scenario()->nodes[i].id == QLatin1String("ber"))
            ber = int(i);
    m_doc->selection()->setNodes({ber});
    QVERIFY(QTest::qWaitFor(
        [&] { return panel->series().nodeId == QLatin1String("ber") && panel->series().ok(); }, 10000));
    QCOMPARE(panel->series().vantage, QStringLiteral("tokyo"));
    QCOMPARE(panel->series().p50.back().second, routeP50);
    QCOMPARE(panel->series().upper.back().second, routeUpper);
    QVERIFY2(panel->seriesChart()->title().contains(QStringLiteral("tokyo → ber")),
             qPrintable(panel->seriesChart()->title()));
    QVERIFY(!panel->seriesState()->text().isEmpty());
    QVERIFY(panel->seriesState()->styleSheet().isEmpty());

    // A query error and no series are visible states (in red), not a frozen or silently empty chart.
    {
        std::lock_guard lock(m_standIn->mutex);
        m_standIn->mode = StandIn::Mode::QueryError;
    }
    seen = panel->seriesReadings();
    panel->refreshSeries();
    QVERIFY(next(seen));
    QCOMPARE(panel->series().status, FleetSeries::Status::Failed);
    QVERIFY2(panel->seriesState()->text().contains(QLatin1String("bad_data")),
             qPrintable(panel->seriesState()->text()));
    QVERIFY(!panel->seriesState()->styleSheet().isEmpty());
    {
        std::lock_guard lock(m_standIn->mutex);
        m_standIn->mode = StandIn::Mode::Empty;
    }
    seen = panel->seriesReadings();
    panel->refreshSeries();
    QVERIFY(next(seen));
    QCOMPARE(panel->series().status, FleetSeries::Status::Empty);
    QCOMPARE(qsizetype(p50Line->count()), qsizetype(0));
    QVERIFY(!panel->seriesState()->styleSheet().isEmpty());
    {
        std::lock_guard lock(m_standIn->mutex);
        m_standIn->mode = StandIn::Mode::Normal;
    }
}

void tst_FleetSession::readsOffTheGuiThread()
{
    QVERIFY(connectAndRead());
    const std::thread::id reader = m_page->fleet()->lastReadThread();
    QVERIFY(reader != std::thread::id());
    QVERIFY(reader != std::this_thread::get_id());
    // Refreshes come by themselves.
    m_page->fleet()->setRefreshMs(200);
    const quint64 before = m_page->fleet()->readings();
    QVERIFY(QTest::qWaitFor([&] { return m_page->fleet()->readings() >= before + 2; }, 10000));
    QVERIFY(m_page->fleet()->lastReadThread() != std::this_thread::get_id());
}

void tst_FleetSession::unreachableEmptyAndQueryError()
{
    FleetSession *fleet = m_page->fleet();
    // Nothing listens there: a visible failure, the window answers.
    QString error;
    QVERIFY(m_page->connectFleet(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLoopbackPort()), {},
                                 {}, &error));
    QVERIFY(waitForStatus(fleet, FleetSession::Status::Failed));
    QVERIFY2(fleet->statusText().contains(QLatin1String("cannot reach")), qPrintable(fleet->statusText()));
    QCOMPARE(m_page->fleetPanel()->statusLabel()->text(), fleet->statusText());
    // Good, then a query error: the status says so, the last routes stay on the map.
    QVERIFY(connectAndRead());
    m_standIn->mode = StandIn::Mode::QueryError;
    fleet->refresh();
    QVERIFY(waitForStatus(fleet, FleetSession::Status::Failed));
    QVERIFY2(fleet->statusText().contains(QLatin1String("bad_data")), qPrintable(fleet->statusText()));
    QVERIFY2(fleet->statusText().contains(QLatin1String("showing the reading of")),
             qPrintable(fleet->statusText()));
    QCOMPARE(fleet->snapshot()->reading.routes.size(), size_t(9));
    // No series at all.
    m_standIn->mode = StandIn::Mode::Empty;
    fleet->refresh();
    QVERIFY(waitForStatus(fleet, FleetSession::Status::Empty));
    QVERIFY2(fleet->statusText().contains(QLatin1String("no probe agent's series")),
             qPrintable(fleet->statusText()));
    QCOMPARE(m_page->fleetPanel()->table()->rowCount(), 0);
    // And back.
    m_standIn->mode = StandIn::Mode::Normal;
    fleet->refresh();
    QVERIFY(waitForStatus(fleet, FleetSession::Status::Ok));
    QCOMPARE(m_page->fleetPanel()->table()->rowCount(), 9);
}

void tst_FleetSession::staleAgent()
{
    m_standIn->staleVantages.insert(QStringLiteral("berlin"));
    QVERIFY(connectAndRead());
    const FleetSnapshotPtr f = m_page->fleet()->snapshot();
    QCOMPARE(f->staleVantages, 1);
    for (const FleetVantage &v : f->vantages)
        QCOMPARE(v.stale, v.name == QLatin1String("berlin"));
    QVERIFY2(m_page->fleet()->statusText().contains(QLatin1String("stopped reporting")),
             qPrintable(m_page->fleet()->statusText()));
    FleetTableModel *table = m_page->fleetPanel()->table();
    int staleRows = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool stale = table->index(row, FleetTableModel::StateColumn)
                               .data()
                               .toString()
                               .contains(FleetTableModel::stateLabel(QStringLiteral("stale")));
        QCOMPARE(stale, table->index(row, FleetTableModel::VantageColumn).data().toString() ==
                            QLatin1String("berlin"));
        staleRows += stale;
    }
    QCOMPARE(staleRows, 3);

    // The stale age in the bar: berlin's samples are 120 s old, so 5 minutes takes it as live, 1 minute
    // as stale again, and Never (0) turns the check off; each change reads the fleet again.
    QSpinBox *age = m_page->fleetPanel()->staleAgeBox();
    QVERIFY(!age->toolTip().isEmpty());
    QCOMPARE(age->value(), 15);
    const auto staleAfter = [&](int seconds) {
        const quint64 before = m_page->fleet()->readings();
        age->setValue(seconds);
        if (!QTest::qWaitFor([&] { return m_page->fleet()->readings() > before; }, 10000))
            return -1;
        return m_page->fleet()->snapshot()->staleVantages;
    };
    QCOMPARE(staleAfter(300), 0);
    QCOMPARE(m_page->fleet()->staleAfterMs(), 300000LL);
    QCOMPARE(staleAfter(60), 1);
    QCOMPARE(staleAfter(0), 0);
    QCOMPARE(age->text(), age->specialValueText());
}

void tst_FleetSession::connectDialogChecksFields()
{
    FleetConnectDialog dialog(m_page->fleet());
    dialog.urlEdit()->setText(QStringLiteral("localhost:9090"));
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(QLatin1String("Prometheus URL")), qPrintable(dialog.errorText()));
    QVERIFY(!m_page->fleet()->isConnected());
    dialog.urlEdit()->setText(m_url);
    qunsetenv("EA_TEST_FLEET_TOKEN");
    dialog.tokenVariableEdit()->setText(QStringLiteral("EA_TEST_FLEET_TOKEN"));
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(QLatin1String("EA_TEST_FLEET_TOKEN")),
             qPrintable(dialog.errorText()));
    QVERIFY(!m_page->fleet()->isConnected());
    // The token goes to the server as a bearer; only the variable's name is remembered.
    qputenv("EA_TEST_FLEET_TOKEN", "s3cret-token");
    std::mutex mutex;
    QByteArray authorization;
    LoopbackServer server([&](const HttpRequest &req) {
        {
            std::lock_guard lock(mutex);
            authorization = req.header("authorization");
        }
        return m_standIn->handle(req);
    });
    QString error;
    QVERIFY2(server.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
    dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    dialog.accept();
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(waitForStatus(m_page->fleet(), FleetSession::Status::Ok));
    {
        std::lock_guard lock(mutex);
        QCOMPARE(authorization, QByteArray("Bearer s3cret-token"));
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("monitor/fleetUrl")).toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    QCOMPARE(settings.value(QStringLiteral("monitor/fleetTokenVariable")).toString(),
             QStringLiteral("EA_TEST_FLEET_TOKEN"));
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QLatin1String("s3cret")));
    m_page->disconnectFleet();
    qunsetenv("EA_TEST_FLEET_TOKEN");
}

void tst_FleetSession::calibrateFromFleetIsOneUndoableEdit()
{
    QVERIFY(connectAndRead());
    const Scenario before = *m_doc->scenario();
    const CalibrationResult fit = calibrateFromFleet(before, *m_page->fleet()->snapshot());
    QVERIFY2(fit.ok, qPrintable(fit.error));
    QCOMPARE(fit.before.n, 9);
    QVERIFY2(
        fit.after.medianAbsRelErr < fit.before.medianAbsRelErr,
        qPrintable(QStringLiteral("%1 → %2").arg(fit.before.medianAbsRelErr).arg(fit.after.medianAbsRelErr)));
    QVERIFY(fit.before.medianAbsRelErr > 0.2); // measured = 1.4 × model + 5 ms
    const int undoBefore = m_doc->undoStack()->count();
    QStringList problems;
    QVERIFY2(m_doc->applyEdit(fit.apply(before), QStringLiteral("Calibrate latency model"), &problems),
             qPrintable(problems.join('\n')));
    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
    QVERIFY(!(*m_doc->scenario() == before));
    m_doc->undoStack()->undo();
    QVERIFY(*m_doc->scenario() == before);
}

QTEST_MAIN(tst_FleetSession)
#include "tst_fleetsession.moc"
