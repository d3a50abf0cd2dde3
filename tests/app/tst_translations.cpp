// SPDX-License-Identifier: GPL-3.0-or-later
// The French and Arabic catalogs: complete, current with the sources, consistent in placeholders and
// mnemonics, embedded in the application, and applied with the right layout direction.
#include "app/language.h"
#include "tests/common/tsfile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ea;
using ea::test::readTs;
using ea::test::TsFile;
using ea::test::TsMessage;

namespace {

QString tsPath(const QString &code)
{
    return QStringLiteral(EA_SOURCE_DIR "/translations/edgeatlas_%1.ts").arg(code);
}

QString describe(const TsMessage &m)
{
    QString source = m.source.left(90);
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QStringLiteral("  %1 | %2%3")
        .arg(m.context, source, m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
}

/** The failures as one message: the count and the first ones. */
QByteArray report(const QString &what, const QStringList &problems)
{
    const QStringList shown = problems.mid(0, 40);
    return QStringLiteral("%1: %2\n%3%4")
        .arg(what)
        .arg(problems.size())
        .arg(shown.join(QLatin1Char('\n')))
        .arg(problems.size() > shown.size() ? QStringLiteral("\n  ...") : QString())
        .toUtf8();
}

/** %1..%99, %n and their localized forms %L1, %Ln as a sorted list (a multiset), the way QString::arg and
 *  tr() substitute them. */
QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (withN || match.captured(1) != QLatin1String("n"))
            found << match.captured(0);
    }
    found.sort();
    return found;
}

/** Whether a text has a keyboard mnemonic: '&' before a character other than '&' (and not "&&"). */
bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return true;
    }
    return false;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void languagesData();
    void completeAndCurrent_data() { languagesData(); }
    void completeAndCurrent();
    void placeholdersAndMnemonics_data() { languagesData(); }
    void placeholdersAndMnemonics();
    void embeddedCatalogMatchesTs_data() { languagesData(); }
    void embeddedCatalogMatchesTs();
    void layoutDirectionFollowsLanguage();
    void systemLanguageIsFollowed();
};

void tst_Translations::languagesData()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("fr") << QStringLiteral("fr") << 2;
    QTest::newRow("ar") << QStringLiteral("ar") << 6;
    QTest::newRow("en plurals") << QStringLiteral("en") << 2;
}

// The committed catalog, updated by lupdate from today's sources into a scratch copy (the same scan as the
// update_translations target), has no message that is new, unfinished or empty.
void tst_Translations::completeAndCurrent()
{
    QFETCH(QString, code);
    QFETCH(int, pluralForms);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("edgeatlas_%1.ts").arg(code));
    QVERIFY(QFile::copy(tsPath(code), scratch));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(EA_SOURCE_DIR));
    QStringList args = QStringLiteral(EA_LUPDATE_ARGS).split(QLatin1Char('|'));
    if (code == QLatin1String("en"))
        args << QStringLiteral("-pluralonly"); // English needs only its plural forms
    args << QStringLiteral("-ts") << scratch;
    lupdate.start(QStringLiteral(EA_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    const TsFile ts = readTs(scratch);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(code), qPrintable(ts.language)); // "fr_FR": lupdate's choice
    QStringList unfinished, wrongForms;
    int current = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.current())
            continue;
        ++current;
        if (!m.finished())
            unfinished << describe(m);
        if (m.numerus && m.translations.size() != pluralForms)
            wrongForms << describe(m);
    }
    QVERIFY2(current > (code == QLatin1String("en") ? 10 : 1000),
             "lupdate found almost no strings: is the scan broken?");
    QVERIFY2(unfinished.isEmpty(),
             report(QStringLiteral("untranslated or unfinished in edgeatlas_%1.ts (run `cmake --build build "
                                   "--target update_translations`, then translate them in Qt Linguist)")
                        .arg(code),
                    unfinished));
    QVERIFY2(wrongForms.isEmpty(),
             report(QStringLiteral("plural messages without %1 forms").arg(pluralForms), wrongForms));
}

