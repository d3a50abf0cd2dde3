// SPDX-License-Identifier: GPL-3.0-or-later
// CSV tables (the pairs and measurement files of `edgeatlas rtt`): any bytes give either a table whose
// rows all have the header's width and whose column names are unique, or a "<line>: <reason>".
#include "engine/model/csvtable.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    CsvTable t;
    QString error;
    const bool ok = CsvTable::parse(fuzz::bytes(data, size), t, &error);
    fuzz::require(ok == error.isEmpty(), "an error exactly on failure");
    if (ok) {
        fuzz::require(!t.header.isEmpty(), "a header");
        fuzz::require(QSet<QString>(t.header.begin(), t.header.end()).size() == t.header.size(),
                      "unique column names");
        fuzz::require(t.rows.size() == t.lines.size(), "a line per row");
        for (const QStringList &row : t.rows)
            fuzz::require(row.size() == t.header.size(), "every row as wide as the header");
    }
    return 0;
}
