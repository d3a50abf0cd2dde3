// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sub-commands' names, one-line summaries and usage: what `edgeatlas --help`, `edgeatlas help
// COMMAND`, `COMMAND --help`, the typo suggestions and the bash completion are made from.

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>

namespace ea::cli {

struct CommandHelp
{
    QString name;
    QString summary;
    /** Usage lines, then what the options mean. */
    QString usage;
};

/** The probe and simulate commands' own usage texts (probecommand.cpp, simulatecommand.cpp). */
extern const char *kProbeUsage;
extern const char *kSimulateUsage;
extern const char *kFleetUsage;

/** Every sub-command, in the order --help lists them. */
const QList<CommandHelp> &commands();
const CommandHelp *findCommand(const QString &name);

/** The closest sub-command to a mistyped word (edit distance, transpositions count once), or empty
 *  when none is close enough to be what was meant. */
QString suggestCommand(const QString &word);

/** `edgeatlas --help`: the synopsis of every command. */
QString generalUsage();

/** `edgeatlas help [COMMAND]` and `COMMAND --help`; returns the exit code. */
int printHelp(const QString &command, FILE *out, FILE *err);

/**
 * The arguments of a GUI start (no sub-command): an argument that is neither a scenario file nor an
 * option the GUI or Qt takes is an error ("did you mean …?"), and so is starting the GUI where no
 * display can be reached. Returns -1 when the GUI may start, else the exit code after one line on err.
 */
int checkGuiStart(const QStringList &args, FILE *err);

/**
 * Held while QApplication starts: when the platform plugin cannot reach its display, Qt would print
 * several lines and abort; instead one line goes to stderr and the process exits 1. Other messages
 * of the start are passed on when the guard is released.
 */
class FatalDisplayGuard
{
public:
    FatalDisplayGuard();
    ~FatalDisplayGuard() { release(); }
    void release();

private:
    bool m_active = true;
};

/** A bash completion script for edgeatlas (installed by the package, printed by `--bash-completion`). */
QString bashCompletion();

} // namespace ea::cli
