// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/zones.h"

#include "engine/geo/geodesy.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

namespace ea::geo {
namespace {

using enum Zone;

// Anchor cities (lon, lat). Dense enough that every populated area has one nearby; a few are
// placed on purpose at borders (Valletta, Nicosia, Vladivostok, Panama) to put the boundary
// where network paths change, see zones.h.
// clang-format off
// North America, Central America, Caribbean
constexpr double kNorthAmericaAnchors[] = {
    -149.90, 61.22, -135.06, 60.72, -123.12, 49.28, -122.42, 37.77, -118.24, 34.05, -112.07, 33.45,
    -104.99, 39.74, -96.80, 32.78,  -95.37, 29.76,  -93.27, 44.98,  -87.63, 41.88,  -84.39, 33.75,
    -80.19, 25.76,  -74.01, 40.71,  -73.57, 45.50,  -63.57, 44.65,  -52.71, 47.56,  -97.14, 49.90,
    -113.49, 53.55, -114.37, 62.45, -68.52, 63.75,  -51.72, 64.18,  -99.13, 19.43,  -100.32, 25.69,
    -103.35, 20.67, -89.62, 20.97,  -90.51, 14.63,  -87.21, 14.07,  -84.09, 9.93,   -79.52, 8.98,
    -82.37, 23.11,  -76.79, 17.97,  -69.93, 18.49,  -66.11, 18.47,  -61.53, 16.24,  -157.86, 21.31,
};
// South America
constexpr double kSouthAmericaAnchors[] = {
    -74.07, 4.71,   -75.51, 10.39,  -66.90, 10.48,  -61.51, 10.66,  -58.16, 6.80,   -78.47, -0.18,
    -79.89, -2.19,  -77.04, -12.05, -68.12, -16.49, -70.67, -33.45, -73.05, -36.83, -70.91, -53.16,
    -58.38, -34.60, -64.18, -31.42, -56.16, -34.90, -57.58, -25.26, -46.63, -23.55, -43.17, -22.91,
    -47.88, -15.79, -38.54, -3.72,  -34.88, -8.05,  -60.02, -3.12,  -48.50, -1.46,  -51.23, -30.03,
    -68.30, -54.80, -59.52, -51.70,
};
// Europe, with Turkey, Russia west of Baikal and Central Asia
constexpr double kEuropeAnchors[] = {
    -21.94, 64.15,  -6.26, 53.35,   -0.13, 51.51,   -3.19, 55.95,   -9.14, 38.72,   -3.70, 40.42,
    -5.98, 37.39,   2.17, 41.39,    2.35, 48.86,    5.37, 43.30,    4.90, 52.37,    8.68, 50.11,
    13.40, 52.52,   9.19, 45.46,    12.50, 41.90,   14.27, 40.85,   13.36, 38.12,   14.51, 35.90,
    10.75, 59.91,   5.32, 60.39,    18.07, 59.33,   24.94, 60.17,   25.72, 66.50,   18.96, 69.65,
    12.57, 55.68,   21.01, 52.23,   16.37, 48.21,   19.04, 47.50,   20.46, 44.79,   23.73, 37.98,
    22.94, 40.64,   26.10, 44.43,   23.32, 42.70,   30.52, 50.45,   27.56, 53.90,   24.11, 56.95,
    28.97, 41.01,   32.86, 39.93,   35.32, 37.00,   39.72, 41.00,   33.38, 35.17,   37.62, 55.76,
    30.32, 59.94,   39.72, 47.23,   44.51, 48.71,   49.11, 55.80,   60.61, 56.84,   40.52, 64.54,
    73.37, 54.99,   82.93, 55.01,   92.87, 56.01,   86.09, 55.35,   76.95, 43.24,   71.45, 51.17,
    73.10, 49.80,   69.24, 41.30,   58.38, 37.95,   74.59, 42.87,   68.78, 38.56,   61.40, 55.16,
    76.55, 64.00,   88.20, 69.35,
};
// Africa, with Egypt and the Maghreb
constexpr double kAfricaAnchors[] = {
    -7.59, 33.57,   -5.00, 34.04,   3.06, 36.75,    10.18, 36.81,   13.19, 32.89,   20.07, 32.12,
    31.24, 30.04,   32.90, 24.09,   -17.45, 14.69,  -15.98, 18.08,  -8.00, 12.64,   2.11, 13.51,
    -4.01, 5.36,    -0.19, 5.60,    3.38, 6.52,     7.49, 9.06,     15.04, 12.11,   11.50, 3.87,
    15.27, -4.44,   13.23, -8.84,   32.53, 15.50,   38.75, 9.03,    45.32, 2.05,    36.82, -1.29,
    32.58, 0.35,    39.28, -6.79,   28.32, -15.39,  31.05, -17.83,  17.08, -22.56,  28.05, -26.20,
    31.02, -29.86,  18.42, -33.92,  47.52, -18.88,  57.50, -20.16,  25.91, -24.65,  22.00, 4.36,
    18.56, 4.36,    43.15, 11.59,   -23.51, 14.93,  -16.25, 28.46,
};
// Middle East
constexpr double kMiddleEastAnchors[] = {
    34.78, 32.08,   35.50, 33.89,   35.93, 31.95,   36.29, 33.51,   44.37, 33.31,   47.78, 30.51,
    46.72, 24.63,   39.19, 21.49,   50.10, 26.43,   50.59, 26.23,   51.53, 25.29,   55.27, 25.20,
    58.41, 23.59,   44.21, 15.37,   45.04, 12.78,   51.39, 35.69,   59.61, 36.30,   51.67, 32.65,
    44.79, 41.72,   49.87, 40.41,   44.51, 40.18,   47.98, 29.38,
};
// South Asia
constexpr double kSouthAsiaAnchors[] = {
    67.01, 24.86,   74.34, 31.55,   73.05, 33.68,   69.21, 34.56,   77.21, 28.61,   72.88, 19.08,
    77.59, 12.97,   80.27, 13.08,   78.47, 17.39,   88.36, 22.57,   90.41, 23.81,   85.32, 27.72,
    79.86, 6.93,    73.51, 4.18,    75.86, 22.72,   89.64, 27.47,
};
// East Asia, with the Russian Far East
constexpr double kEastAsiaAnchors[] = {
    116.41, 39.90,  121.47, 31.23,  114.17, 22.32,  113.26, 23.13,  104.07, 30.67,  108.94, 34.34,
    87.62, 43.83,   91.17, 29.65,   102.71, 25.04,  126.64, 45.76,  123.43, 41.81,  114.31, 30.59,
    121.56, 25.03,  126.98, 37.57,  129.08, 35.18,  139.69, 35.68,  135.50, 34.69,  130.40, 33.59,
    141.35, 43.06,  106.91, 47.92,  131.89, 43.12,  135.07, 48.48,  142.74, 46.96,  158.65, 53.02,
    150.80, 59.56,  129.73, 62.03,  127.50, 50.26,  113.53, 22.20,
};
// South-East Asia
constexpr double kSouthEastAsiaAnchors[] = {
    103.82, 1.35,   101.69, 3.14,   100.50, 13.76,  105.85, 21.03,  106.70, 10.78,  104.92, 11.56,
    102.63, 17.98,  96.20, 16.87,   120.98, 14.60,  123.89, 10.32,  125.61, 7.07,   106.85, -6.21,
    112.75, -7.25,  98.67, 3.59,    110.36, 1.55,   116.07, 5.98,   119.42, -5.15,  125.58, -8.56,
    140.72, -2.53,  134.06, -0.86,  114.94, 4.89,
};
// Oceania
constexpr double kOceaniaAnchors[] = {
    115.86, -31.95, 130.84, -12.46, 138.60, -34.93, 144.96, -37.81, 151.21, -33.87, 153.03, -27.47,
    145.77, -16.92, 147.33, -42.88, 133.88, -23.70, 174.76, -36.85, 172.64, -43.53, 174.78, -41.29,
    147.18, -9.44,  178.44, -18.14, 166.46, -22.26, -149.57, -17.54,-171.77, -13.83,168.32, -17.73,
    159.97, -9.43,  144.79, 13.44,  118.58, -20.31,
};
// clang-format on

struct AnchorGroup
{
    Zone zone;
    const double *lonLat;
    std::size_t count; // lon, lat pairs
};

constexpr AnchorGroup kAnchorGroups[] = {
    {NorthAmerica, kNorthAmericaAnchors, std::size(kNorthAmericaAnchors) / 2},
    {SouthAmerica, kSouthAmericaAnchors, std::size(kSouthAmericaAnchors) / 2},
    {Europe, kEuropeAnchors, std::size(kEuropeAnchors) / 2},
    {Africa, kAfricaAnchors, std::size(kAfricaAnchors) / 2},
    {MiddleEast, kMiddleEastAnchors, std::size(kMiddleEastAnchors) / 2},
    {SouthAsia, kSouthAsiaAnchors, std::size(kSouthAsiaAnchors) / 2},
    {EastAsia, kEastAsiaAnchors, std::size(kEastAsiaAnchors) / 2},
    {SouthEastAsia, kSouthEastAsiaAnchors, std::size(kSouthEastAsiaAnchors) / 2},
    {Oceania, kOceaniaAnchors, std::size(kOceaniaAnchors) / 2}};

struct Hub
{
    double lon, lat;
    const char *name;
};

// The major hubs among them: the metros where networks without a local exchange in common meet (the largest
// exchanges and transit points of each continent: DE-CIX Frankfurt, AMS-IX, LINX, Equinix Ashburn, ...).
// Chosen once from the same public rankings, before the network model's fit (engine/latency/rttfit.h) used
// them.
constexpr const char *kMajorHubs[] = {
    "San Jose", "Los Angeles", "Dallas",    "Chicago", "Ashburn",   "New York",  "Miami",  "Sao Paulo",
    "London",   "Amsterdam",   "Frankfurt", "Paris",   "Marseille", "Stockholm", "Moscow", "Johannesburg",
    "Dubai",    "Mumbai",      "Hong Kong", "Tokyo",   "Singapore", "Sydney"};

// Chosen once from public IXP traffic rankings and cloud-region metros (not tuned on the
// calibration data): the big exchanges of each continent plus the main cable landing hubs.
constexpr Hub kHubs[] = {
    {-122.33, 47.61, "Seattle"},   {-121.89, 37.34, "San Jose"},     {-118.24, 34.05, "Los Angeles"},
    {-104.99, 39.74, "Denver"},    {-96.80, 32.78, "Dallas"},        {-87.63, 41.88, "Chicago"},
    {-77.49, 39.04, "Ashburn"},    {-74.01, 40.71, "New York"},      {-79.38, 43.65, "Toronto"},
    {-80.19, 25.76, "Miami"},      {-84.39, 33.75, "Atlanta"},       {-99.13, 19.43, "Mexico City"},
    {-46.63, -23.55, "Sao Paulo"}, {-58.38, -34.60, "Buenos Aires"}, {-70.67, -33.45, "Santiago"},
    {-74.07, 4.71, "Bogota"},      {-38.54, -3.72, "Fortaleza"},     {-0.13, 51.51, "London"},
    {4.90, 52.37, "Amsterdam"},    {8.68, 50.11, "Frankfurt"},       {2.35, 48.86, "Paris"},
    {5.37, 43.30, "Marseille"},    {-3.70, 40.42, "Madrid"},         {9.19, 45.46, "Milan"},
    {18.07, 59.33, "Stockholm"},   {21.01, 52.23, "Warsaw"},         {16.37, 48.21, "Vienna"},
    {37.62, 55.76, "Moscow"},      {28.97, 41.01, "Istanbul"},       {28.05, -26.20, "Johannesburg"},
    {3.38, 6.52, "Lagos"},         {36.82, -1.29, "Nairobi"},        {31.24, 30.04, "Cairo"},
    {55.27, 25.20, "Dubai"},       {46.72, 24.63, "Riyadh"},         {34.78, 32.08, "Tel Aviv"},
    {72.88, 19.08, "Mumbai"},      {80.27, 13.08, "Chennai"},        {77.21, 28.61, "Delhi"},
    {114.17, 22.32, "Hong Kong"},  {139.69, 35.68, "Tokyo"},         {135.50, 34.69, "Osaka"},
    {126.98, 37.57, "Seoul"},      {121.56, 25.03, "Taipei"},        {121.47, 31.23, "Shanghai"},
    {116.41, 39.90, "Beijing"},    {103.82, 1.35, "Singapore"},      {106.85, -6.21, "Jakarta"},
    {151.21, -33.87, "Sydney"},    {144.96, -37.81, "Melbourne"},    {115.86, -31.95, "Perth"},
    {174.76, -36.85, "Auckland"},
};
constexpr int kHubCount = int(std::size(kHubs));

struct HubTables
{
    std::array<UnitVector, kHubCount> vectors;
    std::array<double, kHubCount * kHubCount> distanceKm;
    std::vector<int> major; // indices of kMajorHubs
};

const HubTables &hubTables()
{
    static const HubTables tables = [] {
        HubTables t{};
        for (int i = 0; i < kHubCount; ++i)
            t.vectors[i] = toUnitVector(kHubs[i].lon, kHubs[i].lat);
        for (int i = 0; i < kHubCount; ++i) {
            for (int j = 0; j < kHubCount; ++j)
                t.distanceKm[i * kHubCount + j] = greatCircleKm(t.vectors[i], t.vectors[j]);
        }
        for (const char *name : kMajorHubs) {
            for (int i = 0; i < kHubCount; ++i)
                if (std::string_view(kHubs[i].name) == name)
                    t.major.push_back(i);
        }
        return t;
    }();
    return tables;
}

struct AnchorVector
{
    UnitVector v;
    Zone zone;
};

const std::vector<AnchorVector> &anchorVectors()
{
    static const std::vector<AnchorVector> table = [] {
        std::vector<AnchorVector> t;
        for (const AnchorGroup &g : kAnchorGroups) {
            for (std::size_t i = 0; i < g.count; ++i)
                t.push_back({toUnitVector(g.lonLat[2 * i], g.lonLat[2 * i + 1]), g.zone});
        }
        return t;
    }();
    return table;
}

constexpr const char *kCodes[kZoneCount] = {"NA", "SA", "EU", "AF", "ME", "SAS", "EAS", "SEA", "OC"};
// Shown in the GUI (calibration notes): translated where shown, in the context below.
constexpr const char *kNames[kZoneCount] = {QT_TRANSLATE_NOOP("ea::geo::Zones", "North America"),
                                            QT_TRANSLATE_NOOP("ea::geo::Zones", "South America"),
                                            QT_TRANSLATE_NOOP("ea::geo::Zones", "Europe"),
                                            QT_TRANSLATE_NOOP("ea::geo::Zones", "Africa"),
                                            QT_TRANSLATE_NOOP("ea::geo::Zones", "Middle East"),
                                            QT_TRANSLATE_NOOP("ea::geo::Zones", "South Asia"),
                                            QT_TRANSLATE_NOOP("ea::geo::Zones", "East Asia"),
                                            QT_TRANSLATE_NOOP("ea::geo::Zones", "South-East Asia"),
                                            QT_TRANSLATE_NOOP("ea::geo::Zones", "Oceania")};

} // namespace

Zone zoneOf(double lon, double lat)
{
    // Nearest anchor = largest dot product of unit vectors; ties go to the first listed.
    const UnitVector p = toUnitVector(lon, lat);
    double best = -2.0;
    Zone zone = NorthAmerica;
    for (const AnchorVector &a : anchorVectors()) {
        const double dot = p.x * a.v.x + p.y * a.v.y + p.z * a.v.z;
        if (dot > best) {
            best = dot;
            zone = a.zone;
        }
    }
    return zone;
}

QString zoneCode(Zone z)
{
    const int i = static_cast<int>(z);
    return i >= 0 && i < kZoneCount ? QString::fromLatin1(kCodes[i]) : QString();
}

QString zoneName(Zone z)
{
    const int i = static_cast<int>(z);
    return i >= 0 && i < kZoneCount ? QCoreApplication::translate("ea::geo::Zones", kNames[i]) : QString();
}

bool zoneFromCode(const QString &code, Zone &out)
{
    for (int i = 0; i < kZoneCount; ++i) {
        if (code == QLatin1String(kCodes[i])) {
            out = static_cast<Zone>(i);
            return true;
        }
    }
    return false;
}

bool zonesSeparatedByOcean(Zone a, Zone b)
{
    if (a == b)
        return false;
    const auto americas = [](Zone z) { return z == NorthAmerica || z == SouthAmerica; };
    if (a == Oceania || b == Oceania)
        return true;
    return americas(a) != americas(b);
}

int hubCount()
{
    return kHubCount;
}

int nearestHub(double lon, double lat, double *distanceKm)
{
    const UnitVector p = toUnitVector(lon, lat);
    const HubTables &t = hubTables();
    int best = 0;
    double bestDot = -2.0;
    for (int i = 0; i < kHubCount; ++i) {
        const double dot = p.x * t.vectors[i].x + p.y * t.vectors[i].y + p.z * t.vectors[i].z;
        if (dot > bestDot) {
            bestDot = dot;
            best = i;
        }
    }
    if (distanceKm)
        *distanceKm = greatCircleKm(p, t.vectors[best]);
    return best;
}

int nearestMajorHub(double lon, double lat, double *distanceKm)
{
    const UnitVector p = toUnitVector(lon, lat);
    const HubTables &t = hubTables();
    int best = t.major.front();
    double bestDot = -2.0;
    for (const int i : t.major) {
        const double dot = p.x * t.vectors[i].x + p.y * t.vectors[i].y + p.z * t.vectors[i].z;
        if (dot > bestDot) {
            bestDot = dot;
            best = i;
        }
    }
    if (distanceKm)
        *distanceKm = greatCircleKm(p, t.vectors[best]);
    return best;
}

bool isMajorHub(int hub)
{
    const std::vector<int> &m = hubTables().major;
    return std::find(m.begin(), m.end(), hub) != m.end();
}

double interHubKm(int a, int b)
{
    if (a < 0 || b < 0 || a >= kHubCount || b >= kHubCount)
        return 0.0;
    return hubTables().distanceKm[a * kHubCount + b];
}

QString hubName(int hub)
{
    return hub >= 0 && hub < kHubCount ? QString::fromLatin1(kHubs[hub].name) : QString();
}

void hubLonLat(int hub, double &lon, double &lat)
{
    if (hub < 0 || hub >= kHubCount)
        hub = 0;
    lon = kHubs[hub].lon;
    lat = kHubs[hub].lat;
}

} // namespace ea::geo
