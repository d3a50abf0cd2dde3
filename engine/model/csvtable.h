// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace ea {

/** A CSV file (RFC 4180 quoting, first row = header) kept as text, with each row's line number. */
struct CsvTable
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> lines; // 1-based line of each row in the file

    /** Files larger than this are refused before they are read. */
    static constexpr qint64 MaxBytes = 256ll * 1024 * 1024;

    int column(const QString &name) const { return static_cast<int>(header.indexOf(name)); }
    /**
     * Parses; on the first malformed line returns false with "<line>: <reason>" in *error (line 0: I/O).
     * A header that names a column twice is malformed: which of the two a reader takes would be a guess.
     */
    static bool parse(const QByteArray &data, CsvTable &out, QString *error);
    /** readUserFile() (regular files of at most MaxBytes), then parse(). */
    static bool read(const QString &fileName, CsvTable &out, QString *error);
    static QString quote(const QString &field);

    Q_DECLARE_TR_FUNCTIONS(ea::CsvTable) // the reasons are shown in the GUI; last: it ends in private:
};

} // namespace ea
