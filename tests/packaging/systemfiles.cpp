// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/packaging/systemfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ea::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Runs program to completion (5 min at most); its standard output, or empty with *error set. */
QByteArray runForOutput(const QString &program, const QStringList &args, QString *error,
                        const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3 %4")
                     .arg(program, args.join(QLatin1Char(' ')), p.errorString(),
                          QString::fromLocal8Bit(p.readAllStandardError().left(2000)));
        return {};
    }
    return p.readAllStandardOutput();
}

bool isElf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("\x7f"
                                                                  "ELF",
                                                                  4);
}

/** Shell words that are not programs: keywords, builtins. */
bool isShellBuiltin(const QString &w)
{
    static const QSet<QString> builtins{
        QStringLiteral("if"),       QStringLiteral("then"),     QStringLiteral("else"),
        QStringLiteral("elif"),     QStringLiteral("fi"),       QStringLiteral("for"),
        QStringLiteral("in"),       QStringLiteral("do"),       QStringLiteral("done"),
        QStringLiteral("while"),    QStringLiteral("until"),    QStringLiteral("case"),
        QStringLiteral("esac"),     QStringLiteral("function"), QStringLiteral("return"),
        QStringLiteral("exit"),     QStringLiteral("echo"),     QStringLiteral("printf"),
        QStringLiteral("cd"),       QStringLiteral("set"),      QStringLiteral("export"),
        QStringLiteral("local"),    QStringLiteral("read"),     QStringLiteral("trap"),
        QStringLiteral("shift"),    QStringLiteral("test"),     QStringLiteral("["),
        QStringLiteral("[["),       QStringLiteral("true"),     QStringLiteral("false"),
        QStringLiteral("declare"),  QStringLiteral("readonly"), QStringLiteral("unset"),
        QStringLiteral("eval"),     QStringLiteral("source"),   QStringLiteral("."),
        QStringLiteral("type"),     QStringLiteral("wait"),     QStringLiteral("break"),
        QStringLiteral("continue"), QStringLiteral("let"),      QStringLiteral("mapfile"),
        QStringLiteral("getopts"),  QStringLiteral("pushd"),    QStringLiteral("popd"),
        QStringLiteral("umask"),    QStringLiteral("kill"),     QStringLiteral("command"),
        QStringLiteral("exec"),     QStringLiteral("time"),     QStringLiteral("!"),
        QStringLiteral("{"),        QStringLiteral("}"),        QStringLiteral("ulimit"),
        QStringLiteral("hash"),     QStringLiteral("shopt")};
    return builtins.contains(w);
}

/** Programs that run the word after them: `timeout 5 foo`, `env X=1 foo`, `xargs foo`. */
bool isLauncher(const QString &w)
{
    return w == QLatin1String("timeout") || w == QLatin1String("env") || w == QLatin1String("xargs") ||
           w == QLatin1String("nice") || w == QLatin1String("sudo") || w == QLatin1String("exec") ||
           w == QLatin1String("command") || w == QLatin1String("time");
}

/** The first word of each command in one line of shell (its launcher's argument too). */
QStringList commandWords(QString line)
{
    // Quotes do not delimit commands, but $( and ` inside them do; drop the quote characters themselves.
    line.remove(QLatin1Char('"'));
    line.remove(QLatin1Char('\''));
    static const QRegularExpression separators(
        QStringLiteral(R"re(\|\||&&|\$\(|[|;`(){}]|\bthen\b|\bdo\b|\belse\b)re"));
    QStringList words;
    for (const QString &segment : line.split(separators)) {
        QStringList tokens =
            segment.split(QRegularExpression(QStringLiteral(R"re(\s+)re")), Qt::SkipEmptyParts);
        // Skip assignments, redirections, keywords that open a command (if, while, !).
        while (!tokens.isEmpty() &&
               (tokens.front().contains(QLatin1Char('=')) || tokens.front().startsWith(QLatin1Char('>')) ||
                tokens.front().startsWith(QLatin1Char('<')) || tokens.front() == QLatin1String("if") ||
                tokens.front() == QLatin1String("while") || tokens.front() == QLatin1String("until") ||
                tokens.front() == QLatin1String("!") || tokens.front() == QLatin1String("elif")))
            tokens.removeFirst();
        for (int i = 0; i < tokens.size(); ++i) {
            const QString &w = tokens.at(i);
            if (w.startsWith(QLatin1Char('-')) || w.contains(QLatin1Char('=')) ||
                QRegularExpression(QStringLiteral(R"re(^[0-9.]+[smhd]?$)re")).match(w).hasMatch())
                continue; // a launcher's options and durations: `timeout -s TERM 5 foo`, `env X=1 foo`
            words << w;
            if (!isLauncher(w) || w == QLatin1String("command"))
                break;
        }
        if (tokens.size() >= 2 && tokens.at(0) == QLatin1String("command") &&
            tokens.at(1) == QLatin1String("-v"))
            words << tokens.value(2); // `command -v foo`: the script expects foo
    }
    return words;
}

