// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/reportwriter.h"

#include "app/report/reportlayout.h"
#include "engine/model/userfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace ea {

namespace {
/** The translation context of the writer's error messages. */
struct ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ea::ReportWriter)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool writePdf(const ReportData &d, QIODevice *device, QString *error)
{
    QPdfWriter pdf(device);
    pdf.setCreator(QStringLiteral("EdgeAtlas %1").arg(QLatin1String(EA_VERSION)));
    pdf.setTitle(d.title);
    pdf.setResolution(int(reportlayout::Dpi));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(error, ReportWriter::tr("could not start the PDF document"));
    ReportPainter report(d);
    for (int i = 0; i < int(report.pages().size()); ++i) {
        if (i > 0)
            pdf.newPage();
        report.paint(painter, i);
    }
    painter.end();
    return true;
}
} // namespace

std::optional<ReportFormat> reportFormatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

bool writeReport(const ReportData &d, const QString &fileName, ReportFormat format, QString *error)
{
    // Rendered into memory, then written by writeUserFile(): every byte checked, so a full disk fails the
    // report (with its reason) and leaves the previous file as it was.
    UserFileBuffer file;
    QString problem;
    bool ok = true;
    switch (format) {
    case ReportFormat::Pdf:
        ok = writePdf(d, file.device(), &problem);
        break;
    case ReportFormat::Html:
        ok = file.device()->write(reportHtml(d)) >= 0;
        break;
    case ReportFormat::Csv:
        ok = file.device()->write(reportCsv(d)) >= 0;
        break;
    case ReportFormat::Json:
        ok = file.device()->write(reportJson(d)) >= 0;
        break;
    }
    if (!ok)
        //: A file name, then why it could not be written
        return fail(error, ReportWriter::tr("%1: %2").arg(fileName, problem));
    QString reason;
    if (!file.commit(fileName, nullptr, &reason))
        //: A file name, then why it could not be written
        return fail(error, ReportWriter::tr("%1: %2").arg(fileName, reason));
    return true;
}

} // namespace ea
