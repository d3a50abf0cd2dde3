// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QWidget;

namespace ea {

class Document;

/** The languages the interface is translated into, as the codes the Language setting stores. */
QStringList interfaceLanguages(); // "en", "fr", "ar"

/**
 * Sets the interface language: `language` is "system" (follow the system's locale) or a code of
 * interfaceLanguages(). Installs Qt's own catalog (qtbase, for the standard dialogs and buttons) and
 * EdgeAtlas's embedded one (:/i18n/edgeatlas_<code>.qm), replacing those a previous call installed; makes the
 * locale the default one (number formats) and sets the layout direction — right to left for Arabic. A system
 * language without a catalog falls back to English text with the system's number formats. Returns the locale
 * applied. Call it before the first window is created: open windows are not re-translated.
 */
QLocale applyInterfaceLanguage(const QString &language);

/** Only the English plural forms ("1 workload", "3 workloads"): the command line, which stays in English. */
void installEnglishPlurals();

/**
 * After the language setting changed: says that the new language applies from the next start and offers
 * to restart now. Restarting closes the window (which asks to save unsaved changes, and may be cancelled)
 * and starts EdgeAtlas again on the document's file. True when a new instance was started.
 */
bool offerRestartInLanguage(QWidget *window, const Document *document);

} // namespace ea
