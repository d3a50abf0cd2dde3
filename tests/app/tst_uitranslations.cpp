// SPDX-License-Identifier: GPL-3.0-or-later
// What a person sees in French and Arabic: the main window in every mode and the dialogs built from it are
// searched for text still in English — a string that never went through tr(), or one whose tr() context does
// not match the catalog (then it is in the .ts, translated, and still shown in English).
#include "app/aboutdialog.h"
#include "app/document.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/monitor/prometheusdialog.h"
#include "app/planpage.h"
#include "app/report/reportdialog.h"
#include "app/settingsdialog.h"
#include "tests/common/tsfile.h"
#include "widgets/planner/workloadeditor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>

using namespace ea;

namespace {

/** One text on screen and where it is ("MainWindow/QToolBar#1/QToolButton#3 toolTip"). */
struct Shown
{
    QString where, text;
};

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString pathOf(const QObject *o, const QObject *root)
{
    QStringList parts;
    for (; o && o != root; o = o->parent()) {
        const QObject *parent = o->parent();
        int index = 0;
        if (parent)
            for (const QObject *sibling : parent->children()) {
                if (sibling == o)
                    break;
                if (sibling->metaObject() == o->metaObject())
                    ++index;
            }
        parts.prepend(
            o->objectName().isEmpty()
                ? QStringLiteral("%1#%2").arg(QLatin1String(o->metaObject()->className())).arg(index)
                : o->objectName());
    }
    return parts.join(QLatin1Char('/'));
}

/** Every text of root and its descendants that a person can see, hover or hear (screen reader). */
QList<Shown> collectTexts(QWidget *root)
{
    QList<Shown> shown;
    auto add = [&shown](const QString &where, const QString &text) {
        const QString t = plain(text).trimmed();
        if (!t.isEmpty())
            shown.append({where, t});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        const QString at = pathOf(w, root);
        add(at + QStringLiteral(" toolTip"), w->toolTip());
        add(at + QStringLiteral(" statusTip"), w->statusTip());
        add(at + QStringLiteral(" whatsThis"), w->whatsThis());
        add(at + QStringLiteral(" accessibleName"), w->accessibleName());
        add(at + QStringLiteral(" accessibleDescription"), w->accessibleDescription());
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(at + QStringLiteral(" windowTitle"), w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(at + QStringLiteral(" text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(at + QStringLiteral(" text"), button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(at + QStringLiteral(" title"), box->title());
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(at + QStringLiteral(" title"), menu->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(at + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                add(at + QStringLiteral(" tab%1").arg(i), tabs->tabText(i));
                add(at + QStringLiteral(" tabToolTip%1").arg(i), tabs->tabToolTip(i));
            }
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(at + QStringLiteral(" item%1").arg(i), combo->itemText(i));
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                add(at + QStringLiteral(" header%1").arg(c),
                    view->model()->headerData(c, Qt::Horizontal).toString());
                add(at + QStringLiteral(" headerTip%1").arg(c),
                    view->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
            QChart *chart = chartView->chart();
            add(at + QStringLiteral(" chartTitle"), chart->title());
            const QList<QAbstractAxis *> axes = chart->axes();
            for (int i = 0; i < axes.size(); ++i)
                add(at + QStringLiteral(" axis%1").arg(i), axes[i]->titleText());
            const QList<QAbstractSeries *> series = chart->series();
            for (int i = 0; i < series.size(); ++i)
                add(at + QStringLiteral(" series%1").arg(i), series[i]->name());
        }
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        if (a->isSeparator())
            continue;
        const QString at = pathOf(a, root);
        add(at + QStringLiteral(" text"), a->text());
        add(at + QStringLiteral(" toolTip"), a->toolTip());
        add(at + QStringLiteral(" statusTip"), a->statusTip());
        add(at + QStringLiteral(" whatsThis"), a->whatsThis());
    }
    return shown;
}

/** The main window on the default scenario in every mode, and the dialogs it opens, as shown. */
QList<Shown> showEverything(const QString &language)
{
    applyInterfaceLanguage(language);
    QList<Shown> all;
    MainWindow window;
    if (!window.openInitial(QString()))
        return all;
    window.resize(1600, 1000);
    window.show();
    QTest::qWait(50);
    if (!QTest::qWaitFor([&] { return window.document()->outcome() && !window.document()->isEvaluating(); },
                         20000))
        return all;
    for (int mode = 0; mode < 3; ++mode) {
        window.setMode(mode);
        QTest::qWait(50);
    }
    window.setMode(0);
    QTest::qWait(200); // the charts' alternatives arrive from their worker
    all << collectTexts(&window);
    SettingsDialog settings(&window);
    all << collectTexts(&settings);
    AboutDialog about(window.document()->scenario().get(), &window);
    all << collectTexts(&about);
    ReportDialog report(window.document(), &window);
    all << collectTexts(&report);
    PrometheusDialog prometheus(window.document()->jobs(), &window);
    all << collectTexts(&prometheus);
    const auto scenario = window.document()->scenario();
    WorkloadEditor editor(scenario, WorkloadEditor::Mode::Edit, 0, scenario->workloads.front(), &window);
    all << collectTexts(&editor);
    return all;
}

/** Words of the scenario's own data (names of workloads, nodes, regions, models): shown as they are. */
QSet<QString> dataWords()
{
    QFile f(QStringLiteral(":/scenarios/default.json"));
    QSet<QString> words;
    if (!f.open(QIODevice::ReadOnly))
        return words;
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]+"));
    const QString text = QString::fromUtf8(f.readAll());
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured(0).toLower());
    return words;
}

} // namespace

class tst_UiTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { applyInterfaceLanguage(QStringLiteral("en")); }
    void nothingShownInEnglish_data();
    void nothingShownInEnglish();
    void noTextBypassesTranslation();
    void arabicWindowIsRightToLeft();

private:
    QTemporaryDir m_dir;
};

void tst_UiTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_UiTranslations"));
}

