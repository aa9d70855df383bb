#!/usr/bin/env node
/**
 * `npm run build:geo`: turns the vendored Natural Earth regions (vendor/geo/denmark.geojson, see its
 * PROVENANCE.md) into the committed module src/geo/denmark.ts: land outline, inner region borders, the five
 * regions, the Bornholm inset and a dependency-free `project(lon, lat)`.
 *
 * Steps: fit a transverse Mercator (central meridian 10.5°E) to the portrait viewBox; project every polygon
 * (Bornholm through an inset projection at the same scale); build a topology in viewBox units so regions share
 * their borders as arcs; simplify (Visvalingam, minimum triangle area MIN_AREA in viewBox units²); derive land
 * (merge), inner borders (mesh a !== b) and regions; encode paths with integer coordinates.
 *
 * d3-geo and topojson-* are build-time only. `generate()` is exported so the tests can check that the
 * committed module is exactly what this script produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoTransverseMercator } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';

export const SOURCE = fileURLToPath(new URL('../vendor/geo/denmark.geojson', import.meta.url));
export const TARGET = fileURLToPath(new URL('../src/geo/denmark.ts', import.meta.url));

export const VIEWBOX = { width: 1000, height: 1200 };
/** Room left around the mainland so markers on the outermost coasts (Skagen, Amager, Gedser) are not cut off. */
export const MARGIN = 20;
/** The Bornholm frame (top right, over the empty Kattegat/Skagerrak corner). */
export const INSET = { x: 760, y: 40, width: 220, height: 170 };
/** Points (and polygons) east of this longitude are Bornholm and go through the inset projection. */
export const INSET_EAST_OF = 14.2;
export const CENTRAL_MERIDIAN = 10.5;
export const INSET_MERIDIAN = 14.9;
/**
 * Visvalingam threshold: points whose effective triangle is smaller than this many viewBox units² go.
 * 32 units² is 20 CSS px² at 800 px wide (a bump about 6 px long and 7 px high): the outline cannot be
 * told from the unsimplified one at that size, Fanø, Samsø, Anholt and Læsø keep their shapes, and the
 * module stays within its share of the map's byte budget. It was 30 until the map became a shared view
 * (issue 5): 32 saves 60 bytes gzip with no visible change; much coarser starts to round off the fjords.
 */
export const MIN_AREA = 32;

/** The regions, in this order. Their names come from the data (`regions`), not from the geometry. */
export const REGION_IDS = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'];

const round2 = (n) => Math.round(n * 100) / 100;

export function readSource(path = SOURCE) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The source's polygons as [iso, polygon] pairs (every feature is a MultiPolygon). */
function polygonsOf(geojson) {
  return geojson.features.flatMap((f) => {
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return polygons.map((polygon) => [f.properties.ISO, polygon]);
  });
}

const isBornholm = (polygon) => polygon[0].every(([lon]) => lon > INSET_EAST_OF);

/** A d3 projection from the constants the module exports (so the build, the module and the tests agree). */
export function makeProjection({ rotate, scale, translate }) {
  return geoTransverseMercator().rotate(rotate).scale(scale).translate(translate);
}

/**
 * Fits the main projection to the viewBox (less MARGIN) on everything but Bornholm, then places Bornholm at
 * the same scale, centred in the inset frame. Constants are rounded to 0.01 and every later step uses the
 * rounded ones, so `project()` in the module reproduces the drawn geometry exactly.
 */
export function fitProjections(geojson) {
  const pairs = polygonsOf(geojson);
  const mainland = {
    type: 'MultiPolygon',
    coordinates: pairs.filter(([, p]) => !isBornholm(p)).map(([, p]) => p),
  };
  const fitted = geoTransverseMercator()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [VIEWBOX.width - MARGIN, VIEWBOX.height - MARGIN],
      ],
      mainland,
    );
  const scale = round2(fitted.scale());
  const main = { rotate: [-CENTRAL_MERIDIAN, 0], scale, translate: fitted.translate().map(round2) };

  const probe = makeProjection({ rotate: [-INSET_MERIDIAN, 0], scale, translate: [0, 0] });
  const points = pairs.filter(([, p]) => isBornholm(p)).flatMap(([, p]) => p.flat().map((c) => probe(c)));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const inset = {
    rotate: [-INSET_MERIDIAN, 0],
    scale,
    translate: [round2(INSET.x + INSET.width / 2 - cx), round2(INSET.y + INSET.height / 2 - cy)],
  };
  return { main, inset };
}

/** Integer ring coordinates: rounded, without repeated points or (closed rings) the repeated first point. */
function roundRing(ring, closed) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    // merge steps that continue in exactly the same direction
    const prev = out[out.length - 2];
    if (prev && last) {
      const ax = last[0] - prev[0], ay = last[1] - prev[1], bx = p[0] - last[0], by = p[1] - last[1];
      if (ax * by - ay * bx === 0 && ax * bx + ay * by > 0) out.pop();
    }
    out.push(p);
  }
  if (closed && out.length > 1) {
    const [first, last] = [out[0], out[out.length - 1]];
    if (first[0] === last[0] && first[1] === last[1]) out.pop();
  }
  return out.length >= (closed ? 3 : 2) ? out : null;
}

const join = (numbers) => numbers.reduce((s, n, i) => s + (i === 0 || n < 0 ? '' : ' ') + n, '');

