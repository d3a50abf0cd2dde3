// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/accessmodel.h"

#include "engine/geo/geodesy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <set>

namespace ea {

namespace {
// No last mile is faster than this (a user on the same LAN as the server still crosses a switch and a host).
constexpr double kMinAccessMs = 1.0;

AccessTable parseTable(const QByteArray &json)
{
    AccessTable t;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    t.source = root.value(QLatin1String("source")).toString();
    t.serversSource = root.value(QLatin1String("serversSource")).toString();
    t.licence = root.value(QLatin1String("licence")).toString();
    t.asOf = root.value(QLatin1String("asOf")).toString();
    const QJsonObject servers = root.value(QLatin1String("servers")).toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        t.servers.push_back({it.key(), o.value(QLatin1String("cc")).toString(),
                             o.value(QLatin1String("lon")).toDouble(),
                             o.value(QLatin1String("lat")).toDouble()});
    }
    const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        AccessTable::Country c;
        c.medianMs = o.value(QLatin1String("ms")).toDouble();
        c.samples = o.value(QLatin1String("samples")).toInt();
        c.medianMs2024 = o.value(QLatin1String("ms2024")).toDouble();
        c.samples2024 = o.value(QLatin1String("samples2024")).toInt();
        if (c.medianMs > 0)
            t.countries.emplace(it.key(), c);
    }
    return t;
}

// Weighted median of (value, weight) pairs; 0 when empty.
double weightedMedian(std::vector<std::pair<double, double>> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    double total = 0;
    for (const auto &p : v)
        total += std::max(p.second, 0.0);
    if (total <= 0)
        return v[v.size() / 2].first;
    double acc = 0;
    for (const auto &p : v) {
        acc += std::max(p.second, 0.0);
        if (acc >= 0.5 * total)
            return p.first;
    }
    return v.back().first;
}
} // namespace

const AccessTable &builtInAccessTable()
{
    static const AccessTable table = [] {
        QFile f(QStringLiteral(":/data/access-countries.json"));
        return f.open(QIODevice::ReadOnly) ? parseTable(f.readAll()) : AccessTable{};
    }();
    return table;
}

namespace {
// The server nearest to a site (largest cosine of the central angle); -1 when there is none.
int nearestServer(const RttModel::Site &site, const std::vector<geo::UnitVector> &servers)
{
    int best = -1;
    double bestCos = -2.0;
    for (size_t i = 0; i < servers.size(); ++i) {
        const double c = site.x * servers[i].x + site.y * servers[i].y + site.z * servers[i].z;
        if (c > bestCos) {
            bestCos = c;
            best = static_cast<int>(i);
        }
    }
    return best;
}

std::vector<geo::UnitVector> serverVectors(const AccessTable &table)
{
    std::vector<geo::UnitVector> v;
    v.reserve(table.servers.size());
    for (const AccessTable::Server &s : table.servers)
        v.push_back(geo::toUnitVector(s.lon, s.lat));
    return v;
}
} // namespace

double AccessModel::networkToNearestServerMs(const RttModel &rtt, const RttModel::Site &site,
                                             const AccessTable &table)
{
    const int best = nearestServer(site, serverVectors(table));
    return best >= 0
               ? rtt.rttMs(site, rtt.site(table.servers[size_t(best)].lon, table.servers[size_t(best)].lat))
               : 0.0;
}

AccessModel::AccessModel(const Scenario &s, const RttModel &rtt, const AccessTable &table)
    : m_rtt(rtt), m_params(s.network.access)
{
    // Per country of the table: the regions' network part to the nearest M-Lab server, weighted.
    std::map<QString, std::vector<std::pair<double, double>>> network;
    std::vector<RttModel::Site> sites, serverSites;
    sites.reserve(s.regions.size());
    const std::vector<geo::UnitVector> servers = serverVectors(table);
    for (const AccessTable::Server &server : table.servers)
        serverSites.push_back(m_rtt.site(server.lon, server.lat));
    for (const DemandRegion &r : s.regions) {
        sites.push_back(m_rtt.site(r.lon, r.lat));
        if (!table.countries.count(r.country))
            continue;
        const int nearest = nearestServer(sites.back(), servers);
        if (nearest >= 0)
            network[r.country].emplace_back(m_rtt.rttMs(sites.back(), serverSites[size_t(nearest)]),
                                            r.weight);
    }
    std::set<QString> withServer;
    for (const AccessTable::Server &server : table.servers)
        withServer.insert(server.country);
    std::map<QString, double> fixed;
    for (auto &[cc, values] : network) {
        CountryFigure f;
        f.country = cc;
        f.regions = static_cast<int>(values.size());
        f.measuredMs = table.countries.at(cc).medianMs;
        f.networkMs = weightedMedian(std::move(values));
        f.fixedMs = std::max(kMinAccessMs, f.measuredMs - f.networkMs);
        f.serverInCountry = withServer.count(cc) > 0;
        if (f.serverInCountry)
            fixed[cc] = f.fixedMs;
        m_countries.push_back(f);
    }
    m_regionFixed.reserve(s.regions.size());
    for (size_t i = 0; i < s.regions.size(); ++i) {
        const DemandRegion &r = s.regions[i];
        const auto it = fixed.find(r.country);
        m_regionFixed.push_back(r.accessMs          ? *r.accessMs
                                : it != fixed.end() ? it->second
                                                    : m_rtt.userAccessMs(sites[i]));
    }
}

double AccessModel::placeMs(const RttModel::Site &site, AccessProfile p) const
{
    return profileMs(p, m_rtt.userAccessMs(site));
}

double AccessModel::profileMs(AccessProfile p, double fixedMs) const
{
    switch (p) {
    case AccessProfile::Fixed:
        break;
    case AccessProfile::Mobile:
        return fixedMs + m_params.mobileExtraMs;
    case AccessProfile::Enterprise:
        return m_params.enterpriseMs;
    }
    return fixedMs;
}

const AccessModel::CountryFigure *AccessModel::country(const QString &iso2) const
{
    const auto it = std::lower_bound(m_countries.begin(), m_countries.end(), iso2,
                                     [](const CountryFigure &f, const QString &c) { return f.country < c; });
    return it != m_countries.end() && it->country == iso2 ? &*it : nullptr;
}

} // namespace ea
