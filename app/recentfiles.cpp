// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace ea {

namespace {
const QString kSettingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    load();
    rebuildMenu();
}

void RecentFiles::load()
{
    m_files.clear();
    for (const QString &f : QSettings().value(kSettingsKey).toStringList())
        if (!f.isEmpty() && !m_files.contains(f) && m_files.size() < MaxFiles)
            m_files << f;
}

void RecentFiles::store() const
{
    QSettings().setValue(kSettingsKey, m_files);
}

void RecentFiles::add(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    m_files.removeAll(path);
    m_files.prepend(path);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    store();
    rebuildMenu();
}

void RecentFiles::remove(const QString &fileName)
{
    if (m_files.removeAll(QFileInfo(fileName).absoluteFilePath()) == 0)
        return;
    store();
    rebuildMenu();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString &path = m_files[i];
        // Mnemonics 1..8; a literal & in a file name must not become one.
        const QString label = tr("&%1 %2").arg(i + 1).arg(
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&")));
        QAction *action = m_menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (!m_files.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear Menu"), this, &RecentFiles::clear);
    clearAction->setEnabled(!m_files.isEmpty());
    m_menu->setEnabled(!m_files.isEmpty());
    m_menu->setToolTipsVisible(true);
}

void RecentFiles::open(const QString &fileName)
{
    if (!QFileInfo::exists(fileName)) {
        remove(fileName);
        QMessageBox::information(m_menu->window(), tr("File Not Found"),
                                 tr("%1 no longer exists. It was removed from the list of recent files.")
                                     .arg(QDir::toNativeSeparators(fileName)));
        return;
    }
    emit openRequested(fileName);
}

} // namespace ea
