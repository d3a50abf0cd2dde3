// SPDX-License-Identifier: GPL-3.0-or-later
// The floors of DESIGN.md as include edges, checked on every source file of app/, widgets/ and engine/
// (headers the build never compiles in the engine included): the engine uses no GUI Qt module and includes
// nothing of widgets/ or app/; engine/trials and engine/stats use no Qt at all and nothing of the engine
// beyond themselves; widgets/ include nothing of app/; and the folders inside the engine include each other
// without a cycle. The checker itself is checked on a planted tree first.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

/** Qt's headers by name: which module folder each name is found in. */
struct QtHeaders
{
    QHash<QString, QSet<QString>> modulesOf; // "QColor" → {"QtGui"}; "qstring.h" → {"QtCore"}
    QSet<QString> modules;                   // "QtCore", "QtGui", …
};

/** The Qt modules the engine may use (DESIGN.md: QtCore, and QtSql, QtNetwork, QtPositioning where they fit).
 */
const QSet<QString> kEngineModules{QStringLiteral("QtCore"),       QStringLiteral("QtSql"),
                                   QStringLiteral("QtNetwork"),    QStringLiteral("QtPositioning"),
                                   QStringLiteral("QtConcurrent"), QStringLiteral("QtXml"),
                                   QStringLiteral("QtDBus")};

