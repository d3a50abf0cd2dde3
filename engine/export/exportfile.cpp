// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/export/exportfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
    QSaveFile f(fileName);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = ExportFile::tr("cannot write %1: %2").arg(fileName, reason);
        return false;
    };
    if (!f.open(QIODevice::WriteOnly))
        return fail(f.errorString());
    if (f.write(data) != data.size()) {
        const QString reason = f.errorString();
        f.cancelWriting();
        return fail(reason);
    }
    if (!f.commit())
        return fail(f.errorString());
    return true;
}

bool readInputFile(const QString &fileName, QByteArray *data, QString *error)
{
    const QFileInfo info(fileName);
    if (!info.exists()) {
        *error = ExportFile::tr("cannot open %1: no such file").arg(fileName);
        return false;
    }
    if (info.size() > MaxImportFileBytes) {
        *error = ExportFile::tr("file is %1 MiB, larger than the %2 MiB limit")
                     .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(MaxImportFileBytes / (1024 * 1024));
        return false;
    }
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ExportFile::tr("cannot open %1: %2").arg(fileName, f.errorString());
        return false;
    }
    *data = f.readAll();
    return true;
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
