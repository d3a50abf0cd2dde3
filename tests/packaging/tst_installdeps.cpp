// SPDX-License-Identifier: GPL-3.0-or-later
// install_deps_complete: every system file the configure step, the build, the tests and the app used
// comes from a Debian package that packaging/install-deps.sh installs, or that one of those pulls in
// through Depends/Pre-Depends (the script installs with --no-install-recommends), or from the base
// system. A package a clean machine would lack is named, with the file that needed it.

#include "tests/packaging/debpackages.h"
#include "tests/packaging/systemfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ea::test;

namespace {

const QString sourceDir = QStringLiteral(EA_SOURCE_DIR);
const QString buildDir = QStringLiteral(EA_BUILD_DIR);

/** Tracked files under the source tree whose path matches one of the name filters. */
QStringList sourceFiles(const QStringList &folders, const QStringList &nameFilters)
{
    QStringList out;
    for (const QString &folder : folders)
        for (QDirIterator it(sourceDir + QLatin1Char('/') + folder, nameFilters, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();)
            out << it.next();
    return out;
}

/** The CUDA toolkit is not a Debian package here: the trials engine builds its CUDA plugin only
 *  where nvcc is found, so its files are optional, not something install-deps.sh must provide. */
bool isOptionalCuda(const QString &path)
{
    static const QLatin1String toolkit("/usr/local/cuda");
    if (path.startsWith(toolkit) || QFileInfo(path).canonicalFilePath().startsWith(toolkit))
        return true;
    // A machine may put the toolkit on PATH through small wrappers in /usr/local/bin
    // ("exec /usr/local/cuda-13.0/bin/nvcc"): those are the toolkit's too.
    if (!path.startsWith(QLatin1String("/usr/local/bin/")))
        return false;
    QFile wrapper(path);
    if (wrapper.size() > 4096 || !wrapper.open(QIODevice::ReadOnly))
        return false;
    return wrapper.readAll().contains("/usr/local/cuda");
}

} // namespace

class tst_InstallDeps : public QObject
{
    Q_OBJECT

private:
    DebDatabase m_db;
    QStringList m_listed;
    QMap<QString, QSet<QString>> m_used; // what used them -> files
    QStringList m_problems;              // unresolvable libraries, missing python modules

    QSet<QString> allUsed() const
    {
        QSet<QString> all;
        for (const QSet<QString> &files : m_used)
            all.unite(files);
        return all;
    }

    /** The uncovered files of the list, grouped by package ("" for files no package owns). */
    QMap<QString, QStringList> uncoveredByPackage(const QStringList &listed) const
    {
        QMap<QString, QStringList> out;
        for (const UncoveredFile &f : uncoveredFiles(
                 m_db, listed, allUsed(), {sourceDir + QLatin1Char('/'), buildDir + QLatin1Char('/')})) {
            if (f.package.isEmpty() && isOptionalCuda(f.path))
                continue;
            out[f.package] << f.path;
        }
        return out;
    }

    static QString describe(const QMap<QString, QStringList> &uncovered)
    {
        QStringList lines;
        for (auto it = uncovered.cbegin(); it != uncovered.cend(); ++it) {
            const QStringList examples = it.value().mid(0, 3);
            lines << (it.key().isEmpty()
                          ? QStringLiteral("no Debian package owns: %1")
                                .arg(examples.join(QStringLiteral(", ")))
                          : QStringLiteral("package %1 is not installed by packaging/install-deps.sh nor "
                                           "reached through Depends (used: %2%3)")
                                .arg(it.key(), examples.join(QStringLiteral(", ")),
                                     it.value().size() > 3
                                         ? QStringLiteral(" and %1 more").arg(it.value().size() - 3)
                                         : QString()));
        }
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.load(QStringLiteral("/var/lib/dpkg"), &error), qPrintable(error));

        QProcess list;
        list.start(QStringLiteral("bash"),
                   {sourceDir + QStringLiteral("/packaging/install-deps.sh"), QStringLiteral("--list")});
        QVERIFY(list.waitForFinished(30000));
        QCOMPARE(list.exitCode(), 0);
        m_listed =
            QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(m_listed.size() > 10, "install-deps.sh --list printed almost nothing");
        for (const QString &p : m_listed)
            QVERIFY2(m_db.isInstalled(p),
                     qPrintable(QStringLiteral("%1 is listed but not installed").arg(p)));

