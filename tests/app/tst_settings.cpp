// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings.h"
#include "app/settingsdialog.h"
#include "engine/model/units.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
