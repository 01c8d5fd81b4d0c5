/**
 * Colour contrast, as WCAG 2 defines it, for the palette test: parses the CSS colours the
 * stylesheets use (hex and `rgb()`), lays a translucent colour over its background as a browser
 * does, and gives the contrast ratio of two colours (1 to 21; text needs 4.5, marks 3).
 *
 *   contrastRatio(parseColor('#1b1c1f'), parseColor('#fbfaf7')) // → 16.4…
 *   over(parseColor('rgb(255 255 255 / 0.96)'), parseColor('#fbfaf7')) // → the card's colour on the page
 *   customProperties(':root { --ink: #1b1c1f; }', ':root') // → { ink: '#1b1c1f' }
 *
 * @module
 */

import { cssRules } from './cssRules.ts';

/** A colour in sRGB: red, green and blue 0–255, alpha 0–1. */
export type Rgba = { r: number; g: number; b: number; a: number };

/**
 * A CSS colour: `#rgb`, `#rrggbb`, `#rrggbbaa`, or `rgb(r g b)` / `rgb(r g b / a)` (commas allowed).
 * Anything else is an error that quotes it.
 */
export function parseColor(css: string): Rgba {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[/,]\s*([\d.]+)(%?))?\s*\)$/.exec(s);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
  }
  throw new Error(`contrast: cannot read the colour "${css}" (write #rrggbb or rgb(r g b / a))`);
}

/** `top` laid over an opaque `bottom` (alpha compositing in sRGB, as browsers paint). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** A colour drawn at `opacity` over an opaque `bottom` (an SVG mark with `opacity`). */
export function withOpacity(colour: Rgba, opacity: number, bottom: Rgba): Rgba {
  return over({ ...colour, a: colour.a * opacity }, bottom);
}

/** WCAG 2 relative luminance of an opaque colour (0 black – 1 white). */
export function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const x = v / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG 2 contrast ratio of two opaque colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The custom properties declared in the first rule of `css` whose selectors include exactly
 * `selector` (at any nesting, e.g. inside `@media`), without their `--`: `{ ink: '#1b1c1f', … }`.
 * Values that refer to other properties (`var(--ink)`) are resolved within the same rule.
 */
export function customProperties(css: string, selector: string): Record<string, string> {
  const rule = cssRules(css).find((r) => r.selectors.includes(selector));
  if (!rule) throw new Error(`contrast: no rule "${selector} { … }" found`);
  const props: Record<string, string> = {};
  for (const [k, v] of Object.entries(rule.declarations)) if (k.startsWith('--')) props[k.slice(2)] = v;
  for (const [k, v] of Object.entries(props)) {
    const ref = /^var\(--([\w-]+)\)$/.exec(v)?.[1];
    if (ref && props[ref]) props[k] = props[ref];
  }
  return props;
}
