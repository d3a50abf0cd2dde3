// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing the files people name: only regular files of bounded size are read (a device or a
// pipe is refused before a byte is read), and a write that fails part-way leaves the old file and says why.
#include "engine/model/userfile.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace ea;

namespace {
QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Lowers this process's file-size limit for its lifetime (the disk is "full" past it). */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a signal
        const rlimit limit{bytes, m_old.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};
} // namespace

class TestUserFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path(QStringLiteral("zero-link"))));
        QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo"))).constData(), 0600), 0);
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
        QFile f(path(QStringLiteral("regular")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2000, 'r'));
    }

    void refusesWhatIsNoRegularFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                                   << QStringLiteral("not a regular file (a character device)");
        QTest::newRow("/dev/urandom")
            << QStringLiteral("/dev/urandom") << QStringLiteral("(a character device)");
        QTest::newRow("link to /dev/zero")
            << path(QStringLiteral("zero-link")) << QStringLiteral("(a character device)");
        QTest::newRow("pipe, no writer") << path(QStringLiteral("fifo")) << QStringLiteral("(a pipe)");
        QTest::newRow("folder") << path(QStringLiteral("folder")) << QStringLiteral("(a folder)");
        QTest::newRow("missing") << path(QStringLiteral("nothing")) << QStringLiteral("no such file");
        QTest::newRow("too large") << path(QStringLiteral("regular")) << QStringLiteral("larger than the");
    }
    void refusesWhatIsNoRegularFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QByteArray data = "untouched";
        QString error;
        QVERIFY(!readUserFile(file, 1000, &data, &error));
        QVERIFY2(error.contains(reason) && error.contains(file), qPrintable(error));
        QCOMPARE(data, QByteArray("untouched"));
    }

    void readsRegularFilesAndProcFiles()
    {
        QByteArray data;
        QString error;
        QVERIFY2(readUserFile(path(QStringLiteral("regular")), 2000, &data, &error), qPrintable(error));
        QCOMPARE(data, QByteArray(2000, 'r'));
        // /proc files say size 0 and have content: read to the end, within the limit …
        QVERIFY2(readUserFile(QStringLiteral("/proc/self/status"), 1 << 20, &data, &error),
                 qPrintable(error));
        QVERIFY(data.contains("VmRSS"));
        // … and not beyond it.
        QVERIFY(!readUserFile(QStringLiteral("/proc/self/status"), 16, &data, &error));
        QVERIFY2(error.contains(QLatin1String("larger than")), qPrintable(error));
        // Resources built into the executable are read as they are.
        QVERIFY2(readUserFile(QStringLiteral(":/scenarios/default.json"), 64 << 20, &data, &error),
                 qPrintable(error));
        QVERIFY(data.contains("\"schema\""));
    }

    void writesAtomically()
    {
        const QString file = path(QStringLiteral("out.txt"));
        QString error;
        QVERIFY2(writeUserFile(file, "first", &error), qPrintable(error));
        QVERIFY2(writeUserFile(file, "second", &error), qPrintable(error));
        QCOMPARE(contents(file), QByteArray("second"));
        UserFileBuffer buffer;
        buffer.device()->write("third ");
        buffer.device()->write("part");
        QVERIFY2(buffer.commit(file, &error), qPrintable(error));
        QCOMPARE(contents(file), QByteArray("third part"));
        QVERIFY(!writeUserFile(path(QStringLiteral("folder")), "x", &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot write ")), qPrintable(error));
    }

    // Issue 16, item 2: a write that fails part-way (a full disk) said "Unknown error", or with QSaveFile's
    // buffered commit was not noticed at all. The file-size limit makes the disk "full" after 4 KiB.
    void partWayFailureKeepsTheOldFileAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("report.html"));
        QString error, reason;
        QVERIFY(writeUserFile(file, "previous good report", &error));
        {
            const FileSizeLimit full(4096);
            QVERIFY(!writeUserFile(file, QByteArray(100000, 'x'), &error, &reason));
            UserFileBuffer buffer;
            for (int i = 0; i < 1000; ++i)
                buffer.device()->write(QByteArray(100, 'y'));
            QString bufferError;
            QVERIFY(!buffer.commit(file, &bufferError));
            QVERIFY2(bufferError.contains(QLatin1String("File too large")), qPrintable(bufferError));
        }
        QVERIFY2(error.contains(file) && error.contains(QLatin1String("File too large")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("Unknown error")));
        QCOMPARE(reason, QStringLiteral("File too large"));
        QCOMPARE(contents(file), QByteArray("previous good report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("report.html")});
    }
};

QTEST_GUILESS_MAIN(TestUserFile)
#include "tst_userfile.moc"
