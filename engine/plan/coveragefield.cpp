// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/coveragefield.h"

#include "engine/geo/geodesy.h"
#include "engine/geo/zones.h"
#include "engine/plan/evaluator.h"
#include "engine/stats/quantile.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <thread>

namespace ea {
namespace {

using geo::kZoneCount;
constexpr double kInf = std::numeric_limits<double>::infinity();
// Tile sizes (degrees), tuned on the default scenario's edge tier: the outer tiles filter all nodes,
// the inner ones filter the outer list; a cell walks its inner tile's list.
constexpr double kOuterTileDeg = 12.0;
constexpr double kInnerTileDeg = 4.0;

/**
 * Why the search is exact. The model's RTT between a cell x and a node n at great-circle distance d is
 *
 *   o(zx) + o(zn) + 2/v · (K(zx, zn)·L + s·d/(1 + d/d0)),  L = d + w·max(0, S − d)·d/(d + dl),
 *
 * with S = (x → its hub) + (hub → hub) + (node's hub → n). It grows with d (dL/dd >= 1 − w > 0) and
 * with S, and falls as K or the overheads fall, so evaluating it with lower estimates of d and S and the
 * least K and overhead gives a lower bound. For one cell, d >= the chord R·|x − n|. For all cells of a
 * tile with centre P and radius r, d >= R·|P − n| − r, and S, K and o take their least over the tile's
 * cells. A tile keeps the nodes whose bound is at most the largest RTT of its cells to one seed node (an
 * upper bound on every cell's best), sorted by bound; a cell walks that list until the bound reaches
 * its best so far, and runs the model only where its own chord bound is below that best.
 */
struct Candidate
{
    double boundMs; // the tile's bound; the list is sorted by it
    double x, y, z; // unit vector
    double hubKm;   // node → its hub
    int zone, hub;
    int local; // index into Evaluator::tierNodes()
};

struct Tile
{
    int r0 = 0, r1 = 0, c0 = 0, c1 = 0; // rows and columns, half-open
    geo::UnitVector centre;
    double radiusKm = 0, thresholdMs = 0;
    unsigned zones = 0;           // bit per zone of a cell
    std::vector<double> toHubKm;  // per hub: least distance of a cell whose nearest hub it is
    std::vector<Candidate> nodes; // candidates, sorted for inner tiles

    void reset(int row0, int row1, int column0, int column1, int hubs)
    {
        r0 = row0, r1 = row1, c0 = column0, c1 = column1;
        radiusKm = thresholdMs = 0;
        zones = 0;
        toHubKm.assign(hubs, std::numeric_limits<double>::infinity());
    }
};

class FieldBuilder
{
public:
    FieldBuilder(const Evaluator &e, Tier tier, CoverageField &field)
        : m_eval(e), m_nodes(e.tierNodes(tier)), m_index(e.tierIndex(tier)), m_rtt(e.rttModel()),
          m_field(field)
    {
        const RttParams &p = m_rtt.params();
        m_twoOverV = 2.0 / p.fiberKmPerMs;
        m_shortInflation = p.shortPathInflation;
        m_shortScaleInv = 1.0 / p.shortPathScaleKm;
        m_hubShare = p.hubRoutingShare;
        m_hubLocalKm = p.hubLocalKm;
        for (int a = 0; a < kZoneCount; ++a) {
            m_overheadMs[a] = p.serverOverheadMs[a];
            for (int b = 0; b < kZoneCount; ++b)
                m_k[a][b] = m_rtt.pairInflation(static_cast<geo::Zone>(a), static_cast<geo::Zone>(b));
        }
        m_hubs = geo::hubCount();
        m_interHubKm.resize(static_cast<size_t>(m_hubs) * m_hubs);
        for (int a = 0; a < m_hubs; ++a) {
            for (int b = 0; b < m_hubs; ++b)
                m_interHubKm[a * m_hubs + b] = geo::interHubKm(a, b);
        }
        m_all.reserve(m_nodes.size());
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            const RttModel::Site &s = e.nodeSite(m_nodes[i]);
            m_all.push_back({0.0, s.x, s.y, s.z, s.hubKm, s.zone, s.hub, static_cast<int>(i)});
        }
        m_inner = std::max(1, static_cast<int>(std::lround(kInnerTileDeg / field.stepDeg)));
        m_outer = m_inner * std::max(1, static_cast<int>(std::lround(kOuterTileDeg / kInnerTileDeg)));
    }