void tst_UiTranslations::nothingShownInEnglish_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("ar") << QStringLiteral("ar");
}

// No text on screen equals an English source string that the catalog translates differently.
void tst_UiTranslations::nothingShownInEnglish()
{
    QFETCH(QString, code);
    const ea::test::TsFile ts =
        ea::test::readTs(QStringLiteral(EA_SOURCE_DIR "/translations/edgeatlas_%1.ts").arg(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    // source -> context, for sources that every context translates to something else ("Plan" is "Plan" in
    // French in one context and "Planification" in another: shown as "Plan", it may be right).
    QHash<QString, QString> english;
    QSet<QString> keptSomewhere;
    for (const auto &m : ts.messages) {
        if (!m.current() || !m.finished() || m.numerus)
            continue;
        const QString source = plain(m.source).trimmed();
        if (plain(m.translations.first()).trimmed() == source)
            keptSomewhere.insert(source);
        else
            english.insert(source, m.context);
    }
    for (const QString &source : std::as_const(keptSomewhere))
        english.remove(source);
    QVERIFY(english.size() > 1000);

    const QList<Shown> shown = showEverything(code);
    QVERIFY(shown.size() > 300);
    QStringList problems;
    for (const Shown &s : shown)
        if (english.contains(s.text))
            problems << QStringLiteral("  %1: \"%2\" (catalog context %3)")
                            .arg(s.where, s.text, english.value(s.text));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 texts shown in English:\n%2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 60).join(QLatin1Char('\n')))));
}

// Every text shown the same in English and Arabic has no English word in it — beyond the scenario's own
// names and the technical terms and symbols that stay as they are in every language.
void tst_UiTranslations::noTextBypassesTranslation()
{
    QHash<QString, QString> inEnglish;
    for (const Shown &s : showEverything(QStringLiteral("en")))
        inEnglish.insert(s.where, s.text);
    const QList<Shown> inArabic = showEverything(QStringLiteral("ar"));
    QVERIFY(inArabic.size() > 300);

    QSet<QString> allowed = dataWords();
    for (const char *term : {"edgeatlas",
                             "gpu",
                             "gpus",
                             "api",
                             "slo",
                             "slos",
                             "ttft",
                             "tpot",
                             "dns",
                             "tls",
                             "http",
                             "https",
                             "url",
                             "json",
                             "csv",
                             "pdf",
                             "html",
                             "svg",
                             "png",
                             "geojson",
                             "yaml",
                             "litellm",
                             "prometheus",
                             "promql",
                             "cuda",
                             "openblas",
                             "cublas",
                             "bf16",
                             "fp8",
                             "fp16",
                             "fp32",
                             "rtt",
                             "p50",
                             "p90",
                             "p95",
                             "p99",
                             "p10",
                             "usd",
                             "km",
                             "mi",
                             "ms",
                             "gb",
                             "tb",
                             "mb",
                             "qt",
                             "gpl",
                             "natural",
                             "earth",
                             "geonames",
                             "sqlite",
                             "libcurl",
                             "nanoflann",
                             "openai",
                             "sse",
                             "e4m3",
                             "kv",
                             "cpu",
                             "itl",
                             "english" /* the language's own name in the language menu */,
                             "web",
                             "mercator",
                             "equal" /* projections */,
                             "ctrl",
                             "shift",
                             "alt",
                             "del",
                             "ins",
                             "esc"})
        allowed.insert(QLatin1String(term));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]+"));
    QStringList problems;
    int compared = 0;
    for (const Shown &s : inArabic) {
        const auto it = inEnglish.constFind(s.where);
        if (it == inEnglish.constEnd())
            continue;
        ++compared;
        if (it.value() != s.text)
            continue;
        QStringList english;
        for (auto m = word.globalMatch(s.text); m.hasNext();) {
            const QString w = m.next().captured(0);
            if (w.size() >= 3 && !allowed.contains(w.toLower()))
                english << w;
        }
        if (!english.isEmpty())
            problems << QStringLiteral("  %1: \"%2\"").arg(s.where, s.text.left(100));
    }
    QVERIFY2(compared > 300, "the English and Arabic windows are built differently");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 texts not translated (no tr()?):\n%2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 60).join(QLatin1Char('\n')))));
}

void tst_UiTranslations::arabicWindowIsRightToLeft()
{
    applyInterfaceLanguage(QStringLiteral("ar"));
    MainWindow window;
    QVERIFY(window.openInitial(QString()));
    QVERIFY(window.isRightToLeft());
    QVERIFY(window.planPage()->isRightToLeft());
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    applyInterfaceLanguage(QStringLiteral("fr"));
    MainWindow french;
    QVERIFY(french.openInitial(QString()));
    QVERIFY(!french.isRightToLeft());
}

QTEST_MAIN(tst_UiTranslations)
#include "tst_uitranslations.moc"
