// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace ea {

/**
 * The most recently opened files, kept in QSettings and shown in a menu (newest first). Picking a file
 * that no longer exists removes it and says so.
 */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 8;

    /** Fills menu (owned by the caller) and keeps it up to date. */
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &fileName);
    void remove(const QString &fileName);
    void clear();

signals:
    void openRequested(const QString &fileName);

private:
    void load();
    void store() const;
    void rebuildMenu();
    void open(const QString &fileName);

    QMenu *m_menu;
    QStringList m_files;
};

} // namespace ea
