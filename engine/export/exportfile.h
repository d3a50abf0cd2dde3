// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ea {

/** Files the import commands read are refused above this size. */
inline constexpr qint64 MaxImportFileBytes = 256ll * 1024 * 1024;

/** writeUserFile(): atomic, every byte checked; on failure the file on disk is unchanged. */
bool writeFileAtomically(const QString &fileName, const QByteArray &data, QString *error);

/** readUserFile() with the import limit: regular files only, at most MaxImportFileBytes. */
bool readInputFile(const QString &fileName, QByteArray *data, QString *error);

/** "line L, column C" of a byte offset, for JSON parse errors. */
QString jsonLineColumn(const QByteArray &json, qsizetype offset);

} // namespace ea