/** `M x y` at each ring start, relative `l` steps after it, `z` to close (rings) — compact SVG path data. */
function encode(rings, closed) {
  let d = '';
  for (const raw of rings) {
    const ring = roundRing(raw, closed);
    if (!ring) continue;
    const steps = [];
    for (let i = 1; i < ring.length; i++) steps.push(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
    d += `M${join(ring[0])}l${join(steps)}${closed ? 'z' : ''}`;
  }
  return d;
}

const inInset = ([x, y]) => x >= INSET.x && x <= INSET.x + INSET.width && y >= INSET.y && y <= INSET.y + INSET.height;
const num = (n) => String(n);
const tuple = (a) => `[${a.map(num).join(', ')}]`;
const constants = ({ rotate, scale, translate }) =>
  `{ rotate: ${tuple(rotate)}, scale: ${num(scale)}, translate: ${tuple(translate)} }`;

/**
 * Builds the module text of src/geo/denmark.ts (pure: same input, same output). `minArea` is there for
 * trying other thresholds; the committed module uses MIN_AREA.
 */
export function generate(geojson = readSource(), minArea = MIN_AREA) {
  const { main, inset } = fitProjections(geojson);
  const projectMain = makeProjection(main);
  const projectInset = makeProjection(inset);

  // Project first, so the topology, the simplification threshold and the rounding are all in viewBox units.
  const features = geojson.features.map((f) => ({
    type: 'Feature',
    id: f.properties.ISO,
    properties: {},
    geometry: {
      type: 'MultiPolygon',
      coordinates: polygonsOf({ features: [f] }).map(([, polygon]) => {
        const project = isBornholm(polygon) ? projectInset : projectMain;
        return polygon.map((ring) => ring.map((c) => project(c)));
      }),
    },
  }));
  const topo = simplify(presimplify(topology({ regions: { type: 'FeatureCollection', features } })), minArea);
  const geometries = topo.objects.regions.geometries;

  const land = merge(topo, geometries).coordinates;
  const landPath = encode(land.filter((p) => !inInset(p[0][0])).flat(), true);
  const insetPath = encode(land.filter((p) => inInset(p[0][0])).flat(), true);
  const bordersPath = encode(mesh(topo, topo.objects.regions, (a, b) => a !== b).coordinates, false);

  const regions = REGION_IDS.map((id) => {
    const geometry = geometries.find((g) => g.id === id);
    if (!geometry) throw new Error(`build-geo: region ${id} missing from ${SOURCE}`);
    const polygons = feature(topo, geometry).geometry.coordinates;
    return [
      '  {',
      `    id: '${id}',`,
      `    path: '${encode(polygons.flat(), true)}',`,
      '  },',
    ].join('\n');
  });

  return `/**
 * GENERATED by \`npm run build:geo\` (scripts/build-geo.mjs) from vendor/geo/denmark.geojson — do not edit.
 *
 * Denmark's five regions in a transverse Mercator (central meridian ${CENTRAL_MERIDIAN}°E) fitted to a
 * ${VIEWBOX.width} × ${VIEWBOX.height} viewBox; Bornholm (east of ${INSET_EAST_OF}°E) at the same scale in an inset frame top right.
 * Paths: integer viewBox coordinates, simplified (Visvalingam, ${minArea} units²).
 * Geometry: Natural Earth 1:10m admin-1, public domain. Made with Natural Earth.
 */

export type RegionId = 'DK-81' | 'DK-82' | 'DK-83' | 'DK-84' | 'DK-85';

export interface GeoRegion {
  id: RegionId;
  /** Outline in viewBox units; DK-84 includes Bornholm, drawn in the inset frame. */
  path: string;
}

/** Constants of a d3-geo \`geoTransverseMercator()\`: \`.rotate(rotate).scale(scale).translate(translate)\`. */
export interface ProjectionConstants {
  rotate: readonly [lambda: number, phi: number];
  scale: number;
  translate: readonly [x: number, y: number];
}

/** The Bornholm inset frame (viewBox units) and Bornholm's outline inside it. */
export interface GeoInset {
  x: number;
  y: number;
  width: number;
  height: number;
  path: string;
}

export const VIEWBOX = { width: ${VIEWBOX.width}, height: ${VIEWBOX.height} } as const;

export const PROJECTION: ProjectionConstants = ${constants(main)};

/** Bornholm's projection: same scale, own central meridian, placed in the inset frame. */
export const INSET_PROJECTION: ProjectionConstants = ${constants(inset)};

/** Land outline of everything but Bornholm (which is \`inset.path\`). */
export const landPath = '${landPath}';

/** Inner borders between regions (no coastline). */
export const bordersPath = '${bordersPath}';

export const regions: readonly GeoRegion[] = [
${regions.join('\n')}
];

export const inset: GeoInset = { x: ${INSET.x}, y: ${INSET.y}, width: ${INSET.width}, height: ${INSET.height}, path: '${insetPath}' };

const RAD = Math.PI / 180;

/**
 * Longitude/latitude (degrees) to viewBox coordinates: the spherical transverse Mercator forward formula
 * with the fitted constants (rotate[1] is 0, so only the central meridian enters). Points east of
 * ${INSET_EAST_OF}°E (Bornholm) land in the inset frame.
 */
export function project(lon: number, lat: number): [x: number, y: number] {
  const p = lon > ${INSET_EAST_OF} ? INSET_PROJECTION : PROJECTION;
  const l = (lon + p.rotate[0]) * RAD;
  const f = lat * RAD;
  return [
    p.translate[0] + p.scale * Math.atanh(Math.cos(f) * Math.sin(l)),
    p.translate[1] - p.scale * Math.atan2(Math.tan(f), Math.cos(l)),
  ];
}
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate();
  writeFileSync(TARGET, text);
  console.log(`build-geo: wrote ${TARGET} (${text.length} bytes, Visvalingam ${MIN_AREA} units²)`);
}
