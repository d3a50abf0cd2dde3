// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/autosave.h"
#include "app/document.h"
#include "app/recoverydialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace ea;

namespace {

const QString kFixture = QStringLiteral(EA_TEST_DATA_DIR "/small.json");
const char *const kChildEnv = "EA_AUTOSAVE_CHILD_DIR";

/** The edit every test makes: workload 0's budget and name. */
Scenario edited(Scenario s)
{
    s.workloads[0].slo.budgetMs = 777;
    s.workloads[0].name = QStringLiteral("Chat, edited");
    return s;
}

/**
 * The "other instance" of the crash test: opens the fixture, makes the edit, writes its recovery file,
 * prints the file's path and waits to be killed (or gives up after a minute).
 */
int runChildInstance(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    RecoveryStore::setDirectory(qEnvironmentVariable(kChildEnv));
    Document doc;
    QStringList errors;
    if (!doc.load(kFixture, &errors) || !doc.applyEdit(edited(*doc.scenario()), QStringLiteral("Edit Chat")))
        return 3;
    Autosaver saver(&doc, 3'600'000);
    if (!saver.writeNow())
        return 4;
    std::printf("%s\n", qPrintable(saver.recoveryFile()));
    std::fflush(stdout);
    QTimer::singleShot(60'000, &app, &QCoreApplication::quit);
    return app.exec();
}

void onNextModal(std::function<void(QWidget *)> fn, int triesLeft = 500)
{
    QTimer::singleShot(10, qApp, [fn, triesLeft] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible()) {
            if (triesLeft > 0)
                onNextModal(fn, triesLeft - 1);
            return;
        }
        fn(modal);
    });
}

void clickInNextModal(const QString &buttonName, bool *wasEnabled = nullptr)
{
    onNextModal([buttonName, wasEnabled](QWidget *modal) {
        auto *button = modal->findChild<QPushButton *>(buttonName);
        if (wasEnabled)
            *wasEnabled = button && button->isEnabled();
        if (button && button->isEnabled())
            QTest::mouseClick(button, Qt::LeftButton);
        if (modal->isVisible() && buttonName != QLatin1String("discard"))
            modal->close();
    });
}

} // namespace

class tst_Autosave : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dirtyDocumentIsWrittenWithinInterval();
    void savingOrUndoingToCleanRemovesFile();
    void normalCloseRemovesFile();
    void liveInstanceIsNotOffered();
    void defaultScenarioRoundTrips();
    void crashedInstanceIsOfferedAndRestoresExactly();
    void brokenFilesAreReportedNotLoaded();
    void laterKeepsAndDiscardRemoves();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void tst_Autosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    RecoveryStore::setDirectory(m_dir->filePath(QStringLiteral("recovery")));
    m_doc = std::make_unique<Document>();
    QStringList errors;
    QVERIFY2(m_doc->load(kFixture, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
}

void tst_Autosave::cleanup()
{
    m_doc.reset();
    RecoveryStore::setDirectory(QString());
    m_dir.reset();
}

void tst_Autosave::dirtyDocumentIsWrittenWithinInterval()
{
    QCOMPARE(Autosaver(m_doc.get()).interval(), 60'000); // the default: every minute
    constexpr int interval = 200;
    Autosaver saver(m_doc.get(), interval);
    QSignalSpy written(&saver, &Autosaver::written);
    QTest::qWait(interval * 2);
    QCOMPARE(written.count(), 0); // a clean document is not written

    const Scenario next = edited(*m_doc->scenario());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_doc->applyEdit(next, QStringLiteral("Edit Chat")));
    QVERIFY(written.wait(interval + 20000));
    const qint64 elapsedMs = clock.elapsed();
    // Never before the interval (QTimer may fire a little early); after it, as soon as the event loop and
    // the writer thread get the CPU, which on a loaded machine under the sanitizers takes seconds.
    QVERIFY2(elapsedMs >= interval - 20, qPrintable(QString::number(elapsedMs)));
    const QString path = written.first().at(0).toString();
    QCOMPARE(path, saver.recoveryFile());
    QVERIFY(path.startsWith(RecoveryStore::directory()));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(RecoveryStore::lockPath(path)));

    RecoveryInfo info;
    const ScenarioLoad back = RecoveryStore::load(path, &info);
    QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
    QVERIFY(*back.scenario == next);
    QCOMPARE(info.originalFile, QFileInfo(kFixture).absoluteFilePath());
    QCOMPARE(info.lastChange, QStringLiteral("Edit Chat"));
    QCOMPARE(info.pid, QCoreApplication::applicationPid());
    QVERIFY(qAbs(info.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Idle: not written again; a further change is, with its own undo text.
    QTest::qWait(interval * 2);
    QCOMPARE(written.count(), 1);
    QVERIFY(m_doc->setTier(0, Tier::Central));
    QVERIFY(written.wait(interval + 20000));
    RecoveryStore::load(path, &info);
    QCOMPARE(info.lastChange, m_doc->undoStack()->undoText());
    QCOMPARE(RecoveryStore::load(path).scenario->workloads[0].tier, Tier::Central);
}

void tst_Autosave::savingOrUndoingToCleanRemovesFile()
{
    Autosaver saver(m_doc.get(), 50);
    QSignalSpy written(&saver, &Autosaver::written);
    QVERIFY(m_doc->applyEdit(edited(*m_doc->scenario()), QStringLiteral("Edit Chat")));
    QVERIFY(written.wait(2000));
    const QString path = saver.recoveryFile();
    QVERIFY(QFileInfo::exists(path));
    QString error;
    QVERIFY2(m_doc->saveAs(m_dir->filePath(QStringLiteral("saved.json")), &error), qPrintable(error));
    // Removed on the autosave thread, after any write still under way.
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(path), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(RecoveryStore::lockPath(path)), 2000);

    // Dirty again, then undone back to the saved state: nothing left to recover.
    QVERIFY(m_doc->setTier(0, Tier::Central));
    QVERIFY(written.wait(2000));
    QVERIFY(QFileInfo::exists(path));
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isDirty());
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(path), 2000);
    QTest::qWait(150); // and not written again
    QVERIFY(!QFileInfo::exists(path));
}