    int bandCount() const { return (m_field.rows + m_outer - 1) / m_outer; }

    /** Rows [band·outer, …) of the field; false when cancelled. Not thread-safe: one builder per thread. */
    bool computeBand(int band, const std::atomic<bool> *cancel, const std::function<void()> &rowDone)
    {
        const int r0 = band * m_outer, r1 = std::min(m_field.rows, r0 + m_outer);
        const int columns = m_field.columns;
        m_sites.resize(static_cast<size_t>(m_outer) * columns);
        m_seedMs.resize(m_sites.size());
        size_t inner = 0; // tiles are reused from band to band, keeping their allocations
        for (int c0 = 0; c0 < columns; c0 += m_outer) {
            Tile &outer = m_outerTile;
            outer.reset(r0, r1, c0, std::min(columns, c0 + m_outer), m_hubs);
            outer.centre = centreOf(outer);
            const size_t firstInner = inner;
            for (int ir = r0; ir < r1; ir += m_inner) {
                for (int ic = outer.c0; ic < outer.c1; ic += m_inner) {
                    if (inner == m_innerTiles.size())
                        m_innerTiles.emplace_back();
                    Tile &t = m_innerTiles[inner++];
                    t.reset(ir, std::min(r1, ir + m_inner), ic, std::min(outer.c1, ic + m_inner), m_hubs);
                    t.centre = centreOf(t);
                    scanCells(r0, t, outer);
                }
            }
            filter(outer, m_all, outer.nodes, false);
            for (size_t i = firstInner; i < inner; ++i)
                filter(m_innerTiles[i], outer.nodes, m_innerTiles[i].nodes, true);
        }
        m_innerTiles.resize(inner);
        for (int r = r0; r < r1; ++r) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            float *out = m_field.rttMs.data() + static_cast<size_t>(r) * columns;
            for (const Tile &t : m_innerTiles) {
                if (r < t.r0 || r >= t.r1)
                    continue;
                for (int c = t.c0; c < t.c1; ++c) {
                    const size_t cell = static_cast<size_t>(r - r0) * columns + c;
                    out[c] = static_cast<float>(bestMs(m_sites[cell], m_seedMs[cell], t.nodes));
                }
            }
            if (rowDone)
                rowDone();
        }
        return true;
    }

private:
    double latOf(int row) const { return std::clamp(m_field.latOf(row), -90.0, 90.0); }

    geo::UnitVector centreOf(const Tile &t) const
    {
        return geo::toUnitVector(0.5 * (m_field.lonOf(t.c0) + m_field.lonOf(t.c1 - 1)),
                                 0.5 * (latOf(t.r0) + latOf(t.r1 - 1)));
    }

    // The model's RTT with lower estimates of the distance (km) and of the path via hubs (S, km).
    double boundMs(double overheadSumMs, double k, double km, double viaHubsKm) const
    {
        const double lengthKm = km + m_hubShare * std::max(0.0, viaHubsKm - km) * km / (km + m_hubLocalKm);
        return overheadSumMs +
               m_twoOverV * (k * lengthKm + m_shortInflation * km / (1.0 + km * m_shortScaleInv));
    }

