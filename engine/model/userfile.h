// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace ea {

/**
 * Reads a whole file a person named (a scenario, a placement, a CSV, an import): only a regular file
 * (symbolic links followed) of at most maxBytes. A device (/dev/zero, /dev/random), a pipe, a socket or a
 * folder is refused without reading a byte, and reading stops at maxBytes + 1 bytes, so no file can make
 * a loader run out of memory. Qt resource paths (":/…") are read as they are. On failure returns false
 * and *error says why, naming the file ("cannot read /dev/zero: not a regular file (a character device)").
 */
bool readUserFile(const QString &fileName, qint64 maxBytes, QByteArray *data, QString *error);

/**
 * Writes data to fileName atomically: into a temporary file beside it, every byte checked (a short write
 * is retried, so a full disk gives its own reason, "No space left on device", never "Unknown error"),
 * flushed, then renamed over the old file. On failure the old file is unchanged, no temporary file is
 * left, *error says "cannot write <file>: <reason>" and *reason (if given) the reason alone. Every writer of
 * user files goes through here (scenarios, recovery files, placements, imports, exports, reports, map
 * images).
 */
bool writeUserFile(const QString &fileName, const QByteArray &data, QString *error,
                   QString *reason = nullptr);

/**
 * Renders into memory for writeUserFile(): for writers that need a QIODevice (QPdfWriter, QImage::save,
 * QSvgGenerator) and do not check what each write returns.
 */
class UserFileBuffer
{
public:
    UserFileBuffer();
    ~UserFileBuffer();
    UserFileBuffer(const UserFileBuffer &) = delete;
    UserFileBuffer &operator=(const UserFileBuffer &) = delete;

    QIODevice *device();
    /** Closes the buffer and writes what it got with writeUserFile(). */
    bool commit(const QString &fileName, QString *error, QString *reason = nullptr);

private:
    QByteArray m_data;
    QIODevice *m_device;
};

} // namespace ea