void tst_Autosave::normalCloseRemovesFile()
{
    QString path;
    {
        Autosaver saver(m_doc.get(), 3'600'000);
        QVERIFY(!saver.writeNow()); // clean: nothing to write
        QVERIFY(m_doc->applyEdit(edited(*m_doc->scenario()), QStringLiteral("Edit Chat")));
        QVERIFY(saver.writeNow());
        path = saver.recoveryFile();
        QVERIFY(QFileInfo::exists(path));
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(RecoveryStore::lockPath(path)));
    QVERIFY(RecoveryStore::orphaned().isEmpty());
}

void tst_Autosave::liveInstanceIsNotOffered()
{
    Autosaver saver(m_doc.get(), 3'600'000);
    QVERIFY(m_doc->applyEdit(edited(*m_doc->scenario()), QStringLiteral("Edit Chat")));
    QVERIFY(saver.writeNow());
    QVERIFY(QFileInfo::exists(saver.recoveryFile()));
    QVERIFY(RecoveryStore::orphaned().isEmpty()); // held by a running instance (this one)
    QVERIFY(QFileInfo::exists(saver.recoveryFile()));
    QVERIFY(saver.writeNow()); // and it still owns the file
}

void tst_Autosave::defaultScenarioRoundTrips()
{
    // The 4,400-site default world: a write takes a while, which is why it runs on a worker thread.
    QStringList errors;
    QVERIFY(m_doc->loadDefault(&errors));
    QVERIFY(m_doc->setTier(0, Tier::Edge));
    Autosaver saver(m_doc.get(), 3'600'000);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(saver.writeNow());
    qInfo("recovery write of the default scenario (autosave thread): %lld ms, %lld bytes", clock.elapsed(),
          QFileInfo(saver.recoveryFile()).size());
    RecoveryInfo info;
    const ScenarioLoad back = RecoveryStore::load(saver.recoveryFile(), &info);
    QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
    QVERIFY(*back.scenario == *m_doc->scenario());
    QVERIFY(info.originalFile.isEmpty()); // never saved
    QCOMPARE(info.scenarioName, m_doc->scenario()->name);
}

void tst_Autosave::crashedInstanceIsOfferedAndRestoresExactly()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kChildEnv), RecoveryStore::directory());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForReadyRead(30'000),
             qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
    const QString path = QString::fromLocal8Bit(child.readLine()).trimmed();
    QVERIFY(QFileInfo::exists(path));
    const qint64 childPid = child.processId();

    // Another instance that still runs: its file is not offered.
    QVERIFY(RecoveryStore::orphaned().isEmpty());

    child.kill(); // SIGKILL: a crash, no clean-up
    QVERIFY(child.waitForFinished(10'000));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(RecoveryStore::lockPath(path))); // the dead instance's lock stays behind

    const QList<RecoveryInfo> files = RecoveryStore::orphaned();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].path, path);
    QVERIFY2(files[0].error.isEmpty(), qPrintable(files[0].error));
    QCOMPARE(files[0].pid, childPid);
    QCOMPARE(files[0].originalFile, QFileInfo(kFixture).absoluteFilePath());
    QCOMPARE(files[0].lastChange, QStringLiteral("Edit Chat"));
    const Scenario expected = edited(*m_doc->scenario());
    QVERIFY(*RecoveryStore::load(path).scenario == expected);

    // Restore through the start-up offer, into a document holding something else.
    QStringList errors;
    QVERIFY(m_doc->loadDefault(&errors));
    bool restoreEnabled = false;
    clickInNextModal(QStringLiteral("restore"), &restoreEnabled);
    QVERIFY(offerRecovery(nullptr, m_doc.get()));
    QVERIFY(restoreEnabled);
    QVERIFY(*m_doc->scenario() == expected);
    QCOMPARE(m_doc->fileName(), QFileInfo(kFixture).absoluteFilePath());
    QVERIFY(m_doc->isDirty()); // the user saves it
    QVERIFY(!m_doc->undoStack()->canUndo());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(RecoveryStore::orphaned().isEmpty());
}