    // Sites of an inner tile's cells and their RTT to the tile's seed; the tile's and the outer tile's
    // radius, threshold, zones and hubs.
    void scanCells(int bandRow0, Tile &t, Tile &outer)
    {
        double lon, lat;
        geo::fromUnitVector(t.centre, lon, lat);
        // The seed: of the nodes nearest the centre, the one with the least RTT from it.
        const RttModel::Site centre = m_rtt.site(lon, lat);
        const RttModel::Site *seed = nullptr;
        double seedMs = kInf;
        for (const auto &[local, km] : m_index.nearest(lon, lat, 4)) {
            const RttModel::Site &s = m_eval.nodeSite(m_nodes[local]);
            if (const double ms = m_rtt.rttMs(centre, s); ms < seedMs)
                seed = &s, seedMs = ms;
        }
        for (int r = t.r0; r < t.r1; ++r) {
            for (int c = t.c0; c < t.c1; ++c) {
                const size_t cell = static_cast<size_t>(r - bandRow0) * m_field.columns + c;
                RttModel::Site &s = m_sites[cell];
                s = m_rtt.site(m_field.lonOf(c), latOf(r));
                m_seedMs[cell] = m_rtt.rttMs(s, *seed);
                const geo::UnitVector v{s.x, s.y, s.z};
                for (Tile *tile : {&t, &outer}) {
                    tile->thresholdMs = std::max(tile->thresholdMs, m_seedMs[cell]);
                    tile->radiusKm = std::max(tile->radiusKm, geo::greatCircleKm(tile->centre, v));
                    tile->zones |= 1u << s.zone;
                    tile->toHubKm[s.hub] = std::min(tile->toHubKm[s.hub], s.hubKm);
                }
            }
        }
    }

    // Keeps the nodes of `from` whose bound for tile t is at most its threshold.
    void filter(Tile &t, const std::vector<Candidate> &from, std::vector<Candidate> &to, bool sort)
    {
        double overheadMs = kInf;
        std::array<double, kZoneCount> k;
        k.fill(kInf);
        for (int a = 0; a < kZoneCount; ++a) {
            if (!(t.zones & (1u << a)))
                continue;
            overheadMs = std::min(overheadMs, m_overheadMs[a]);
            for (int b = 0; b < kZoneCount; ++b)
                k[b] = std::min(k[b], m_k[a][b]);
        }
        // Least (cell → its hub → hub b) over the tile's cells, per hub b of a node.
        m_viaHubKm.assign(m_hubs, kInf);
        for (int a = 0; a < m_hubs; ++a) {
            if (t.toHubKm[a] == kInf)
                continue;
            for (int b = 0; b < m_hubs; ++b)
                m_viaHubKm[b] = std::min(m_viaHubKm[b], t.toHubKm[a] + m_interHubKm[a * m_hubs + b]);
        }
        // 1e-9 km: the rounding of the radius must not make the bound too tight.
        const double radiusKm = t.radiusKm * (1.0 + 1e-12) + 1e-9;
        to.clear();
        for (const Candidate &n : from) {
            const double dx = n.x - t.centre.x, dy = n.y - t.centre.y, dz = n.z - t.centre.z;
            const double km =
                std::max(0.0, geo::kEarthRadiusKm * std::sqrt(dx * dx + dy * dy + dz * dz) - radiusKm);
            const double b =
                boundMs(overheadMs + m_overheadMs[n.zone], k[n.zone], km, m_viaHubKm[n.hub] + n.hubKm);
            if (b <= t.thresholdMs) {
                to.push_back(n);
                to.back().boundMs = b;
            }
        }
        if (sort) {
            std::sort(to.begin(), to.end(), [](const Candidate &a, const Candidate &b) {
                return a.boundMs < b.boundMs || (a.boundMs == b.boundMs && a.local < b.local);
            });
        }
    }

    double bestMs(const RttModel::Site &s, double seedMs, const std::vector<Candidate> &list) const
    {
        double best = seedMs;
        const double cellOverheadMs = m_overheadMs[s.zone];
        const std::array<double, kZoneCount> &k = m_k[s.zone];
        const double *interHubKm = m_interHubKm.data() + static_cast<size_t>(s.hub) * m_hubs;
        for (const Candidate &c : list) {
            if (c.boundMs >= best)
                break;
            const double dx = c.x - s.x, dy = c.y - s.y, dz = c.z - s.z;
            const double km = geo::kEarthRadiusKm * std::sqrt(dx * dx + dy * dy + dz * dz);
            if (boundMs(cellOverheadMs + m_overheadMs[c.zone], k[c.zone], km,
                        s.hubKm + interHubKm[c.hub] + c.hubKm) >= best)
                continue;
            best = std::min(best, m_rtt.rttMs(s, m_eval.nodeSite(m_nodes[c.local])));
        }
        return m_rtt.userAccessMs(s) + best;
    }

