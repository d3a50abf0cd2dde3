// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/packaging/debpackages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace ea::test {

namespace {

/** "libc6:amd64" -> "libc6"; "foo (>= 1)" -> "foo". */
QString bareName(QString s)
{
    s = s.trimmed();
    const qsizetype paren = s.indexOf(QLatin1Char('('));
    if (paren >= 0)
        s.truncate(paren);
    const qsizetype bracket = s.indexOf(QLatin1Char('[')); // architecture restrictions
    if (bracket >= 0)
        s.truncate(bracket);
    s = s.trimmed();
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        s.truncate(colon);
    return s;
}

/** The stanzas of a dpkg control-style file, continuation lines folded into their field. */
QList<QMap<QString, QString>> readStanzas(const QByteArray &text)
{
    QList<QMap<QString, QString>> stanzas;
    QMap<QString, QString> current;
    QString lastField;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                stanzas << current;
            current.clear();
            lastField.clear();
            continue;
        }
        if (line.front().isSpace()) {
            if (!lastField.isEmpty())
                current[lastField] += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        lastField = line.left(colon);
        current[lastField] = line.mid(colon + 1).trimmed();
    }
    if (!current.isEmpty())
        stanzas << current;
    return stanzas;
}

/** The same path on the other side of Debian's /usr merge (/lib/x <-> /usr/lib/x), or empty. */
QString acrossUsrMerge(const QString &path)
{
    static const QStringList merged{QStringLiteral("bin"),   QStringLiteral("sbin"),
                                    QStringLiteral("lib"),   QStringLiteral("lib32"),
                                    QStringLiteral("lib64"), QStringLiteral("libx32")};
    for (const QString &d : merged) {
        const QString plain = QLatin1Char('/') + d + QLatin1Char('/');
        if (path.startsWith(QStringLiteral("/usr") + plain))
            return path.mid(4);
        if (path.startsWith(plain))
            return QStringLiteral("/usr") + path;
    }
    return {};
}

} // namespace

QList<QStringList> DebDatabase::parseDependsLine(const QString &line)
{
    QList<QStringList> groups;
    for (const QString &group : line.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (const QString &alt : group.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const QString name = bareName(alt);
            if (!name.isEmpty())
                alternatives << name;
        }
        if (!alternatives.isEmpty())
            groups << alternatives;
    }
    return groups;
}

bool DebDatabase::load(const QString &dbDir, QString *error)
{
    QFile status(dbDir + QStringLiteral("/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(status.fileName(), status.errorString());
        return false;
    }
    for (const auto &st : readStanzas(status.readAll())) {
        if (!st.value(QStringLiteral("Status")).endsWith(QLatin1String(" installed")))
            continue;
        DebPackage p;
        p.name = st.value(QStringLiteral("Package"));
        p.essential = st.value(QStringLiteral("Essential")) == QLatin1String("yes");
        p.required = st.value(QStringLiteral("Priority")) == QLatin1String("required");
        p.depends = parseDependsLine(st.value(QStringLiteral("Pre-Depends")));
        p.depends += parseDependsLine(st.value(QStringLiteral("Depends")));
        for (const QStringList &provided : parseDependsLine(st.value(QStringLiteral("Provides"))))
            m_providers[provided.front()] << p.name;
        m_packages.insert(p.name, p);
    }
    if (m_packages.isEmpty()) {
        *error = QStringLiteral("%1: no installed package found").arg(status.fileName());
        return false;
    }
    const QDir info(dbDir + QStringLiteral("/info"));
    for (const QString &listName : info.entryList({QStringLiteral("*.list")}, QDir::Files)) {
        const QString package = bareName(listName.chopped(5));
        if (!m_packages.contains(package))
            continue;
        QFile list(info.filePath(listName));
        if (!list.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(list.fileName(), list.errorString());
            return false;
        }
        for (const QByteArray &line : list.readAll().split('\n'))
            if (!line.isEmpty())
                m_owners.insert(QString::fromUtf8(line), package);
    }
    return true;
}

QString DebDatabase::owner(const QString &path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const QString &candidate : {canonical, acrossUsrMerge(canonical), path, acrossUsrMerge(path)}) {
        if (candidate.isEmpty())
            continue;
        const auto it = m_owners.constFind(candidate);
        if (it != m_owners.constEnd())
            return *it;
    }
    return {};
}

QSet<QString> DebDatabase::closure(const QStringList &roots) const
{
    QStringList queue = roots;
    for (const DebPackage &p : m_packages)
        if (p.essential || p.required)
            queue << p.name;
    QSet<QString> reached;
    while (!queue.isEmpty()) {
        const QString name = queue.takeLast();
        if (reached.contains(name))
            continue;
        reached.insert(name);
        if (!m_packages.contains(name)) {
            // A virtual package: whatever installed package provides it stands in for it.
            for (const QString &provider : m_providers.value(name))
                queue << provider;
            continue;
        }
        for (const QStringList &group : m_packages.value(name).depends)
            queue << group.front();
    }
    return reached;
}

QList<UncoveredFile> uncoveredFiles(const DebDatabase &db, const QStringList &roots,
                                    const QSet<QString> &files, const QStringList &ignoredPrefixes)
{
    const QSet<QString> reached = db.closure(roots);
    QList<UncoveredFile> out;
    QStringList sorted(files.cbegin(), files.cend());
    sorted.sort();
    for (const QString &path : sorted) {
        bool ignored = false;
        for (const QString &prefix : ignoredPrefixes)
            ignored = ignored || path.startsWith(prefix);
        if (ignored)
            continue;
        const QString package = db.owner(path);
        if (package.isEmpty() || !reached.contains(package))
            out << UncoveredFile{path, package};
    }
    return out;
}

} // namespace ea::test
