// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/zones.h"

#include "engine/geo/geodesy.h"

#include <array>
#include <cmath>

namespace ea::geo {
namespace {

struct Anchor
{
    double lon, lat;
    Zone zone;
};

using enum Zone;

// Anchor cities (lon, lat). Dense enough that every populated area has one nearby; a few are
// placed on purpose at borders (Valletta, Nicosia, Vladivostok, Panama) to put the boundary
// where network paths change, see zones.h.
constexpr Anchor kAnchors[] = {
    // North America, Central America, Caribbean
    {-149.90, 61.22, NorthAmerica}, {-135.06, 60.72, NorthAmerica}, {-123.12, 49.28, NorthAmerica},
    {-122.42, 37.77, NorthAmerica}, {-118.24, 34.05, NorthAmerica}, {-112.07, 33.45, NorthAmerica},
    {-104.99, 39.74, NorthAmerica}, {-96.80, 32.78, NorthAmerica},  {-95.37, 29.76, NorthAmerica},
    {-93.27, 44.98, NorthAmerica},  {-87.63, 41.88, NorthAmerica},  {-84.39, 33.75, NorthAmerica},
    {-80.19, 25.76, NorthAmerica},  {-74.01, 40.71, NorthAmerica},  {-73.57, 45.50, NorthAmerica},
    {-63.57, 44.65, NorthAmerica},  {-52.71, 47.56, NorthAmerica},  {-97.14, 49.90, NorthAmerica},
    {-113.49, 53.55, NorthAmerica}, {-114.37, 62.45, NorthAmerica}, {-68.52, 63.75, NorthAmerica},
    {-51.72, 64.18, NorthAmerica},  {-99.13, 19.43, NorthAmerica},  {-100.32, 25.69, NorthAmerica},
    {-103.35, 20.67, NorthAmerica}, {-89.62, 20.97, NorthAmerica},  {-90.51, 14.63, NorthAmerica},
    {-87.21, 14.07, NorthAmerica},  {-84.09, 9.93, NorthAmerica},   {-79.52, 8.98, NorthAmerica},
    {-82.37, 23.11, NorthAmerica},  {-76.79, 17.97, NorthAmerica},  {-69.93, 18.49, NorthAmerica},
    {-66.11, 18.47, NorthAmerica},  {-61.53, 16.24, NorthAmerica},  {-157.86, 21.31, NorthAmerica},
    // South America
    {-74.07, 4.71, SouthAmerica},   {-75.51, 10.39, SouthAmerica},  {-66.90, 10.48, SouthAmerica},
    {-61.51, 10.66, SouthAmerica},  {-58.16, 6.80, SouthAmerica},   {-78.47, -0.18, SouthAmerica},
    {-79.89, -2.19, SouthAmerica},  {-77.04, -12.05, SouthAmerica}, {-68.12, -16.49, SouthAmerica},
    {-70.67, -33.45, SouthAmerica}, {-73.05, -36.83, SouthAmerica}, {-70.91, -53.16, SouthAmerica},
    {-58.38, -34.60, SouthAmerica}, {-64.18, -31.42, SouthAmerica}, {-56.16, -34.90, SouthAmerica},
    {-57.58, -25.26, SouthAmerica}, {-46.63, -23.55, SouthAmerica}, {-43.17, -22.91, SouthAmerica},
    {-47.88, -15.79, SouthAmerica}, {-38.54, -3.72, SouthAmerica},  {-34.88, -8.05, SouthAmerica},
    {-60.02, -3.12, SouthAmerica},  {-48.50, -1.46, SouthAmerica},  {-51.23, -30.03, SouthAmerica},
    {-68.30, -54.80, SouthAmerica}, {-59.52, -51.70, SouthAmerica},
    // Europe, with Turkey, Russia west of Baikal and Central Asia
    {-21.94, 64.15, Europe}, {-6.26, 53.35, Europe},  {-0.13, 51.51, Europe},  {-3.19, 55.95, Europe},
    {-9.14, 38.72, Europe},  {-3.70, 40.42, Europe},  {-5.98, 37.39, Europe},  {2.17, 41.39, Europe},
    {2.35, 48.86, Europe},   {5.37, 43.30, Europe},   {4.90, 52.37, Europe},   {8.68, 50.11, Europe},
    {13.40, 52.52, Europe},  {9.19, 45.46, Europe},   {12.50, 41.90, Europe},  {14.27, 40.85, Europe},
    {13.36, 38.12, Europe},  {14.51, 35.90, Europe},  {10.75, 59.91, Europe},  {5.32, 60.39, Europe},
    {18.07, 59.33, Europe},  {24.94, 60.17, Europe},  {25.72, 66.50, Europe},  {18.96, 69.65, Europe},
    {12.57, 55.68, Europe},  {21.01, 52.23, Europe},  {16.37, 48.21, Europe},  {19.04, 47.50, Europe},
    {20.46, 44.79, Europe},  {23.73, 37.98, Europe},  {22.94, 40.64, Europe},  {26.10, 44.43, Europe},
    {23.32, 42.70, Europe},  {30.52, 50.45, Europe},  {27.56, 53.90, Europe},  {24.11, 56.95, Europe},
    {28.97, 41.01, Europe},  {32.86, 39.93, Europe},  {35.32, 37.00, Europe},  {39.72, 41.00, Europe},
    {33.38, 35.17, Europe},  {37.62, 55.76, Europe},  {30.32, 59.94, Europe},  {39.72, 47.23, Europe},
    {44.51, 48.71, Europe},  {49.11, 55.80, Europe},  {60.61, 56.84, Europe},  {40.52, 64.54, Europe},
    {73.37, 54.99, Europe},  {82.93, 55.01, Europe},  {92.87, 56.01, Europe},  {86.09, 55.35, Europe},
    {76.95, 43.24, Europe},  {71.45, 51.17, Europe},  {73.10, 49.80, Europe},  {69.24, 41.30, Europe},
    {58.38, 37.95, Europe},  {74.59, 42.87, Europe},  {68.78, 38.56, Europe},  {61.40, 55.16, Europe},
    {76.55, 64.00, Europe},  {88.20, 69.35, Europe},
    // Africa, with Egypt and the Maghreb
    {-7.59, 33.57, Africa},  {-5.00, 34.04, Africa},  {3.06, 36.75, Africa},   {10.18, 36.81, Africa},
    {13.19, 32.89, Africa},  {20.07, 32.12, Africa},  {31.24, 30.04, Africa},  {32.90, 24.09, Africa},
    {-17.45, 14.69, Africa}, {-15.98, 18.08, Africa}, {-8.00, 12.64, Africa},  {2.11, 13.51, Africa},
    {-4.01, 5.36, Africa},   {-0.19, 5.60, Africa},   {3.38, 6.52, Africa},    {7.49, 9.06, Africa},
    {15.04, 12.11, Africa},  {11.50, 3.87, Africa},   {15.27, -4.44, Africa},  {13.23, -8.84, Africa},
    {32.53, 15.50, Africa},  {38.75, 9.03, Africa},   {45.32, 2.05, Africa},   {36.82, -1.29, Africa},
    {32.58, 0.35, Africa},   {39.28, -6.79, Africa},  {28.32, -15.39, Africa}, {31.05, -17.83, Africa},
    {17.08, -22.56, Africa}, {28.05, -26.20, Africa}, {31.02, -29.86, Africa}, {18.42, -33.92, Africa},
    {47.52, -18.88, Africa}, {57.50, -20.16, Africa}, {25.91, -24.65, Africa}, {22.00, 4.36, Africa},
    {18.56, 4.36, Africa},   {43.15, 11.59, Africa},  {-23.51, 14.93, Africa}, {-16.25, 28.46, Africa},
    // Middle East
    {34.78, 32.08, MiddleEast}, {35.50, 33.89, MiddleEast}, {35.93, 31.95, MiddleEast}, {36.29, 33.51, MiddleEast},
    {44.37, 33.31, MiddleEast}, {47.78, 30.51, MiddleEast}, {46.72, 24.63, MiddleEast}, {39.19, 21.49, MiddleEast},
    {50.10, 26.43, MiddleEast}, {50.59, 26.23, MiddleEast}, {51.53, 25.29, MiddleEast}, {55.27, 25.20, MiddleEast},
    {58.41, 23.59, MiddleEast}, {44.21, 15.37, MiddleEast}, {45.04, 12.78, MiddleEast}, {51.39, 35.69, MiddleEast},
    {59.61, 36.30, MiddleEast}, {51.67, 32.65, MiddleEast}, {44.79, 41.72, MiddleEast}, {49.87, 40.41, MiddleEast},
    {44.51, 40.18, MiddleEast}, {47.98, 29.38, MiddleEast},
    // South Asia
    {67.01, 24.86, SouthAsia}, {74.34, 31.55, SouthAsia}, {73.05, 33.68, SouthAsia}, {69.21, 34.56, SouthAsia},
    {77.21, 28.61, SouthAsia}, {72.88, 19.08, SouthAsia}, {77.59, 12.97, SouthAsia}, {80.27, 13.08, SouthAsia},
    {78.47, 17.39, SouthAsia}, {88.36, 22.57, SouthAsia}, {90.41, 23.81, SouthAsia}, {85.32, 27.72, SouthAsia},
    {79.86, 6.93, SouthAsia},  {73.51, 4.18, SouthAsia},  {75.86, 22.72, SouthAsia}, {89.64, 27.47, SouthAsia},
    // East Asia, with the Russian Far East
    {116.41, 39.90, EastAsia}, {121.47, 31.23, EastAsia}, {114.17, 22.32, EastAsia}, {113.26, 23.13, EastAsia},
    {104.07, 30.67, EastAsia}, {108.94, 34.34, EastAsia}, {87.62, 43.83, EastAsia},  {91.17, 29.65, EastAsia},
    {102.71, 25.04, EastAsia}, {126.64, 45.76, EastAsia}, {123.43, 41.81, EastAsia}, {114.31, 30.59, EastAsia},
    {121.56, 25.03, EastAsia}, {126.98, 37.57, EastAsia}, {129.08, 35.18, EastAsia}, {139.69, 35.68, EastAsia},
    {135.50, 34.69, EastAsia}, {130.40, 33.59, EastAsia}, {141.35, 43.06, EastAsia}, {106.91, 47.92, EastAsia},
    {131.89, 43.12, EastAsia}, {135.07, 48.48, EastAsia}, {142.74, 46.96, EastAsia}, {158.65, 53.02, EastAsia},
    {150.80, 59.56, EastAsia}, {129.73, 62.03, EastAsia}, {127.50, 50.26, EastAsia}, {113.53, 22.20, EastAsia},
    // South-East Asia
    {103.82, 1.35, SouthEastAsia},  {101.69, 3.14, SouthEastAsia},  {100.50, 13.76, SouthEastAsia},
    {105.85, 21.03, SouthEastAsia}, {106.70, 10.78, SouthEastAsia}, {104.92, 11.56, SouthEastAsia},
    {102.63, 17.98, SouthEastAsia}, {96.20, 16.87, SouthEastAsia},  {120.98, 14.60, SouthEastAsia},
    {123.89, 10.32, SouthEastAsia}, {125.61, 7.07, SouthEastAsia},  {106.85, -6.21, SouthEastAsia},
    {112.75, -7.25, SouthEastAsia}, {98.67, 3.59, SouthEastAsia},   {110.36, 1.55, SouthEastAsia},
    {116.07, 5.98, SouthEastAsia},  {119.42, -5.15, SouthEastAsia}, {125.58, -8.56, SouthEastAsia},
    {140.72, -2.53, SouthEastAsia}, {134.06, -0.86, SouthEastAsia}, {114.94, 4.89, SouthEastAsia},
    // Oceania
    {115.86, -31.95, Oceania}, {130.84, -12.46, Oceania}, {138.60, -34.93, Oceania}, {144.96, -37.81, Oceania},
    {151.21, -33.87, Oceania}, {153.03, -27.47, Oceania}, {145.77, -16.92, Oceania}, {147.33, -42.88, Oceania},
    {133.88, -23.70, Oceania}, {174.76, -36.85, Oceania}, {172.64, -43.53, Oceania}, {174.78, -41.29, Oceania},
    {147.18, -9.44, Oceania},  {178.44, -18.14, Oceania}, {166.46, -22.26, Oceania}, {-149.57, -17.54, Oceania},
    {-171.77, -13.83, Oceania}, {168.32, -17.73, Oceania}, {159.97, -9.43, Oceania},  {144.79, 13.44, Oceania},
    {118.58, -20.31, Oceania},
};

struct Hub
{
    double lon, lat;
    const char *name;
};

// Chosen once from public IXP traffic rankings and cloud-region metros (not tuned on the
// calibration data): the big exchanges of each continent plus the main cable landing hubs.
constexpr Hub kHubs[] = {
    {-122.33, 47.61, "Seattle"},      {-121.89, 37.34, "San Jose"},     {-118.24, 34.05, "Los Angeles"},
    {-104.99, 39.74, "Denver"},       {-96.80, 32.78, "Dallas"},        {-87.63, 41.88, "Chicago"},
    {-77.49, 39.04, "Ashburn"},       {-74.01, 40.71, "New York"},      {-79.38, 43.65, "Toronto"},
    {-80.19, 25.76, "Miami"},         {-84.39, 33.75, "Atlanta"},       {-99.13, 19.43, "Mexico City"},
    {-46.63, -23.55, "Sao Paulo"},    {-58.38, -34.60, "Buenos Aires"}, {-70.67, -33.45, "Santiago"},
    {-74.07, 4.71, "Bogota"},         {-38.54, -3.72, "Fortaleza"},     {-0.13, 51.51, "London"},
    {4.90, 52.37, "Amsterdam"},       {8.68, 50.11, "Frankfurt"},       {2.35, 48.86, "Paris"},
    {5.37, 43.30, "Marseille"},       {-3.70, 40.42, "Madrid"},         {9.19, 45.46, "Milan"},
    {18.07, 59.33, "Stockholm"},      {21.01, 52.23, "Warsaw"},         {16.37, 48.21, "Vienna"},
    {37.62, 55.76, "Moscow"},         {28.97, 41.01, "Istanbul"},       {28.05, -26.20, "Johannesburg"},
    {3.38, 6.52, "Lagos"},            {36.82, -1.29, "Nairobi"},        {31.24, 30.04, "Cairo"},
    {55.27, 25.20, "Dubai"},          {46.72, 24.63, "Riyadh"},         {34.78, 32.08, "Tel Aviv"},
    {72.88, 19.08, "Mumbai"},         {80.27, 13.08, "Chennai"},        {77.21, 28.61, "Delhi"},
    {114.17, 22.32, "Hong Kong"},     {139.69, 35.68, "Tokyo"},         {135.50, 34.69, "Osaka"},
    {126.98, 37.57, "Seoul"},         {121.56, 25.03, "Taipei"},        {121.47, 31.23, "Shanghai"},
    {116.41, 39.90, "Beijing"},       {103.82, 1.35, "Singapore"},      {106.85, -6.21, "Jakarta"},
    {151.21, -33.87, "Sydney"},       {144.96, -37.81, "Melbourne"},    {115.86, -31.95, "Perth"},
    {174.76, -36.85, "Auckland"},
};
constexpr int kHubCount = int(std::size(kHubs));

struct HubTables
{
    std::array<UnitVector, kHubCount> vectors;
    std::array<double, kHubCount * kHubCount> distanceKm;
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
        return t;
    }();
    return tables;
}

struct AnchorVector
{
    UnitVector v;
    Zone zone;
};

const std::array<AnchorVector, std::size(kAnchors)> &anchorVectors()
{
    static const auto table = [] {
        std::array<AnchorVector, std::size(kAnchors)> t{};
        for (std::size_t i = 0; i < std::size(kAnchors); ++i)
            t[i] = {toUnitVector(kAnchors[i].lon, kAnchors[i].lat), kAnchors[i].zone};
        return t;
    }();
    return table;
}

constexpr const char *kCodes[kZoneCount] = {"NA", "SA", "EU", "AF", "ME", "SAS", "EAS", "SEA", "OC"};
constexpr const char *kNames[kZoneCount] = {"North America", "South America", "Europe",
                                            "Africa",        "Middle East",   "South Asia",
                                            "East Asia",     "South-East Asia", "Oceania"};

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
    return i >= 0 && i < kZoneCount ? QString::fromLatin1(kNames[i]) : QString();
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