void tst_Autosave::brokenFilesAreReportedNotLoaded()
{
    QVERIFY(QDir().mkpath(RecoveryStore::directory()));
    const QString garbage = RecoveryStore::directory() + QStringLiteral("/recovery-1-1.json");
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"edgeatlas-recovery/1\", \"scenario\": {\"na");
    }
    // A well-formed recovery file whose scenario breaks a loader rule.
    QString invalid;
    {
        Autosaver saver(m_doc.get(), 3'600'000);
        QVERIFY(m_doc->applyEdit(edited(*m_doc->scenario()), QStringLiteral("Edit Chat")));
        QVERIFY(saver.writeNow());
        QFile f(saver.recoveryFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject s = o.value(QStringLiteral("scenario")).toObject();
        QJsonArray w = s.value(QStringLiteral("workloads")).toArray();
        QJsonObject w0 = w[0].toObject();
        QJsonObject slo = w0.value(QStringLiteral("slo")).toObject();
        slo.insert(QStringLiteral("budgetMs"), 0);
        w0.insert(QStringLiteral("slo"), slo);
        w[0] = w0;
        s.insert(QStringLiteral("workloads"), w);
        o.insert(QStringLiteral("scenario"), s);
        invalid = RecoveryStore::directory() + QStringLiteral("/recovery-2-2.json");
        QFile out(invalid);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
    }

    // Issue 16, item 7: an entry that links to a device was read until memory ran out (std::bad_alloc,
    // the GUI aborted at start); it is a broken entry like the others.
    const QString device = RecoveryStore::directory() + QStringLiteral("/recovery-3-3.json");
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));

    const QList<RecoveryInfo> files = RecoveryStore::orphaned();
    QCOMPARE(files.size(), 3);
    for (const RecoveryInfo &f : files)
        QVERIFY2(!f.error.isEmpty(), qPrintable(f.path));
    const ScenarioLoad zero = RecoveryStore::load(device);
    QVERIFY(!zero.ok());
    QVERIFY2(zero.errors.first().contains(QStringLiteral("not a regular file (a character device)")),
             qPrintable(zero.errors.first()));

    const ScenarioLoad broken = RecoveryStore::load(garbage);
    QVERIFY(!broken.ok());
    QVERIFY(broken.errors.first().startsWith(QStringLiteral("$: damaged, invalid JSON")));
    const ScenarioLoad bad = RecoveryStore::load(invalid);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errors, QStringList{QStringLiteral("$.workloads[0].slo.budgetMs: must be > 0 (got 0)")});
    QVERIFY(!RecoveryStore::load(m_dir->filePath(QStringLiteral("missing.json"))).ok());

    // The offer shows them but cannot restore them; the document is left alone.
    const Scenario before = *m_doc->scenario();
    bool restoreEnabled = true;
    clickInNextModal(QStringLiteral("restore"), &restoreEnabled);
    QVERIFY(!offerRecovery(nullptr, m_doc.get()));
    QVERIFY(!restoreEnabled);
    QVERIFY(*m_doc->scenario() == before);
    QVERIFY(QFileInfo::exists(garbage)); // kept until discarded
}

void tst_Autosave::laterKeepsAndDiscardRemoves()
{
    QVERIFY(QDir().mkpath(RecoveryStore::directory()));
    const QString garbage = RecoveryStore::directory() + QStringLiteral("/recovery-3-3.json");
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json");
    }
    clickInNextModal(QStringLiteral("later"));
    QVERIFY(!offerRecovery(nullptr, m_doc.get()));
    QVERIFY(QFileInfo::exists(garbage));
    QCOMPARE(RecoveryStore::orphaned().size(), 1);

    bool discardEnabled = false;
    clickInNextModal(QStringLiteral("discard"), &discardEnabled); // the last one: the dialog closes
    QVERIFY(!offerRecovery(nullptr, m_doc.get()));
    QVERIFY(discardEnabled);
    QVERIFY(!QFileInfo::exists(garbage));
    QVERIFY(RecoveryStore::orphaned().isEmpty());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildEnv))
        return runChildInstance(argc, argv);
    QApplication app(argc, argv);
    tst_Autosave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
