// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapfixture.h"

#include "widgets/map/mapexport.h"
#include "widgets/map/maprenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ea;
using namespace mapfixture;

class tst_MapExport : public QObject
{
    Q_OBJECT

private slots:
    void writesFile_data();
    void writesFile();
    void svgIsVectorXml();
    void pngHasTheRequestedSize();
    void unwritablePathFails();
    void unknownSuffixFails();
    void failureLeavesExistingFileAlone();

private:
    QTemporaryDir m_dir;
};

void tst_MapExport::writesFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<qint64>("minBytes");
    QTest::newRow("png") << QStringLiteral("map.png") << QByteArray("\x89PNG") << qint64(20000);
    QTest::newRow("svg") << QStringLiteral("map.svg") << QByteArray("<?xml") << qint64(20000);
    QTest::newRow("pdf") << QStringLiteral("map.PDF") << QByteArray("%PDF") << qint64(10000);
}

void tst_MapExport::writesFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QFETCH(qint64, minBytes);
    MapContext ctx = context();
    ctx.selectedWorkload = 0;
    MapRenderer renderer;
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(exportMap(renderer, europe(), ctx, path, QSize(1000, 640), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    QCOMPARE_GT(bytes.size(), minBytes);
}

void tst_MapExport::svgIsVectorXml()
{
    MapRenderer renderer;
    const QString path = m_dir.filePath(QStringLiteral("vector.svg"));
    QVERIFY(exportMap(renderer, MapViewport(geo::ProjectionKind::EqualEarth, QSize(900, 450)), context(),
                      path, QSize(900, 450)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int paths = 0, texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            paths += xml.name() == QLatin1String("path");
            texts += xml.name() == QLatin1String("text");
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE_GT(paths, 50); // land, borders, symbols: vectors, not one embedded picture
    QCOMPARE_GT(texts, 0);  // the legend stays text
}

void tst_MapExport::pngHasTheRequestedSize()
{
    MapRenderer renderer;
    const QString path = m_dir.filePath(QStringLiteral("sized.png"));
    QVERIFY(exportMap(renderer, europe(), context(), path, QSize(640, 360)));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(640, 360));
}

void tst_MapExport::unwritablePathFails()
{
    MapRenderer renderer;
    for (const QString &name :
         {QStringLiteral("/nonexistent-directory/map.png"), QStringLiteral("/proc/map.pdf")}) {
        QString error;
        QVERIFY(!exportMap(renderer, europe(), context(), name, QSize(400, 300), &error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY(!QFileInfo::exists(name));
    }
}

void tst_MapExport::unknownSuffixFails()
{
    MapRenderer renderer;
    QString error;
    QVERIFY(!exportMap(renderer, europe(), context(), m_dir.filePath(QStringLiteral("map.bmp")),
                       QSize(400, 300), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!exportMap(renderer, europe(), context(), m_dir.filePath(QStringLiteral("map.png")),
                       QSize(0, 300), &error));
}

void tst_MapExport::failureLeavesExistingFileAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous");
    }
    MapRenderer renderer;
    QString error;
    QVERIFY(!exportMap(renderer, europe(), context(), path, QSize(-5, 10), &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous"));
}

QTEST_MAIN(tst_MapExport)
#include "tst_mapexport.moc"
