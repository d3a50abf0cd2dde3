// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a fresh Debian machine would have: the installed packages' dependency graph and file owners,
// read from dpkg's own database (/var/lib/dpkg/status and info/*.list), for the tests that prove
// packaging/install-deps.sh and the .deb's Depends line are complete.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ea::test {

/** One installed package as dpkg's status file describes it. */
struct DebPackage
{
    QString name;
    /** Depends and Pre-Depends: each group is a list of alternatives ("a | b"), names only. */
    QList<QStringList> depends;
    bool essential = false;
    bool required = false; // Priority: required (debootstrap's minimal base installs these)
};

/** The installed packages and who owns which file. Read once; const afterwards. */
class DebDatabase
{
public:
    /** Reads dbDir (normally /var/lib/dpkg); false with *error set when it cannot. */
    bool load(const QString &dbDir, QString *error);

    bool isInstalled(const QString &name) const { return m_packages.contains(name); }
    /** The package that installed path (tried as given, through its links, and across the /usr merge);
     *  empty when no package owns it. */
    QString owner(const QString &path) const;

    /**
     * The packages a fresh machine ends up with when apt installs roots without Recommends: the roots,
     * the base system (Essential: yes and Priority: required) and everything they reach through
     * Depends and Pre-Depends. Of each "a | b" group apt takes the first alternative; a virtual name
     * counts through the installed packages that provide it.
     */
    QSet<QString> closure(const QStringList &roots) const;

    /** Parses a Depends-style line ("a (>= 1), b | c:any") into groups of bare package names. */
    static QList<QStringList> parseDependsLine(const QString &line);

private:
    QHash<QString, DebPackage> m_packages;
    QHash<QString, QStringList> m_providers; // virtual name -> installed packages providing it
    QHash<QString, QString> m_owners;        // path -> package
};

/** A file the build, the tests or the app used that no package of the closure provides. */
struct UncoveredFile
{
    QString path;
    QString package; // empty: no Debian package owns it
};

/**
 * Checks files against the closure of roots: returns, per package, the files whose owner is not in
 * the closure (at most `examplesPerPackage` each), and the files no package owns. Paths under any of
 * `ignoredPrefixes` (the source and build trees) are skipped.
 */
QList<UncoveredFile> uncoveredFiles(const DebDatabase &db, const QStringList &roots,
                                    const QSet<QString> &files, const QStringList &ignoredPrefixes);

} // namespace ea::test