    const Evaluator &m_eval;
    const std::vector<int> &m_nodes;
    const SphereIndex &m_index;
    const RttModel &m_rtt;
    CoverageField &m_field;
    double m_twoOverV = 0, m_shortInflation = 0, m_shortScaleInv = 0, m_hubShare = 0, m_hubLocalKm = 1;
    std::array<double, kZoneCount> m_overheadMs{};
    std::array<std::array<double, kZoneCount>, kZoneCount> m_k{};
    int m_hubs = 0;
    std::vector<double> m_interHubKm; // m_hubs × m_hubs
    std::vector<Candidate> m_all;     // every node of the tier
    int m_inner = 1, m_outer = 1;     // tile sizes in cells
    // Scratch of the band being computed.
    std::vector<RttModel::Site> m_sites;
    std::vector<double> m_seedMs, m_viaHubKm;
    Tile m_outerTile;
    std::vector<Tile> m_innerTiles;
};

} // namespace

float CoverageField::sample(double lon, double lat) const
{
    if (columns <= 0 || rows <= 0 || !std::isfinite(lon) || !std::isfinite(lat) || lat < -90.0 || lat > 90.0)
        return std::numeric_limits<float>::infinity();
    if (lon < -180.0 || lon > 180.0)
        lon = std::remainder(lon, 360.0);
    const int column = std::clamp(static_cast<int>(std::floor((lon + 180.0) / stepDeg)), 0, columns - 1);
    // The last row may end short of -90 when stepDeg does not divide 180; it stands for the pole too.
    const int row = std::clamp(static_cast<int>(std::floor((90.0 - lat) / stepDeg)), 0, rows - 1);
    return at(column, row);
}

CoverageFieldPtr computeCoverageField(const Evaluator &evaluator, Tier tier, double stepDeg,
                                      const std::atomic<bool> *cancel,
                                      const std::function<void(double)> &progress, int threads)
{
    auto field = std::make_shared<CoverageField>();
    field->tier = tier;
    field->stepDeg = std::isfinite(stepDeg) ? std::clamp(stepDeg, 0.05, 30.0) : 0.5;
    field->columns = static_cast<int>(std::ceil(360.0 / field->stepDeg - 1e-9));
    field->rows = static_cast<int>(std::ceil(180.0 / field->stepDeg - 1e-9));
    field->rttMs.assign(static_cast<size_t>(field->columns) * field->rows,
                        std::numeric_limits<float>::infinity());
    if (cancel && cancel->load())
        return nullptr;
    if (evaluator.tierNodes(tier).empty()) {
        if (progress)
            progress(1.0);
        return field;
    }

    const FieldBuilder prototype(evaluator, tier, *field);
    std::atomic<int> nextBand{0}, rowsDone{0};
    std::atomic<bool> cancelled{false};
    const std::function<void()> rowDone = [&] {
        const int done = rowsDone.fetch_add(1) + 1;
        if (progress)
            progress(static_cast<double>(done) / field->rows);
    };
    const auto worker = [&] {
        FieldBuilder builder = prototype;
        for (int band; !cancelled && (band = nextBand.fetch_add(1)) < builder.bandCount();) {
            if (!builder.computeBand(band, cancel, rowDone))
                cancelled = true;
        }
    };
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::clamp(threads, 1, prototype.bandCount());
    {
        std::vector<std::jthread> helpers;
        helpers.reserve(threads - 1);
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back(worker);
        worker();
    } // joins the helpers
    if (cancelled || (cancel && cancel->load()))
        return nullptr;
    return field;
}

double coverageFieldBenchmarkMs(const Evaluator &evaluator, Tier tier, double stepDeg, int runs, int threads)
{
    std::vector<double> ms;
    for (int i = 0; i < std::max(1, runs); ++i) {
        QElapsedTimer timer;
        timer.start();
        const CoverageFieldPtr f = computeCoverageField(evaluator, tier, stepDeg, nullptr, {}, threads);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        if (!f)
            return kInf;
    }
    return stats::median(std::move(ms));
}

} // namespace ea
