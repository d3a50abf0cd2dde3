// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/language.h"

#include "app/document.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTranslator>
#include <QWidget>

namespace ea {

namespace {

QPointer<QTranslator> g_qtCatalog, g_appCatalog;

struct LanguageRestart
{
    Q_DECLARE_TR_FUNCTIONS(ea::LanguageRestart)
};

void removeCatalog(QPointer<QTranslator> &catalog)
{
    if (!catalog)
        return;
    QCoreApplication::removeTranslator(catalog);
    delete catalog;
}

void installCatalog(const QString &code)
{
    auto *catalog = new QTranslator(QCoreApplication::instance());
    if (catalog->load(QStringLiteral(":/i18n/edgeatlas_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(catalog);
        g_appCatalog = catalog;
    } else {
        delete catalog;
    }
}

} // namespace

void installEnglishPlurals()
{
    removeCatalog(g_appCatalog);
    installCatalog(QStringLiteral("en"));
}

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")};
}

QLocale applyInterfaceLanguage(const QString &language)
{
    const QLocale locale =
        language == QLatin1String("system") || language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    removeCatalog(g_qtCatalog);
    removeCatalog(g_appCatalog);
    // English is the source language: its catalog holds only the plural forms ("%n workload(s)").
    QString code = QLocale::languageToCode(locale.language());
    if (!interfaceLanguages().contains(code))
        code = QStringLiteral("en");
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            g_qtCatalog = qt;
        } else {
            delete qt; // Debian's qt6-translations-l10n is missing: standard buttons stay in English
        }
    }
    installCatalog(code);
    // Right to left only for a translated language: English text in a mirrored window reads wrongly.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(code != QLatin1String("en") ? locale.textDirection()
                                                                        : Qt::LeftToRight);
    return locale;
}

bool offerRestartInLanguage(QWidget *window, const Document *document)
{
    QMessageBox box(QMessageBox::Question, LanguageRestart::tr("Interface Language"),
                    LanguageRestart::tr("The new interface language applies when EdgeAtlas starts again."),
                    QMessageBox::NoButton, window);
    box.setInformativeText(LanguageRestart::tr("Restart now? Unsaved changes are offered for saving first."));
    QPushButton *restart = box.addButton(LanguageRestart::tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(LanguageRestart::tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() != restart || !window->close())
        return false;
    QStringList arguments;
    if (!document->fileName().isEmpty())
        arguments << document->fileName(); // read after close(): a Save As there names the file
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

} // namespace ea
