// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"
#include "app/settings.h"
#include "app/settingsdialog.h"
#include "engine/model/units.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ea;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsComeFromTheSchema();
    void onlyNonDefaultValuesAreWritten();
    void invalidValuesAreRefusedAndReadAsDefault();
    void displaySettingsChangeFormatting();
    void dialogAppliesAndRestoresDefaults();
    void changingTheLanguageOffersARestart();

private:
    QTemporaryDir m_dir;
};

void tst_Settings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_Settings"));
}

void tst_Settings::init()
{
    QSettings().clear();
    Settings::instance()->applyDisplay();
}

void tst_Settings::defaultsComeFromTheSchema()
{
    Settings *s = Settings::instance();
    for (const Settings::Key &k : Settings::schema())
        QCOMPARE(s->value(k.key), k.defaultValue);
    QCOMPARE(s->string(Settings::DistanceUnit), QStringLiteral("km"));
    QCOMPARE(s->integer(Settings::AutosaveIntervalS), 60);
    QVERIFY(s->boolean(Settings::ProbeVerifyTls));
    QVERIFY(!s->value(QStringLiteral("no/such/key")).isValid());
}

void tst_Settings::onlyNonDefaultValuesAreWritten()
{
    Settings *s = Settings::instance();
    QSignalSpy changed(s, &Settings::changed);
    QVERIFY(s->setValue(Settings::ProbeIntervalS, 30));
    QCOMPARE(QSettings().value(Settings::ProbeIntervalS).toInt(), 30);
    QCOMPARE(s->integer(Settings::ProbeIntervalS), 30);
    QCOMPARE(changed.size(), 1);
    // Back to the default: the key disappears from the file.
    QVERIFY(s->setValue(Settings::ProbeIntervalS, 10));
    QVERIFY(!QSettings().contains(Settings::ProbeIntervalS));
    QCOMPARE(changed.size(), 2);
    // Setting the default again changes nothing.
    QVERIFY(s->setValue(Settings::ProbeIntervalS, 10));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(QSettings().allKeys().size(), 0);
}

void tst_Settings::invalidValuesAreRefusedAndReadAsDefault()
{
    Settings *s = Settings::instance();
    QString reason;
    QVERIFY(!Settings::accepts(Settings::DistanceUnit, QStringLiteral("furlong"), &reason));
    QVERIFY(reason.contains(QStringLiteral("km")));
    QVERIFY(!s->setValue(Settings::DistanceUnit, QStringLiteral("furlong")));
    QVERIFY(!s->setValue(Settings::ProbeTimeoutS, 0));
    QVERIFY(!s->setValue(Settings::ProbeTimeoutS, QStringLiteral("soon")));
    QVERIFY(!s->setValue(QStringLiteral("no/such/key"), 1));
    // A hand-edited file with nonsense reads as the default.
    QSettings().setValue(Settings::ProbeConcurrency, 99999);
    QSettings().setValue(Settings::Language, QStringLiteral("klingon"));
    QCOMPARE(s->integer(Settings::ProbeConcurrency), 16);
    QCOMPARE(s->string(Settings::Language), QStringLiteral("system"));
}

void tst_Settings::displaySettingsChangeFormatting()
{
    Settings *s = Settings::instance();
    QCOMPARE(units::km(1609.344), QStringLiteral("1,609 km"));
    QVERIFY(s->setValue(Settings::DistanceUnit, QStringLiteral("mi")));
    QCOMPARE(units::km(1609.344), QStringLiteral("1,000 mi"));
    QVERIFY(s->setValue(Settings::CurrencySymbol, QStringLiteral("US$")));
    QCOMPARE(units::usd(1234), QStringLiteral("US$1,234"));
    QVERIFY(s->setValue(Settings::DistanceUnit, QStringLiteral("km")));
    QVERIFY(s->setValue(Settings::CurrencySymbol, QStringLiteral("$")));
    QCOMPARE(units::usd(1234), QStringLiteral("$1,234"));
}

void tst_Settings::dialogAppliesAndRestoresDefaults()
{
    SettingsDialog dialog;
    auto *distance = dialog.findChildren<QComboBox *>().value(0);
    QVERIFY(distance);
    distance->setCurrentIndex(distance->findData(QStringLiteral("mi")));
    const auto spins = dialog.findChildren<QSpinBox *>();
    QVERIFY(spins.size() >= 5);
    spins.first()->setValue(45); // probe interval
    dialog.apply();
    QCOMPARE(Settings::instance()->string(Settings::DistanceUnit), QStringLiteral("mi"));
    QCOMPARE(Settings::instance()->integer(Settings::ProbeIntervalS), 45);
    dialog.restoreDefaults();
    dialog.apply();
    QCOMPARE(QSettings().allKeys().size(), 0);
    QCOMPARE(Settings::instance()->string(Settings::DistanceUnit), QStringLiteral("km"));
}

namespace {

/** What the modal dialogs opened by one Preferences round did: the language chosen, the restart question. */
struct PreferencesRound
{
    QString chooseLanguage; // empty: change nothing
    bool sawSettings = false;
    QString question;  // the text of the restart question, if one came
    bool done = false; // nothing modal came for a while: the round is over
};

/** Answers the modal dialogs as they come: Preferences (pick the language, OK), then the restart question
 *  (Later). Looks again on each turn of the event loop until nothing modal is left for a while. */
void answerModals(PreferencesRound *round, int idleTurns = 0)
{
    QTimer::singleShot(20, qApp, [round, idleTurns] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *settings = qobject_cast<SettingsDialog *>(modal)) {
            round->sawSettings = true;
            if (!round->chooseLanguage.isEmpty())
                for (QComboBox *combo : settings->findChildren<QComboBox *>())
                    if (const int i = combo->findData(round->chooseLanguage); i >= 0)
                        combo->setCurrentIndex(i);
            settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            round->question = box->text();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::RejectRole)
                    b->click();
        } else if (idleTurns > 25) {
            round->done = true;
            return;
        }
        answerModals(round, modal ? 0 : idleTurns + 1);
    });
}

QAction *preferencesAction(MainWindow &window)
{
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma))
            return a;
    return nullptr;
}

} // namespace

// A new language applies from the next start: Preferences says so and offers to restart, only when the
// language changed; "Later" keeps the window open with the new setting stored.
void tst_Settings::changingTheLanguageOffersARestart()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString()));
    window.show();
    QAction *preferences = preferencesAction(window);
    QVERIFY(preferences);

    PreferencesRound unchanged;
    answerModals(&unchanged);
    preferences->trigger();
    QTRY_VERIFY(unchanged.done);
    QVERIFY(unchanged.sawSettings);
    QVERIFY2(unchanged.question.isEmpty(), qPrintable(unchanged.question));

    PreferencesRound french;
    french.chooseLanguage = QStringLiteral("fr");
    answerModals(&french);
    preferences->trigger();
    QTRY_VERIFY(french.done);
    QVERIFY(french.sawSettings);
    QVERIFY(french.question.contains(QLatin1String("starts again")));
    QCOMPARE(Settings::instance()->string(Settings::Language), QStringLiteral("fr"));
    QVERIFY(window.isVisible()); // Later: nothing closed
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
