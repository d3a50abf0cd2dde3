// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ea::geo {

/**
 * Coarse world zones for the network model. They group places whose internet paths behave
 * alike (where the big exchange points and cable landings are), not political regions.
 *
 * Rule (deterministic, documented): a point belongs to the zone of its nearest anchor city by
 * great-circle distance; the ~150 anchors are listed in zones.cpp. Boundary choices worth
 * knowing: Turkey, Cyprus, Russia west of Lake Baikal and Central Asia count as Europe (their
 * transit runs through Moscow, Istanbul and Frankfurt); the Russian Far East counts as East
 * Asia; Egypt and the Maghreb count as Africa; Mexico, Central America and the Caribbean north
 * of ~12°N count as North America; Hawaii counts as North America; Papua New Guinea and the
 * Pacific islands as Oceania. Oceans take the zone of the nearest anchor.
 */
enum class Zone : int {
    NorthAmerica = 0,
    SouthAmerica,
    Europe,
    Africa,
    MiddleEast,
    SouthAsia,
    EastAsia,
    SouthEastAsia,
    Oceania,
};

inline constexpr int kZoneCount = 9;

Zone zoneOf(double lon, double lat);

/** Stable short code: "NA", "SA", "EU", "AF", "ME", "SAS", "EAS", "SEA", "OC". */
QString zoneCode(Zone z);
/** Display name, e.g. "South-East Asia", translated (context "ea::geo::Zones"). */
QString zoneName(Zone z);
/** Parses a code of zoneCode(); false if unknown. */
bool zoneFromCode(const QString &code, Zone &out);

/**
 * Whether paths between two zones normally cross an ocean on submarine cable (the Americas
 * against the rest of the world, Oceania against everything else). Same zone: false.
 */
bool zonesSeparatedByOcean(Zone a, Zone b);

/**
 * Interconnection hubs: metros with one of the world's large internet exchange points or cloud
 * interconnection campuses (Ashburn, Frankfurt, Amsterdam, Singapore, …; the list is in
 * zones.cpp). Traffic between two places that are not on the same backbone meets at such hubs,
 * so a real path tends towards place → nearest hub → far hub → place.
 */
int hubCount();
/** The hub nearest to (lon, lat); *distanceKm receives the great-circle distance to it. */
int nearestHub(double lon, double lat, double *distanceKm = nullptr);
/**
 * The nearest of the major hubs (a fixed subset of the hubs: the largest exchanges of each continent, listed
 * in zones.cpp), where networks that share no nearer exchange meet; *distanceKm as nearestHub().
 */
int nearestMajorHub(double lon, double lat, double *distanceKm = nullptr);
bool isMajorHub(int hub);
/** Great-circle km between two hubs (precomputed table; indices from nearestHub()). */
double interHubKm(int a, int b);
/** Name and position of a hub, for display and tests. */
QString hubName(int hub);
void hubLonLat(int hub, double &lon, double &lat);

} // namespace ea::geo
