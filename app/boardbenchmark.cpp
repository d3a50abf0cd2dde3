// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardbenchmark.h"

#include "app/document.h"
#include "app/mainwindow.h"
#include "app/planpage.h"
#include "engine/stats/quantile.h"
#include "widgets/map/mapwidget.h"
#include "widgets/planner/plannerboard.h"
#include "widgets/planner/tiercolumn.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMimeData>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <memory>

namespace ea {

namespace {

double median(std::vector<double> v)
{
    return stats::valueOr(stats::median(std::move(v)), 0);
}

/**
 * Waits, processing events, until the document's newest placement is evaluated: asleep in an event loop
 * as the application is, not polling (QCoreApplication::processEvents() with a time limit never sleeps,
 * and a spinning GUI thread would take a core from the evaluation it waits for).
 */
bool waitEvaluated(Document *doc, int timeoutMs)
{
    const auto done = [doc] {
        return !doc->isEvaluating() && doc->outcome() && doc->outcome()->placement == doc->placement();
    };
    if (done())
        return true;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(doc, &Document::snapshotChanged, &loop, [&] {
        if (done())
            loop.quit();
    });
    limit.start(timeoutMs);
    loop.exec();
    return done();
}

/** CPU time of the calling thread: what the GUI thread spent, whatever else the machine runs. */
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

void drop(PlannerBoard *board, int row, Tier tier)
{
    TierColumn *column = board->column(tier);
    std::unique_ptr<QMimeData> mime(board->mimeDataFor(row));
    const QPointF pos(column->width() / 2.0, column->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column, &enter);
    QDropEvent dropEvent(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column, &dropEvent);
}

} // namespace

QList<QPair<QString, double>> runBoardBenchmark(const QString &scenarioFile, bool quick, QString *error)
{
    // The offscreen platform warns on every layout change of a top-level window; the figures are the output.
    static QtMessageHandler previous = nullptr;
    previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &msg) {
            if (!msg.contains(QLatin1String("propagateSizeHints")) && previous)
                previous(type, context, msg);
        });
    MainWindow window;
    QStringList problems;
    Document *doc = window.document();
    if (scenarioFile.isEmpty() ? !doc->loadDefault(&problems) : !doc->load(scenarioFile, &problems)) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return {};
    }
    window.resize(1920, 1080);
    window.show();
    if (!waitEvaluated(doc, 60000)) {
        if (error)
            *error = QStringLiteral("the first evaluation did not finish");
        return {};
    }
    // At rest, as a user finds the window: the first plan's alternatives are computed too (they would
    // otherwise compete with the first timed evaluation for the cores).
    QElapsedTimer rest;
    rest.start();
    while (!doc->snapshot()->alternatives && rest.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // sleeps until an event comes
    PlanPage *page = window.planPage();
    PlannerBoard *board = page->board();
    QWidget *map = page->map();

    // Stamp the moment the plan reaches the views: the page's slot runs first (connected first).
    qint64 arrivedNs = 0;
    double arrivedCpu = 0;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(doc, &Document::snapshotChanged, &window, [&](const PlanSnapshotPtr &snapshot) {
        if (!snapshot->pending() && !snapshot->alternatives) {
            arrivedNs = clock.nsecsElapsed();
            arrivedCpu = threadCpuMs();
        }
    });

    std::vector<double> total, engine, views, guiCpu;
    const Scenario scenario = *doc->scenario();
    for (int round = 0; round < (quick ? 1 : 3); ++round)
        for (int w = 0; w < static_cast<int>(scenario.workloads.size()); ++w)
            for (Tier t : scenario.assignableTiers(w)) {
                if (t == scenario.workloads[w].tier)
                    continue;
                // A real drag starts with a press on the card, which picks its workload (the map draws its
                // routes) long before the drop: done here, and its repaint, before the clock starts.
                if (board->currentWorkload() != w) {
                    board->setCurrentWorkload(w);
                    QCoreApplication::processEvents();
                    map->repaint();
                }
                const qint64 start = clock.nsecsElapsed();
                const double cpuStart = threadCpuMs();
                drop(board, w, t);
                const double dropCpu = threadCpuMs();
                if (qEnvironmentVariableIsSet("EA_BENCH_TRACE"))
                    fprintf(stderr, "drop %.1f ms\n", (clock.nsecsElapsed() - start) / 1e6);
                if (!waitEvaluated(doc, 60000))
                    break;
                // Whatever the evaluation queued for the views (the map's redraw, the charts) happens now.
                QCoreApplication::processEvents();
                board->repaint();
                map->repaint();
                for (QWidget *extra : page->chartWidgets())
                    extra->repaint();
                const qint64 end = clock.nsecsElapsed();
                guiCpu.push_back(threadCpuMs() - cpuStart);
                if (qEnvironmentVariableIsSet("EA_BENCH_TRACE"))
                    fprintf(
                        stderr,
                        "arrived %.1f ms, end %.1f ms, engine %lld; GUI CPU: drop %.1f, waiting %.1f, views "
                        "%.1f ms\n",
                        (arrivedNs - start) / 1e6, (end - start) / 1e6, doc->lastEvaluationMs(),
                        dropCpu - cpuStart, arrivedCpu - dropCpu, threadCpuMs() - arrivedCpu);
                total.push_back((end - start) / 1e6);
                engine.push_back(static_cast<double>(doc->lastEvaluationMs()));
                views.push_back((end - arrivedNs) / 1e6);
                doc->undoStack()->undo();
                waitEvaluated(doc, 60000);
                // The undo's own redraw happens now, not in the next move's time.
                QCoreApplication::processEvents();
            }
    if (total.empty()) {
        if (error)
            *error = QStringLiteral("no workload can move to another tier in this scenario");
        return {};
    }
    return {{QStringLiteral("drop_to_updated_views"), median(total)},
            {QStringLiteral("drop_to_updated_views_max"), *std::max_element(total.begin(), total.end())},
            {QStringLiteral("reevaluation"), median(engine)},
            {QStringLiteral("views_update"), median(views)},
            {QStringLiteral("gui_thread_cpu"), median(guiCpu)},
            {QStringLiteral("gui_thread_cpu_max"), *std::max_element(guiCpu.begin(), guiCpu.end())},
            {QStringLiteral("moves_timed"), static_cast<double>(total.size())}};
}

} // namespace ea
