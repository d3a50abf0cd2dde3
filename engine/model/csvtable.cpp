// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/csvtable.h"

#include "engine/model/userfile.h"

namespace ea {

bool CsvTable::parse(const QByteArray &data, CsvTable &out, QString *error)
{
    const QString text = QString::fromUtf8(data);
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, rowLine = 1;
    const auto endRow = [&]() -> bool {
        row << field;
        field.clear();
        fieldStarted = false;
        const bool blank = row.size() == 1 && row.front().isEmpty();
        if (!blank) {
            if (out.header.isEmpty()) {
                for (qsizetype i = 0; i < row.size(); ++i) {
                    const qsizetype first = row.indexOf(row[i]);
                    if (first < i) {
                        if (error)
                            *error = QStringLiteral("%1: ").arg(rowLine) +
                                     tr("column \"%1\" appears twice (columns %2 and %3)")
                                         .arg(row[i])
                                         .arg(first + 1)
                                         .arg(i + 1);
                        return false;
                    }
                }
                out.header = row;
            } else {
                if (row.size() != out.header.size()) {
                    if (error)
                        *error = QStringLiteral("%1: ").arg(rowLine) +
                                 tr("expected %1 fields, found %2").arg(out.header.size()).arg(row.size());
                    return false;
                }
                out.rows.push_back(row);
                out.lines.push_back(rowLine);
            }
        }
        row.clear();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            if (!endRow())
                return false;
            ++line;
            rowLine = line;
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QStringLiteral("%1: ").arg(rowLine) + tr("unterminated quoted field");
        return false;
    }
    if (!field.isEmpty() || !row.isEmpty())
        if (!endRow())
            return false;
    if (out.header.isEmpty()) {
        if (error)
            *error = QStringLiteral("1: ") + tr("missing header row");
        return false;
    }
    return true;
}

bool CsvTable::read(const QString &fileName, CsvTable &out, QString *error)
{
    QByteArray bytes;
    QString why;
    if (!readUserFile(fileName, MaxBytes, &bytes, &why)) {
        if (error)
            *error = QStringLiteral("0: ") + why;
        return false;
    }
    return parse(bytes, out, error);
}

QString CsvTable::quote(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return s;
}

} // namespace ea
