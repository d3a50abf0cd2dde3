// SPDX-License-Identifier: GPL-3.0-or-later
// Converts Natural Earth land and country borders (TopoJSON from the npm package world-atlas) into the
// compact basemap resources resources/basemap/ne_110m.bin and ne_50m.bin read by engine/geo/basemap.cpp.
// The format is described in README.md ("make-basemap.mjs") and in basemap.cpp; keep the three in step.
//
// Usage: node make-basemap.mjs [--out-dir DIR]
//
// Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (public domain).

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const MAGIC = 'EABM';
const VERSION = 1;
const UNITS_PER_DEGREE = 1e5; // int32 coordinates in 1e-5 degrees (about 1 m): far below 1:50m detail
const CREDIT = 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (public domain)';
// Rings whose every point lies this close to a pole are artefacts of the spherical stitching (the 50m
// Antarctica carries a tiny hole around the south pole); on a flat map they would become a sliver.
const POLE_ARTEFACT_DEG = 0.01;

function parseArgs(argv) {
  const args = { outDir: join(here, '..', 'basemap') };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--out-dir' && i + 1 < argv.length) args.outDir = argv[++i];
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  return args;
}

function loadTopology(name) {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
}

const quantise = (deg) => Math.round(deg * UNITS_PER_DEGREE);

// Longitude step in (-180, 180]: the shorter way round, as on the sphere.
function wrapStep(d) {
  if (d > 180) return d - 360;
  if (d < -180) return d + 360;
  return d;
}

function polygonArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

// Sutherland–Hodgman against one vertical half-plane: keep x >= edge (sign 1) or x <= edge (sign -1).
// A concave ring may come back with zero-width bridges along the edge; they enclose no area, so an
// even-odd fill is unaffected.
function clipVertical(ring, edge, sign) {
  const out = [];
  const inside = (p) => sign * (p[0] - edge) >= 0;
  for (let i = 0; i < ring.length; ++i) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    if (inside(cur) !== inside(prev)) {
      const t = (edge - prev[0]) / (cur[0] - prev[0]);
      out.push([edge, prev[1] + t * (cur[1] - prev[1])]);
    }
    if (inside(cur)) out.push(cur);
  }
  return out;
}

// Quantises and drops repeated points; null if what is left encloses no area (a sliver on the cut edge).
function finishRing(ring) {
  const q = [];
  for (const [x, y] of ring) {
    const p = [quantise(x), quantise(y)];
    const last = q[q.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) q.push(p);
  }
  while (q.length > 1 && q[0][0] === q[q.length - 1][0] && q[0][1] === q[q.length - 1][1]) q.pop();
  if (q.length < 3 || Math.abs(polygonArea(q)) < 1) return null; // under 1e-10 square degrees
  return q;
}

/**
 * Splits a GeoJSON ring (closed, lon/lat) at the antimeridian. Longitudes are unwrapped along the ring;
 * a ring that winds once around a pole (Antarctica) is closed along that pole's latitude first. Then the
 * ring is clipped to each 360° window it touches and shifted back into [-180, 180].
 */
function splitRing(geoRing) {
  const ring = geoRing.slice(0, -1);
  if (ring.every(([, lat]) => Math.abs(lat) > 90 - POLE_ARTEFACT_DEG)) return [];
  const u = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; ++i) u.push([u[i - 1][0] + wrapStep(ring[i][0] - ring[i - 1][0]), ring[i][1]]);
  const net = u[u.length - 1][0] + wrapStep(ring[0][0] - ring[ring.length - 1][0]) - u[0][0];
  if (Math.abs(net) > 180) {
    const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    const pole = meanLat < 0 ? -90 : 90;
    // Along the pole in steps of 90°, so that no segment spans more than 180° of longitude (the
    // loader and the renderer treat such a step as a jump across the antimeridian).
    const steps = Math.ceil(Math.abs(net) / 90);
    u.push([u[0][0] + net, u[0][1]]);
    for (let s = 0; s <= steps; ++s) u.push([u[0][0] + net * (1 - s / steps), pole]);
  }
  const xs = u.map((p) => p[0]);
  const kMin = Math.floor((Math.min(...xs) + 180) / 360);
  const kMax = Math.floor((Math.max(...xs) + 180) / 360);
  if (kMin === 0 && kMax === 0) return [finishRing(u)].filter(Boolean);
  const parts = [];
  for (let k = kMin; k <= kMax; ++k) {
    const shifted = u.map(([x, y]) => [x - 360 * k, y]);
    const clipped = clipVertical(clipVertical(shifted, -180, 1), 180, -1);
    const part = clipped.length >= 3 ? finishRing(clipped) : null;
    if (part) parts.push(part);
  }
  return parts;
}