// A translation keeps every %1..%99 of its source (a lost one shows a raw "%2"), every plural form keeps the
// others, and text with a keyboard mnemonic keeps one.
void tst_Translations::placeholdersAndMnemonics()
{
    QFETCH(QString, code);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList wrongPlaceholders, lostMnemonics;
    for (const TsMessage &m : ts.messages) {
        if (!m.current() || !m.finished())
            continue;
        const QStringList expected = placeholders(m.source, !m.numerus);
        for (const QString &t : m.translations) {
            if (placeholders(t, !m.numerus) != expected)
                wrongPlaceholders << describe(m) + QStringLiteral(" -> ") + t;
            if (hasMnemonic(m.source) && !hasMnemonic(t))
                lostMnemonics << describe(m) + QStringLiteral(" -> ") + t;
        }
        // Plural messages must say the number in the forms that need it; the general form always does.
        if (m.numerus &&
            placeholders(m.translations.last(), true).size() != placeholders(m.source, true).size())
            wrongPlaceholders << describe(m) + QStringLiteral(" (last plural form without %n)");
    }
    QVERIFY2(wrongPlaceholders.isEmpty(), report(QStringLiteral("placeholders differ"), wrongPlaceholders));
    QVERIFY2(lostMnemonics.isEmpty(), report(QStringLiteral("mnemonic (&) lost"), lostMnemonics));
}

// The catalog built into the application is the committed one: every message translates as the .ts says.
void tst_Translations::embeddedCatalogMatchesTs()
{
    QFETCH(QString, code);
    QTranslator catalog;
    QVERIFY2(catalog.load(QStringLiteral(":/i18n/edgeatlas_%1.qm").arg(code)), "catalog not embedded");
    QVERIFY2(catalog.language().startsWith(code), qPrintable(catalog.language()));
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList mismatches;
    int checked = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.current() || !m.finished())
            continue;
        const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(),
                         comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        const QString got =
            catalog.translate(context.constData(), source.constData(), disambiguation, m.numerus ? 7 : -1);
        // Plural forms for 7: Arabic's 3-10 form (the fourth) and French's plural (the second).
        const QString want =
            m.numerus ? m.translations.value(code == QLatin1String("ar") ? 3 : 1) : m.translations.first();
        if (got != want)
            mismatches << describe(m) + QStringLiteral(" -> got \"%1\"").arg(got);
        ++checked;
    }
    QVERIFY(checked > (code == QLatin1String("en") ? 10 : 1000));
    QVERIFY2(mismatches.isEmpty(),
             report(QStringLiteral("embedded catalog differs from the .ts"), mismatches));
}

void tst_Translations::layoutDirectionFollowsLanguage()
{
    QLocale locale = applyInterfaceLanguage(QStringLiteral("ar"));
    QCOMPARE(locale.language(), QLocale::Arabic);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    const QString arabicOk = QCoreApplication::translate("ea::SettingsDialog", "&Language:");
    QVERIFY2(arabicOk != QLatin1String("&Language:"), "the Arabic catalog is not installed");

    locale = applyInterfaceLanguage(QStringLiteral("fr"));
    QCOMPARE(locale.language(), QLocale::French);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    const QString french = QCoreApplication::translate("ea::SettingsDialog", "&Language:");
    QVERIFY(french != arabicOk && french != QLatin1String("&Language:"));
    // Qt's own catalog (standard buttons) comes along when Debian's qt6-translations-l10n is installed.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));

    applyInterfaceLanguage(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ea::SettingsDialog", "&Language:"), QStringLiteral("&Language:"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

// "system" follows the locale of the environment (LANG and friends), as a desktop session sets it.
void tst_Translations::systemLanguageIsFollowed()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("ar_EG.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("EA_TRANSLATIONS_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childReportsSystemLanguage")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray out = child.readAllStandardOutput();
    QVERIFY2(out.contains("LANGUAGE ar RTL"), out.constData());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("EA_TRANSLATIONS_CHILD")) {
        const QLocale locale = applyInterfaceLanguage(QStringLiteral("system"));
        printf("LANGUAGE %s %s\n", qPrintable(QLocale::languageToCode(locale.language())),
               QGuiApplication::layoutDirection() == Qt::RightToLeft ? "RTL" : "LTR");
        return 0;
    }
    tst_Translations tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_translations.moc"