        // The configure step and the build: package configuration files, compilers, tools, libraries.
        m_used[QStringLiteral("configure and build")] = filesNamedByBuild(buildDir);
        m_used[QStringLiteral("headers")] = headersFromNinjaDeps(buildDir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Every library the built programs and plugins load.
        const QStringList elves = elfFilesUnder(buildDir + QStringLiteral("/bin")) +
                                  elfFilesUnder(buildDir + QStringLiteral("/lib"));
        QVERIFY2(!elves.isEmpty(), "no built program found: is the tree built?");
        QSet<QString> libs = librariesLoadedBy(elves, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // What the app loads at run time beyond its ELF dependencies: Qt's platform, image, icon and SQL
        // plugins. A headless report and a few seconds of the window with the simulated deployment.
        const QString app = buildDir + QStringLiteral("/bin/edgeatlas");
        QTemporaryDir out;
        QVERIFY(out.isValid());
        for (const QStringList &args : {QStringList{QStringLiteral("report"), QStringLiteral("-o"),
                                                    out.filePath(QStringLiteral("r.pdf"))},
                                        QStringList{QStringLiteral("report"), QStringLiteral("-o"),
                                                    out.filePath(QStringLiteral("r.html"))},
                                        QStringList{QStringLiteral("--simulate")}}) {
            const bool window = args.front() == QLatin1String("--simulate"); // runs until closed
            const QSet<QString> traced = librariesTracedInRun(
                app, args, {QStringLiteral("QT_QPA_PLATFORM=offscreen")}, window ? 8000 : -1, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            libs.unite(traced);
            libs.unite(librariesLoadedBy(QStringList(traced.cbegin(), traced.cend()), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        for (const QString &lib : std::as_const(libs))
            if (!lib.startsWith(QLatin1Char('/')) && !lib.contains(QLatin1String("trials_cuda")))
                m_problems << lib;
        libs.removeIf([](const QString &l) { return !l.startsWith(QLatin1Char('/')); });
        m_used[QStringLiteral("libraries")] = libs;

        // The programs the tests start (and the Python modules they import).
        QStringList cpp = sourceFiles({QStringLiteral("tests"), QStringLiteral("engine/trials/tests")},
                                      {QStringLiteral("*.cpp"), QStringLiteral("*.h")});
        cpp.removeIf(
            [](const QString &f) { return f.contains(QLatin1String("/tests/packaging/")); }); // this check;
        const QStringList cmake =
            sourceFiles({QStringLiteral("tests"), QStringLiteral("packaging"), QStringLiteral("engine")},
                        {QStringLiteral("CMakeLists.txt")});
        QStringList scripts;
        for (const QString &file : cmake) {
            const QString text = QString::fromUtf8([&] {
                QFile f(file);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }());
            static const QRegularExpression script(
                QStringLiteral(R"re(\$\{CMAKE_CURRENT_SOURCE_DIR\}/([\w./-]+\.sh))re"));
            for (auto it = script.globalMatch(text); it.hasNext();)
                scripts << QFileInfo(file).absolutePath() + QLatin1Char('/') + it.next().captured(1);
        }
        QVERIFY2(!scripts.isEmpty(), "no test script found in the CMake files (check-package.sh is one)");
        QSet<QString> programs = programsRunByTests(cpp, scripts, cmake);
        for (const QString &p : std::as_const(programs))
            if (!p.startsWith(QLatin1Char('/')))
                m_problems << p;
        programs.removeIf([](const QString &p) { return !p.startsWith(QLatin1Char('/')); });
        m_used[QStringLiteral("test programs")] = programs;
        QSet<QString> modules = pythonModulesImportedBy(cpp);
        for (const QString &m : std::as_const(modules))
            if (!m.startsWith(QLatin1Char('/')))
                m_problems << m;
        modules.removeIf([](const QString &m) { return !m.startsWith(QLatin1Char('/')); });
        m_used[QStringLiteral("python modules")] = modules;

        for (auto it = m_used.cbegin(); it != m_used.cend(); ++it)
            qInfo("%s: %lld files", qPrintable(it.key()), qlonglong(it.value().size()));
    }

    /** The real list: nothing the build, the tests or the app used is left to chance. */
    void listIsComplete()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        // Which packages were actually needed, for the log: proof the collectors saw real files.
        QSet<QString> owners;
        for (const QString &f : allUsed())
            owners.insert(m_db.owner(f));
        owners.remove(QString());
        qInfo("%lld files from %lld Debian packages checked against %lld listed packages",
              qlonglong(allUsed().size()), qlonglong(owners.size()), qlonglong(m_listed.size()));
        for (const char *expected : {"qt6-base-dev", "libqt6opengl6-dev", "poppler-utils", "prometheus"})
            QVERIFY2(owners.contains(QString::fromLatin1(expected)),
                     qPrintable(QStringLiteral("no used file from %1: a collector is blind").arg(expected)));
        const QMap<QString, QStringList> uncovered = uncoveredByPackage(m_listed);
        QVERIFY2(uncovered.isEmpty(), qPrintable(describe(uncovered)));
    }

    /** The check catches the bug it was written for: a package taken out of the list is named. */
    void catchesMissingPackage_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("file");
        // Qt6ChartsConfig.cmake needs Qt6OpenGL; qt6-charts-dev does not depend on it (issue 13).
        QTest::newRow("opengl-dev") << "libqt6opengl6-dev"
                                    << "Qt6OpenGL";
        QTest::newRow("poppler") << "poppler-utils"
                                 << "/usr/bin/pdf";
        QTest::newRow("prometheus") << "prometheus"
                                    << "/usr/bin/prometheus";
        QTest::newRow("nanoflann") << "libnanoflann-dev"
                                   << "nanoflann.hpp";
        QTest::newRow("svg-dev") << "qt6-svg-dev"
                                 << "Qt6Svg";
        QTest::newRow("gdal") << "gdal-bin"
                              << "/usr/bin/ogrinfo";
        QTest::newRow("yaml") << "python3-yaml"
                              << "yaml";
    }
    void catchesMissingPackage()
    {
        QFETCH(QString, package);
        QFETCH(QString, file);
        QStringList listed = m_listed;
        QVERIFY(listed.removeAll(package) == 1);
        const QMap<QString, QStringList> uncovered = uncoveredByPackage(listed);
        QVERIFY2(uncovered.contains(package),
                 qPrintable(QStringLiteral("%1 left out of the list went unnoticed").arg(package)));
        const QString message = describe(uncovered);
        QVERIFY2(message.contains(package) && message.contains(file), qPrintable(message));
        qInfo("%s", qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_InstallDeps)
#include "tst_installdeps.moc"
