// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/basemap.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <array>
#include <cstring>
#include <mutex>

/*
 * Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (public domain).
 *
 * The blobs are written by resources/tools/make-basemap.mjs from the npm package world-atlas 2.0.2
 * (Natural Earth 1:110m and 1:50m land and admin-0 countries as TopoJSON). Format, all little-endian:
 *
 *   offset  size  field
 *   0       4     magic "EABM"
 *   4       4     u32 version (1)
 *   8       4     u32 scale denominator in millions: 110 or 50
 *   12      4     u32 R, land rings
 *   16      4     u32 B, border lines
 *   20      4     u32 P, points in all rings and lines together
 *   24      4     u32 C, bytes of the credit text
 *   28      C     credit, UTF-8, zero-padded to a multiple of 4 bytes
 *   …       4·R   u32 points per land ring (>= 3; closed, first point not repeated)
 *   …       4·B   u32 points per border line (>= 2)
 *   …       8·P   i32 lon, i32 lat per point in 1e-5 degrees; the rings first, then the lines
 *
 * The script has already split everything at the antimeridian (no step spans more than 180° of
 * longitude) and closed Antarctica along the south pole, so the loader only converts.
 */

namespace ea::geo {
namespace {

constexpr char kMagic[4] = {'E', 'A', 'B', 'M'};
constexpr quint32 kVersion = 1;
constexpr quint32 kHeaderBytes = 28;
// Divided, not multiplied by 1e-5: the quotient is correctly rounded, so ±180 and ±90 come out exact.
constexpr double kUnitsPerDegree = 1e5;
constexpr qint32 kMaxLonUnits = 18'000'000, kMaxLatUnits = 9'000'000;

struct BasemapReader
{
    Q_DECLARE_TR_FUNCTIONS(ea::geo::BasemapReader)
};

quint32 u32At(const char *data, quint64 offset)
{
    return qFromLittleEndian<quint32>(data + offset);
}

BasemapPtr fail(QString *error, const QString &message)
{
    if (error)
        *error = BasemapReader::tr("basemap: %1").arg(message);
    return nullptr;
}

struct CacheSlot
{
    std::once_flag once;
    BasemapPtr map;
    QString error;
};

} // namespace

size_t Basemap::pointCount() const
{
    size_t n = 0;
    for (const LonLatLine &r : landRings)
        n += r.size();
    for (const LonLatLine &l : borderLines)
        n += l.size();
    return n;
}

QString basemapResourcePath(BasemapDetail detail)
{
    return detail == BasemapDetail::Medium50m ? QStringLiteral(":/basemap/ne_50m.bin")
                                              : QStringLiteral(":/basemap/ne_110m.bin");
}

BasemapPtr parseBasemap(const QByteArray &blob, QString *error)
{
    // Sizes are checked in 64 bits, so hostile counts cannot overflow the arithmetic.
    const quint64 size = static_cast<quint64>(blob.size());
    const char *data = blob.constData();
    if (size < kHeaderBytes)
        return fail(error, BasemapReader::tr("%1 bytes is too short for the header").arg(size));
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0)
        return fail(error, BasemapReader::tr("not a basemap blob (bad magic)"));
    if (const quint32 v = u32At(data, 4); v != kVersion)
        return fail(error, BasemapReader::tr("unsupported version %1 (expected %2)").arg(v).arg(kVersion));
    const quint32 scale = u32At(data, 8);
    if (scale != 110 && scale != 50)
        return fail(error, BasemapReader::tr("unknown scale 1:%1m").arg(scale));
    const quint64 rings = u32At(data, 12), borders = u32At(data, 16), points = u32At(data, 20);
    const quint64 creditBytes = u32At(data, 24);
    const quint64 countsAt = kHeaderBytes + (creditBytes + 3) / 4 * 4;
    const quint64 pointsAt = countsAt + 4 * (rings + borders);
    const quint64 expected = pointsAt + 8 * points;
    if (expected != size)
        return fail(error,
                    BasemapReader::tr(
                        "size %1 bytes does not match the counts (%2 rings, %3 lines, %4 points: %5 bytes)")
                        .arg(size)
                        .arg(rings)
                        .arg(borders)
                        .arg(points)
                        .arg(expected));

    auto map = std::make_shared<Basemap>();
    map->detail = scale == 50 ? BasemapDetail::Medium50m : BasemapDetail::Coarse110m;
    map->source = QString::fromUtf8(data + kHeaderBytes, static_cast<qsizetype>(creditBytes));
    map->landRings.resize(rings);
    map->borderLines.resize(borders);
    quint64 next = 0; // index of the next point
    for (quint64 i = 0; i < rings + borders; ++i) {
        const quint64 n = u32At(data, countsAt + 4 * i);
        const bool ring = i < rings;
        if (n < (ring ? 3u : 2u))
            return fail(error, ring ? BasemapReader::tr("ring %1 has %2 points").arg(i).arg(n)
                                    : BasemapReader::tr("line %1 has %2 points").arg(i).arg(n));
        if (n > points - next)
            return fail(error, BasemapReader::tr("the point counts add up to more than %1").arg(points));
        LonLatLine &line = ring ? map->landRings[i] : map->borderLines[i - rings];
        line.resize(n);
        const char *p = data + pointsAt + 8 * next;
        for (quint64 j = 0; j < n; ++j, p += 8) {
            const auto lon = qFromLittleEndian<qint32>(p), lat = qFromLittleEndian<qint32>(p + 4);
            if (lon < -kMaxLonUnits || lon > kMaxLonUnits || lat < -kMaxLatUnits || lat > kMaxLatUnits)
                return fail(error, BasemapReader::tr("point %1 is out of range").arg(next + j));
            line[j] = QPointF(lon / kUnitsPerDegree, lat / kUnitsPerDegree);
        }
        next += n;
    }
    if (next != points)
        return fail(error, BasemapReader::tr("the point counts add up to %1, not %2").arg(next).arg(points));
    return map;
}

BasemapPtr loadBasemap(BasemapDetail detail, QString *error)
{
    static std::array<CacheSlot, 2> cache;
    CacheSlot &slot = cache[detail == BasemapDetail::Medium50m ? 1 : 0];
    std::call_once(slot.once, [&slot, detail] {
        QFile file(basemapResourcePath(detail));
        if (!file.open(QIODevice::ReadOnly)) {
            slot.error =
                BasemapReader::tr("basemap: cannot open %1: %2").arg(file.fileName(), file.errorString());
            return;
        }
        slot.map = parseBasemap(file.readAll(), &slot.error);
        if (slot.map && slot.map->detail != detail) {
            slot.map.reset();
            slot.error =
                BasemapReader::tr("basemap: %1 holds the wrong level of detail").arg(file.fileName());
        }
    });
    if (!slot.map && error)
        *error = slot.error;
    return slot.map;
}

} // namespace ea::geo
