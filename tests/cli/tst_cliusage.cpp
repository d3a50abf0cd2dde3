// SPDX-License-Identifier: GPL-3.0-or-later
// The command line forgives and explains: a mistyped command or a missing file is one line and exit 2
// (no window), a GUI start without a display is one line and exit 1 (no Qt abort text), every command
// has `help COMMAND` and `COMMAND --help`, and the bash completion completes commands and options
// (checked by running bash itself on the generated script).

#include "app/cli/commandhelp.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

/** Runs edgeatlas with args; env entries "NAME=value" are set, "-NAME" removed. */
Run runEdgeAtlas(const QStringList &args, const QStringList &env = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env) {
        if (kv.startsWith(QLatin1Char('-')))
            e.remove(kv.mid(1));
        else
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    }
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(EA_BIN_DIR "/edgeatlas"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/** No display at all: what a terminal over ssh has. */
const QStringList kNoDisplay{QStringLiteral("-DISPLAY"), QStringLiteral("-WAYLAND_DISPLAY"),
                             QStringLiteral("-QT_QPA_PLATFORM")};

} // namespace

class tst_CliUsage : public QObject
{
    Q_OBJECT

private slots:
    void typoIsAnErrorWithASuggestion_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("meant");
        QTest::newRow("swap") << "plna"
                              << "plan";
        QTest::newRow("missing letter") << "reprt"
                                        << "report";
        QTest::newRow("extra letter") << "validatte"
                                      << "validate";
        QTest::newRow("prefix") << "simul"
                                << "simulate";
        QTest::newRow("option") << "--simulat"
                                << "--simulate";
    }
    void typoIsAnErrorWithASuggestion()
    {
        QFETCH(QString, typed);
        QFETCH(QString, meant);
        // Even where a window could open, a typo must not start the GUI.
        const Run r = runEdgeAtlas({typed}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("did you mean '%1'?").arg(meant)), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void missingFileIsAnError()
    {
        const Run r = runEdgeAtlas({QStringLiteral("no-such-scenario.json")},
                                   {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("edgeatlas: no-such-scenario.json: no such file\n"));
        const Run far =
            runEdgeAtlas({QStringLiteral("zzzzqqq")}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(far.code, 2);
        QVERIFY2(far.err.contains(QLatin1String("not a command or a file")) &&
                     !far.err.contains(QLatin1String("did you")),
                 qPrintable(far.err));
    }

    void noDisplayIsOneLine()
    {
        const Run none = runEdgeAtlas({}, kNoDisplay);
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.startsWith(QLatin1String("edgeatlas: no display")), qPrintable(none.err));
        QCOMPARE(none.err.count(QLatin1Char('\n')), 1);
        // A display that is named but not there: Qt's abort becomes one line and exit 1, not a crash.
        const Run gone = runEdgeAtlas({}, kNoDisplay + QStringList{QStringLiteral("DISPLAY=:97")});
        QCOMPARE(gone.code, 1);
        QVERIFY2(gone.err.contains(QLatin1String("cannot be reached")) &&
                     gone.err.contains(QLatin1String(":97")),
                 qPrintable(gone.err));
        QCOMPARE(gone.err.count(QLatin1Char('\n')), 1);
        // A scenario file given with no display: the same one line (the file is not the problem).
        const Run withFile = runEdgeAtlas({QStringLiteral(EA_TEST_DATA_DIR "/small.json")}, kNoDisplay);
        QCOMPARE(withFile.code, 1);
        QVERIFY(withFile.err.startsWith(QLatin1String("edgeatlas: no display")));
    }

    void everyCommandHasHelp()
    {
        const Run general = runEdgeAtlas({QStringLiteral("--help")});
        QCOMPARE(general.code, 0);
        for (const ea::cli::CommandHelp &c : ea::cli::commands()) {
            QVERIFY2(general.out.contains(QStringLiteral("  %1 ").arg(c.name)), qPrintable(c.name));
            const Run help = runEdgeAtlas({QStringLiteral("help"), c.name});
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("usage: edgeatlas %1").arg(c.name)),
                     qPrintable(help.out));
            const Run dashed = runEdgeAtlas({c.name, QStringLiteral("--help")});
            QCOMPARE(dashed.code, 0);
            QCOMPARE(dashed.out, help.out);
        }
        const Run unknown = runEdgeAtlas({QStringLiteral("help"), QStringLiteral("reprot")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("did you mean 'report'?")));
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QStringList>("words"); // the command line, the last word being completed
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("command") << QStringList{"edgeatlas", "rep"} << QStringList{"report"};
        QTest::newRow("commands") << QStringList{"edgeatlas", "si"} << QStringList{"simulate"};
        QTest::newRow("option") << QStringList{"edgeatlas", "plan", "--fo"} << QStringList{"--format"};
        QTest::newRow("probe option")
            << QStringList{"edgeatlas", "probe", "--al"} << QStringList{"--allow-remote"};
        QTest::newRow("bench what") << QStringList{"edgeatlas", "bench", "b"} << QStringList{"board"};
        QTest::newRow("export what") << QStringList{"edgeatlas", "export", "p"} << QStringList{"policy"};
    }
    void bashCompletes()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const Run script = runEdgeAtlas({QStringLiteral("--bash-completion")});
        QCOMPARE(script.code, 0);
        QFile f(dir.filePath(QStringLiteral("edgeatlas.bash")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script.out.toUtf8());
        f.close();
        QStringList quoted;
        for (const QString &w : words)
            quoted << QLatin1Char('\'') + w + QLatin1Char('\'');
        const QString driver = QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _edgeatlas; "
                                              "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                   .arg(f.fileName(), quoted.join(QLatin1Char(' ')))
                                   .arg(words.size() - 1);
        QProcess bash;
        bash.setWorkingDirectory(dir.path()); // no files there to complete
        bash.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), driver});
        QVERIFY(bash.waitForFinished(30000));
        QCOMPARE(bash.exitCode(), 0);
        const QStringList got =
            QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(tst_CliUsage)
#include "tst_cliusage.moc"
