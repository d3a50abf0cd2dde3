// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/reportdata.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace ea {

enum class ReportFormat { Pdf, Html, Csv, Json };

/** The format a file name asks for by its suffix (.pdf, .html/.htm/.xhtml, .csv, .json). */
std::optional<ReportFormat> reportFormatForFile(const QString &fileName);

/** The JSON schema version of reportJson(). */
inline constexpr char ReportJsonSchema[] = "edgeatlas-report/1";

/** Every number of the report as JSON: the plan as `edgeatlas plan --format json` has it, and more. */
QByteArray reportJson(const ReportData &d);
/**
 * Every number as one CSV table: a `kind` column says what a row is: `workload` (one per workload, in
 * scenario order), `tier`, `site` (the busiest sites), `total` (the plan) and `baseline_total`.
 */
QByteArray reportCsv(const ReportData &d);
/** One self-contained XHTML file: inline CSS, images as data: URIs. Needs a QApplication (charts). */
QByteArray reportHtml(const ReportData &d);

/**
 * Writes the report to fileName in the given format, atomically: on failure the file is left as it was
 * and *error says why (one line). PDF and HTML need a QApplication (they paint the map and the charts).
 */
bool writeReport(const ReportData &d, const QString &fileName, ReportFormat format, QString *error);

} // namespace ea
