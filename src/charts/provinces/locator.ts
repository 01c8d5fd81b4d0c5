/**
 * The locator map: Cambodia among its neighbours, projected at build time from Natural Earth's
 * country shapes (1:50m, as the npm package world-atlas redistributes them) into small outlines of
 * whole numbers, which the component writes as SVG paths. Where every shape comes from is recorded
 * in data/research/geography.md.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3';
import { feature } from 'topojson-client';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { round2 } from '../../lib/charts/round2.ts';
import type { Label } from '../types.ts';

/**
 * The part of the world the locator must show, in degrees: Cambodia with the edges of Thailand,
 * Laos and Vietnam around it (a wider box shows more where it has room).
 */
const EXTENT: [[number, number], [number, number]] = [
  [101.2, 9.4],
  [109.8, 15.9],
];
/**
 * Points that would change the outline by less than this area (in square degrees) are dropped
 * before projecting: about nine square units of the inset, a detail it is too small to show.
 */
const MIN_WEIGHT = 0.04;
/** The country the locator highlights, by its name in Natural Earth. */
const HIGHLIGHT = 'Cambodia';
/**
 * Where each country's name is written, in degrees (chosen by eye to sit inside the country and
 * clear of its neighbours' names); countries not listed here are drawn but not named.
 */
const LABEL_AT: Record<string, [number, number]> = {
  Cambodia: [105.05, 12.75],
  Thailand: [102.75, 15.2],
  Laos: [106.4, 15.25],
  Vietnam: [106.7, 10.25],
};

/**
 * One country of the locator: its name (Natural Earth's), whether it is the one located, and its
 * outline: rings of numbers, each its first point (x, y) then the steps (dx, dy) to the next points.
 *
 *   { name: 'Cambodia', highlight: true, rings: [[310, 244, -3, 9, 4, 11, …]] }
 */
export type LocatorCountry = { name: string; highlight: boolean; rings: number[][] };

/** The locator map, in the units of the chart it sits in: its frame, its countries and their names. */
export type Locator = { x: number; y: number; width: number; height: number; countries: LocatorCountry[]; labels: Label[] };

type Countries = GeometryCollection<{ name: string }>;
let shapes: GeoJSON.Feature<GeoJSON.Geometry, { name: string }>[] | undefined;

/**
 * Natural Earth's countries, simplified once per process (the file is read only when a locator is
 * first drawn, so that importing the chart registry reads nothing).
 */
function countryShapes(): GeoJSON.Feature<GeoJSON.Geometry, { name: string }>[] {
  if (!shapes) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: Countries }>;
    const simple = simplify(presimplify(topology, planarTriangleArea), MIN_WEIGHT) as Topology<{ countries: Countries }>;
    shapes = feature(simple, simple.objects.countries).features;
  }
  return shapes;
}

/**
 * The rings of a shape drawn through a projection, compactly: each ring a list of numbers, its first
 * point's x and y, then the step from each point to the next (dx, dy); coordinates rounded to whole
 * units, repeated points and the middle points of straight runs dropped. (Numbers, not path text:
 * the component writes the path.)
 */
class RingCollector implements GeoContext {
  readonly rings: number[][] = [];
  private ring: [number, number][] = [];

  moveTo(x: number, y: number): void {
    this.flush();
    this.lineTo(x, y);
  }

  lineTo(x: number, y: number): void {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.ring.at(-1);
    if (last && last[0] === p[0] && last[1] === p[1]) return;
    this.ring.push(p);
    // A point on the straight line between its neighbours adds nothing.
    while (this.ring.length >= 3) {
      const [a, b, c] = this.ring.slice(-3) as [[number, number], [number, number], [number, number]];
      if ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]) !== 0) break;
      this.ring.splice(-2, 1);
    }
  }

  closePath(): void {
    this.flush();
  }

  /** Points are never drawn (a locator has no point features); present for d3's context interface. */
  arc(): void {}

  /** Nothing to begin: each ring starts with moveTo; present for d3's context interface. */
  beginPath(): void {}

  /** Ends the ring being drawn, if any. */
  flush(): void {
    const ring = this.ring;
    this.ring = [];
    // A ring that rounds to fewer than three points is too small to see.
    if (ring.length < 3) return;
    // ring.length ≥ 3 here, so every point but the first has one before it.
    const steps = ring.slice(1).flatMap(([x, y], i) => [x - ring[i]![0], y - ring[i]![1]]);
    this.rings.push([...ring[0]!, ...steps]);
  }
}

/**
 * The locator map drawn into the box `box` of a chart: every country of Natural Earth that shows
 * in the extent, clipped to the box, Cambodia highlighted, and the names of Cambodia and its three
 * neighbours.
 *
 *   locatorMap({ x: 210.5, y: 226, width: 139, height: 99 }).countries.map((c) => c.name)
 *   // → ['Vietnam', 'Thailand', 'Laos', 'Cambodia']
 *
 * `names` gives the edition's name for each country's English name (its labels); English unless given.
 */
export function locatorMap(box: { x: number; y: number; width: number; height: number }, names: Record<string, string> = {}): Locator {
  const corners: [[number, number], [number, number]] = [
    [box.x, box.y],
    [box.x + box.width, box.y + box.height],
  ];
  const extent: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: EXTENT };
  const projection = geoMercator().fitExtent(corners, extent).clipExtent(corners);
  const countries: LocatorCountry[] = [];
  for (const shape of countryShapes()) {
    const outline = new RingCollector();
    geoPath(projection, outline)(shape);
    outline.flush();
    if (outline.rings.length) countries.push({ name: shape.properties.name, highlight: shape.properties.name === HIGHLIGHT, rings: outline.rings });
  }
  const labels = countries
    .filter((c) => LABEL_AT[c.name])
    .map((c): Label => {
      // The projection maps every point of the globe, and LABEL_AT holds only points of the extent.
      const [x, y] = projection(LABEL_AT[c.name]!) ?? [0, 0];
      return { text: names[c.name] ?? c.name, x: round2(x), y: round2(y + 4), anchor: 'middle', className: c.highlight ? 'label-located' : 'label-country' };
    });
  return { ...box, countries, labels };
}