// Splits an open line wherever a step crosses the antimeridian, interpolating the crossing.
function splitLine(line) {
  const parts = [];
  let part = [line[0]];
  for (let i = 1; i < line.length; ++i) {
    const [x0, y0] = line[i - 1];
    const [x1, y1] = line[i];
    if (Math.abs(x1 - x0) > 180) {
      const edge = x0 > 0 ? 180 : -180;
      const u1 = x0 + wrapStep(x1 - x0);
      const y = y0 + ((edge - x0) / (u1 - x0)) * (y1 - y0);
      part.push([edge, y]);
      parts.push(part);
      part = [[-edge, y]];
    }
    part.push(line[i]);
  }
  parts.push(part);
  const out = [];
  for (const p of parts) {
    const q = [];
    for (const [x, y] of p) {
      const v = [quantise(x), quantise(y)];
      const last = q[q.length - 1];
      if (!last || last[0] !== v[0] || last[1] !== v[1]) q.push(v);
    }
    if (q.length >= 2) out.push(q);
  }
  return out;
}

function convert(detail) {
  const land = loadTopology(`land-${detail}.json`);
  const countries = loadTopology(`countries-${detail}.json`);
  const landGeometry = topojson.feature(land, land.objects.land);
  const geometries =
    landGeometry.type === 'FeatureCollection' ? landGeometry.features.map((f) => f.geometry) : [landGeometry.geometry];
  const rings = [];
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons) for (const ring of polygon) rings.push(...splitRing(ring));
  }
  // Interior borders only: an arc shared by two different countries (coastlines come from the land rings).
  const mesh = topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b);
  const borders = mesh.coordinates.flatMap(splitLine);
  return { rings, borders };
}

function encode(detail, { rings, borders }) {
  const credit = Buffer.from(CREDIT, 'utf8');
  const creditPadded = Math.ceil(credit.length / 4) * 4;
  const lines = [...rings, ...borders];
  const points = lines.reduce((n, l) => n + l.length, 0);
  const size = 28 + creditPadded + 4 * lines.length + 8 * points;
  const buf = Buffer.alloc(size);
  let o = 0;
  buf.write(MAGIC, o, 'latin1');
  o += 4;
  for (const v of [VERSION, Number.parseInt(detail, 10), rings.length, borders.length, points, credit.length]) {
    buf.writeUInt32LE(v, o);
    o += 4;
  }
  credit.copy(buf, o);
  o += creditPadded;
  for (const l of lines) {
    buf.writeUInt32LE(l.length, o);
    o += 4;
  }
  for (const l of lines) {
    for (const [x, y] of l) {
      if (Math.abs(x) > 180 * UNITS_PER_DEGREE || Math.abs(y) > 90 * UNITS_PER_DEGREE) {
        throw new Error(`${detail}: coordinate out of range: ${x}, ${y}`);
      }
      buf.writeInt32LE(x, o);
      buf.writeInt32LE(y, o + 4);
      o += 8;
    }
  }
  if (o !== size) throw new Error(`internal: wrote ${o} of ${size} bytes`);
  return { buf, points };
}

function check(detail, { rings, borders }) {
  for (const l of [...rings, ...borders]) {
    for (let i = 1; i < l.length; ++i) {
      if (Math.abs(l[i][0] - l[i - 1][0]) > 180 * UNITS_PER_DEGREE) {
        throw new Error(`${detail}: a step still crosses the antimeridian: ${l[i - 1]} -> ${l[i]}`);
      }
    }
  }
  for (const r of rings) {
    const a = r[0], b = r[r.length - 1];
    if (Math.abs(a[0] - b[0]) > 180 * UNITS_PER_DEGREE) {
      throw new Error(`${detail}: a ring's closing step crosses the antimeridian`);
    }
  }
}

const args = parseArgs(process.argv.slice(2));
mkdirSync(args.outDir, { recursive: true });
for (const detail of ['110m', '50m']) {
  const data = convert(detail);
  check(detail, data);
  const { buf, points } = encode(detail, data);
  const out = join(args.outDir, `ne_${detail}.bin`);
  writeFileSync(`${out}.tmp`, buf);
  renameSync(`${out}.tmp`, out);
  const { rings, borders } = data;
  console.log(`${out}: ${rings.length} land rings, ${borders.length} border lines, ${points} points, ${buf.length} bytes`);
}
