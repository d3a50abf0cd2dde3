// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/export/exportfile.h"

#include "engine/model/userfile.h"

#include <QCoreApplication>

namespace ea {

namespace {
// File errors are shown in the GUI's import and export dialogs; the CLI prints them in English.
struct ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ea::ExportFile)
};
} // namespace

bool writeFileAtomically(const QString &fileName, const QByteArray &data, QString *error)
{
    return writeUserFile(fileName, data, error);
}

bool readInputFile(const QString &fileName, QByteArray *data, QString *error)
{
    return readUserFile(fileName, MaxImportFileBytes, data, error);
}

QString jsonLineColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1, col = 1;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return ExportFile::tr("line %1, column %2").arg(line).arg(col);
}

} // namespace ea