/** Debian installs programs here; /usr/local, ~/.local and version managers are not a fresh machine's. */
const QStringList &systemBinDirs()
{
    static const QStringList dirs{QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                  QStringLiteral("/sbin"), QStringLiteral("/bin")};
    return dirs;
}

/** Adds the program a test starts, looked up where Debian puts programs. A name found only elsewhere on
 *  PATH is a problem (a fresh machine would not have it); a word found nowhere is not a program. */
void addProgram(QSet<QString> &out, const QString &name)
{
    static const QRegularExpression programName(QStringLiteral(R"re(^[A-Za-z0-9_.+-]+$)re"));
    if (name.startsWith(QLatin1Char('/'))) {
        if (QFileInfo(name).isExecutable())
            out.insert(name);
        return;
    }
    if (!programName.match(name).hasMatch() || isShellBuiltin(name))
        return;
    const QString found = QStandardPaths::findExecutable(name, systemBinDirs());
    if (!found.isEmpty())
        out.insert(found);
    else if (const QString elsewhere = QStandardPaths::findExecutable(name); !elsewhere.isEmpty())
        out.insert(
            QStringLiteral("outside Debian's directories: %1 (found only at %2)").arg(name, elsewhere));
}

} // namespace

QSet<QString> filesNamedByBuild(const QString &buildDir)
{
    static const QRegularExpression absolute(
        QStringLiteral(R"re((?<![\w.])(/(?:usr|opt|lib|lib64|bin|sbin)/[^\s;:"'$\\()=,]+))re"));
    QSet<QString> out;
    for (const QString &name : {QStringLiteral("build.ninja"), QStringLiteral("CMakeFiles/rules.ninja")}) {
        const QString text = QString::fromUtf8(readAll(buildDir + QLatin1Char('/') + name));
        for (auto it = absolute.globalMatch(text); it.hasNext();) {
            const QString path = it.next().captured(1);
            if (QFileInfo(path).isFile())
                out.insert(path);
        }
    }
    // The cache also names what configure looked for and may not use (FindOpenGL's GLU, say): of it, only
    // the programs configure runs count (pkg-config, the compilers); libraries and headers count where the
    // link lines above and Ninja's dependency log show them used.
    static const QRegularExpression cacheEntry(QStringLiteral(R"re(^[A-Za-z0-9_]+:FILEPATH=(/.+)$)re"),
                                               QRegularExpression::MultilineOption);
    const QString cache = QString::fromUtf8(readAll(buildDir + QStringLiteral("/CMakeCache.txt")));
    for (auto it = cacheEntry.globalMatch(cache); it.hasNext();) {
        const QFileInfo program(it.next().captured(1).trimmed());
        if (program.isFile() && program.isExecutable() && !program.fileName().contains(QLatin1String(".so")))
            out.insert(program.filePath());
    }
    return out;
}

QSet<QString> headersFromNinjaDeps(const QString &buildDir, QString *error)
{
    QString ninja = QStandardPaths::findExecutable(QStringLiteral("ninja"));
    if (ninja.isEmpty()) {
        *error = QStringLiteral("ninja is not on PATH");
        return {};
    }
    const QByteArray deps =
        runForOutput(ninja, {QStringLiteral("-t"), QStringLiteral("deps")}, error, buildDir);
    QSet<QString> out;
    for (const QByteArray &line : deps.split('\n')) {
        const QByteArray t = line.trimmed();
        if (line.startsWith(' ') && t.startsWith('/'))
            out.insert(QString::fromUtf8(t));
    }
    if (out.isEmpty() && error->isEmpty())
        *error = QStringLiteral("ninja -t deps in %1 listed no header (is the tree built?)").arg(buildDir);
    return out;
}

QStringList elfFilesUnder(const QString &dir)
{
    QStringList out;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        if (isElf(path))
            out << path;
    }
    out.sort();
    return out;
}

QSet<QString> librariesLoadedBy(const QStringList &files, QString *error)
{
    QSet<QString> out;
    static const QRegularExpression resolved(QStringLiteral(R"re(=>\s+(/\S+)\s+\(0x)re"));
    static const QRegularExpression direct(QStringLiteral(R"re(^\s+(/\S+)\s+\(0x)re"));
    for (const QString &file : files) {
        QProcess p;
        p.start(QStringLiteral("ldd"), {file});
        if (!p.waitForFinished(60000)) {
            *error = QStringLiteral("ldd %1: %2").arg(file, p.errorString());
            return {};
        }
        for (const QString &line :
             QString::fromLocal8Bit(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("not found")))
                out.insert(QStringLiteral("not found: %1 (needed by %2)").arg(line.trimmed(), file));
            auto m = resolved.match(line);
            if (!m.hasMatch())
                m = direct.match(line);
            if (m.hasMatch())
                out.insert(m.captured(1));
        }
    }
    return out;
}

