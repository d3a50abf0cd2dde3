// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Collectors of the system files a build, its tests and the app actually use: every absolute path the
// generated Ninja files and the CMake cache name (package configuration files, programs, libraries),
// the headers in Ninja's dependency log, the libraries programs load (ldd, and the loader's own trace
// of what a run dlopens), and the programs the test sources and scripts start.

#include <QSet>
#include <QString>
#include <QStringList>

namespace ea::test {

/** Absolute paths of existing files named in build.ninja, CMakeFiles/rules.ninja and CMakeCache.txt. */
QSet<QString> filesNamedByBuild(const QString &buildDir);

/** Every absolute header path in `ninja -t deps` of buildDir; *error set when ninja cannot be run. */
QSet<QString> headersFromNinjaDeps(const QString &buildDir, QString *error);

/** The ELF files (executables and shared objects) under dir, recursively. */
QStringList elfFilesUnder(const QString &dir);

/** The shared libraries ldd resolves for each of files (their whole closure). */
QSet<QString> librariesLoadedBy(const QStringList &files, QString *error);

/**
 * Runs program with args (environment env added) under the dynamic loader's trace (LD_DEBUG=libs) and
 * returns every shared object it initialised, plugins it dlopened included. A run that must end
 * (timeoutMs < 0) is waited for and must exit 0; otherwise it is closed after timeoutMs (a window).
 */
QSet<QString> librariesTracedInRun(const QString &program, const QStringList &args, const QStringList &env,
                                   int timeoutMs, QString *error);

/**
 * The programs the tests start, as resolved on PATH: names passed to findExecutable or QProcess in the
 * C++ test sources, absolute /usr/bin paths there, the first word of every command in the shell
 * scripts the tests run, and the programs of add_test() commands.
 */
QSet<QString> programsRunByTests(const QStringList &cppFiles, const QStringList &scripts,
                                 const QStringList &cmakeFiles);

/** The files of the Python modules the test sources import in `python3 -c` snippets. */
QSet<QString> pythonModulesImportedBy(const QStringList &cppFiles);

} // namespace ea::test