QtHeaders readQtHeaders(const QString &includeRoot)
{
    QtHeaders h;
    const QDir root(includeRoot);
    for (const QString &module : root.entryList({QStringLiteral("Qt*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        h.modules.insert(module);
        for (const QString &file : QDir(root.filePath(module)).entryList(QDir::Files))
            h.modulesOf[file].insert(module);
    }
    return h;
}

struct Include
{
    QString file; // repository-relative path of the including file
    int line = 0;
    QString text; // as written, with its brackets
    QString name; // between the brackets
    bool angle = false;
};

/** The Qt modules an include names; empty when it is no Qt header. */
QSet<QString> qtModules(const Include &inc, const QtHeaders &qt)
{
    if (!inc.angle)
        return {};
    const qsizetype slash = inc.name.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString prefix = inc.name.left(slash);
        return qt.modules.contains(prefix) ? QSet<QString>{prefix} : QSet<QString>{};
    }
    if (qt.modules.contains(inc.name))
        return {inc.name};
    return qt.modulesOf.value(inc.name);
}

/** The repository path a quoted include resolves to (next to the including file, then from the root). */
QString resolve(const QDir &repo, const Include &inc)
{
    if (inc.angle)
        return repo.exists(inc.name) ? QDir::cleanPath(inc.name) : QString();
    const QString beside = QDir::cleanPath(QFileInfo(inc.file).path() + QLatin1Char('/') + inc.name);
    if (QFileInfo::exists(repo.filePath(beside)))
        return beside;
    return QFileInfo::exists(repo.filePath(inc.name)) ? QDir::cleanPath(inc.name) : QString();
}

QList<Include> scanIncludes(const QDir &repo)
{
    static const QRegularExpression re(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
    static const QStringList suffixes{QStringLiteral("h"), QStringLiteral("cpp"), QStringLiteral("hpp"),
                                      QStringLiteral("cu"), QStringLiteral("cuh")};
    QList<Include> out;
    for (const char *top : {"app", "widgets", "engine"}) {
        QDirIterator it(repo.filePath(QLatin1String(top)), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!suffixes.contains(QFileInfo(path).suffix()))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString rel = repo.relativeFilePath(path);
            int line = 0;
            while (!f.atEnd()) {
                const QString text = QString::fromUtf8(f.readLine());
                ++line;
                const auto m = re.match(text);
                if (!m.hasMatch())
                    continue;
                Include inc;
                inc.file = rel;
                inc.line = line;
                inc.angle = m.captured(1) == QLatin1String("<");
                inc.name = m.captured(2).trimmed();
                inc.text = inc.angle ? QLatin1Char('<') + inc.name + QLatin1Char('>')
                                     : QLatin1Char('"') + inc.name + QLatin1Char('"');
                out << inc;
            }
        }
    }
    return out;
}

/** "engine/plan/x.cpp" → "engine/plan"; "widgets/map/x.h" → "widgets". */
QString floorOf(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() >= 3 && parts[0] == QLatin1String("engine"))
        return parts[0] + QLatin1Char('/') + parts[1];
    return parts.value(0);
}

/** Every forbidden include edge of the tree at repoRoot, one line each: "file:line: rule: include". */
QStringList layeringViolations(const QString &repoRoot, const QtHeaders &qt)
{
    const QDir repo(repoRoot);
    QStringList out;
    QHash<QString, QSet<QString>> engineEdges; // engine/x → engine/y
    QHash<QString, QString> edgeExample;       // "engine/x engine/y" → where
    for (const Include &inc : scanIncludes(repo)) {
        const QString from = floorOf(inc.file);
        const QString where = QStringLiteral("%1:%2").arg(inc.file).arg(inc.line);
        const auto violation = [&](const QString &rule) {
            out << QStringLiteral("%1: %2: %3").arg(where, rule, inc.text);
        };
        const QSet<QString> modules = qtModules(inc, qt);
        const QString target = resolve(repo, inc);
        const QString to = target.isEmpty() ? QString() : floorOf(target);
        const bool qtFree = from == QLatin1String("engine/trials") || from == QLatin1String("engine/stats");
        if (from.startsWith(QLatin1String("engine"))) {
            if (!modules.isEmpty() && qtFree)
                violation(QStringLiteral("%1 uses no Qt").arg(from));
            else if (!modules.isEmpty() && !modules.intersects(kEngineModules))
                violation(QStringLiteral("engine uses no GUI Qt module (%1)")
                              .arg(QStringList(modules.values()).join(QLatin1Char(','))));
            if (to == QLatin1String("widgets") || to == QLatin1String("app"))
                violation(QStringLiteral("engine includes nothing of %1/").arg(to));
            else if (qtFree && to.startsWith(QLatin1String("engine")) && to != from &&
                     !(from == QLatin1String("engine/trials") && to == QLatin1String("engine/stats")))
                violation(QStringLiteral("%1 includes nothing of %2 (Qt-free)").arg(from, to));
            if (to.startsWith(QLatin1String("engine/")) && to != from) {
                engineEdges[from].insert(to);
                edgeExample.insert(from + QLatin1Char(' ') + to, where + QLatin1Char(' ') + inc.text);
            }
        } else if (from == QLatin1String("widgets") && to == QLatin1String("app")) {
            violation(QStringLiteral("widgets include nothing of app/"));
        }
    }
    // Cycles among the engine's folders: strongly connected components of more than one folder.
    QHash<QString, int> index, low;
    QStringList stack;
    QSet<QString> onStack;
    int counter = 0;
    std::function<void(const QString &)> connect = [&](const QString &v) {
        index[v] = low[v] = counter++;
        stack << v;
        onStack.insert(v);
        for (const QString &w : engineEdges.value(v)) {
            if (!index.contains(w)) {
                connect(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] != index[v])
            return;
        QStringList component;
        QString w;
        do {
            w = stack.takeLast();
            onStack.remove(w);
            component << w;
        } while (w != v);
        if (component.size() < 2)
            return;
        component.sort();
        QStringList edges;
        for (const QString &a : component)
            for (const QString &b : component)
                if (engineEdges.value(a).contains(b))
                    edges << QStringLiteral("%1 -> %2 (%3)")
                                 .arg(a, b, edgeExample.value(a + QLatin1Char(' ') + b));
        out << QStringLiteral("include cycle among %1: %2")
                   .arg(component.join(QStringLiteral(", ")), edges.join(QStringLiteral("; ")));
    };
    QStringList nodes = engineEdges.keys();
    nodes.sort();
    for (const QString &v : nodes)
        if (!index.contains(v))
            connect(v);
    return out;
}

void write(const QDir &root, const QString &path, const QByteArray &text)
{
    QVERIFY(root.mkpath(QFileInfo(root.filePath(path)).path()));
    QFile f(root.filePath(path));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class tst_Layering : public QObject
{
    Q_OBJECT

    QtHeaders m_qt;

private slots:
    void initTestCase()
    {
        m_qt = readQtHeaders(QStringLiteral(EA_QT_INCLUDE_ROOT));
        // The checker needs Qt's headers to tell a GUI include: a Qt without them is a failure, not a pass.
        QVERIFY2(m_qt.modulesOf.value(QStringLiteral("QColor")).contains(QStringLiteral("QtGui")),
                 EA_QT_INCLUDE_ROOT);
        QVERIFY(m_qt.modulesOf.value(QStringLiteral("QString")).contains(QStringLiteral("QtCore")));
    }

    void checkerFindsPlantedEdges()
    {
        QTemporaryDir tmp;
        const QDir root(tmp.path());
        // Allowed: engine → QtCore, engine → engine, trials → stats, widgets → engine, app → anything.
        write(root, QStringLiteral("engine/model/a.h"), "#include <QString>\n#include \"engine/geo/g.h\"\n");
        write(root, QStringLiteral("engine/geo/g.h"), "#include <QtCore/QList>\n#include <cmath>\n");
        write(root, QStringLiteral("engine/trials/t.cpp"),
              "#include \"engine/stats/s.h\"\n#include <vector>\n");
        write(root, QStringLiteral("engine/stats/s.h"), "#include <vector>\n");
        write(root, QStringLiteral("widgets/w.h"), "#include \"engine/model/a.h\"\n#include <QWidget>\n");
        write(root, QStringLiteral("app/x.cpp"), "#include \"widgets/w.h\"\n#include <QApplication>\n");
        QCOMPARE(layeringViolations(tmp.path(), m_qt), QStringList());

        // Planted: each forbidden edge once.
        write(root, QStringLiteral("engine/geo/bad.cpp"),
              "#include <QtGui/QColor>\n  #  include <QPainter>\n#include \"../../widgets/w.h\"\n");
        write(root, QStringLiteral("engine/plan/p.cpp"),
              "#include \"app/x.cpp\"\n#include \"engine/model/a.h\"\n");
        write(root, QStringLiteral("engine/trials/q.cpp"),
              "#include <QString>\n#include \"engine/model/a.h\"\n");
        write(root, QStringLiteral("widgets/v.cpp"), "#include \"app/x.cpp\"\n");
        write(root, QStringLiteral("engine/geo/cycle.h"), "#include \"engine/model/a.h\"\n"); // model ↔ geo
        const QStringList v = layeringViolations(tmp.path(), m_qt);
        const QStringList expected{
            QStringLiteral("engine/geo/bad.cpp:1: engine uses no GUI Qt module (QtGui): <QtGui/QColor>"),
            QStringLiteral("engine/geo/bad.cpp:2: engine uses no GUI Qt module (QtGui): <QPainter>"),
            QStringLiteral(
                "engine/geo/bad.cpp:3: engine includes nothing of widgets/: \"../../widgets/w.h\""),
            QStringLiteral("engine/plan/p.cpp:1: engine includes nothing of app/: \"app/x.cpp\""),
            QStringLiteral("engine/trials/q.cpp:1: engine/trials uses no Qt: <QString>"),
            QStringLiteral("engine/trials/q.cpp:2: engine/trials includes nothing of engine/model (Qt-free): "
                           "\"engine/model/a.h\""),
            QStringLiteral("widgets/v.cpp:1: widgets include nothing of app/: \"app/x.cpp\"")};
        for (const QString &e : expected)
            QVERIFY2(v.contains(e),
                     qPrintable(e + QStringLiteral("\nnot in:\n") + v.join(QLatin1Char('\n'))));
        const QStringList cycles = v.filter(QStringLiteral("include cycle"));
        QCOMPARE(cycles.size(), 1);
        QVERIFY2(cycles[0].startsWith(QStringLiteral("include cycle among engine/geo, engine/model: ")),
                 qPrintable(cycles[0]));
        QCOMPARE(v.size(), expected.size() + 1);
    }

    void treeKeepsItsFloors()
    {
        const QStringList v = layeringViolations(QStringLiteral(EA_SOURCE_DIR), m_qt);
        QVERIFY2(v.isEmpty(), qPrintable(QStringLiteral("%1 forbidden include edge(s):\n").arg(v.size()) +
                                         v.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
