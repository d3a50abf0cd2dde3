// SPDX-License-Identifier: GPL-3.0-or-later
// ea_debdeps: the package check's judge of a Depends line. Reads file paths (one a line) on standard
// input and says which of them a machine that installed only the given Depends (and what they depend
// on, and the base system) would lack. Exit 0 when none, 1 when some (each named with its package),
// 2 on bad usage.
//
//   ea_debdeps --depends "libqt6core6 (>= 6.4), libc6" < files

#include "tests/packaging/debpackages.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace ea::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const qsizetype at = args.indexOf(QStringLiteral("--depends"));
    if (at < 0 || at + 1 >= args.size()) {
        err << "usage: ea_debdeps --depends \"<Depends line>\" < files\n";
        return 2;
    }
    QStringList roots;
    for (const QStringList &group : DebDatabase::parseDependsLine(args.at(at + 1)))
        roots << group.front(); // what apt installs for "a | b"
    DebDatabase db;
    QString error;
    if (!db.load(QStringLiteral("/var/lib/dpkg"), &error)) {
        err << "ea_debdeps: " << error << "\n";
        return 2;
    }
    QSet<QString> files;
    QTextStream in(stdin);
    for (QString line; in.readLineInto(&line);)
        if (!line.trimmed().isEmpty())
            files.insert(line.trimmed());
    const QList<UncoveredFile> uncovered = uncoveredFiles(db, roots, files, {});
    QSet<QString> owners;
    for (const QString &f : std::as_const(files))
        owners.insert(db.owner(f));
    out << files.size() << " files from " << owners.size()
        << " packages checked against Depends: " << roots.join(QStringLiteral(", ")) << "\n";
    for (const UncoveredFile &f : uncovered)
        out << "  not covered by Depends: " << f.path << " (package "
            << (f.package.isEmpty() ? QStringLiteral("none") : f.package) << ")\n";
    return uncovered.isEmpty() ? 0 : 1;
}
