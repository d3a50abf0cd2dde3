// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Building blocks of the report document (reportdocument.cpp, reportsections.cpp); not for the renderers.

#include "app/report/reportdocument.h"
#include "engine/model/units.h"

#include <QLocale>

namespace ea::reportblocks {

using Col = ReportTable::Column;

/** A number for people, in the interface's locale. */
inline QString number(double v)
{
    return QLocale().toString(v);
}

inline QString pct(double share)
{
    return units::percent(100 * share, 1);
}

inline ReportBlock heading(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Heading;
    b.text = text;
    return b;
}

inline ReportBlock paragraph(const QString &text, ReportBlock::Size size = ReportBlock::Body,
                             ReportTone tone = ReportTone::Normal)
{
    ReportBlock b;
    b.kind = ReportBlock::Paragraph;
    b.text = text;
    b.size = size;
    b.tone = tone;
    return b;
}

inline ReportBlock table(std::vector<Col> columns, std::vector<QStringList> rows, double rowHeight = 22,
                         double pt = 9)
{
    ReportBlock b;
    b.kind = ReportBlock::Table;
    b.table.columns = std::move(columns);
    b.table.rows = std::move(rows);
    b.table.rowHeight = rowHeight;
    b.table.pt = pt;
    return b;
}

inline ReportBlock picture(ReportBlock::Kind kind, const QString &caption, const QString &alt = {})
{
    ReportBlock b;
    b.kind = kind;
    b.text = caption;
    b.alt = alt;
    return b;
}

inline ReportSection section(ReportSection::Id id, const char *anchor, const QString &heading)
{
    ReportSection s;
    s.id = id;
    s.anchor = QString::fromLatin1(anchor);
    s.heading = heading;
    return s;
}

inline ReportTone attained(bool met)
{
    return met ? ReportTone::Good : ReportTone::Bad;
}

/** The plan under the scenario's active what-if conditions, before → after (reportwhatif.cpp). */
ReportSection whatIfSection(const ReportData &d);

/** The appendix: where the time goes, the busiest sites, the assumptions, the data sources. */
ReportSection decompositionSection(const ReportData &d);
ReportSection sitesSection(const ReportData &d);
ReportSection assumptionsSection(const ReportData &d);
ReportSection sourcesSection(const ReportData &d);
/** The plan hour by hour (reportday.cpp). */
ReportSection daySection(const ReportData &d);

} // namespace ea::reportblocks