QSet<QString> librariesTracedInRun(const QString &program, const QStringList &args, const QStringList &env,
                                   int timeoutMs, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = dir.errorString();
        return {};
    }
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    // A throwaway home, so the run neither reads nor writes the user's settings and data.
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        e.insert(QString::fromLatin1(var), dir.filePath(QStringLiteral("home")));
    QDir().mkpath(dir.filePath(QStringLiteral("home")));
    QFile::setPermissions(dir.filePath(QStringLiteral("home")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    e.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    e.insert(QStringLiteral("LD_DEBUG_OUTPUT"), dir.filePath(QStringLiteral("ld")));
    QProcess p;
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(dir.path());
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        *error = QStringLiteral("%1: %2").arg(program, p.errorString());
        return {};
    }
    if (!p.waitForFinished(timeoutMs < 0 ? 300000 : timeoutMs)) {
        if (timeoutMs < 0) {
            p.kill();
            *error =
                QStringLiteral("%1 %2 did not finish in 5 minutes").arg(program, args.join(QLatin1Char(' ')));
            return {};
        }
        p.terminate(); // a GUI runs until closed: what it loaded by now is what matters
        if (!p.waitForFinished(10000))
            p.kill();
        p.waitForFinished(10000);
    } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 exited with %3: %4")
                     .arg(program, args.join(QLatin1Char(' ')))
                     .arg(p.exitCode())
                     .arg(QString::fromLocal8Bit(p.readAllStandardError().right(2000)));
        return {};
    }
    QSet<QString> out;
    static const QRegularExpression init(QStringLiteral(R"re(calling init: (/\S+))re"));
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("ld.*")}, QDir::Files)) {
        const QString text = QString::fromLocal8Bit(readAll(dir.filePath(name)));
        for (auto it = init.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured(1));
    }
    if (out.isEmpty())
        *error = QStringLiteral("the loader's trace of %1 is empty").arg(program);
    return out;
}

QSet<QString> programsRunByTests(const QStringList &cppFiles, const QStringList &scripts,
                                 const QStringList &cmakeFiles)
{
    QSet<QString> out;
    static const QRegularExpression cppNamed(QStringLiteral(
        R"re((?:findExecutable|\.start|::execute|startDetached)\(\s*(?:QStringLiteral\(\s*)?"([^"]+)")re"));
    static const QRegularExpression cppPath(QStringLiteral(R"re("((?:/usr)?/s?bin/[A-Za-z0-9_.+-]+)")re"));
    for (const QString &file : cppFiles) {
        const QString text = QString::fromUtf8(readAll(file));
        for (auto it = cppNamed.globalMatch(text); it.hasNext();)
            addProgram(out, it.next().captured(1));
        for (auto it = cppPath.globalMatch(text); it.hasNext();)
            addProgram(out, it.next().captured(1));
    }
    for (const QString &script : scripts) {
        const QStringList lines = QString::fromUtf8(readAll(script)).split(QLatin1Char('\n'));
        for (QString line : lines) {
            line = line.trimmed();
            if (line.startsWith(QLatin1Char('#')))
                continue;
            line.remove(QRegularExpression(QStringLiteral(R"re(\s#.*$)re")));
            for (const QString &w : commandWords(line))
                addProgram(out, w);
        }
        if (lines.value(0).startsWith(QLatin1String("#!"))) // the interpreter
            addProgram(out, lines.value(0).mid(2).split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0));
    }
    static const QRegularExpression addTest(
        QStringLiteral(R"re(add_test\s*\(\s*NAME\s+\S+\s+COMMAND\s+([^\s)]+))re"));
    for (const QString &file : cmakeFiles) {
        const QString text = QString::fromUtf8(readAll(file));
        for (auto it = addTest.globalMatch(text); it.hasNext();)
            addProgram(out, it.next().captured(1)); // a target name does not resolve on PATH: skipped
    }
    return out;
}

QSet<QString> pythonModulesImportedBy(const QStringList &cppFiles)
{
    QSet<QString> modules;
    static const QRegularExpression imports(
        QStringLiteral(R"re(\bimport\s+([A-Za-z_][\w]*(?:\s*,\s*[A-Za-z_][\w]*)*))re"));
    for (const QString &file : cppFiles) {
        const QString text = QString::fromUtf8(readAll(file));
        if (!text.contains(QLatin1String("python3")))
            continue; // "import geojson" in a file that runs no Python is an EdgeAtlas sub-command
        // Only inside string literals: a C++ source has no `import` of its own.
        static const QRegularExpression literal(QStringLiteral(R"re("([^"\n]*)")re"));
        for (auto lit = literal.globalMatch(text); lit.hasNext();) {
            const QString s = lit.next().captured(1);
            for (auto it = imports.globalMatch(s); it.hasNext();)
                for (const QString &m : it.next().captured(1).split(QLatin1Char(',')))
                    modules.insert(m.trimmed());
        }
    }
    QSet<QString> out;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), systemBinDirs());
    if (python.isEmpty())
        return out;
    for (const QString &m : modules) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import %1, sys; print(getattr(%1, '__file__', '') or '')").arg(m)});
        p.waitForFinished(30000);
        const QString path = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        if (p.exitCode() != 0)
            out.insert(QStringLiteral("missing python module: %1").arg(m));
        else if (!path.isEmpty())
            out.insert(path);
    }
    return out;
}

} // namespace ea::test
