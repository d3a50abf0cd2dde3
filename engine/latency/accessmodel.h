// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/rttmodel.h"
#include "engine/model/scenario.h"

#include <QString>

#include <map>
#include <vector>

namespace ea {

/**
 * Measured access facts shipped with the application (resources/data/access-countries.json, made by
 * resources/tools/make-access-table.mjs): per country the median minimum RTT of M-Lab NDT tests from users
 * to the nearest M-Lab server (2025-10, and 2024-10 where there were enough tests), and where M-Lab's
 * servers stood. M-Lab data is CC0.
 */
struct AccessTable
{
    struct Country
    {
        double medianMs = 0; // 2025-10
        int samples = 0;
        double medianMs2024 = 0; // 0: fewer than minSamples tests that month
        int samples2024 = 0;
    };
    struct Server
    {
        QString metro, country;
        double lon = 0, lat = 0;
    };
    std::map<QString, Country> countries; // by ISO 3166-1 alpha-2 code
    std::vector<Server> servers;
    QString source, serversSource, licence, asOf;
};

/** The built-in table, parsed once (thread-safe). Empty (no countries) only if the resource is broken. */
const AccessTable &builtInAccessTable();

/**
 * The last mile of the users of every demand region of a scenario, per access profile (DESIGN.md, "Last
 * mile"). An NDT test measures a user's whole path to the nearest M-Lab server: last mile plus a network
 * part. So for a country of the table
 *
 *   fixed(country) = max(1 ms, median NDT RTT − median modeled network RTT of the country's demand regions to
 *                    their nearest M-Lab server)
 *
 * (medians weighted by the regions' weights; the network RTT is the RttModel's, overheads included, so a
 * user next to a node sees the measured median). Only countries with an M-Lab server of their own count:
 * where the nearest server is abroad, the tests' RTT is dominated by international routing that a geographic
 * model does not see (China 306 ms, Pakistan 177 ms, Turkey 81 ms in 2025-10), not by the last mile. A region
 * with its own accessMs keeps it; a region of any other country gets its zone's userAccessMs (RttParams,
 * whose shipped values are the medians over the measured countries of each zone, over all of them where a
 * zone has fewer than three). The other profiles: mobile = fixed + AccessParams::mobileExtraMs, enterprise =
 * AccessParams::enterpriseMs.
 *
 * The built-in AccessParams are engineering estimates (defaultAccessParams(), basis stated there); the fixed
 * figures are measured. Immutable after construction; const members are thread-safe.
 */
class AccessModel
{
public:
    AccessModel(const Scenario &s, const RttModel &rtt, const AccessTable &table = builtInAccessTable());

    /** Fixed-broadband last mile of a demand region (index into the scenario's regions). */
    double fixedMs(int region) const { return m_regionFixed[static_cast<size_t>(region)]; }
    double regionMs(int region, AccessProfile p) const { return profileMs(p, fixedMs(region)); }
    /** A user at a place that is no demand region (no country known): the zone's fallback. */
    double placeMs(const RttModel::Site &site, AccessProfile p) const;
    double profileMs(AccessProfile p, double fixedMs) const;

    /** How a country's figure was derived, for the command line, reports and tests. */
    struct CountryFigure
    {
        QString country;
        double measuredMs = 0; // median NDT minimum RTT, 2025-10
        double networkMs = 0;  // median modeled network RTT of its regions to their nearest M-Lab server
        double fixedMs = 0;    // the last mile derived from the two
        int regions = 0;
        bool serverInCountry = false; // only then is fixedMs used (see above)
    };
    const std::vector<CountryFigure> &countries() const { return m_countries; }
    /** The derived figure of a country, or nullptr when the table or the scenario's regions lack it. */
    const CountryFigure *country(const QString &iso2) const;
    /** Modeled network RTT from a place to the M-Lab server nearest to it (great-circle). */
    static double networkToNearestServerMs(const RttModel &rtt, const RttModel::Site &site,
                                           const AccessTable &table);

private:
    RttModel m_rtt;
    AccessParams m_params;
    std::vector<double> m_regionFixed;
    std::vector<CountryFigure> m_countries; // sorted by country code
};

} // namespace ea
